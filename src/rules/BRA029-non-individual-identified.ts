/** BRA029 — Icke individorienterad funktion med identifierbara uppgifter (rules-and-model.md §2.4). */
import type { TextEdit } from '../model';
import { setValue } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { bool, str } from '../domain/model';
import { matchedNeed } from '../domain/shared';

export default defineRule({
  id: 'BRA029',
  name: 'non-individual-identified',
  severity: 'warning',
  title: { sv: 'Icke individorienterad funktion med identifierbara uppgifter', en: 'Non-individual-oriented function with identifiable data' },
  messages: {
    default: {
      sv: '{role} har inte individorienterade arbetsuppgifter men får direkt identifierbara patientuppgifter i {entry}. Uppgifter som bara indirekt kan härledas till enskilda bör räcka.',
      en: '{role} has no individual-oriented tasks but gets directly identifiable patient data in {entry}. Indirectly identifiable data should suffice.',
    },
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 149 (uppgifter som endast indirekt kan härledas till enskilda patienter)', source: 'DI-2019-3845 s. 16' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const entry of m.entries) {
      if (!isMap(nodeAt(entry.doc, entry.path))) continue;
      const roleId = str(entry.v, 'role');
      const role = roleId === undefined ? undefined : m.roleById.get(roleId);
      if (!role || bool(role.v, 'individual_oriented') !== false) continue;
      if (str(entry.v, 'patient_scope') === 'none') continue;
      if (str(entry.v, 'identifiability') === 'pseudonymised') continue;
      const edits: TextEdit[] = [...setValue(entry.doc, entry.path, 'identifiability', 'pseudonymised')];
      // the matched need too, when it is in the same file (a fix edits one document)
      const need = matchedNeed(m, entry);
      for (const n of need?.needs ?? []) {
        if (n.doc === entry.doc && str(n.v, 'identifiability') !== 'pseudonymised' && isMap(nodeAt(n.doc, n.path))) {
          edits.push(...setValue(n.doc, n.path, 'identifiability', 'pseudonymised'));
        }
      }
      ctx.report({
        location: entry.loc,
        at: has(entry.doc, [...entry.path, 'identifiability']) ? ctx.at(entry, 'identifiability', 'value') : ctx.at(entry),
        args: { role: role.id ?? role.loc, entry: entry.id ?? entry.loc },
        fixes: [{
          title: { sv: 'Begränsa till indirekt identifierbara uppgifter (identifiability: pseudonymised)', en: 'Restrict to indirectly identifiable data (identifiability: pseudonymised)' },
          edits,
          preferred: true,
        }],
      });
    }
  },
});
