/** BRA005 — Omfattning saknas (antal patienter/användare per system) (rules-and-model.md §2.4). */
import type { Bilingual } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import { defineRule } from './define';
import { isRec } from '../domain/model';
import { systemName } from '../domain/names';

const KEYS: { key: string; label: Bilingual }[] = [
  { key: 'patients_registered', label: { sv: 'antal registrerade patienter (patients_registered)', en: 'the number of registered patients (patients_registered)' } },
  { key: 'users_with_access', label: { sv: 'antal användare med behörighet (users_with_access)', en: 'the number of users with access (users_with_access)' } },
];



function validCount(x: unknown): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

export default defineRule({
  id: 'BRA005',
  name: 'system-scale',
  severity: 'error',
  title: { sv: 'Omfattning saknas (antal patienter/användare per system)', en: 'Scale missing (patients and users per system)' },
  messages: {
    default: {
      sv: 'Systemet {system} saknar uppgift om {what}. IMY förväntar sig att omfattningen framgår, eftersom den påverkar risken.',
      en: 'System {system} lacks {what}. IMY expects the scale of the processing to be stated, as it affects the risk.',
    },
    invalid: {
      sv: 'Systemet {system} anger inte {what} som ett heltal (0 eller större). IMY förväntar sig att omfattningen framgår, eftersom den påverkar risken.',
      en: 'System {system} does not state {what} as a whole number (0 or more). IMY expects the scale of the processing to be stated, as it affects the risk.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'omfattningen (antalet personuppgifter och registrerade)', source: 'DI-2019-3845 s. 18–19, 27' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    for (const s of ctx.m.systems) {
      const bad = KEYS.filter((k) => !validCount(s.v[k.key]));
      if (bad.length === 0) continue;
      const absent = bad.filter((k) => s.v[k.key] === undefined || s.v[k.key] === null);
      // A wrong value points at the value; a missing key at the system.
      const at = bad.length === 1 && absent.length === 0 ? ctx.at(s, bad[0].key, 'value') : ctx.at(s);
      const missingKeys = absent.filter((k) => s.v[k.key] === undefined);
      // only into a map (a null or scalar list item has no place for keys)
      const isMap = Array.isArray(ctx.m.root.systems) && isRec(ctx.m.root.systems[s.index]);
      const edits = isMap && missingKeys.length ? insertEntries(s.doc, s.path, Object.fromEntries(missingKeys.map((k) => [k.key, null]))) : [];
      ctx.report({
        location: s.loc,
        at,
        message: absent.length === 0 ? 'invalid' : 'default',
        args: { system: systemName(s), what: joinBoth(bad.map((k) => k.label)) },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till nycklar för antal patienter och användare (att fylla i)', en: 'Add keys for the numbers of patients and users (to be filled in)' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
