import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document: { id: NO, version: "1", status: draft }
systems:
  - id: journal
    regimes: [inner_secrecy]
    logging: { action: true, opening_reason: true }
access_matrix:
  - { id: AM-1, role: lakare, system: journal, regime: inner_secrecy, patient_scope: all_patients, conditions: [active_choice], valid_from: 2027-02-01 }
log_controls:
  - id: LK1
    system: journal
    targets:
      - protected_identity # skyddade personuppgifter
`;

describe('BRA047 emergency and active-choice openings followed up', () => {
  it('fixtures', () => checkRuleFixtures('BRA047'));

  it('fires on the system when no log control targets the active choices (both languages); the fix adds the target', () => {
    const f = ofRule(lintText(doc), 'BRA047');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA047', severity: 'warning', location: '$.systems[journal]', range: '4:5-4:16' }]);
    assert.equal(f[0].message.sv, 'Behörigheten AM-1 i journal begränsas med aktivt val (active_choice), men analysen visar inte att öppningarna loggas med motivering och följs upp riktat: ingen loggkontroll av journal följer upp aktivt val (active_choice) riktat (targets).');
    assert.equal(f[0].message.en, 'Access entry AM-1 in journal is restricted by active choice (active_choice), but the analysis does not show that the openings are logged with a reason and followed up in a targeted way: no log control of journal follows up active choice (active_choice) in a targeted way (targets).');
    const fixed = applyFixes(doc, f);
    assert.equal(fixed, doc + '      - active_choice\n');
    assert.deepEqual(ofRule(lintText(fixed), 'BRA047'), []);
  });

  it('an emergency opening (emergency_only or emergency_access_logged) needs the emergency_access target', () => {
    const text = doc.replace('conditions: [active_choice]', 'conditions: [emergency_access_logged]').replace('      - protected_identity # skyddade personuppgifter\n', '      - active_choice\n');
    const f = ofRule(lintText(text), 'BRA047');
    assert.match(f[0].message.en, /is restricted by emergency opening \(emergency_access\)/);
    assert.equal(applyFixes(text, f), text + '      - emergency_access\n');
  });

  it('without logged reasons there is no quick-fix (a system capability), and without a log control only the log gap is named (BRA043 reports the rest)', () => {
    const noReason = doc.replace(', opening_reason: true', '');
    const f = ofRule(lintText(noReason), 'BRA047');
    assert.equal(f[0].fixes, undefined);
    assert.match(f[0].message.en, /the log does not show the opening with the user's reason \(logging.opening_reason\); no log control/);
    const noControl = noReason.slice(0, noReason.indexOf('log_controls:'));
    assert.match(ofRule(lintText(noControl), 'BRA047')[0].message.en, /: the log does not show the opening with the user's reason \(logging.opening_reason\)\.$/);
    assert.deepEqual(ofRule(lintText(doc.slice(0, doc.indexOf('log_controls:'))), 'BRA047'), []);
  });

  it('ignores entries under shared care documentation and pseudonymised ones', () => {
    assert.deepEqual(ofRule(lintText(doc.replace('regime: inner_secrecy', 'regime: coherent_record_keeping')), 'BRA047'), []);
    assert.deepEqual(ofRule(lintText(doc.replace('patient_scope: all_patients', 'patient_scope: all_patients, identifiability: pseudonymised')), 'BRA047'), []);
  });
});
