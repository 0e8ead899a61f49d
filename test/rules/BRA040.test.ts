import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\n';

describe('BRA040 no regular review of assigned access', () => {
  it('fixtures', () => checkRuleFixtures('BRA040'));

  it('points at the document root when access_governance is missing (both languages) and adds the routine', () => {
    const f = ofRule(lintText(head), 'BRA040');
    assert.deepEqual(f.map((x) => brief(head, x)), [{ rule: 'BRA040', severity: 'error', location: '$', range: '1:1-1:15' }]);
    assert.equal(f[0].message.sv, 'Rutin för regelbunden uppföljning av tilldelade behörigheter saknas.');
    assert.equal(f[0].message.en, 'No routine for regular follow-up of assigned authorisations.');
    const fixed = applyFixes(head, f);
    assert.equal(fixed, head + 'access_governance:\n  review:\n    interval_months: 12\n    triggers: [role_change, employment_end, leave_of_absence]\n');
    assert.deepEqual(ofRule(lintText(fixed), 'BRA040'), []);
    assert.deepEqual(ofRule(lintText(fixed), 'schema'), []);
  });

  it('points at review when only interval_months is missing and keeps its triggers; uses the configured interval', () => {
    const text = head + 'access_governance:\n  review: { last_performed: 2026-06-01, triggers: [role_change] }\n';
    const o = { config: { thresholds: { reviewMaxMonths: 6 } } };
    const f = ofRule(lintText(text, o), 'BRA040');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA040', severity: 'error', location: '$.access_governance', range: '7:3-7:9' }]);
    assert.equal(applyFixes(text, f), text.replace('[role_change] }', '[role_change], interval_months: 6 }'));
  });

  it('replaces an interval of the wrong type (the schema reports it too)', () => {
    const text = head + 'access_governance:\n  review:\n    interval_months: tolv\n';
    const f = ofRule(lintText(text), 'BRA040');
    assert.deepEqual(f.map((x) => brief(text, x).range), ['8:22-8:26']);
    assert.equal(applyFixes(text, f), text.replace('tolv', '12'));
  });
});
