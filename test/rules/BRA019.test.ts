import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA019');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA019 risk-level-matrix', () => {
  it('fixtures', () => checkRuleFixtures('BRA019'));

  it('points at the stated level and offers the computed one (both languages)', () => {
    const text = `${head}  - id: R1\n    probability: 3\n    severity: 2\n    level: high\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA019', severity: 'warning', location: '$.risks[R1]', range: '7:12-7:16' }]);
    assert.equal(fs[0].message.sv, "Angiven risknivå 'high' stämmer inte med matrisen: sannolikhet 3 och konsekvens 2 ger 'medium' (Medel).");
    assert.equal(fs[0].message.en, "Stated risk level 'high' does not match the matrix: probability 3 and severity 2 give 'medium' (Medium).");
    assert.equal(fs[0].fixes?.[0].safe, true);
    assert.equal(applyFixes(text, fs), text.replace('level: high', 'level: medium'));
  });

  it('matrix boundaries: 3 low, 4 medium, 6 medium, 8 high, 9 high, 12 very_high', () => {
    const cases: [number, number, string][] = [[1, 3, 'low'], [2, 2, 'medium'], [4, 1, 'medium'], [2, 3, 'medium'], [2, 4, 'high'], [3, 3, 'high'], [3, 4, 'very_high'], [4, 4, 'very_high']];
    for (const [p, s, l] of cases) assert.deepEqual(run(`${head}  - { id: R1, probability: ${p}, severity: ${s}, level: ${l} }\n`), [], `${p}×${s}`);
  });

  it('is skipped when BRA018 fires for the risk (also for an invalid residual value)', () => {
    assert.deepEqual(run(`${head}  - { id: R1, probability: 4, level: low }\n`), []);
    assert.deepEqual(run(`${head}  - { id: R1, probability: 4, severity: 4, level: low, residual: { probability: 0, severity: 1 } }\n`), []);
  });
});
