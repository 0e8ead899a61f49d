import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA016');
const doc = (units: string, rest = '') => `schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nscope:\n  care_units:\n${units}${rest}`;

describe('BRA016 sensitive-unit-assessment', () => {
  it('fixtures', () => checkRuleFixtures('BRA016'));

  it('fires on a sensitive specialty without a special risk assessment, in both languages', () => {
    const text = doc('  - { id: psyk, name: Psykiatrisk öppenvård, specialty: psychiatry }\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA016', severity: 'warning', location: '$.scope.care_units[psyk]', range: '5:7-5:15' }]);
    assert.equal(fs[0].message.sv, 'Vårdenheten psyk (Psykiatri) kan hantera särskilt integritetskänsliga uppgifter, men analysen innehåller ingen särskild riskbedömning för den (varken en särskild riskbedömning eller en risk med åtgärder som avser enheten).');
    assert.equal(fs[0].message.en, 'Care unit psyk (Psychiatry) may handle particularly sensitive data, but the analysis contains no special risk assessment for it (neither a special risk assessment nor a risk with measures that concerns the unit).');
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

  it('substance over form: a risk that names the unit (care_units) and has measures counts; without measures it does not', () => {
    const unit = '  - { id: psyk, specialty: psychiatry }\n';
    assert.deepEqual(run(doc(unit, 'risks:\n  - { id: R1, care_units: [psyk], measures: [{ id: M1, kind: access_restriction }] }\n')), []);
    assert.equal(run(doc(unit, 'risks:\n  - { id: R1, care_units: [psyk], measures: [] }\n')).length, 1);
  });

  it('the list of specialties is configurable (thresholds.sensitiveSpecialties); [] keeps only units marked sensitive: true', () => {
    const units = '  - { id: psyk, specialty: psychiatry }\n  - { id: vc, specialty: general_practice }\n  - { id: hud, sensitive: true }\n';
    const locs = (sensitiveSpecialties?: string[]) => ofRule(lintText(doc(units), { config: sensitiveSpecialties ? { thresholds: { sensitiveSpecialties } } : undefined }), 'BRA016').map((f) => f.location);
    assert.deepEqual(locs(), ['$.scope.care_units[psyk]', '$.scope.care_units[hud]']);
    assert.deepEqual(locs([]), ['$.scope.care_units[hud]']);
    assert.deepEqual(locs(['general_practice']), ['$.scope.care_units[vc]', '$.scope.care_units[hud]']);
  });

  it("sensitive: false is the analysis's documented opt-out for a unit on the list", () => {
    assert.deepEqual(run(doc('  - { id: psyk, specialty: psychiatry, sensitive: false }\n')), []);
  });
});
