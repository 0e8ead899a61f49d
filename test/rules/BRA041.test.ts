import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\naccess_governance:\n';
const ok = head + '  review:\n    interval_months: 6\n    last_performed: 2026-06-01\n    triggers: [role_change, employment_end, leave_of_absence]\n';

describe('BRA041 access review too infrequent, overdue or without triggers', () => {
  it('fixtures', () => checkRuleFixtures('BRA041'));

  it('does not fire on a complete routine that is due exactly on the evaluation date', () => {
    assert.deepEqual(ofRule(lintText(ok), 'BRA041'), []);
  });

  it('reports an overdue review with the due date (both languages); no fix can make it current', () => {
    const text = ok.replace('2026-06-01', '2026-05-31');
    const f = ofRule(lintText(text), 'BRA041');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA041', severity: 'warning', location: '$.access_governance.review', range: '7:3-7:9' }]);
    assert.equal(f[0].message.sv, 'Uppföljningen av behörigheter: försenad sedan 2026-11-30 (senast genomförd 2026-05-31).');
    assert.equal(f[0].message.en, 'Access review: overdue since 2026-11-30 (last performed 2026-05-31).');
    assert.equal(f[0].fixes, undefined);
  });

  it('reports a missing last-performed date and an over-long interval in one finding; the configured maximum applies', () => {
    const text = ok.replace('    last_performed: 2026-06-01\n', '').replace('interval_months: 6', 'interval_months: 9');
    assert.deepEqual(ofRule(lintText(text), 'BRA041').map((x) => x.message.en), ['Access review: no last-performed date.']);
    const f = ofRule(lintText(text, { config: { thresholds: { reviewMaxMonths: 6 } } }), 'BRA041');
    assert.equal(f[0].message.sv, 'Uppföljningen av behörigheter: intervallet 9 månader är längre än 6 månader; datum för senast genomförd uppföljning saknas.');
    assert.equal(f[0].fixes?.[0].title.sv, 'Sätt intervallet till 6 månader');
  });

  it('adds missing triggers (a safe fix) and creates the list when there is none', () => {
    const text = ok.replace('    triggers: [role_change, employment_end, leave_of_absence]\n', '');
    const f = ofRule(lintText(text), 'BRA041');
    assert.equal(f[0].message.sv, 'Uppföljningen av behörigheter: utlösande händelser saknas: role_change (Byte av roll/arbetsuppgifter), employment_end (Avslutad anställning/uppdrag), leave_of_absence (Tjänstledighet/föräldraledighet).');
    assert.equal(f[0].fixes?.[0].safe, true);
    assert.equal(applyFixes(text, f), ok);
  });

  it('is skipped without interval_months (BRA040 reports that)', () => {
    const text = head + '  review:\n    triggers: [role_change]\n';
    const all = lintText(text);
    assert.deepEqual(ofRule(all, 'BRA041'), []);
    assert.equal(ofRule(all, 'BRA040').length, 1);
  });
});
