/** BRA028 — Behörighetsprofil enbart per yrke i flerenhetsverksamhet (rules-and-model.md §2.4). */
import type { Fix } from '../model';
import { insertEntries, replaceValue } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { bool, str } from '../domain/model';
import { STAFF_CATEGORY, label } from '../domain/labels';
import { CLINICAL_STAFF_CATEGORIES } from '../domain/shared';

export default defineRule({
  id: 'BRA028',
  name: 'profession-only-profile',
  severity: 'warning',
  title: { sv: 'Behörighetsprofil enbart per yrke i flerenhetsverksamhet', en: 'Access profile by profession only in a multi-unit organisation' },
  messages: {
    default: {
      sv: 'Personalkategorin {role} definieras bara utifrån yrke ({profession}) och gäller alla vårdenheter. Det räcker inte att utgå från yrkeskategori eller legitimation.',
      en: 'Role {role} is defined only by profession ({profession}) and applies to all care units. Profession or licence alone is not a sufficient basis.',
    },
  },
  legal: [
    { act: 'IMY, Vårdgivares skydd för patientuppgifter', ref: 'det räcker inte att utgå från vilken yrkeskategori en anställd tillhör' },
    { act: 'prop. 2007/08:126', ref: 's. 149 (ju mer omfattande ett informationssystem är, desto fler behörighetsnivåer)', source: 'DI-2019-3845 s. 15, 19' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const units = m.scope?.care_units;
    if (!Array.isArray(units) || units.length <= 1) return;
    for (const role of m.roles) {
      if (!isMap(nodeAt(role.doc, role.path))) continue;
      const category = str(role.v, 'staff_category');
      if (category === undefined || !CLINICAL_STAFF_CATEGORIES.has(category)) continue;
      const u = role.v.units;
      const allUnits = u === 'all' || u === undefined || u === null;
      if (!allUnits) continue;
      if (bool(role.v, 'cross_unit_function') === true && str(role.v, 'cross_unit_rationale') !== undefined) continue;
      const fixes: Fix[] = [];
      const unitEdits = u === undefined ? insertEntries(role.doc, role.path, { units: [] }) : replaceValue(role.doc, [...role.path, 'units'], '[]');
      if (unitEdits.length) {
        fixes.push({ title: { sv: 'Begränsa rollen till angivna vårdenheter (units: [] att fylla i)', en: 'Limit the role to listed care units (units: [] to fill in)' }, edits: unitEdits, preferred: true });
      }
      const crossEdits = [
        ...(role.v.cross_unit_function === undefined ? insertEntries(role.doc, role.path, { cross_unit_function: true }) : []),
      ];
      if (role.v.cross_unit_function !== undefined && bool(role.v, 'cross_unit_function') !== true) {
        crossEdits.push(...replaceValue(role.doc, [...role.path, 'cross_unit_function'], 'true'));
      }
      if (role.v.cross_unit_rationale === undefined) {
        // one insertion for both keys when both are missing (two insertions at one offset would be ordered arbitrarily)
        if (role.v.cross_unit_function === undefined) crossEdits.splice(0, crossEdits.length, ...insertEntries(role.doc, role.path, { cross_unit_function: true, cross_unit_rationale: '' }));
        else crossEdits.push(...insertEntries(role.doc, role.path, { cross_unit_rationale: '' }));
      }
      if (crossEdits.length) {
        fixes.push({ title: { sv: 'Markera som enhetsövergripande funktion (motivering att fylla i, t.ex. jourläkare)', en: 'Mark as a cross-unit function (rationale to fill in, e.g. on-call physicians)' }, edits: crossEdits });
      }
      ctx.report({
        location: role.loc,
        at: u === 'all' ? ctx.at(role, 'units', 'value') : ctx.at(role),
        args: { role: role.id ?? role.loc, profession: label(STAFF_CATEGORY, category) },
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
});
