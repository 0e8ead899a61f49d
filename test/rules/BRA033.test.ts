import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brief, checkRuleFixtures, FIXTURES, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document:
  title: Behovs- och riskanalys – Mottagningen
  version: "1"
  status: draft
systems:
  - id: journal
    regimes: [inner_secrecy]
roles:
  - id: ssk
    headcount: 10
access_matrix:
  - id: AM-1
    role: ssk
    system: journal
    regime: inner_secrecy
    patient_scope: all_patients
    valid_from: 2027-02-01
`;

describe('BRA033 coarse-grained access', () => {
  it('fixtures', () => checkRuleFixtures('BRA033'));

  it('fires at the default threshold of 10 people, with no categories defined (vacuously all) (both languages)', () => {
    const f = ofRule(lintText(doc), 'BRA033');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA033', severity: 'warning', location: '$.access_matrix[AM-1]', range: '13:5-13:13' }]);
    assert.equal(f[0].message.sv, 'Grovmaskig behörighet: ssk (10 personer) har åtkomst till samtliga patienter och samtliga uppgiftskategorier i journal utan begränsande villkor.');
    assert.equal(f[0].message.en, 'Coarse-grained access: ssk (10 people) can reach all patients and all data categories in journal without restricting conditions.');
  });

  it('follows the configured headcount threshold', () => {
    assert.deepEqual(ofRule(lintText(doc, { config: { thresholds: { coarseHeadcount: 11 } } }), 'BRA033'), []);
    assert.equal(ofRule(lintText(doc.replace('headcount: 10', 'headcount: 3'), { config: { thresholds: { coarseHeadcount: 3 } } }), 'BRA033').length, 1);
  });

  it('is silenced by a restrictive condition but not by other conditions', () => {
    for (const c of ['active_choice', 'care_relation_check', 'schedule_linked']) {
      assert.deepEqual(ofRule(lintText(doc.replace('    valid_from', `    conditions: [${c}]\n    valid_from`)), 'BRA033'), [], c);
    }
    assert.equal(ofRule(lintText(doc.replace('    valid_from', '    conditions: [time_limited, patient_consent]\n    valid_from')), 'BRA033').length, 1);
  });

  it('fires even when a need justifies the entry', () => {
    const text = doc.replace('    headcount: 10\n', '    headcount: 10\n    needs:\n      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: all_patients }\n')
      .replace('    valid_from', '    justified_by: [N1]\n    valid_from');
    const all = lintText(text);
    assert.deepEqual(ofRule(all, 'BRA032'), []);
    assert.equal(ofRule(all, 'BRA033').length, 1);
  });

  it('treats a dangling role as one without headcount', () => {
    const f = ofRule(lintText(doc.replace('    role: ssk', '    role: okand')), 'BRA033');
    assert.equal(f[0].message.en, 'Coarse-grained access: okand (number of people not stated) can reach all patients and all data categories in journal without restricting conditions.');
  });

  it('checks a separate matrix file', () => {
    const analysis = doc.slice(0, doc.indexOf('access_matrix:'));
    const matrix = `schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: AM-2, role: ssk, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: all_patients, valid_from: 2027-02-01 }\n`;
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA033');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA033', severity: 'warning', location: '$.access_matrix[AM-2]', range: '4:7-4:15' }]);
  });

  it('small clinic (issue #12): 8 district nurses with all patients and all categories incl. mental health → finding below the headcount threshold', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'BRA033', 'small-clinic.yaml'), 'utf8');
    const f = ofRule(lintText(text), 'BRA033');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA033', severity: 'warning', location: '$.access_matrix[AM-01]', range: '35:5-35:14' }]);
    assert.equal(f[0].message.sv, 'Grovmaskig behörighet: dsk (8 personer) har åtkomst till samtliga patienter och samtliga uppgiftskategorier i journal utan begränsande villkor.');
    // AM-02 (4 people, baseline categories only) stays under the size threshold; at the threshold it fires
    const atThreshold = ofRule(lintText(text, { config: { thresholds: { coarseHeadcount: 4 } } }), 'BRA033');
    assert.deepEqual(atThreshold.map((x) => x.location), ['$.access_matrix[AM-01]', '$.access_matrix[AM-02]']);
  });

  it('very sensitive categories for all patients fire whatever the headcount, also when not every category is granted', () => {
    const text = `schema_version: "1.0"
document: { id: X }
data_categories:
  - { id: somatic_care, present: true, sensitivity: baseline }
  - { id: mental_health, present: true, sensitivity: very_high }
  - { id: sexual_health, present: true, sensitivity: very_high }
roles:
  - { id: kurator, headcount: 2 }
access_matrix:
  - { id: AM-1, role: kurator, system: journal, regime: inner_secrecy, data_categories: [mental_health, sexual_health], patient_scope: all_patients, valid_from: 2027-02-01 }
`;
    const f = ofRule(lintText(text), 'BRA033');
    assert.equal(f[0].message.sv, 'Grovmaskig behörighet: kurator (2 personer) har åtkomst till samtliga patienter och till mycket känsliga uppgifter (mental_health och sexual_health) i journal utan begränsande villkor. Att gruppen är liten begränsar inte vilka patienter som kan nås.');
    assert.equal(f[0].message.en, 'Coarse-grained access: kurator (2 people) can reach all patients and highly sensitive data (mental_health and sexual_health) in journal without restricting conditions. A small group does not limit which patients can be reached.');
    assert.match(ofRule(lintText(text.replace('headcount: 2', 'label: Kuratorer')), 'BRA033')[0].message.en, /^Coarse-grained access: kurator \(number of people not stated\) can reach all patients and highly sensitive data/);
    assert.deepEqual(ofRule(lintText(text.replace('patient_scope: all_patients', 'patient_scope: all_patients, conditions: [active_choice]')), 'BRA033'), []);
    assert.deepEqual(ofRule(lintText(text.replace('[mental_health, sexual_health]', '[somatic_care]')), 'BRA033'), []);
  });
});
