import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA016');
const doc = (units: string, rest = '') => `schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nscope:\n  care_units:\n${units}${rest}`;

describe('BRA016 sensitive-unit-assessment', () => {
  it('fixtures', () => checkRuleFixtures('BRA016'));

  it('fires on a sensitive specialty without a special risk assessment, in both languages', () => {
    const text = doc('  - { id: psyk, name: Psykiatrisk öppenvård, specialty: psychiatry }\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA016', severity: 'error', location: '$.scope.care_units[psyk]', range: '5:7-5:15' }]);
    assert.equal(fs[0].message.sv, 'Vårdenheten psyk (Psykiatri) hanterar särskilt integritetskänsliga uppgifter men saknar särskild riskbedömning.');
    assert.equal(fs[0].message.en, 'Care unit psyk (Psychiatry) handles particularly sensitive data but has no special risk assessment.');
  });

  it('creates special_risk_assessments when missing, and the finding goes away', () => {
    const text = doc('  - { id: umo, name: Ungdomsmottagningen, specialty: youth_clinic }\n');
    const fixed = applyFixes(text, run(text));
    assert.equal(fixed, `${text}special_risk_assessments:\n  - id: SRB-umo\n    title: Särskild riskbedömning för Ungdomsmottagningen\n    care_units: [umo]\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('does not fire for non-sensitive units; a risk alone is not a special risk assessment', () => {
    assert.deepEqual(run(doc('  - { id: vc, specialty: general_practice }\n  - { id: x, sensitive: false }\n')), []);
    const withRisk = doc('  - { id: bup, specialty: child_adolescent_psychiatry }\n', 'risks:\n  - { id: R1, title: BUP }\n');
    assert.equal(run(withRisk).length, 1);
  });

  it('a unit without an id still fires (no fix); odd input does not throw', () => {
    const text = doc('  - { name: Beroendemottagningen, specialty: addiction }\n  - 42\n  - null\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => [f.location, f.fixes]), [['$.scope.care_units[0]', undefined]]);
    assert.deepEqual(run('schema_version: "1.0"\nscope: [1, 2]\n'), []);
  });
});
