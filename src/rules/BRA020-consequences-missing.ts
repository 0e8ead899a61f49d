/** BRA020 — Negativa konsekvenser för de registrerade saknas (rules-and-model.md §2.4). */
import { has } from '../yaml';
import { defineRule } from './define';
import { appendBlockItems, CONSEQUENCE_TEMPLATE, listOrAbsent } from '../domain/stubs';
import { isRiskMap } from '../domain/risk-method';




export default defineRule({
  id: 'BRA020',
  name: 'consequences-missing',
  severity: 'error',
  title: { sv: 'Negativa konsekvenser för de registrerade saknas', en: 'Negative consequences for the data subjects missing' },
  messages: {
    default: {
      sv: 'Risken {risk} saknar beskrivning av negativa konsekvenser för de registrerade.',
      en: 'Risk {risk} does not describe any negative consequences for the data subjects.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'negativa konsekvenser för registrerade (skador, betydande social eller ekonomisk nackdel, berövande av rättigheter och friheter)', source: 'DI-2019-3845 s. 19, 21' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r)) continue;
      const v = r.v.consequences;
      if (Array.isArray(v) && v.length > 0) continue;
      const path = [...r.path, 'consequences'];
      const edits = listOrAbsent(v) ? appendBlockItems(r.doc, path, [CONSEQUENCE_TEMPLATE]) : [];
      ctx.report({
        location: r.loc,
        at: has(r.doc, path) ? ctx.at(r, 'consequences', 'key') : ctx.at(r),
        args: { risk: r.id ?? r.loc },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till en mall för en konsekvens (typ och beskrivning)', en: 'Add a consequence template (type and description)' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
