/** BRA003 — Nästa översyn saknas eller är passerad (rules-and-model.md §2.4). */
import { setValue } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import { rec } from '../domain/model';
import { addMonths, badDate, isoDate } from '../domain/shared';

/** Review interval of the quick-fix, in months after approval [tool]. */
const REVIEW_MONTHS = 12;

export default defineRule({
  id: 'BRA003',
  name: 'next-review',
  severity: 'warning',
  title: { sv: 'Nästa översyn saknas eller är passerad', en: 'Next review missing or overdue' },
  messages: {
    default: {
      sv: 'Datum för nästa översyn av analysen har passerats ({date}). Analysen ska hållas uppdaterad.',
      en: 'The next review date of the analysis has passed ({date}). The analysis must be kept up to date.',
    },
    missing: {
      sv: 'Datum för nästa översyn av analysen saknas. Analysen ska hållas uppdaterad.',
      en: 'The analysis has no next review date. The analysis must be kept up to date.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'behörighetsstrukturen ska hållas uppdaterad', source: 'DI-2019-3845 s. 19' },
    { act: 'GDPR', ref: 'art. 24.1', source: 'DI-2019-3845 s. 12' },
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
  ],
  fixable: true,
  check(ctx) {
    const { m, asOf } = ctx;
    const p = m.analysis;
    const d = m.document;
    const next = isoDate(d, 'next_review');
    if (next !== undefined && next >= asOf) return;
    if (badDate(d, 'next_review')) return; // not a date: the schema finding says so
    const written = has(p, ['document', 'next_review']) && d?.next_review !== null;
    // Fix: approval date + 12 months, offered only when that date has not passed too.
    const approved = isoDate(rec(d, 'approved'), 'date');
    const proposed = approved ? addMonths(approved, REVIEW_MONTHS) : undefined;
    const edits = d && proposed && proposed >= asOf ? setValue(p, ['document'], 'next_review', proposed) : [];
    ctx.report({
      location: '$.document',
      at: written ? { doc: p, path: ['document', 'next_review'], part: 'value' } : { doc: p, path: ['document'], part: 'key' },
      message: next ? 'default' : 'missing',
      args: next ? { date: next } : {},
      fixes: edits.length
        ? [{ title: { sv: `Sätt nästa översyn till ${proposed} (fastställande + 12 månader)`, en: `Set the next review to ${proposed} (approval + 12 months)` }, edits, preferred: true }]
        : undefined,
    });
  },
});
