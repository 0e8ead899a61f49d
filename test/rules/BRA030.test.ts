import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA030');
const analysis = `schema_version: "1.0"
document: { id: D, version: "1", status: draft }
roles:
  - id: usk
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, data_categories: [somatic_care], patient_scope: scheduled_contact }
`;

describe('BRA030 access-matrix-missing', () => {
  it('fixtures', () => checkRuleFixtures('BRA030'));

  it('missing: the document root; the fix writes one entry per need, valid from the day after as_of for a draft (both languages)', () => {
    const fs = run(analysis);
    assert.deepEqual(fs.map((f) => brief(analysis, f)), [{ rule: 'BRA030', severity: 'warning', location: '$', range: '1:1-1:15' }]);
    assert.equal(fs[0].message.sv, 'Behörighetsmatris saknas. Analysen visar inte hur behörigheterna faktiskt är tilldelade; IMY förväntar sig att analysen leder till en behörighetsstruktur som är anpassad till verksamheten.');
    assert.equal(fs[0].message.en, 'No access matrix. The analysis does not show how access is actually assigned; IMY expects the analysis to result in an authorisation structure adapted to the organisation.');
    const fixed = applyFixes(analysis, fs);
    assert.equal(fixed, `${analysis}access_matrix:\n  - id: AM-01\n    role: usk\n    system: journal\n    regime: inner_secrecy\n    data_categories: [somatic_care]\n    patient_scope: scheduled_contact\n    justified_by: [N1]\n    valid_from: 2026-12-02\n`);
    assert.deepEqual(run(fixed), []);
    assert.deepEqual(ofRule(lintText(fixed), 'BRA002'), []);
  });

  it('no fix without needs; a matrix in a separate file counts', () => {
    const bare = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\n';
    assert.equal(run(bare)[0].fixes, undefined);
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: PM-1, role: usk, system: journal, regime: inner_secrecy, valid_from: 2027-01-01 }\n';
    assert.deepEqual(run(analysis, { path: 'x/analysis.bra.yaml', files: { 'x/matrix.bra.yaml': matrix } }), []);
  });

  it('an empty separate matrix file is where the finding points', () => {
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix: []\n';
    const fs = run(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } });
    assert.deepEqual(fs.map((f) => brief(matrix, f)), [{ rule: 'BRA030', severity: 'warning', location: '$', range: '3:1-3:14' }]);
    assert.match(applyFixes(matrix, fs), /^access_matrix:\n  - id: AM-01\n/m);
  });
});
