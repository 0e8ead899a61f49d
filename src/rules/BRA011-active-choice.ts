/** BRA011 — Mycket känsliga uppgifter utanför egen enhet utan aktivt val (rules-and-model.md §2.4). */
import { joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import { defineRule } from './define';
import { str, strList } from '../domain/model';
import { expandCategories } from '../domain/shared';

const WIDE_SCOPES = new Set(['listed_units', 'all_patients']);

export default defineRule({
  id: 'BRA011',
  name: 'active-choice',
  severity: 'info',
  title: { sv: 'Mycket känsliga uppgifter utanför den egna vårdenheten utan aktivt val', en: 'Highly sensitive data beyond the own unit without an active choice' },
  messages: {
    default: {
      sv: 'Behörigheten {entry} ger åtkomst till mycket känsliga uppgifter ({categories}) utanför den egna vårdenheten utan aktivt val. Mer känsliga uppgifter bör kräva aktiva val.',
      en: 'Access entry {entry} gives access to highly sensitive data ({categories}) beyond the own unit without an active choice. More sensitive data should require an active choice.',
    },
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 149', source: 'DI-2019-3845 s. 16' },
    { act: 'Kammarrätten i Stockholm 2022-05-16', ref: 'en av fem domar, enligt referat (aktiva val; målnummer ej kontrollerat)', url: 'https://tmpartners.se/2022/06/02/hoga-beviskrav-vid-sanktionsavgifter/' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const e of m.entries) {
      if (str(e.v, 'identifiability') === 'pseudonymised') continue;
      if (!WIDE_SCOPES.has(str(e.v, 'patient_scope') ?? '')) continue;
      const conditions = strList(e.v, 'conditions') ?? [];
      if (conditions.includes('active_choice')) continue;
      const ex = expandCategories(m, e.v);
      if (!ex) continue;
      const veryHigh = ex.ids.filter((id) => str(m.dataCategoryById.get(id)?.v, 'sensitivity') === 'very_high');
      if (veryHigh.length === 0) continue;
      const c = e.v.conditions;
      // Append to the list (or create it); never overwrite a value of another type.
      const edits = c === undefined || c === null || Array.isArray(c) ? appendItems(e.doc, [...e.path, 'conditions'], ['active_choice']) : [];
      ctx.report({
        location: e.loc,
        at: ctx.at(e),
        args: { entry: e.id ?? e.loc, categories: joinBoth(veryHigh) },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till villkoret active_choice (aktivt val)', en: 'Add the condition active_choice' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
