/** BRA006 — Fler konton än personer i analyserade roller (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { int, str } from '../domain/model';
import { count, systemName } from '../domain/names';

export default defineRule({
  id: 'BRA006',
  name: 'accounts-exceed-headcount',
  severity: 'warning',
  title: { sv: 'Fler konton än personer i analyserade roller', en: 'More accounts than people in the analysed roles' },
  messages: {
    default: {
      sv: '{system} har {users} användare, men de analyserade rollerna med behörighet omfattar {sum} personer. {diff} konton saknar motsvarande personalkategori i analysen.',
      en: '{system} has {users} users, but the analysed roles with access total {sum} people. {diff} accounts have no matching role in the analysis.',
    },
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'IMY:s beslut DI-2019-3840 (Sahlgrenska)', ref: 'fler användarkonton än anställda' },
  ],
  fixable: false,
  check(ctx) {
    const { m } = ctx;
    for (const s of m.systems) {
      if (s.id === undefined) continue;
      const users = int(s.v, 'users_with_access');
      if (users === undefined || users < 0) continue;
      // Roles with at least one access entry on the system (dangling role references count as absent).
      const roleIds = new Set(
        m.entries.filter((e) => str(e.v, 'system') === s.id).map((e) => str(e.v, 'role')).filter((r): r is string => r !== undefined && m.roleById.has(r)),
      );
      if (roleIds.size === 0) continue;
      let sum = 0;
      let complete = true;
      for (const r of roleIds) {
        const h = int(m.roleById.get(r)!.v, 'headcount');
        if (h === undefined || h < 0) complete = false;
        else sum += h;
      }
      if (!complete || sum >= users) continue;
      ctx.report({
        location: s.loc,
        at: ctx.at(s, 'users_with_access', 'pair'),
        args: { system: systemName(s), users: count(users), sum: count(sum), diff: count(users - sum) },
      });
    }
  },
});
