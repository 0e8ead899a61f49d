import * as assert from 'node:assert/strict';
import { applyEdits } from '../../src/fixes';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA028');
const head = (units: number) => `schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nscope:\n  care_units:\n${Array.from({ length: units }, (_, i) => `    - { id: u${i + 1} }\n`).join('')}roles:\n`;

describe('BRA028 profession-only-profile', () => {
  it('fixtures', () => checkRuleFixtures('BRA028'));

  it('units: all points at the value; missing units at the role (both languages)', () => {
    const text = `${head(2)}  - { id: lak, staff_category: physician, units: all }\n  - { id: ssk, staff_category: nurse }\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [
      { rule: 'BRA028', severity: 'warning', location: '$.roles[lak]', range: '8:50-8:53' },
      { rule: 'BRA028', severity: 'warning', location: '$.roles[ssk]', range: '9:7-9:14' },
    ]);
    assert.equal(fs[0].message.sv, 'Personalkategorin lak definieras bara utifrån yrke (Läkare) och gäller alla vårdenheter. Det räcker inte att utgå från yrkeskategori eller legitimation.');
    assert.equal(fs[1].message.en, 'Role ssk is defined only by profession (Nurse) and applies to all care units. Profession or licence alone is not a sufficient basis.');
    assert.deepEqual(run(applyFixes(text, fs)), []);
  });

  it('does not fire with one unit, for non-clinical roles, or for a justified cross-unit function', () => {
    assert.deepEqual(run(`${head(1)}  - { id: lak, staff_category: physician, units: all }\n`), []);
    assert.deepEqual(run(`${head(3)}  - { id: chef, staff_category: manager, units: all }\n`), []);
    assert.deepEqual(run(`${head(3)}  - { id: jour, staff_category: physician, cross_unit_function: true, cross_unit_rationale: Bakjour nattetid }\n`), []);
  });

  it('the second fix marks a cross-unit function with a rationale to fill in', () => {
    const text = `${head(2)}  - id: jour\n    staff_category: physician\n`;
    const fix = run(text)[0].fixes![1];
    assert.equal(applyEdits(text, fix.edits), `${text}    cross_unit_function: true\n    cross_unit_rationale: ""\n`);
  });
});
