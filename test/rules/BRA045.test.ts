import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';
import { editDistance, nearest } from '../../src/rules/BRA045-reference-error';

const analysis = `schema_version: "1.0"
document:
  title: Analys
  version: "1"
  status: draft
systems:
  - id: journal
  - id: npo
roles:
  - id: lakare
    needs:
      - { id: N1, system: journal, regime: inner_secrecy }
risks:
  - { id: R1, systems: [journal] }
`;

describe('BRA045 reference error', () => {
  it('fixtures', () => checkRuleFixtures('BRA045'));

  it('reports an unknown scalar reference on its value and offers the nearest id (both languages)', () => {
    const text = analysis + 'log_controls:\n  - id: LK1\n    system: jornal\n';
    const f = ofRule(lintText(text), 'BRA045');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA045', severity: 'error', location: '$.log_controls[LK1].system', range: '17:13-17:19' }]);
    assert.equal(f[0].message.sv, "Okänd referens 'jornal' (system). Menade du 'journal'?");
    assert.equal(f[0].message.en, "Unknown reference 'jornal' (system). Did you mean 'journal'?");
    assert.equal(applyFixes(text, f), text.replace('jornal', 'journal'));
  });

  it('offers several candidates when they are equally near, none preferred', () => {
    const text = analysis.replace('  - id: npo\n', '  - id: npo\n  - id: npa\n') + 'log_controls:\n  - { id: LK1, system: npx }\n';
    const f = ofRule(lintText(text), 'BRA045');
    assert.deepEqual(f[0].fixes?.map((x) => [x.title.en, x.preferred]), [["Replace with 'npo'", undefined], ["Replace with 'npa'", undefined]]);
  });

  it('names the closest need of the right kind (issue #12: N-DSK-NP0 with a zero for N-DSK-NPO), and none when nothing is close', () => {
    const text = analysis.replace('      - { id: N1, system: journal, regime: inner_secrecy }\n',
      '      - { id: N-DSK-J, system: journal, regime: inner_secrecy }\n      - { id: N-DSK-NPO, system: npo, regime: coherent_record_keeping }\n')
      + 'access_matrix:\n  - { id: AM-1, role: lakare, system: npo, justified_by: [N-DSK-NP0], valid_from: 2026-01-01 }\n'
      + '  - { id: AM-2, role: lakare, system: npo, justified_by: [helt-annat], valid_from: 2026-01-01 }\n';
    const f = ofRule(lintText(text), 'BRA045');
    assert.deepEqual(f.map((x) => brief(text, x)), [
      { rule: 'BRA045', severity: 'error', location: '$.access_matrix[AM-1].justified_by', range: '17:59-17:68' },
      { rule: 'BRA045', severity: 'error', location: '$.access_matrix[AM-2].justified_by', range: '18:59-18:69' },
    ]);
    assert.equal(f[0].message.sv, "Okänd referens 'N-DSK-NP0' (behov). Menade du 'N-DSK-NPO'?");
    assert.equal(f[0].message.en, "Unknown reference 'N-DSK-NP0' (need). Did you mean 'N-DSK-NPO'?");
    assert.equal(f[1].message.sv, "Okänd referens 'helt-annat' (behov).");
    assert.equal(applyFixes(text, [f[0]]), text.replace('N-DSK-NP0', 'N-DSK-NPO'));
  });

  it('checks the roles of a system\'s supplier_access (BRA049) against the roles', () => {
    const text = analysis.replace('  - id: npo\n', '  - id: npo\n    supplier_access: { present: true, supplier: Leverantör AB, roles: [lakare, it-drift] }\n');
    const f = ofRule(lintText(text), 'BRA045');
    assert.deepEqual(f.map((x) => brief(text, x)), [
      { rule: 'BRA045', severity: 'error', location: '$.systems[npo].supplier_access.roles', range: '9:80-9:88' },
    ]);
    assert.equal(f[0].message.en, "Unknown reference 'it-drift' (role).");
  });

  it('reports duplicate ids once, on the second occurrence, with the others as related information', () => {
    const text = analysis + '  - { id: R1, systems: [npo] }\n  - { id: R1, systems: [npo] }\n';
    const f = ofRule(lintText(text), 'BRA045');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA045', severity: 'error', location: '$.risks[R1]', range: '15:11-15:13' }]);
    assert.equal(f[0].message.en, "Id 'R1' is used more than once.");
    assert.deepEqual(f[0].data, { duplicate: 'R1' });
    assert.equal(f[0].related?.length, 2);
  });

  it('resolves the references of a separate matrix file against its analysis and reports in the matrix file', () => {
    const matrix = `schema_version: "1.0"
analysis: analysis.bra.yaml
access_matrix:
  - id: AM-1
    role: lakare
    system: journal
    justified_by: [N1, N2]
    risks_considered: [R1]
    valid_from: 2027-01-01
  - id: AM-1
    role: sekreterare
    valid_from: 2027-01-01
`;
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA045');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [
      { rule: 'BRA045', severity: 'error', location: '$.access_matrix[AM-1].justified_by', range: '7:24-7:26' },
      { rule: 'BRA045', severity: 'error', location: '$.access_matrix[AM-1]', range: '10:9-10:13' },
      { rule: 'BRA045', severity: 'error', location: '$.access_matrix[AM-1].role', range: '11:11-11:22' },
    ]);
  });

  it('leaves an unreadable analysis file to the engine: exactly one finding on the analysis key', () => {
    const matrix = 'schema_version: "1.0"\nanalysis: saknas.bra.yaml\naccess_matrix:\n  - { id: AM-1, role: x, valid_from: 2027-01-01 }\n';
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml' }), 'BRA045');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA045', severity: 'error', location: '$.analysis', range: '2:11-2:26' }]);
  });

  it('treats `all` as a valid selection and ignores values of the wrong type (the schema reports them)', () => {
    const text = analysis.replace('    needs:', '    units: all\n    needs:') + 'access_matrix:\n  - { id: AM-1, role: lakare, data_categories: all, units: mott, valid_from: 2027-01-01 }\n';
    assert.deepEqual(ofRule(lintText(text), 'BRA045'), []);
  });

  it('measures edit distance case-insensitively and only suggests plausible typos', () => {
    assert.equal(editDistance('NPO', 'npo'), 0);
    assert.deepEqual(nearest('jurnal', ['journal', 'npo']), ['journal']);
    assert.deepEqual(nearest('ekonomisystemet', ['journal', 'npo']), []);
  });

  it('special risk assessments may list their own measures inline as well as ids: no schema finding, ids stay unique document-wide', () => {
    const withMeasure = analysis.replace('  - { id: R1, systems: [journal] }\n', '  - { id: R1, systems: [journal], measures: [{ id: M1, kind: access_restriction }] }\n');
    const sra = (measures: string) => `special_risk_assessments:\n  - id: S1\n    measures:\n${measures}`;
    const ok = withMeasure + sra('      - M1\n      - { id: M2, kind: protected_identity_masking, description: Maskering, status: implemented }\n');
    const all = lintText(ok);
    assert.deepEqual(all.filter((x) => x.rule === 'schema' || x.rule === 'BRA045').map((x) => `${x.rule} ${x.location}`), []);
    // an inline measure's id counts as a measure id: another assessment may refer to it, and a clash is a duplicate
    const ref = ok + '  - { id: S2, measures: [M2] }\n';
    assert.deepEqual(ofRule(lintText(ref), 'BRA045'), []);
    const dup = withMeasure + sra('      - { id: M1, kind: access_restriction }\n');
    assert.deepEqual(ofRule(lintText(dup), 'BRA045').map((x) => [x.location, x.message.en]), [['$.special_risk_assessments[S1].measures[M1]', "Id 'M1' is used more than once."]]);
    // a bad item is the schema's business, in one finding
    const bad = withMeasure + sra('      - 42\n');
    assert.equal(lintText(bad).filter((x) => x.rule === 'schema').length, 1);
  });
});
