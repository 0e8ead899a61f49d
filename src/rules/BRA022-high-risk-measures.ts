/** BRA022 — Hög risk utan åtgärder (rules-and-model.md §2.4). */
import { has } from '../yaml';
import { defineRule } from './define';
import { LEVEL, label } from '../domain/labels';
import { bra018Fires, isRiskMap, methodLevel, riskMethodOf } from '../domain/risk-method';
import { appendBlockItems, freshMeasureId, listOrAbsent } from '../domain/stubs';


const lower = (b: { sv: string; en: string }) => ({ sv: b.sv.toLowerCase(), en: b.en.toLowerCase() });

export default defineRule({
  id: 'BRA022',
  name: 'high-risk-measures',
  severity: 'error',
  title: { sv: 'Hög risk utan åtgärder', en: 'High risk without measures' },
  messages: {
    default: {
      sv: 'Risken {risk} har nivån {level}, men analysen anger inga åtgärder.',
      en: 'Risk {risk} is rated {level}, but the analysis states no measures.',
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 32.1', source: 'DI-2019-3845 s. 12' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'resultatet ska leda till de tekniska och organisatoriska åtgärder som behövs', source: 'DI-2019-3845 s. 20, 23' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const method = riskMethodOf(m.root);
    for (const r of m.risks) {
      if (!isRiskMap(r) || bra018Fires(r, method)) continue; // §2.3 cascade
      const level = methodLevel(method, r.v);
      if (level !== 'high' && level !== 'very_high') continue;
      const v = r.v.measures;
      if (Array.isArray(v) && v.length > 0) continue;
      const path = [...r.path, 'measures'];
      const stub = {
        id: freshMeasureId(m, `M-${r.id ?? r.index + 1}`),
        description: 'Beskriv åtgärden som minskar risken (vad som görs, av vem och när).',
        status: 'planned',
      };
      const edits = listOrAbsent(v) ? appendBlockItems(r.doc, path, [stub]) : [];
      ctx.report({
        location: r.loc,
        at: has(r.doc, path) ? ctx.at(r, 'measures', 'key') : ctx.at(r),
        args: { risk: r.id ?? r.loc, level: lower(label(LEVEL, level)) },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till en mall för en åtgärd', en: 'Add a measure template' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
