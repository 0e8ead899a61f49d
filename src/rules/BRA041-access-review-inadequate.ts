import type { Bilingual, Fix } from '../model';
import { bi } from '../i18n';
import { appendItems, setValue } from '../fixes';
import { defineRule } from './define';
import { label, TRIGGER } from '../domain/labels';
import { int, rec, strList } from '../domain/model';
import { addMonths, badDate, isoDate } from '../domain/shared';
import { REQUIRED_TRIGGERS } from '../domain/shared';

export default defineRule({
  id: 'BRA041',
  name: 'access-review-inadequate',
  severity: 'warning',
  title: bi('Uppföljning för sällan, försenad eller utan utlösande händelser', 'Access review too infrequent, overdue or without triggers'),
  messages: {
    default: bi('Uppföljningen av behörigheter: {gaps}.', 'Access review: {gaps}.'),
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 3 § (styrning av behörigheter; lydelsen ej kontrollerad)' },
  ],
  fixable: true,
  check(ctx) {
    const { m, t, asOf } = ctx;
    const review = rec(m.governance, 'review');
    const interval = int(review, 'interval_months');
    if (!review || interval === undefined) return; // §2.3: BRA040's business
    const reviewPath = ['access_governance', 'review'];
    const p = m.analysis;
    const gaps: Bilingual[] = [];
    const tooRare = interval > t.reviewMaxMonths;
    if (tooRare) gaps.push(bi(`intervallet ${interval} månader är längre än ${t.reviewMaxMonths} månader`, `the interval of ${interval} months is longer than ${t.reviewMaxMonths} months`));
    const last = isoDate(review, 'last_performed');
    if (last === undefined && badDate(review, 'last_performed')) {
      /* not a date: the schema finding says so */
    } else if (last === undefined) gaps.push(bi('datum för senast genomförd uppföljning saknas', 'no last-performed date'));
    else {
      const due = addMonths(last, interval);
      if (due < asOf) gaps.push(bi(`försenad sedan ${due} (senast genomförd ${last})`, `overdue since ${due} (last performed ${last})`));
    }
    const triggers = strList(review, 'triggers') ?? [];
    const missing = REQUIRED_TRIGGERS.filter((x) => !triggers.includes(x));
    if (missing.length > 0) {
      const names = (lang: 'sv' | 'en') => missing.map((x) => `${x} (${label(TRIGGER, x)[lang]})`).join(', ');
      gaps.push(bi(`utlösande händelser saknas: ${names('sv')}`, `missing triggers: ${names('en')}`));
    }
    if (gaps.length === 0) return;
    const fixes: Fix[] = [];
    const addTriggers = missing.length > 0 ? appendItems(p, [...reviewPath, 'triggers'], missing) : [];
    const setInterval = tooRare ? setValue(p, reviewPath, 'interval_months', t.reviewMaxMonths) : [];
    if (addTriggers.length > 0 && setInterval.length > 0) {
      fixes.push({
        title: bi(`Lägg till utlösande händelser och sätt intervallet till ${t.reviewMaxMonths} månader`, `Add the triggers and set the interval to ${t.reviewMaxMonths} months`),
        edits: [...addTriggers, ...setInterval],
        preferred: true,
      });
    }
    if (addTriggers.length > 0) {
      fixes.push({ title: bi(`Lägg till utlösande händelser: ${missing.join(', ')}`, `Add the triggers: ${missing.join(', ')}`), edits: addTriggers, safe: true, preferred: fixes.length === 0 });
    }
    if (setInterval.length > 0) {
      fixes.push({ title: bi(`Sätt intervallet till ${t.reviewMaxMonths} månader`, `Set the interval to ${t.reviewMaxMonths} months`), edits: setInterval, preferred: fixes.length === 0 });
    }
    ctx.report({
      location: '$.access_governance.review',
      at: { doc: p, path: reviewPath, part: 'key' },
      args: { gaps: { sv: gaps.map((g) => g.sv).join('; '), en: gaps.map((g) => g.en).join('; ') } },
      fixes,
    });
  },
});
