/**
 * Code lens data, editor-agnostic: on each risk its level from the risk matrix ("Risknivå: Hög (8)"), after
 * measures too when a residual is given; on each access entry the need it rests on (the matched need of §2.2); on
 * `risks:` the way to the risk map.
 */
import type { Lang, Span } from '../model';
import { pick } from '../i18n';
import { locate } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { buildModel } from '../domain/model';
import type { Rec } from '../domain/model';
import { matchedNeed, matrixLevel, scaleValue } from '../domain/shared';
import { methodLevel, riskMethodOf } from '../domain/risk-method';
import type { RiskMethod } from '../domain/risk-method';
import { LEVEL } from '../domain/labels';

export interface LensInfo {
  span: Span;
  title: string;
  /** What the lens is about (`risk`, `entry`, or `riskmap`: "show the risk map" at `risks:`) and the entity's id. */
  about: 'risk' | 'entry' | 'riskmap';
  id?: string;
}

const T = {
  level: { sv: 'Risknivå', en: 'Risk level' },
  residual: { sv: 'efter åtgärder', en: 'after measures' },
  notAssessed: { sv: 'ej bedömd (sannolikhet och konsekvens saknas)', en: 'not assessed (probability and severity missing)' },
  notOnScale: { sv: 'kan inte bestämmas (sannolikhet eller konsekvens saknas eller finns inte på skalan)', en: 'cannot be determined (probability or severity missing or not on the scale)' },
  ownScale: { sv: 'analysens skala', en: "the analysis's scale" },
  need: { sv: 'Behov', en: 'Need' },
  needs: { sv: 'Behov', en: 'Needs' },
  noNeed: { sv: 'Inget dokumenterat behov', en: 'No documented need' },
  riskMap: { sv: 'Visa riskkarta', en: 'Show risk map' },
};

function levelText(v: Rec | undefined, method: RiskMethod, lang: Lang): string | undefined {
  if (method.declared) {
    // the analysis's own scale (risk_method): the level it states, or the tool's reading of the ranks (BRA018's page)
    const l = methodLevel(method, v);
    if (!l) return undefined;
    return `${pick(LEVEL[l], lang)} (${String(v?.probability)} × ${String(v?.severity)}, ${pick(T.ownScale, lang)})`;
  }
  const l = matrixLevel(v);
  if (!l) return undefined;
  return `${pick(LEVEL[l], lang)} (${scaleValue(v, 'probability')! * scaleValue(v, 'severity')!})`;
}

/**
 * Lenses of `doc`: an analysis (with its separate matrix files, for the need of their entries) or a matrix file
 * (with its analysis as `analysis`).
 */
export function codeLenses(doc: ParsedDoc, lang: Lang, o: { analysis?: ParsedDoc; matrices?: ParsedDoc[] } = {}): LensInfo[] {
  const analysis = o.analysis ?? doc;
  const matrices = o.analysis ? [doc] : (o.matrices ?? []);
  if (!analysis.doc || typeof analysis.data !== 'object' || analysis.data === null) return [];
  const m = buildModel(analysis, matrices);
  const out: LensInfo[] = [];
  if (!o.analysis) {
    const risks = (analysis.data as Rec).risks;
    if (Array.isArray(risks) && risks.length > 0) out.push({ span: locate(doc, ['risks'], 'key'), title: pick(T.riskMap, lang), about: 'riskmap' });
    const method = riskMethodOf(analysis.data as Rec);
    for (const r of m.risks) {
      const before = levelText(r.v, method, lang);
      const residual = r.v.residual && typeof r.v.residual === 'object' ? levelText(r.v.residual as Rec, method, lang) : undefined;
      const absent = r.v.probability === undefined && r.v.severity === undefined;
      const title = `${pick(T.level, lang)}: ${before ?? pick(absent ? T.notAssessed : T.notOnScale, lang)}${residual ? ` → ${pick(T.residual, lang)}: ${residual}` : ''}`;
      out.push({ span: locate(doc, r.path, 'anchor'), title, about: 'risk', id: r.id });
    }
  }
  for (const e of m.entries) {
    if (e.doc !== doc) continue;
    const mn = matchedNeed(m, e);
    const title = mn
      ? `${pick(mn.needs.length > 1 ? T.needs : T.need, lang)}: ${mn.needs.map((n) => `${n.id ?? '?'}${'role' in n ? ` (${(n as { role: { id?: string } }).role.id ?? '?'})` : ''}`).join(', ')}`
      : pick(T.noNeed, lang);
    out.push({ span: locate(doc, e.path, 'anchor'), title, about: 'entry', id: e.id });
  }
  return out;
}
