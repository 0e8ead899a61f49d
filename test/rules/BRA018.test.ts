import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

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

describe('BRA018 with a declared risk_method (issue #11: substance over form)', () => {
  const declared = fs.readFileSync(path.join(FIXTURES, 'BRA018/declared-scale.yaml'), 'utf8');
  const method = 'risk_method:\n  probability: [Osannolik, Möjlig, Sannolik, Mycket sannolik]\n  severity: [1, 2, 3, 4, 5]\n';
  const rules = ['BRA018', 'BRA019', 'BRA022', 'BRA023'];
  const findings = (text: string) => lintText(text).filter((f) => rules.includes(f.rule) || f.rule === 'schema');

  it('accepts the declared values (any case) and reports values outside the scale, at the same places as the 1–4 scale', () => {
    assert.deepEqual(findings(declared).map((f) => brief(declared, f)), [
      { rule: 'BRA018', severity: 'error', location: '$.risks[R2]', range: '16:5-16:11' },
      { rule: 'BRA018', severity: 'error', location: '$.risks[R3]', range: '22:18-22:22' },
      { rule: 'BRA018', severity: 'error', location: '$.risks[R4]', range: '24:5-24:11' },
    ]);
    const [r2, r3, r4] = findings(declared);
    assert.equal(r2.message.sv, 'Risken R2 anger sannolikhet och konsekvens med ett ogiltigt värde (probability: 3, severity: 6). Ange ett värde på analysens skala i risk_method (sannolikhet Osannolik · Möjlig · Sannolik · Mycket sannolik; konsekvens 1 · 2 · 3 · 4 · 5).');
    assert.equal(r3.message.en, 'Risk R3 states probability with an invalid value (probability: "Stor"). Use a value on the analysis\'s scale in risk_method (probability Osannolik · Möjlig · Sannolik · Mycket sannolik).');
    assert.equal(r4.message.sv, 'Risken R4 saknar bedömning av sannolikhet (analysens skala i risk_method: sannolikhet Osannolik · Möjlig · Sannolik · Mycket sannolik).');
  });

  it('the quick-fix names the declared values on the inserted key', () => {
    const text = `${head.replace('risks:\n', method + 'risks:\n')}  - id: R1\n    severity: 4\n`;
    const fs1 = run(text);
    assert.equal(fs1[0].fixes?.[0].title.sv, 'Lägg till probability att fylla i');
    assert.equal(applyFixes(text, fs1), `${text}    probability: # Osannolik · Möjlig · Sannolik · Mycket sannolik (risk_method)\n`);
  });

  it('a scale the block does not declare stays 1–4; a risk_method without a valid scale is the tool\'s method', () => {
    const only = `${head.replace('risks:\n', 'risk_method: { severity: [Låg, Hög] }\nrisks:\n')}  - { id: R1, probability: 4, severity: hög }\n  - { id: R2, probability: Låg, severity: Låg }\n`;
    assert.deepEqual(run(only).map((f) => `${f.location} ${brief(only, f).range}`), ['$.risks[R2] 6:28-6:31']);
    const broken = `${head.replace('risks:\n', 'risk_method: { severity: [Låg] }\nrisks:\n')}  - { id: R1, probability: 4, severity: Låg }\n`;
    assert.deepEqual(run(broken).map((f) => brief(broken, f).range), ['5:41-5:44']);
  });

  it('BRA019 does not compare with the tool\'s matrix; BRA022 and BRA023 read the stated level', () => {
    const base = head.replace('risks:\n', method + 'risks:\n');
    // stated very_high with 1×1 on the declared scale: no BRA019; no measures → BRA022 on the measures' place
    const noMeasures = `${base}  - { id: R1, probability: Osannolik, severity: 1, level: very_high, scale_impact: x }\n`;
    assert.deepEqual(findings(noMeasures).map((f) => `${f.rule} ${f.location} ${brief(noMeasures, f).range}`), [
      'BRA022 $.risks[R1] 7:7-7:13',
      'BRA023 $.risks[R1] 7:7-7:13',
    ]);
    assert.equal(ofRule(lintText(noMeasures), 'BRA022')[0].message.sv, 'Risken R1 har nivån mycket hög, men analysen anger inga åtgärder.');
    // without a stated level, the ranks scaled onto the tool's thresholds: 4/4 × 5/5 × 16 = 16 → very high; 1/4 × 1/5 × 16 → low
    const computed = `${base}  - { id: R1, probability: Mycket sannolik, severity: 5 }\n  - { id: R2, probability: Osannolik, severity: 1 }\n`;
    assert.deepEqual(ofRule(lintText(computed), 'BRA022').map((f) => f.location), ['$.risks[R1]']);
    // a residual level above the inherent one, both stated
    const higher = `${base}  - { id: R1, probability: Möjlig, severity: 2, level: medium, measures: [M1], residual: { probability: Möjlig, severity: 2, level: high, accepted_by: A, accepted_date: 2026-01-01, rationale: B } }\n`;
    assert.equal(ofRule(lintText(higher), 'BRA023')[0].message.sv, 'Restrisken för R1 är högre än den ursprungliga risken (hög mot medel).');
  });
});
