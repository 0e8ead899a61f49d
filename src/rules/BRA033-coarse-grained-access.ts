import { bi, joinBoth } from '../i18n';
import { defineRule } from './define';
import { idsOrAll, int, str, strList } from '../domain/model';
import { expandCategories, presentCategoriesOf, RESTRICTIVE_CONDITIONS } from '../domain/shared';

export default defineRule({
  id: 'BRA033',
  name: 'coarse-grained-access',
  severity: 'warning',
  title: bi('Grovmaskig behörighet', 'Coarse-grained access'),
  messages: {
    default: bi(
      'Grovmaskig behörighet: {role} ({count} personer) har åtkomst till samtliga patienter och samtliga uppgiftskategorier i {system} utan begränsande villkor.',
      'Coarse-grained access: {role} ({count} people) can reach all patients and all data categories in {system} without restricting conditions.',
    ),
    sensitive: bi(
      'Grovmaskig behörighet: {role} ({count} personer) har åtkomst till samtliga patienter och till mycket känsliga uppgifter ({categories}) i {system} utan begränsande villkor. Att gruppen är liten begränsar inte vilka patienter som kan nås.',
      'Coarse-grained access: {role} ({count} people) can reach all patients and highly sensitive data ({categories}) in {system} without restricting conditions. A small group does not limit which patients can be reached.',
    ),
    sensitiveNoHeadcount: bi(
      'Grovmaskig behörighet: {role} (antalet personer anges inte) har åtkomst till samtliga patienter och till mycket känsliga uppgifter ({categories}) i {system} utan begränsande villkor.',
      'Coarse-grained access: {role} (number of people not stated) can reach all patients and highly sensitive data ({categories}) in {system} without restricting conditions.',
    ),
    noHeadcount: bi(
      'Grovmaskig behörighet: {role} (antalet personer anges inte) har åtkomst till samtliga patienter och samtliga uppgiftskategorier i {system} utan begränsande villkor.',
      'Coarse-grained access: {role} (number of people not stated) can reach all patients and all data categories in {system} without restricting conditions.',
    ),
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 149 (grovmaskig behörighetstilldelning)', source: 'DI-2019-3845 s. 15–16, 19, 23' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'grovmaskig behörighetstilldelning bör inte accepteras', source: 'DI-2019-3845 s. 9, 23' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: false,
  check(ctx) {
    const { m, t } = ctx;
    for (const entry of m.entries) {
      if (str(entry.v, 'patient_scope') !== 'all_patients') continue;
      if (str(entry.v, 'identifiability') === 'pseudonymised') continue;
      if ((strList(entry.v, 'conditions') ?? []).some((c) => RESTRICTIVE_CONDITIONS.has(c))) continue;
      const system = str(entry.v, 'system');
      // An entry that states no categories restricts none: it counts as `all`.
      const granted = idsOrAll(entry.v, 'data_categories') === undefined
        ? { all: true, ids: presentCategoriesOf(m, system) }
        : expandCategories(m, entry.v)!;
      const coversAll = granted.all || presentCategoriesOf(m, system).every((c) => granted.ids.includes(c));
      // Very sensitive categories reached for all patients: coarse whatever the size of the group (issue #12: 8 district nurses).
      const veryHigh = granted.ids.filter((id) => str(m.dataCategoryById.get(id)?.v, 'sensitivity') === 'very_high');
      if (!coversAll && veryHigh.length === 0) continue;
      const roleId = str(entry.v, 'role');
      const role = roleId === undefined ? undefined : m.roleById.get(roleId);
      const headcount = int(role?.v, 'headcount');
      // The headcount threshold only matters where size is the point: everything of a system with no very sensitive category.
      if (veryHigh.length === 0 && headcount !== undefined && headcount < t.coarseHeadcount) continue;
      ctx.report({
        location: entry.loc,
        at: ctx.at(entry),
        message: coversAll ? (headcount === undefined ? 'noHeadcount' : 'default') : headcount === undefined ? 'sensitiveNoHeadcount' : 'sensitive',
        args: { role: roleId ?? '–', count: headcount ?? '', system: system ?? '–', categories: joinBoth(veryHigh) },
      });
    }
  },
});
