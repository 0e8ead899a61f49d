/** BRA014 — Förekommande kategori av registrerade saknar riskanalys (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { bool } from '../domain/model';
import { REGISTERED_CATEGORY } from '../domain/labels';
import { categoryLabel } from '../domain/names';
import { riskCovers } from '../domain/assess';
import { riskStubFix } from '../domain/stubs';

export default defineRule({
  id: 'BRA014',
  name: 'registered-category-risk',
  severity: 'warning',
  title: { sv: 'Förekommande kategori av registrerade saknar riskanalys', en: 'Data-subject category occurs without a risk analysis' },
  messages: {
    default: {
      sv: 'Kategorin {label} ({category}) förekommer men ingen risk analyserar hur den påverkar risken för de registrerade.',
      en: 'Category {label} ({category}) occurs, but no risk analyses how it affects the risk to the data subjects.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'hur kategorier av registrerade påverkar risken', source: 'DI-2019-3845 s. 19, 21' },
    { act: 'GDPR', ref: 'art. 24.1', source: 'DI-2019-3845 s. 12' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const seen = new Set<string>();
    for (const c of m.registeredCategories) {
      if (c.id === undefined || seen.has(c.id)) continue; // duplicates are BRA045's business
      seen.add(c.id);
      if (bool(c.v, 'present') !== true) continue;
      if (riskCovers(m, 'registered_categories', c.id)) continue;
      const l = categoryLabel(c, REGISTERED_CATEGORY).sv;
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { label: categoryLabel(c, REGISTERED_CATEGORY), category: c.id },
        fixes: riskStubFix(m, 'registered_categories', c.id,
          { sv: `Skapa en risk som rör ${c.id}`, en: `Create a risk concerning ${c.id}` },
          `Obehörig åtkomst till uppgifter om ${l.charAt(0).toLowerCase()}${l.slice(1)}`),
      });
    }
  },
});
