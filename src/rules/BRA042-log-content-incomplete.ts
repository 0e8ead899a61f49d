import type { Bilingual } from '../model';
import { bi, joinBoth } from '../i18n';
import { isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { bool, rec } from '../domain/model';

/** HSLF-FS 2016:40 4 kap. 9 a § (IMY's checklist): what the access logs must show (the omsorgsgivare is not checked; see the doc page). */
export const LOG_FIELDS: [string, Bilingual][] = [
  ['action', bi('åtgärd', 'action')],
  ['care_unit_or_process', bi('vårdenhet eller vårdprocess', 'care unit or process')],
  ['timestamp', bi('tidpunkt', 'time')],
  ['user_identity', bi('användarens identitet', "user's identity")],
  ['patient_identity', bi('patientens identitet', "patient's identity")],
];

export default defineRule({
  id: 'BRA042',
  name: 'log-content-incomplete',
  severity: 'error',
  title: bi('Loggar saknar obligatoriskt innehåll', 'Logs lack mandatory content'),
  messages: {
    default: bi(
      'Loggarna i {system} visar inte {fields}. Loggarna ska visa åtgärd, vårdenhet eller vårdprocess, tidpunkt samt användarens och patientens identitet.',
      'Logs in {system} do not show {fields}. Logs must show the action, care unit or process, time, and user and patient identity.',
    ),
    missing: bi(
      'Analysen visar inte vad loggarna i {system} innehåller. Loggarna ska visa åtgärd, vårdenhet eller vårdprocess, tidpunkt samt användarens och patientens identitet.',
      'The analysis does not show what the logs in {system} contain. Logs must show the action, care unit or process, time, and user and patient identity.',
    ),
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 9 a § (loggarnas innehåll)', url: 'https://www.imy.se/verksamhet/dataskydd/dataskydd-pa-olika-omraden/personuppgifter-inom-halso--och-sjukvarden/kontroll-av-atkomst-till-uppgifter---for-vardgivare2' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
  ],
  fixable: false,
  check(ctx) {
    for (const s of ctx.m.systems) {
      if (!isMap(nodeAt(s.doc, s.path))) continue; // not a system at all: the schema reports it
      const logging = rec(s.v, 'logging');
      const location = `${s.loc}.logging`;
      const system = s.id ?? s.loc;
      if (!logging) {
        ctx.report({ location, at: ctx.at(s, 'logging', 'key'), message: 'missing', args: { system } });
        continue;
      }
      const lacking = LOG_FIELDS.filter(([k]) => bool(logging, k) !== true).map(([, l]) => l);
      if (lacking.length === 0) continue;
      ctx.report({ location, at: ctx.at(s, 'logging', 'key'), args: { system, fields: joinBoth(lacking) } });
    }
  },
});
