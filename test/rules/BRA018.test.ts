import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA018');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA018 probability-severity', () => {
  // the catalogue's quick-fix inserts the keys for the user to fill in (completion), so the finding stays by design
  it('fixtures', () => checkRuleFixtures('BRA018', { fixKeepsFinding: true }));

  it('lists both missing values in one finding on the risk (both languages)', () => {
    const text = `${head}  - id: R1\n    title: Nyfikenhetsslagning\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA018', severity: 'error', location: '$.risks[R1]', range: '4:5-4:11' }]);
    assert.equal(fs[0].message.sv, 'Risken R1 saknar bedömning av sannolikhet och konsekvens (heltal 1–4).');
    assert.equal(fs[0].message.en, 'Risk R1 lacks an assessment of probability and severity (integer 1–4).');
    assert.equal(applyFixes(text, fs), `${text}    probability: # 1 Mycket liten · 2 Liten · 3 Stor · 4 Mycket stor\n    severity: # 1 Begränsad · 2 Måttlig · 3 Betydande · 4 Allvarlig\n`);
  });

  it('invalid values (0, 2.5, "3") point at the value; missing and invalid together are one finding', () => {
    for (const v of ['0', '2.5', '"3"']) {
      const text = `${head}  - { id: R1, probability: ${v}, severity: 2 }\n`;
      assert.deepEqual(run(text).map((f) => brief(text, f).range), [`4:28-4:${28 + v.length}`]);
    }
    const mixed = `${head}  - { id: R1, probability: 9 }\n`;
    assert.equal(run(mixed)[0].message.sv, 'Risken R1 saknar bedömning av konsekvens och anger sannolikhet med ett ogiltigt värde (probability: 9). Ange heltal 1–4.');
  });

  it('checks residual values only when they are written (a missing residual value is BRA023)', () => {
    const text = `${head}  - { id: R1, probability: 2, severity: 2, residual: { probability: 1, severity: 7 } }\n`;
    assert.deepEqual(run(text).map((f) => brief(text, f)), [{ rule: 'BRA018', severity: 'error', location: '$.risks[R1].residual', range: '4:82-4:83' }]);
    assert.deepEqual(run(`${head}  - { id: R1, probability: 2, severity: 2, residual: { probability: 1 } }\n`), []);
  });

  it('never throws on odd risks', () => {
    assert.deepEqual(run(`${head}  - R1\n  - null\n  - [1]\n`), []);
  });
});
