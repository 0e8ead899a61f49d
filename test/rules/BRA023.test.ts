import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA023');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA023 residual-risk', () => {
  it('fixtures', () => checkRuleFixtures('BRA023'));

  it('missing residual on a medium risk: the risk; the fix copies the inherent assessment (both languages)', () => {
    const text = `${head}  - id: R1\n    probability: 2\n    severity: 2\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA023', severity: 'warning', location: '$.risks[R1]', range: '4:5-4:11' }]);
    assert.equal(fs[0].message.sv, 'Restrisken för R1 är inte bedömd.');
    assert.equal(fs[0].message.en, 'The residual risk of R1 is not assessed.');
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, `${text}    residual:\n      probability: 2\n      severity: 2\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('a low risk needs no residual; BRA018 skips the risk', () => {
    assert.deepEqual(run(`${head}  - { id: R1, probability: 1, severity: 3 }\n`), []);
    assert.deepEqual(run(`${head}  - { id: R1, probability: 3 }\n`), []);
    assert.deepEqual(run(`${head}  - { id: R1, probability: 3, severity: 3, residual: { probability: 5, severity: 1 } }\n`), []);
  });

  it('higher residual and missing acceptance are listed in one message on the residual key', () => {
    const text = `${head}  - id: R1\n    probability: 2\n    severity: 3\n    residual: { probability: 3, severity: 4, accepted_by: Eva Ek }\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f).range), ['7:5-7:13']);
    assert.equal(fs[0].message.sv, 'Restrisken för R1 är högre än den ursprungliga risken (mycket hög mot medel) och är mycket hög men beslut om att acceptera den (vem, när, motivering) saknas: accepted_date, rationale; om behandlingen kräver en konsekvensbedömning (art. 35) och den visar en hög risk som inte kan begränsas ska IMY konsulteras (art. 36.1).');
    assert.equal(fs[0].fixes, undefined);
  });

  it('on a high risk the copied residual gets acceptance keys to fill in, so the finding stays (now about acceptance)', () => {
    const text = `${head}  - { id: R1, probability: 3, severity: 3 }\n`;
    const fixed = applyFixes(text, run(text));
    assert.equal(fixed, `${head}  - { id: R1, probability: 3, severity: 3, residual: { probability: 3, severity: 3, accepted_by: "", rationale: "" } }\n`);
    assert.match(run(fixed)[0].message.en, /no documented acceptance/);
    assert.deepEqual(ofRule(lintText(fixed), 'schema'), []);
  });
});
