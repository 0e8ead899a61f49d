/** BRA025 — Personalkategori saknar arbetsuppgifter (rules-and-model.md §2.4). */
import { insertEntries } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { strList } from '../domain/model';

export default defineRule({
  id: 'BRA025',
  name: 'role-tasks',
  severity: 'error',
  title: { sv: 'Personalkategori saknar arbetsuppgifter', en: 'Role without tasks' },
  messages: {
    default: {
      sv: 'Personalkategorin {role} saknar beskrivning av arbetsuppgifter. Behörigheten ska utgå från vad som behövs för arbetsuppgifterna.',
      en: 'Role {role} has no description of tasks. Authorisation must be based on what the tasks require.',
    },
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 § (fullgöra sina arbetsuppgifter)', source: 'DI-2019-3845 s. 16' },
    { act: 'prop. 2007/08:126', ref: 's. 148 (vilken närmare information olika personalkategorier behöver)', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'organisation, yrkeskategorier och arbetsuppgifter har beaktats', source: 'DI-2019-3845 s. 22' },
  ],
  fixable: true,
  check(ctx) {
    for (const role of ctx.m.roles) {
      if (!isMap(nodeAt(role.doc, role.path))) continue; // not a role at all: the schema reports it
      if ((strList(role.v, 'tasks') ?? []).length > 0) continue;
      const present = has(role.doc, [...role.path, 'tasks']);
      const edits = present ? [] : insertEntries(role.doc, role.path, { tasks: [] });
      ctx.report({
        location: role.loc,
        at: present ? ctx.at(role, 'tasks', 'key') : ctx.at(role),
        args: { role: role.id ?? role.loc },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till tasks: [] att fylla i med arbetsuppgifter', en: 'Add tasks: [] to fill in with the tasks' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
