import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document:
  title: Behovs- och riskanalys – Mottagningen
  version: "1"
  status: approved
  approved: { by: Eva Lund, role: Verksamhetschef, date: 2026-01-10 }
systems:
  - id: journal
    regimes: [inner_secrecy]
data_categories:
  - { id: identity_contact, present: true, sensitivity: baseline }
  - { id: somatic_care, present: true, sensitivity: baseline }
  - { id: genetics, present: false, rationale: Genetiska analyser görs inte. }
roles:
  - id: ssk
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, data_categories: [identity_contact], patient_scope: care_relation }
      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [somatic_care], patient_scope: scheduled_contact }
access_matrix:
  - id: AM-1
    role: ssk
    system: journal
    regime: inner_secrecy
    data_categories: all
    patient_scope: own_unit
    valid_from: 2026-02-01
`;

describe('BRA032 access wider than the need', () => {
  it('fixtures', () => checkRuleFixtures('BRA032'));

  it('compares with the union of the role\'s needs for the system and regime (widest scope wins)', () => {
    const f = ofRule(lintText(doc), 'BRA032');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA032', severity: 'error', location: '$.access_matrix[AM-1]', range: '20:5-20:13' }]);
    // `all` expands to the present categories only (genetics is not present), which the union of N1 and N2 covers
    assert.equal(f[0].message.sv, 'Behörigheten AM-1 är vidare än behovet N1 och N2: patientomfång (tilldelat: patienter vid egen vårdenhet; behov: pågående vårdrelation).');
    assert.equal(f[0].message.en, 'Access entry AM-1 is wider than need N1 and N2: patient scope (granted: patients of the own unit; needed: ongoing care relationship).');
  });

  it('uses only the needs named in justified_by when present', () => {
    const text = doc.replace('    patient_scope: own_unit\n', '    patient_scope: care_relation\n    justified_by: [N2]\n');
    const f = ofRule(lintText(text), 'BRA032');
    assert.equal(f.length, 1);
    assert.match(f[0].message.sv, /behovet N2: uppgiftskategorier \(tilldelat utöver behovet: identity_contact; behov: somatic_care\); patientomfång \(tilldelat: pågående vårdrelation; behov: schemalagt\/bokat patientmöte\)\.$/);
  });

  it('skips the scope comparison when the need has no patient_scope (BRA026 reports that)', () => {
    const text = doc.replace(', patient_scope: care_relation }', ' }').replace(', patient_scope: scheduled_contact }', ' }');
    assert.deepEqual(ofRule(lintText(text), 'BRA032'), []);
  });

  it('ignores dangling category ids in the entry (BRA045 reports them)', () => {
    const text = doc.replace('    data_categories: all\n    patient_scope: own_unit', '    data_categories: [identity_contact, okand_kategori]\n    patient_scope: care_relation');
    const all = lintText(text);
    assert.deepEqual(ofRule(all, 'BRA032'), []);
    assert.equal(ofRule(all, 'BRA045').length, 1);
  });

  it('is skipped when BRA031 fires for the entry', () => {
    const text = doc.replace('    patient_scope: own_unit\n', '    patient_scope: all_patients\n    justified_by: [N9]\n').replace('    regime: inner_secrecy\n    data_categories: all', '    regime: coherent_record_keeping\n    data_categories: all');
    const all = lintText(text);
    assert.equal(ofRule(all, 'BRA031').length, 1);
    assert.deepEqual(ofRule(all, 'BRA032'), []);
  });

  it('checks a separate matrix file and fixes it in place', () => {
    const analysis = doc.slice(0, doc.indexOf('access_matrix:'));
    const matrix = `schema_version: "1.0"
analysis: ../analys/analysis.bra.yaml
access_matrix:
  - id: AM-7
    role: ssk
    system: journal
    regime: inner_secrecy
    data_categories: [identity_contact]
    patient_scope: all_patients # för brett
    justified_by: [N1]
    valid_from: 2026-02-01
`;
    const f = ofRule(lintText(matrix, { path: 'x/matris/matrix.bra.yaml', files: { 'x/analys/analysis.bra.yaml': analysis } }), 'BRA032');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA032', severity: 'error', location: '$.access_matrix[AM-7]', range: '4:5-4:13' }]);
    assert.equal(f[0].related?.[0].path, 'x/analys/analysis.bra.yaml');
    const edit = f[0].fixes![0].edits[0];
    assert.equal(matrix.slice(0, edit.start) + edit.newText + matrix.slice(edit.end), matrix.replace('all_patients # för brett', 'care_relation # för brett'));
  });
});
