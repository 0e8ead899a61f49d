import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const CATS = `data_categories:
  - { id: mental_health, present: true, sensitivity: very_high, systems: [journal] }
  - { id: sexual_health, present: true, sensitivity: very_high, systems: [ungdom] }
  - { id: somatic_care, present: true, sensitivity: baseline }
`;
const entry = (fields: string) => `schema_version: "1.0"
document: { version: "1" }
${CATS}access_matrix:
  - id: AM-1
    role: lakare
    system: journal
${fields}    valid_from: 2026-01-15
`;
const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA011');

describe('BRA011 active-choice', () => {
  it('fixtures', () => checkRuleFixtures('BRA011'));

  it('fires for all patients and expanded `all` categories of the system, in both languages', () => {
    const text = entry('    data_categories: all\n    patient_scope: all_patients\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA011', severity: 'info', location: '$.access_matrix[AM-1]', range: '8:5-8:13' }]);
    // sexual_health is present only in another system, so `all` does not include it here
    assert.equal(fs[0].message.sv, 'Behörigheten AM-1 ger åtkomst till mycket känsliga uppgifter (mental_health) utanför den egna vårdenheten utan aktivt val. Mer känsliga uppgifter bör kräva aktiva val.');
    assert.equal(fs[0].message.en, 'Access entry AM-1 gives access to highly sensitive data (mental_health) beyond the own unit without an active choice. More sensitive data should require an active choice.');
    assert.equal(applyFixes(text, fs), `${text}    conditions: [active_choice]\n`);
  });

  it('appends to a block list of conditions', () => {
    const text = entry('    data_categories: [mental_health]\n    patient_scope: listed_units\n    conditions:\n      - care_relation_check\n');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.equal(applyFixes(text, fs), text.replace('      - care_relation_check\n', '      - care_relation_check\n      - active_choice\n'));
  });

  it('does not fire with active_choice, for the own unit or narrower, for pseudonymised data, or without very_high categories', () => {
    assert.deepEqual(run(entry('    data_categories: all\n    patient_scope: all_patients\n    conditions: [active_choice]\n')), []);
    for (const scope of ['own_unit', 'care_relation', 'emergency_only']) assert.deepEqual(run(entry(`    data_categories: all\n    patient_scope: ${scope}\n`)), []);
    assert.deepEqual(run(entry('    data_categories: all\n    patient_scope: all_patients\n    identifiability: pseudonymised\n')), []);
    assert.deepEqual(run(entry('    data_categories: [somatic_care, okand]\n    patient_scope: all_patients\n')), []);
  });

  it('checks a matrix in its own file and fixes it there', () => {
    const analysis = `schema_version: "1.0"\ndocument: { version: "1" }\n${CATS}`;
    const matrix = `schema_version: "1.0"
analysis: analysis.bra.yaml
access_matrix:
  - id: AM-7
    role: lakare
    system: journal
    data_categories: [mental_health]
    patient_scope: all_patients
    valid_from: 2026-01-15
`;
    const fs = run(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } });
    assert.deepEqual(fs.map((f) => brief(matrix, f)), [{ rule: 'BRA011', severity: 'info', location: '$.access_matrix[AM-7]', range: '4:5-4:13' }]);
    assert.equal(applyFixes(matrix, fs), `${matrix}    conditions: [active_choice]\n`);
  });

  it('never overwrites conditions of the wrong type', () => {
    const fs = run(entry('    data_categories: all\n    patient_scope: all_patients\n    conditions: aktivt val\n'));
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fixes, undefined);
  });
});
