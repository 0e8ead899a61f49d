import type { Bilingual, TextEdit } from '../model';
import { bi } from '../i18n';
import { appendItems, insertEntries, setValue } from '../fixes';
import type { Stub } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { bool, rec, str, strList } from '../domain/model';

const SELECTIONS: [string, Bilingual][] = [
  ['random_sample', bi('slumpmässigt urval', 'random sample')],
  ['targeted', bi('riktat urval', 'targeted selection')],
];

/** Non-empty placeholders: a blank value would leave the finding (and break the string type). */
const RESPONSIBLE_PLACEHOLDER = 'Ange ansvarig funktion';
const GUIDELINE_PLACEHOLDER = 'Ange riktlinje för vad som är obehörig åtkomst';

export default defineRule({
  id: 'BRA044',
  name: 'log-control-incomplete',
  severity: 'warning',
  title: bi('Loggkontrollrutinen är ofullständig', 'The log control routine is incomplete'),
  messages: {
    default: bi('Loggkontrollen {control} är ofullständig: {gaps}.', 'Log control {control} is incomplete: {gaps}.'),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 9–9 b §§ (kontroll, dokumentation och lagring; fördelningen efter HSLF-FS 2025:57 ej kontrollerad)', url: 'https://www.imy.se/verksamhet/dataskydd/dataskydd-pa-olika-omraden/personuppgifter-inom-halso--och-sjukvarden/kontroll-av-atkomst-till-uppgifter---for-vardgivare2' },
    { act: 'prop. 2007/08:126', ref: 's. 149 f.', url: 'http://www.ucr.uu.se/sv/kontakta-oss/support/e-tjaenstekort/lagar-och-regler/378-atkomstkontroll' },
  ],
  fixable: true,
  check(ctx) {
    const { m, t } = ctx;
    const p = m.analysis;
    for (const c of m.logControls) {
      if (!isMap(nodeAt(c.doc, c.path))) continue; // not a log control at all: the schema reports it
      const v = c.v;
      const gaps: Bilingual[] = [];
      /** Whether every gap is a missing key that the fix can insert. */
      let onlyMissing = true;
      const insert: { [k: string]: Stub } = {};
      const edits: TextEdit[] = [];
      const absent = (key: string) => !has(p, [...c.path, key]) || v[key] === null;
      const gap = (g: Bilingual, key: string, value?: Stub) => {
        gaps.push(g);
        if (value !== undefined && absent(key)) insert[key] = value;
        else onlyMissing = false;
      };

      const interval = typeof v.interval_days === 'number' ? v.interval_days : undefined;
      if (interval === undefined) gap(bi('intervall i dagar saknas', 'no interval in days'), 'interval_days', Math.min(30, t.logIntervalMaxDays));
      else if (interval > t.logIntervalMaxDays) gap(bi(`intervallet ${interval} dagar är längre än ${t.logIntervalMaxDays} dagar`, `the interval of ${interval} days is longer than ${t.logIntervalMaxDays} days`), 'interval_days');

      const selection = strList(v, 'selection');
      const lacking = SELECTIONS.filter(([code]) => !(selection ?? []).includes(code));
      if (lacking.length > 0) {
        gaps.push(bi(`urvalet saknar ${lacking.map(([k, l]) => `${l.sv} (${k})`).join(' och ')}`, `the selection lacks ${lacking.map(([k, l]) => `${l.en} (${k})`).join(' and ')}`));
        if (absent('selection')) insert.selection = lacking.map(([k]) => k);
        else if (selection !== undefined) edits.push(...appendItems(p, [...c.path, 'selection'], lacking.map(([k]) => k)));
        else onlyMissing = false;
      }
      if (bool(v, 'documented') !== true) gap(bi('det framgår inte att kontrollerna dokumenteras', 'it is not shown that the controls are documented'), 'documented', true);
      if (str(v, 'responsible') === undefined) gap(bi('ansvarig saknas', 'no one is responsible'), 'responsible', RESPONSIBLE_PLACEHOLDER);
      if (bool(v, 'staff_informed') !== true) gap(bi('det framgår inte att personalen informeras om loggkontrollerna', 'it is not shown that staff are informed of the log controls'), 'staff_informed', true);
      if (str(v, 'unauthorised_access_guideline') === undefined) {
        gap(bi('riktlinje för vad som är obehörig åtkomst saknas', 'no guideline on what counts as unauthorised access'), 'unauthorised_access_guideline', GUIDELINE_PLACEHOLDER);
      }
      if (bool(v, 'on_suspicion') !== true) gap(bi('det framgår inte att kontroll görs vid misstanke om obehörig åtkomst', 'it is not shown that controls are made on suspicion of unauthorised access'), 'on_suspicion', true);

      // the referenced system's log retention (a dangling or missing system reference is ignored)
      const sysId = str(v, 'system');
      const sys = sysId === undefined ? undefined : m.systemById.get(sysId);
      if (sys) {
        const logging = rec(sys.v, 'logging');
        const years = typeof logging?.retention_years === 'number' ? logging.retention_years : undefined;
        if (years === undefined || years < t.logRetentionMinYears) {
          gaps.push(years === undefined
            ? bi(`lagringstid för loggarna i ${sysId} saknas`, `no log retention period for ${sysId}`)
            : bi(`loggarna i ${sysId} sparas ${years} år, kortare än ${t.logRetentionMinYears} år`, `the logs of ${sysId} are kept ${years} years, less than ${t.logRetentionMinYears} years`));
          const retentionPath = [...sys.path, 'logging', 'retention_years'];
          if (years === undefined && (!has(p, retentionPath) || logging?.retention_years === null)) {
            edits.push(...setValue(p, [...sys.path, 'logging'], 'retention_years', t.logRetentionMinYears));
          } else onlyMissing = false;
        }
      }
      if (gaps.length === 0) continue;
      if (Object.keys(insert).length > 0) {
        // keys present with no value are filled in place; absent ones are added to the item
        for (const [k, val] of Object.entries(insert)) {
          if (has(p, [...c.path, k])) edits.push(...setValue(p, c.path, k, val));
        }
        const toAdd = Object.fromEntries(Object.entries(insert).filter(([k]) => !has(p, [...c.path, k])));
        if (Object.keys(toAdd).length > 0) edits.push(...insertEntries(p, c.path, toAdd));
      }
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { control: c.id ?? c.loc, gaps: { sv: gaps.map((g) => g.sv).join('; '), en: gaps.map((g) => g.en).join('; ') } },
        // offered only when it completes the routine (a value the user wrote, e.g. `documented: false`, is not overwritten)
        fixes: onlyMissing && edits.length > 0 ? [{ title: bi('Lägg till de uppgifter som saknas (granska och fyll i)', 'Add the missing details (review and complete)'), edits }] : undefined,
      });
    }
  },
});
