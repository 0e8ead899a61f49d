import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const analysis = `schema_version: "1.0"
document:
  title: Analys
  version: "1"
  status: draft
systems:
  - id: npo
    regimes: [coherent_record_keeping]
`;

describe('BRA039 coherent-record-keeping access without patient-relationship and consent conditions', () => {
  it('fixtures', () => checkRuleFixtures('BRA039'));

  it('lists every missing condition in one finding on the entry (both languages)', () => {
    const text = analysis + 'access_matrix:\n  - id: AM-1\n    system: npo\n    regime: coherent_record_keeping\n    valid_from: 2027-02-01\n';
    const f = ofRule(lintText(text), 'BRA039');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA039', severity: 'warning', location: '$.access_matrix[AM-1]', range: '10:5-10:13' }]);
    assert.equal(f[0].message.sv, 'Behörigheten AM-1 (sammanhållen vård- och omsorgsdokumentation) saknar villkoren care_relation_check (Kontroll av vårdrelation) och patient_consent (Patientens samtycke). Att ta del av andra vård- och omsorgsgivares uppgifter förutsätter en aktuell patient- eller omsorgsrelation och samtycke; lagen har särskilda regler för barns samtycke, för den som inte kan ta ställning och för nödsituationer.');
    assert.equal(f[0].message.en, "Entry AM-1 (coherent health and social care documentation) lacks the conditions care_relation_check (Care relationship check) and patient_consent (Patient's consent). Access to other care and social-care providers' data requires a current patient or care relationship and consent; the Act has special rules for children's consent, for persons who cannot take a position, and for emergencies.");
    assert.equal(applyFixes(text, f), text + '    conditions: [care_relation_check, patient_consent]\n');
  });

  it('checks a separate matrix file and fixes it there', () => {
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: AM-2, system: npo, regime: coherent_record_keeping, patient_scope: emergency_only, conditions: [], valid_from: 2027-02-01 }\n';
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA039');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA039', severity: 'warning', location: '$.access_matrix[AM-2]', range: '4:106-4:108' }]);
    assert.equal(applyFixes(matrix, f), matrix.replace('conditions: []', 'conditions: [emergency_access_logged]'));
  });

  it("children's consent: where children occur, child_consent_checked is also required (lag 2022:913)", () => {
    const withChildren = analysis + 'registered_categories:\n  - { id: children, present: true }\n';
    const text = withChildren + 'access_matrix:\n  - { id: AM-1, system: npo, regime: coherent_record_keeping, conditions: [care_relation_check, patient_consent], valid_from: 2027-02-01 }\n';
    const f = ofRule(lintText(text), 'BRA039');
    assert.equal(f.length, 1);
    assert.match(f[0].message.sv, /saknar villkoret child_consent_checked \(Barns samtycke bedöms efter ålder och mognad\)\./);
    assert.equal(applyFixes(text, f), text.replace('patient_consent]', 'patient_consent, child_consent_checked]'));
    // no children in the analysis: the two conditions suffice
    assert.deepEqual(ofRule(lintText(text.replace('present: true', 'present: false')), 'BRA039'), []);
  });
});
