/**
 * BRA048 — Riktad loggkontroll saknas för skyddade personuppgifter, allmänt kända personer, medarbetare och personalens
 * egna uppgifter när de förekommer (issue #11 item 5; regulatory-review.md §3 item 4, §6 item 6).
 */
import { bi, joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import { defineRule } from './define';
import { bool, strList } from '../domain/model';
import { label, REGISTERED_CATEGORY } from '../domain/labels';

/** Registered categories that call for a targeted log control when present (KRY 2020, DI-2019-3845 s. 8–9). */
export const TARGETED_GROUPS = ['protected_identity', 'public_figures', 'employees_as_patients', 'staff_own_records'];

export default defineRule({
  id: 'BRA048',
  name: 'targeted-log-groups',
  severity: 'warning',
  title: bi('Riktad loggkontroll saknas för särskilt utsatta grupper', 'No targeted log control for particularly exposed groups'),
  messages: {
    default: bi(
      'Analysen visar inte att loggkontrollen {control} riktat granskar åtkomst till {groups}, som förekommer bland patienterna (targets).',
      'The analysis does not show that log control {control} specifically reviews access to {groups}, who are among the patients (targets).',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
    { act: 'prop. 2007/08:126', ref: 's. 148 (särskilda riskbedömningar)', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'KRY:s analys 2020: skyddad identitet, offentliga personer, medarbetare, egna uppgifter', source: 'DI-2019-3845 s. 8–9' },
    { act: 'IMY, Kontroll av åtkomst till uppgifter – för vårdgivare', ref: 'systematik och slumpmässighet, flera parametrar', source: 'imy.se (checklista)' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const present = TARGETED_GROUPS.filter((id) => bool(m.registeredById.get(id)?.v, 'present') === true);
    if (present.length === 0) return;
    for (const c of m.logControls) {
      const targets = strList(c.v, 'targets') ?? [];
      const missing = present.filter((g) => !targets.includes(g));
      if (missing.length === 0) continue;
      const t = c.v.targets;
      const edits = t === undefined || t === null || Array.isArray(t) ? appendItems(c.doc, [...c.path, 'targets'], missing) : [];
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { control: c.id ?? c.loc, groups: joinBoth(missing.map((g) => { const l = label(REGISTERED_CATEGORY, g); return bi(`${l.sv.charAt(0).toLowerCase()}${l.sv.slice(1)} (${g})`, `${l.en.charAt(0).toLowerCase()}${l.en.slice(1)} (${g})`); })) },
        fixes: edits.length
          ? [{ title: bi(`Lägg till ${missing.join(', ')} i det riktade urvalet (targets)`, `Add ${missing.join(', ')} to the targeted selection (targets)`), edits, preferred: true }]
          : undefined,
      });
    }
  },
});
