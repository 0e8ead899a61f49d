/** BRA013 — Grundkategori av registrerade ej bedömd (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { BASELINE_REGISTERED_CATEGORIES } from '../domain/shared';
import { REGISTERED_CATEGORY, label } from '../domain/labels';
import { checkAssessed } from '../domain/assess';

export default defineRule({
  id: 'BRA013',
  name: 'baseline-registered-category',
  severity: 'warning',
  title: { sv: 'Grundkategori av registrerade ej bedömd', en: 'Baseline data-subject category not assessed' },
  messages: {
    default: {
      sv: 'Kategorin av registrerade {label} ({category}) är inte bedömd. Ange om den förekommer och motivera om den inte gör det.',
      en: 'Data-subject category {label} ({category}) has not been assessed. State whether it occurs and give a rationale if it does not.',
    },
    noPresent: {
      sv: 'Kategorin av registrerade {label} ({category}) finns med men det anges inte om den förekommer. Ange present: true eller false och motivera om den inte förekommer.',
      en: 'Data-subject category {label} ({category}) is listed but does not state whether it occurs. Set present: true or false and give a rationale if it does not.',
    },
    noRationale: {
      sv: 'Kategorin av registrerade {label} ({category}) anges inte förekomma, men motivering saknas. Analysen visar inte varför kategorin inte förekommer i verksamheten.',
      en: 'Data-subject category {label} ({category}) is stated not to occur, but there is no rationale. The analysis does not show why the category does not occur in the organisation.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'kategorier av registrerade som faktiskt behandlas', source: 'DI-2019-3845 s. 8–9, 19, 23' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    checkAssessed(ctx, {
      key: 'registered_categories',
      items: ctx.m.registeredCategories,
      byId: ctx.m.registeredById,
      codes: BASELINE_REGISTERED_CATEGORIES,
      labels: REGISTERED_CATEGORY,
      // Conservative default: the category is assumed to occur until the analysis shows otherwise.
      stub: (code) => ({ id: code, label: label(REGISTERED_CATEGORY, code).sv, present: true }),
      fixTitle: (l) => ({ sv: `Lägg till kategorin ${l.sv} som förekommande`, en: `Add the category ${l.en} as occurring` }),
    });
  },
});
