/** BRA010 — Förekommande känslig uppgiftskategori saknar riskanalys (rules-and-model.md §2.4). */
import type { Bilingual } from '../model';
import { defineRule } from './define';
import { bool, str } from '../domain/model';
import { DATA_CATEGORY, SENSITIVITY, label } from '../domain/labels';
import { categoryLabel } from '../domain/names';
import { riskCovers } from '../domain/assess';
import { riskStubFix } from '../domain/stubs';




const lower = (b: Bilingual): Bilingual => ({ sv: b.sv.toLowerCase(), en: b.en.toLowerCase() });


export default defineRule({
  id: 'BRA010',
  name: 'sensitive-category-risk',
  severity: 'error',
  title: { sv: 'Förekommande känslig uppgiftskategori saknar riskanalys', en: 'Sensitive data category occurs without a risk analysis' },
  messages: {
    default: {
      sv: 'Uppgiftskategorin {label} ({category}, känslighet {level}) förekommer men ingen risk analyserar vad en för vid åtkomst till den innebär.',
      en: 'Data category {label} ({category}, sensitivity {level}) occurs, but no risk analyses what overly wide access to it would mean.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'riskerna inte analyserade utifrån kategorier av uppgifter', source: 'DI-2019-3845 s. 19, 21, 22' },
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const seen = new Set<string>();
    for (const c of m.dataCategories) {
      if (c.id === undefined || seen.has(c.id)) continue; // duplicates are BRA045's business
      seen.add(c.id);
      const sensitivity = str(c.v, 'sensitivity');
      if (bool(c.v, 'present') !== true || (sensitivity !== 'high' && sensitivity !== 'very_high')) continue;
      if (riskCovers(m, 'data_categories', c.id)) continue;
      const l = categoryLabel(c, DATA_CATEGORY).sv;
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { label: categoryLabel(c, DATA_CATEGORY), category: c.id, level: lower(label(SENSITIVITY, sensitivity)) },
        fixes: riskStubFix(m, 'data_categories', c.id,
          { sv: `Skapa en risk för för vid åtkomst till ${c.id}`, en: `Create a risk of overly wide access to ${c.id}` },
          `För vid åtkomst till uppgifter om ${l.charAt(0).toLowerCase()}${l.slice(1)}`),
      });
    }
  },
});
