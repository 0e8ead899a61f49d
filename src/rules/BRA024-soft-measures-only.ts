/** BRA024 — Endast "mjuka" åtgärder mot för vid åtkomst (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { isRec, str } from '../domain/model';
import { SOFT_MEASURE_KINDS } from '../domain/shared';
import { isRiskMap } from '../domain/risk-method';
import { appendBlockItems } from '../domain/stubs';
import { freshMeasureId } from '../domain/stubs';

const ACCESS_THREATS = new Set(['internal_unauthorised_access', 'over_broad_access']);

export default defineRule({
  id: 'BRA024',
  name: 'soft-measures-only',
  severity: 'warning',
  title: { sv: 'Åtgärderna begränsar inte åtkomsten (endast administrativa åtgärder)', en: 'The measures do not limit access (administrative measures only)' },
  messages: {
    default: {
      sv: 'Åtgärderna mot {risk} är enbart organisatoriska (t.ex. utbildning, sekretessförbindelse, loggkontroll). De begränsar inte åtkomsten i sig – behörigheten behöver begränsas tekniskt.',
      en: 'The measures against {risk} are only organisational (e.g. training, confidentiality undertakings, log checks). They do not limit access; the authorisation itself must be restricted.',
    },
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'åtkomsten var inte begränsad trots loggning och manuell genomgång av journalöppningar', source: 'DI-2019-3845 s. 24' },
    { act: 'IMY, Vårdgivares skydd för patientuppgifter', ref: 'utbildning, sekretessförbindelser, styrdokument och loggkontroller begränsar inte åtkomsten' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const r of m.risks) {
      if (!isRiskMap(r)) continue;
      const threat = str(r.v, 'threat_type');
      if (threat === undefined || !ACCESS_THREATS.has(threat)) continue;
      const v = r.v.measures;
      if (!Array.isArray(v) || v.length === 0) continue; // no measures: BRA022 (for a high risk)
      if (!v.every((x) => isRec(x) && SOFT_MEASURE_KINDS.has(str(x, 'kind') ?? ''))) continue;
      const stub = {
        id: freshMeasureId(m, `M-${r.id ?? r.index + 1}-tek`),
        kind: 'access_restriction',
        description: 'Beskriv hur behörigheten begränsas tekniskt, t.ex. till pågående vårdrelation, egen enhet eller efter aktivt val.',
        status: 'planned',
      };
      const edits = appendBlockItems(r.doc, [...r.path, 'measures'], [stub]);
      ctx.report({
        location: r.loc,
        at: ctx.at(r, 'measures', 'key'),
        args: { risk: r.id ?? r.loc },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till en mall för en teknisk behörighetsbegränsning (planerad)', en: 'Add a template for a technical access restriction (planned)' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
