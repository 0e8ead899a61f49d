/** BRA019 — Angiven risknivå stämmer inte med matrisen (rules-and-model.md §2.4). */
import type { TextEdit } from '../model';
import { replaceValue } from '../fixes';
import { defineRule } from './define';
import { isRec, str } from '../domain/model';
import { LEVEL, label } from '../domain/labels';
import { matrixLevel, scaleValue } from '../domain/shared';
import type { Level } from '../domain/shared';
import { bra018Fires, isRiskMap, riskMethodOf } from '../domain/risk-method';

interface Mismatch {
  path: string[];
  stated: string;
  computed: Level;
  p: number;
  s: number;
}

function mismatch(block: Record<string, unknown> | undefined, path: string[]): Mismatch | undefined {
  const stated = str(block, 'level');
  const computed = matrixLevel(block);
  if (stated === undefined || computed === undefined || stated === computed) return undefined;
  return { path, stated, computed, p: scaleValue(block, 'probability')!, s: scaleValue(block, 'severity')! };
}

export default defineRule({
  id: 'BRA019',
  name: 'risk-level-matrix',
  severity: 'warning',
  title: { sv: 'Angiven risknivå stämmer inte med matrisen', en: 'Stated risk level does not match the risk matrix' },
  messages: {
    default: {
      sv: "Angiven risknivå '{stated}' stämmer inte med matrisen: sannolikhet {p} och konsekvens {s} ger '{computed}' ({label}).",
      en: "Stated risk level '{stated}' does not match the matrix: probability {p} and severity {s} give '{computed}' ({label}).",
    },
    residual: {
      sv: "Angiven nivå för restrisken '{stated}' stämmer inte med matrisen: sannolikhet {p} och konsekvens {s} ger '{computed}' ({label}).",
      en: "Stated residual risk level '{stated}' does not match the matrix: probability {p} and severity {s} give '{computed}' ({label}).",
    },
    both: {
      sv: "Angiven risknivå '{stated}' stämmer inte med matrisen: sannolikhet {p} och konsekvens {s} ger '{computed}' ({label}). Angiven nivå för restrisken '{rstated}' stämmer inte heller: sannolikhet {rp} och konsekvens {rs} ger '{rcomputed}' ({rlabel}).",
      en: "Stated risk level '{stated}' does not match the matrix: probability {p} and severity {s} give '{computed}' ({label}). Nor does the stated residual level '{rstated}': probability {rp} and severity {rs} give '{rcomputed}' ({rlabel}).",
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 5.2 (kunna visa)', source: 'DI-2019-3845 s. 12' },
    { act: 'GDPR', ref: 'art. 24.1 (risker av varierande sannolikhetsgrad och allvar)', source: 'DI-2019-3845 s. 12' },
  ],
  fixable: true,
  check(ctx) {
    // an analysis that declares its own scales (risk_method) is judged by its own matrix, which the tool does not know
    if (riskMethodOf(ctx.m.root).declared) return;
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r) || bra018Fires(r)) continue; // §2.3 cascade
      const residual = isRec(r.v.residual) ? r.v.residual : undefined;
      const found = [mismatch(r.v, []), mismatch(residual, ['residual'])].filter((x): x is Mismatch => x !== undefined);
      if (found.length === 0) continue;
      const edits: TextEdit[] = found.flatMap((f) => replaceValue(r.doc, [...r.path, ...f.path, 'level'], f.computed));
      const [a, b] = found;
      const args = { stated: a.stated, computed: a.computed, label: label(LEVEL, a.computed), p: a.p, s: a.s };
      ctx.report({
        location: r.loc,
        // one wrong value: the value; both levels wrong: the risk
        at: found.length === 1 ? ctx.at(r, [...a.path, 'level'], 'value') : ctx.at(r),
        message: found.length === 2 ? 'both' : a.path.length ? 'residual' : 'default',
        args: b ? { ...args, rstated: b.stated, rcomputed: b.computed, rlabel: label(LEVEL, b.computed), rp: b.p, rs: b.s } : args,
        fixes: edits.length
          ? [{
            title: { sv: `Sätt risknivån enligt matrisen (${found.map((f) => f.computed).join(', ')})`, en: `Set the risk level from the matrix (${found.map((f) => f.computed).join(', ')})` },
            edits,
            preferred: true,
            safe: true,
          }]
          : undefined,
      });
    }
  },
});

