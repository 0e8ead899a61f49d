import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA022');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA022 high-risk-measures', () => {
  it('fixtures', () => checkRuleFixtures('BRA022'));

  it('uses the matrix level, not the stated one (both languages)', () => {
    const text = `${head}  - id: R1\n    probability: 4\n    severity: 3\n    level: low\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA022', severity: 'error', location: '$.risks[R1]', range: '4:5-4:11' }]);
    assert.equal(fs[0].message.sv, 'Risken R1 har nivån mycket hög, men analysen anger inga åtgärder.');
    assert.equal(fs[0].message.en, 'Risk R1 is rated very high, but the analysis states no measures.');
  });

  it('medium (6) does not fire, high (8) does; skipped when BRA018 fires', () => {
    assert.deepEqual(run(`${head}  - { id: R1, probability: 2, severity: 3 }\n`), []);
    assert.equal(run(`${head}  - { id: R1, probability: 2, severity: 4 }\n`).length, 1);
    assert.deepEqual(run(`${head}  - { id: R1, probability: 4, severity: 9 }\n`), []);
  });

  it('the measure id is unique across the document', () => {
    const text = `${head}  - id: R0\n    measures:\n      - { id: M-R1, kind: training }\n  - id: R1\n    probability: 3\n    severity: 3\n`;
    const fixed = applyFixes(text, run(text));
    assert.match(fixed, /- id: M-R1-2\n/);
    assert.deepEqual(run(fixed), []);
  });
});
