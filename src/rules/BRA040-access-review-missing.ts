import { bi } from '../i18n';
import { insertEntries, setValue } from '../fixes';
import type { Stub } from '../fixes';
import type { TextEdit } from '../model';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { int, rec } from '../domain/model';
import { REQUIRED_TRIGGERS } from '../domain/shared';


export default defineRule({
  id: 'BRA040',
  name: 'access-review-missing',
  severity: 'error',
  title: bi('Regelbunden uppföljning av behörigheter saknas', 'No regular review of assigned access'),
  messages: {
    default: bi(
      'Rutin för regelbunden uppföljning av tilldelade behörigheter saknas.',
      'No routine for regular follow-up of assigned authorisations.',
    ),
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15, 26' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 3 § (styrning av behörigheter; lydelsen ej kontrollerad)' },
  ],
  fixable: true,
  check(ctx) {
    const { m, t } = ctx;
    const p = m.analysis;
    const review = rec(m.governance, 'review');
    if (int(review, 'interval_months') !== undefined) return;
    const reviewPath = ['access_governance', 'review'];
    const stub: { [k: string]: Stub } = { interval_months: t.reviewMaxMonths, triggers: [...REQUIRED_TRIGGERS] };
    let edits: TextEdit[];
    // interval_months written with a value of the wrong type: replace it (the rest of the block stays as is)
    if (has(p, [...reviewPath, 'interval_months'])) {
      edits = setValue(p, reviewPath, 'interval_months', t.reviewMaxMonths);
    } else edits = insertEntries(p, reviewPath, stub);
    ctx.report({
      location: m.governance || isMap(nodeAt(p, ['access_governance'])) ? '$.access_governance' : '$',
      at: { doc: p, path: [...reviewPath, 'interval_months'], part: 'value' },
      fixes: [{
        title: bi(`Lägg till rutin för uppföljning (intervall ${t.reviewMaxMonths} månader, utlösande händelser)`, `Add a review routine (interval ${t.reviewMaxMonths} months, triggers)`),
        edits,
        preferred: true,
      }],
    });
  },
});
