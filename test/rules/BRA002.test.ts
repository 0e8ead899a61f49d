import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = (status: string, extra = '') => `schema_version: "1.0"
document:
  version: "2"
  status: ${status}
  approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-03-01 }
${extra}systems:
  - id: journal
  - id: npo
access_matrix:
  - id: AM-1
    role: lakare
    system: journal
    valid_from: 2026-02-01
`;
const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA002');

describe('BRA002 access-before-approval', () => {
  it('fixtures', () => checkRuleFixtures('BRA002'));

  it('fires when the entry applies before the approval, on valid_from, with the approval as related information', () => {
    const text = doc('approved');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA002', severity: 'error', location: '$.access_matrix[AM-1]', range: '13:17-13:27' }]);
    assert.equal(fs[0].message.sv, 'Behörigheten AM-1 gäller från 2026-02-01, men analysen fastställdes först 2026-03-01. Beslut om behörighet ska föregås av en behovs- och riskanalys.');
    assert.equal(fs[0].message.en, 'Access entry AM-1 applies from 2026-02-01, but the analysis was approved only on 2026-03-01. Access decisions must be preceded by the needs-and-risk analysis.');
    assert.equal(fs[0].related?.length, 1);
    assert.equal(text.slice(fs[0].related![0].span.start, fs[0].related![0].span.end), '2026-03-01');
  });

  it('accepts an approval on the same day (A ≤ V)', () => {
    assert.deepEqual(run(doc('approved').replace('valid_from: 2026-02-01', 'valid_from: 2026-03-01')), []);
  });

  it('counts approved.date for superseded documents too', () => {
    assert.deepEqual(run(doc('superseded').replace('valid_from: 2026-02-01', 'valid_from: 2026-04-01')), []);
  });

  it('ignores approved.date in a draft, but a draft with a planned (future) entry is not an assignment yet', () => {
    const text = doc('draft').replace('valid_from: 2026-02-01', 'valid_from: 2026-06-01');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].message.en, 'Access entry AM-1 applies from 2026-06-01, but the analysis does not show that it was approved before that date. Access decisions must be preceded by the needs-and-risk analysis.');
    assert.deepEqual(run(doc('draft').replace('valid_from: 2026-02-01', 'valid_from: 2026-12-02')), []);
    assert.equal(run(doc('draft').replace('valid_from: 2026-02-01', 'valid_from: 2026-12-01')).length, 1, 'as_of itself is not in the future');
    assert.equal(run(doc('approved').replace('valid_from: 2026-02-01', 'valid_from: 2027-01-01')).length, 0);
  });

  it('uses previous approvals whose systems are absent or include the entry system', () => {
    const prev = (systems: string) => doc('approved', `  previous_approvals:\n    - { version: "1", date: 2025-01-10${systems} }\n`);
    assert.deepEqual(run(prev('')), []);
    assert.deepEqual(run(prev(', systems: [journal]')), []);
    const other = prev(', systems: [npo]');
    const fs = run(other);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message.en, /approved only on 2026-03-01/);
  });

  it('treats a dangling system of the entry as absent (only approvals without systems cover it)', () => {
    const text = doc('approved', '  previous_approvals:\n    - { version: "1", date: 2025-01-10, systems: [okant] }\n').replace('system: journal', 'system: okant');
    assert.equal(run(text).length, 1);
  });

  it('offers to add an earlier approved version (the user enters its real date)', () => {
    const text = doc('approved');
    const fs = run(text);
    assert.equal(fs[0].fixes?.[0].title.sv, 'Lägg till tidigare fastställd version (previous_approvals) – ange version och verkligt fastställandedatum');
    assert.equal(applyFixes(text, fs), text.replace('  approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-03-01 }\n',
      '  approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-03-01 }\n  previous_approvals:\n    - version: ""\n      date: 2026-02-01\n      systems: [journal]\n'));
  });

  it('checks an access matrix in its own file against the approval in its analysis', () => {
    const analysis = doc('approved').replace(/access_matrix:[\s\S]*$/, '');
    const matrix = `schema_version: "1.0"
analysis: analysis.bra.yaml
access_matrix:
  - id: AM-9
    role: lakare
    system: npo
    valid_from: 2025-12-24
`;
    const fs = run(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } });
    assert.deepEqual(fs.map((f) => brief(matrix, f)), [{ rule: 'BRA002', severity: 'error', location: '$.access_matrix[AM-9]', range: '7:17-7:27' }]);
    assert.equal(fs[0].related?.[0].path, 'x/analysis.bra.yaml');
    assert.equal(fs[0].fixes, undefined, 'no fix: it would edit the analysis, not the matrix file');
  });

  it('skips entries without a valid valid_from (the schema reports them) and odd input', () => {
    assert.deepEqual(run(doc('approved').replace('valid_from: 2026-02-01', 'valid_from: snart')), []);
    assert.deepEqual(run('schema_version: "1.0"\ndocument: x\naccess_matrix: [1, null, { id: 3, valid_from: 2020-01-01 }]\n').length, 1);
  });
});
