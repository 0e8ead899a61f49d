/** BRA027 — Behov saknar tidpunkt eller sammanhang (rules-and-model.md §2.4). */
import type { Bilingual } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { str } from '../domain/model';

const KEYS: { key: string; label: Bilingual }[] = [
  { key: 'when', label: { sv: 'när (tidpunkt)', en: 'when' } },
  { key: 'context', label: { sv: 'i vilket sammanhang', en: 'in what context' } },
];

export default defineRule({
  id: 'BRA027',
  name: 'need-when-context',
  severity: 'warning',
  title: { sv: 'Behovet anger inte när eller i vilket sammanhang åtkomsten behövs', en: 'Need does not state when or in what context access is needed' },
  messages: {
    default: {
      sv: 'Behovet {need} för {role} anger inte {what} åtkomsten behövs.',
      en: 'Need {need} of {role} does not state {what} access is needed.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'vid vilka tidpunkter och i vilka sammanhang åtkomsten behövs', source: 'DI-2019-3845 s. 20, 23' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'behoven är för generellt analyserade', source: 'DI-2019-3845 s. 21' },
  ],
  fixable: true,
  check(ctx) {
    for (const n of ctx.m.needs) {
      if (!isMap(nodeAt(n.doc, n.path))) continue;
      const missing = KEYS.filter((k) => str(n.v, k.key) === undefined);
      if (missing.length === 0) continue;
      const absent = missing.filter((k) => n.v[k.key] === undefined);
      // "" rather than an empty value: `when:` alone would be null, which the schema does not allow for a text
      const edits = absent.length ? insertEntries(n.doc, n.path, Object.fromEntries(absent.map((k) => [k.key, '']))) : [];
      const only = missing.length === 1 && has(n.doc, [...n.path, missing[0].key]) ? missing[0].key : undefined;
      ctx.report({
        location: n.loc,
        at: only ? ctx.at(n, only, 'value') : ctx.at(n),
        args: { need: n.id ?? n.loc, role: n.role.id ?? n.role.loc, what: joinBoth(missing.map((k) => k.label)) },
        fixes: edits.length
          ? [{ title: { sv: `Lägg till ${absent.map((k) => k.key).join(' och ')} att fylla i`, en: `Add ${absent.map((k) => k.key).join(' and ')} to fill in` }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
