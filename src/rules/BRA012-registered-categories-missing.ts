/** BRA012 — Analys av kategorier av registrerade saknas (rules-and-model.md §2.4). */
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { BASELINE_REGISTERED_CATEGORIES } from '../domain/shared';
import { REGISTERED_CATEGORY, label } from '../domain/labels';
import { collectionFinding } from '../domain/stubs';

export default defineRule({
  id: 'BRA012',
  name: 'registered-categories-missing',
  severity: 'error',
  title: { sv: 'Analys av kategorier av registrerade saknas', en: 'No analysis of data-subject categories' },
  messages: {
    default: {
      sv: 'Analysen saknar genomgång av kategorier av registrerade (t.ex. barn, personer med skyddade personuppgifter, allmänt kända personer, medarbetare som patienter).',
      en: 'The analysis has no review of data-subject categories (e.g. children, persons with protected identity, public figures, employees as patients).',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'kategorier av registrerade (exempelvis sårbara fysiska personer och barn)', source: 'DI-2019-3845 s. 19, 21' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    if (ctx.m.registeredCategories.length > 0) return;
    const stubs: Stub[] = BASELINE_REGISTERED_CATEGORIES.map((id) => ({ id, label: label(REGISTERED_CATEGORY, id).sv }));
    const { at, fixes } = collectionFinding(ctx, 'registered_categories', stubs, {
      sv: 'Lägg till grundkategorierna av registrerade att bedöma (förekomst bedöms sedan)',
      en: 'Add the baseline data-subject categories to assess (occurrence to be assessed)',
    });
    ctx.report({ location: '$', at, fixes });
  },
});
