/** BRA002 — Behörighet tilldelad före fastställd analys (rules-and-model.md §2.4). */
import { appendItems } from '../fixes';
import { defineRule } from './define';
import type { At } from './define';
import { isRec, rec, str, strList } from '../domain/model';
import { badDate, isoDate } from '../domain/shared';

export default defineRule({
  id: 'BRA002',
  name: 'access-before-approval',
  severity: 'error',
  title: { sv: 'Behörighet tilldelad före fastställd analys', en: 'Access assigned before the analysis was approved' },
  messages: {
    default: {
      sv: 'Behörigheten {entry} gäller från {date}, men analysen fastställdes först {approved}. Beslut om behörighet ska föregås av en behovs- och riskanalys.',
      en: 'Access entry {entry} applies from {date}, but the analysis was approved only on {approved}. Access decisions must be preceded by the needs-and-risk analysis.',
    },
    notApproved: {
      sv: 'Behörigheten {entry} gäller från {date}, men analysen visar inte att den fastställts före det datumet. Beslut om behörighet ska föregås av en behovs- och riskanalys.',
      en: 'Access entry {entry} applies from {date}, but the analysis does not show that it was approved before that date. Access decisions must be preceded by the needs-and-risk analysis.',
    },
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'bedömning och föreläggande', source: 'DI-2019-3845 s. 4, 20, 29' },
  ],
  fixable: true,
  check(ctx) {
    const { m, asOf } = ctx;
    const d = m.document;
    const status = str(d, 'status');
    const approvals: { date: string; systems?: string[]; at: At }[] = [];
    const approvedDate = isoDate(rec(d, 'approved'), 'date');
    // an approval date that is not a date: the schema finding says so; no entry can be judged against it
    if (badDate(rec(d, 'approved'), 'date')) return;
    if (approvedDate && (status === 'approved' || status === 'superseded')) {
      approvals.push({ date: approvedDate, at: { doc: m.analysis, path: ['document', 'approved', 'date'], part: 'value' } });
    }
    const prev = d?.previous_approvals;
    let invalid = false;
    if (Array.isArray(prev)) {
      prev.forEach((x, i) => {
        if (!isRec(x)) return;
        if (badDate(x, 'date')) invalid = true;
        const date = isoDate(x, 'date');
        if (date) approvals.push({ date, systems: strList(x, 'systems'), at: { doc: m.analysis, path: ['document', 'previous_approvals', i, 'date'], part: 'value' } });
      });
    }
    if (invalid) return;
    for (const e of m.entries) {
      const from = isoDate(e.v, 'valid_from');
      if (!from) continue; // the schema reports a missing or malformed date
      if (status === 'draft' && from > asOf) continue; // a planned assignment, not yet made
      const named = str(e.v, 'system');
      const system = named !== undefined && m.systemById.has(named) ? named : undefined; // dangling = absent
      const covering = approvals.filter((a) => a.systems === undefined || (system !== undefined && a.systems.includes(system)));
      if (covering.some((a) => a.date <= from)) continue;
      const earliest = [...covering].sort((a, b) => a.date.localeCompare(b.date))[0];
      const entry = e.id ?? e.loc;
      // The fix edits the analysis, so it is offered only where the finding is in the analysis itself.
      const fixEdits = d && e.doc === m.analysis
        ? appendItems(m.analysis, ['document', 'previous_approvals'], [{ version: '', date: from, ...(system ? { systems: [system] } : {}) }])
        : [];
      ctx.report({
        location: e.loc,
        at: ctx.at(e, 'valid_from', 'value'),
        message: earliest ? 'default' : 'notApproved',
        args: earliest ? { entry, date: from, approved: earliest.date } : { entry, date: from },
        related: earliest
          ? [{ at: earliest.at, message: { sv: 'Analysen fastställdes här.', en: 'The analysis was approved here.' } }]
          : undefined,
        fixes: fixEdits.length
          ? [{
            title: {
              sv: 'Lägg till tidigare fastställd version (previous_approvals) – ange version och verkligt fastställandedatum',
              en: 'Add an earlier approved version (previous_approvals) – enter its version and actual approval date',
            },
            edits: fixEdits,
          }]
          : undefined,
      });
    }
  },
});
