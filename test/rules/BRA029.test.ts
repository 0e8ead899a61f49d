import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const analysis = `schema_version: "1.0"
document: { id: D, version: "1", status: draft }
systems:
  - { id: journal, regimes: [inner_secrecy] }
roles:
  - id: analys
    individual_oriented: false
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, patient_scope: all_patients }
`;
const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA029');

describe('BRA029 non-individual-identified', () => {
  it('fixtures', () => checkRuleFixtures('BRA029'));

  it('fires on the entry; the fix sets pseudonymised on the entry and its need (both languages)', () => {
    const text = `${analysis}access_matrix:\n  - { id: AM-1, role: analys, system: journal, regime: inner_secrecy, patient_scope: all_patients, valid_from: 2026-05-01 }\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA029', severity: 'warning', location: '$.access_matrix[AM-1]', range: '11:7-11:15' }]);
    assert.equal(fs[0].message.sv, 'analys har inte individorienterade arbetsuppgifter men får direkt identifierbara patientuppgifter i AM-1. Uppgifter som bara indirekt kan härledas till enskilda bör räcka.');
    assert.equal(fs[0].message.en, 'analys has no individual-oriented tasks but gets directly identifiable patient data in AM-1. Indirectly identifiable data should suffice.');
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, text.replace('patient_scope: all_patients }', 'patient_scope: all_patients, identifiability: pseudonymised }').replace('valid_from: 2026-05-01 }', 'valid_from: 2026-05-01, identifiability: pseudonymised }'));
    assert.deepEqual(run(fixed), []);
  });

  it('individual-oriented roles (default true) and scope none do not fire', () => {
    const a = analysis.replace('    individual_oriented: false\n', '');
    assert.deepEqual(run(`${a}access_matrix:\n  - { id: AM-1, role: analys, system: journal, regime: inner_secrecy, valid_from: 2026-05-01 }\n`), []);
    assert.deepEqual(run(`${analysis}access_matrix:\n  - { id: AM-1, role: analys, patient_scope: none, valid_from: 2026-05-01 }\n`), []);
  });

  it('checks a separate matrix file and fixes only the entry there', () => {
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: PM-1, role: analys, system: journal, regime: inner_secrecy, patient_scope: all_patients, identifiability: identified, valid_from: 2026-05-01 }\n';
    const fs = run(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } });
    assert.deepEqual(fs.map((f) => brief(matrix, f)), [{ rule: 'BRA029', severity: 'warning', location: '$.access_matrix[PM-1]', range: '4:117-4:127' }]);
    assert.equal(applyFixes(matrix, fs), matrix.replace('identifiability: identified', 'identifiability: pseudonymised'));
  });
});
