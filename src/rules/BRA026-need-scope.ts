/** BRA026 — Behov saknar vilka uppgifter eller vilka patienter (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { setValue } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { idsOrAll, str } from '../domain/model';
import { PATIENT_SCOPE, label } from '../domain/labels';

/** Patient scopes offered as quick-fixes, narrowest meaningful first (`none` last: a need for no patients is rare). */
const SCOPES = ['emergency_only', 'scheduled_contact', 'care_relation', 'own_unit', 'listed_units', 'all_patients', 'none'];

export default defineRule({
  id: 'BRA026',
  name: 'need-scope',
  severity: 'error',
  title: { sv: 'Behovet anger inte vilka uppgifter eller vilka patienter det gäller', en: 'Need does not state which data or which patients it concerns' },
  messages: {
    default: {
      sv: 'Behovet {need} för {role} anger inte {what} åtkomsten ska omfatta.',
      en: 'Need {need} of {role} does not state {what} the access covers.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'vem som behöver åtkomst, vilka uppgifter åtkomsten ska omfatta', source: 'DI-2019-3845 s. 20, 23' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const n of m.needs) {
      if (!isMap(nodeAt(n.doc, n.path))) continue;
      const cats = idsOrAll(n.v, 'data_categories');
      // dangling ids count as absent (§2.3); BRA045 reports them
      const known = cats === 'all' ? ['all'] : (cats ?? []).filter((c) => m.dataCategoryById.has(c));
      const dangling = cats !== 'all' && cats !== undefined && cats.length > 0 && known.length === 0;
      const noCats = known.length === 0;
      const noScope = str(n.v, 'patient_scope') === undefined;
      if (!noCats && !noScope) continue;
      const what: Bilingual[] = [];
      if (noCats) {
        what.push(dangling
          ? { sv: 'vilka uppgiftskategorier (de angivna finns inte bland data_categories)', en: 'which data categories (the ones given are not in data_categories)' }
          : { sv: 'vilka uppgiftskategorier', en: 'which data categories' });
      }
      if (noScope) what.push({ sv: 'vilka patienter (patient_scope)', en: 'which patients (patient_scope)' });
      const fixes: Fix[] = [];
      const rawCats = n.v.data_categories;
      if (noCats && (rawCats === undefined || rawCats === null)) {
        const edits = setValue(n.doc, n.path, 'data_categories', []);
        if (edits.length) fixes.push({ title: { sv: 'Lägg till data_categories: [] att fylla i', en: 'Add data_categories: [] to fill in' }, edits, preferred: true });
      }
      const rawScope = n.v.patient_scope;
      if (noScope && (rawScope === undefined || rawScope === null)) {
        for (const code of SCOPES) {
          const edits = setValue(n.doc, n.path, 'patient_scope', code);
          const l = label(PATIENT_SCOPE, code);
          if (edits.length) fixes.push({ title: { sv: `Ange patientomfång: ${code} (${l.sv})`, en: `Set the patient scope: ${code} (${l.en})` }, edits });
        }
      }
      // one missing part whose key is written: that key; else the need
      const onlyKey = noCats && !noScope ? 'data_categories' : !noCats && noScope ? 'patient_scope' : undefined;
      ctx.report({
        location: n.loc,
        at: onlyKey && has(n.doc, [...n.path, onlyKey]) ? ctx.at(n, onlyKey, 'key') : ctx.at(n),
        args: { need: n.id ?? n.loc, role: n.role.id ?? n.role.loc, what: joinBoth(what) },
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
});
