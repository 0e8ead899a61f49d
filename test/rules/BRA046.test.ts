import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document: { id: SP, version: "1", status: draft }
systems:
  - id: journal
    regimes: [inner_secrecy]
access_matrix:
  - id: AM-1
    role: sekr
    system: journal
    regime: inner_secrecy
    patient_scope: all_patients
    conditions: [care_relation_check] # vårdrelation
    valid_from: 2027-02-01
`;

describe('BRA046 blocking', () => {
  it('fixtures', () => checkRuleFixtures('BRA046'));

  it('fires on the system only while it shows no blocking (both languages): one root cause, one finding', () => {
    const f = ofRule(lintText(doc), 'BRA046');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA046', severity: 'warning', location: '$.systems[journal]', range: '4:5-4:16' }]);
    assert.equal(f[0].message.sv, 'Analysen visar inte att journal kan spärra uppgifter mot andra vårdenheter eller vårdprocesser hos vårdgivaren (inre spärr, blocking.internal), eller varför det inte behövs.');
    assert.equal(f[0].message.en, "The analysis does not show that journal can block data from the provider's other care units or care processes (internal block, blocking.internal), or why it is not needed.");
    assert.equal(f[0].fixes, undefined); // a system capability: no quick-fix
  });

  it('where the system can block, fires on a cross-unit entry without blocking_respected; the fix adds it keeping the comment', () => {
    const text = doc.replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n    blocking: { internal: true }\n');
    const f = ofRule(lintText(text), 'BRA046');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA046', severity: 'warning', location: '$.access_matrix[AM-1]', range: '13:17-13:38' }]);
    assert.equal(f[0].message.sv, 'Analysen visar inte att behörigheten AM-1 respekterar patienters spärrar (inre spärr mot andra vårdenheter). Lägg till villkoret blocking_respected om systemet upprätthåller spärren för denna åtkomst.');
    assert.equal(f[0].message.en, "The analysis does not show that access entry AM-1 respects patients' blocks (internal blocks towards other care units). Add the condition blocking_respected if the system enforces blocks for this access.");
    const fixed = applyFixes(text, f);
    assert.equal(fixed, text.replace('[care_relation_check] # vårdrelation', '[care_relation_check, blocking_respected] # vårdrelation'));
    assert.deepEqual(ofRule(lintText(fixed), 'BRA046'), []);
  });

  it('is satisfied by internal: false with a rationale (then entries need no condition), not by internal: false alone', () => {
    const na = doc.replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n    blocking: { internal: false, rationale: En enda vårdenhet och vårdprocess. }\n');
    assert.deepEqual(ofRule(lintText(na), 'BRA046'), []);
    const noReason = doc.replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n    blocking: { internal: false }\n');
    assert.deepEqual(ofRule(lintText(noReason), 'BRA046').map((x) => x.location), ['$.systems[journal]']);
  });

  it('names both gaps when a system has both regimes, and points at the blocking key', () => {
    const both = doc.replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy, coherent_record_keeping]\n    blocking: { internal: false }\n');
    const f = ofRule(lintText(both), 'BRA046').filter((x) => x.location === '$.systems[journal]');
    assert.deepEqual(f.map((x) => brief(both, x).range), ['6:5-6:13']);
    assert.equal(f[0].message.en, 'The analysis does not show that journal can block data from other care units or care processes (internal block) or from other care and social-care providers.');
  });

  it('does not fire for own-unit, care-relation or pseudonymised inner-secrecy access', () => {
    const supported = doc.replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n    blocking: { internal: true }\n');
    for (const r of ['patient_scope: own_unit', 'patient_scope: care_relation', 'patient_scope: all_patients\n    identifiability: pseudonymised']) {
      assert.deepEqual(ofRule(lintText(supported.replace('patient_scope: all_patients', r)), 'BRA046'), [], r);
    }
  });

  it('checks a separate matrix file', () => {
    const analysis = doc.slice(0, doc.indexOf('access_matrix:')).replace('    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n    blocking: { internal: true }\n');
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: AM-2, role: ssk, system: journal, regime: inner_secrecy, patient_scope: listed_units, valid_from: 2027-02-01 }\n';
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA046');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA046', severity: 'warning', location: '$.access_matrix[AM-2]', range: '4:7-4:15' }]);
    assert.equal(applyFixes(matrix, f), matrix.replace('valid_from: 2027-02-01 }', 'valid_from: 2027-02-01, conditions: [blocking_respected] }'));
  });
});
