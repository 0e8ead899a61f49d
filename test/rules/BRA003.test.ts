import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = (next: string, approved = '2026-03-15') => `schema_version: "1.0"
document:
  status: approved
  approved: { by: Anna Ek, role: Verksamhetschef, date: ${approved} }
${next}`;
const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA003');

describe('BRA003 next-review', () => {
  it('fixtures', () => checkRuleFixtures('BRA003'));

  it('fires on a passed next_review, at the value, in both languages', () => {
    const text = doc('  next_review: 2026-11-30 # förra året\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA003', severity: 'warning', location: '$.document', range: '5:16-5:26' }]);
    assert.equal(fs[0].message.sv, 'Datum för nästa översyn av analysen har passerats (2026-11-30). Analysen ska hållas uppdaterad.');
    assert.equal(fs[0].message.en, 'The next review date of the analysis has passed (2026-11-30). The analysis must be kept up to date.');
    assert.equal(applyFixes(text, fs), text.replace('2026-11-30', '2027-03-15'), 'replaces the value and keeps the comment');
  });

  it('is evaluated against as_of', () => {
    const text = doc('  next_review: 2026-11-30\n');
    assert.deepEqual(run(text, { asOf: '2026-11-30' }), []);
    assert.equal(run(text, { asOf: '2026-12-01' }).length, 1);
  });

  it('offers no fix when approval + 12 months has passed too', () => {
    const text = doc('  next_review: 2026-06-30\n', '2025-06-01');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fixes, undefined);
  });

  it('is silent on a malformed or impossible date: the schema finding is the only one (security report L3)', () => {
    for (const bad of ['snart', '2026-13-45', '2026-02-30', '9999-99-99']) {
      const text = doc(`  next_review: ${bad}\n`);
      assert.deepEqual(run(text), [], bad);
      assert.deepEqual(lintText(text).filter((f) => f.rule === 'schema').map((f) => f.location), ['$.document.next_review'], bad);
    }
  });

  it('points at the document key when next_review is missing; at the root when document is absent', () => {
    const text = doc('');
    assert.deepEqual(run(text).map((f) => brief(text, f)), [{ rule: 'BRA003', severity: 'warning', location: '$.document', range: '2:1-2:9' }]);
    const bare = 'schema_version: "1.0"\n';
    assert.deepEqual(run(bare).map((f) => brief(bare, f)), [{ rule: 'BRA003', severity: 'warning', location: '$.document', range: '1:1-1:15' }]);
    assert.equal(run('schema_version: "1.0"\ndocument: [1]\n').length, 1);
  });
});
