/** BRA008 — Analys av kategorier av uppgifter saknas (rules-and-model.md §2.4). */
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { DATA_CATEGORY, label } from '../domain/labels';
import { collectionFinding } from '../domain/stubs';


/** The categories of the quick-fix skeleton: the two basic ones and the four IMY names (DI-2019-3845 s. 22–23). */
const SKELETON = ['identity_contact', 'somatic_care', 'mental_health', 'sexual_health', 'substance_abuse', 'violence_close_relations'];

export default defineRule({
  id: 'BRA008',
  name: 'data-categories-missing',
  severity: 'error',
  title: { sv: 'Analys av kategorier av uppgifter saknas', en: 'No analysis of data categories' },
  messages: {
    default: {
      sv: 'Analysen saknar genomgång av kategorier av uppgifter (t.ex. psykisk ohälsa, sexualliv, missbruk, hot och våld i nära relationer).',
      en: 'The analysis has no review of data categories (e.g. mental health, sex life, substance abuse, threats and violence in close relationships).',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'olika kategorier av uppgifter', source: 'DI-2019-3845 s. 19, 21–22' },
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
  ],
  fixable: true,
  check(ctx) {
    if (ctx.m.dataCategories.length > 0) return;
    const stubs: Stub[] = SKELETON.map((id) => ({ id, label: label(DATA_CATEGORY, id).sv }));
    const { at, fixes } = collectionFinding(ctx, 'data_categories', stubs, {
      sv: 'Lägg till kategorier av uppgifter att bedöma (förekomst bedöms sedan)',
      en: 'Add data categories to assess (occurrence to be assessed)',
    });
    ctx.report({ location: '$', at, fixes });
  },
});
