import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA024');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA024 soft-measures-only', () => {
  it('fixtures', () => checkRuleFixtures('BRA024'));

  it('fires on the measures key when every kind is soft (both languages)', () => {
    const text = `${head}  - id: R1\n    threat_type: over_broad_access\n    measures:\n      - { id: M1, kind: patient_log_extract }\n      - { id: M2, kind: background_check }\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA024', severity: 'warning', location: '$.risks[R1]', range: '6:5-6:13' }]);
    assert.equal(fs[0].message.en, 'The measures against R1 are only organisational (e.g. training, confidentiality undertakings, log checks). They do not limit access; the authorisation itself must be restricted.');
    const fixed = applyFixes(text, fs);
    assert.match(fixed, /- id: M-R1-tek\n        kind: access_restriction\n/);
    assert.deepEqual(run(fixed), []);
  });

  it('does not fire for other threats, an empty list, or a measure without kind', () => {
    assert.deepEqual(run(`${head}  - { id: R1, threat_type: credential_sharing, measures: [{ id: M1, kind: training }] }\n`), []);
    assert.deepEqual(run(`${head}  - { id: R1, threat_type: over_broad_access, measures: [] }\n`), []);
    assert.deepEqual(run(`${head}  - { id: R1, threat_type: over_broad_access, measures: [{ id: M1, kind: training }, { id: M2 }] }\n`), []);
  });
});
