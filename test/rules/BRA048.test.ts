import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document: { id: RL, version: "1", status: draft }
registered_categories:
  - { id: protected_identity, present: true }
  - { id: public_figures, present: true }
log_controls:
  - id: LK1 # månadsvis
    system: journal
    targets: [protected_identity]
`;

describe('BRA048 targeted log control of exposed groups', () => {
  it('fixtures', () => checkRuleFixtures('BRA048'));

  it('names the present groups the control does not target (both languages); the fix adds them', () => {
    const f = ofRule(lintText(doc), 'BRA048');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA048', severity: 'warning', location: '$.log_controls[LK1]', range: '7:5-7:12' }]);
    assert.equal(f[0].message.sv, 'Analysen visar inte att loggkontrollen LK1 riktat granskar åtkomst till allmänt kända personer (public_figures), som förekommer bland patienterna (targets).');
    assert.equal(f[0].message.en, 'The analysis does not show that log control LK1 specifically reviews access to public figures (public_figures), who are among the patients (targets).');
    const fixed = applyFixes(doc, f);
    assert.equal(fixed, doc.replace('targets: [protected_identity]', 'targets: [protected_identity, public_figures]'));
    assert.deepEqual(ofRule(lintText(fixed), 'BRA048'), []);
  });

  it('creates targets when the control has none, and is silent when no such group is present', () => {
    const none = doc.replace('    targets: [protected_identity]\n', '');
    assert.equal(applyFixes(none, ofRule(lintText(none), 'BRA048')), none + '    targets: [protected_identity, public_figures]\n');
    const absent = doc.replace(/present: true/g, 'present: false');
    assert.deepEqual(ofRule(lintText(absent), 'BRA048'), []);
  });
});
