/** BRA009 — IMY-utpekad känslig uppgiftskategori ej bedömd (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { IMY_NAMED_DATA_CATEGORIES } from '../domain/shared';
import { DATA_CATEGORY, label } from '../domain/labels';
import { checkAssessed } from '../domain/assess';


export default defineRule({
  id: 'BRA009',
  name: 'imy-sensitive-category',
  severity: 'warning',
  title: { sv: 'IMY-utpekad känslig uppgiftskategori ej bedömd', en: 'IMY-named sensitive data category not assessed' },
  messages: {
    default: {
      sv: 'Kategorin {label} ({category}) är inte bedömd. Ange om den förekommer (present: true/false) och motivera om den inte förekommer.',
      en: 'Category {label} ({category}) has not been assessed. State whether it occurs (present: true/false) and give a rationale if it does not.',
    },
    noPresent: {
      sv: 'Kategorin {label} ({category}) finns med men det anges inte om den förekommer. Ange present: true eller false och motivera om den inte förekommer.',
      en: 'Category {label} ({category}) is listed but does not state whether it occurs. Set present: true or false and give a rationale if it does not.',
    },
    noRationale: {
      sv: 'Kategorin {label} ({category}) anges inte förekomma, men motivering saknas. Analysen visar inte varför kategorin inte förekommer i verksamheten.',
      en: 'Category {label} ({category}) is stated not to occur, but there is no rationale. The analysis does not show why the category does not occur in the organisation.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'sexualliv, missbruk, psykisk ohälsa eller hot eller våld i nära relationer', source: 'DI-2019-3845 s. 22–23' },
    { act: 'GDPR', ref: 'art. 9.1', source: 'DI-2019-3845 s. 14' },
  ],
  fixable: true,
  check(ctx) {
    checkAssessed(ctx, {
      key: 'data_categories',
      items: ctx.m.dataCategories,
      byId: ctx.m.dataCategoryById,
      codes: IMY_NAMED_DATA_CATEGORIES,
      labels: DATA_CATEGORY,
      // Conservative default: the category is assumed to occur until the analysis shows otherwise.
      stub: (code) => ({ id: code, label: label(DATA_CATEGORY, code).sv, present: true, sensitivity: 'very_high' }),
      fixTitle: (l) => ({ sv: `Lägg till kategorin ${l.sv} som förekommande (mycket hög känslighet)`, en: `Add the category ${l.en} as occurring (very high sensitivity)` }),
    });
  },
});
