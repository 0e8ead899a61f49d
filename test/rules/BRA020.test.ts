import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA020');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';

describe('BRA020 consequences-missing', () => {
  it('fixtures', () => checkRuleFixtures('BRA020'));

  it('missing: the risk; empty: the key (both languages)', () => {
    const text = `${head}  - id: R1\n    title: A\n  - id: R2\n    consequences: []\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [
      { rule: 'BRA020', severity: 'error', location: '$.risks[R1]', range: '4:5-4:11' },
      { rule: 'BRA020', severity: 'error', location: '$.risks[R2]', range: '7:5-7:17' },
    ]);
    assert.equal(fs[0].message.sv, 'Risken R1 saknar beskrivning av negativa konsekvenser för de registrerade.');
    assert.equal(fs[0].message.en, 'Risk R1 does not describe any negative consequences for the data subjects.');
  });

  it('the template fix keeps a comment on the key line and does not overwrite another type', () => {
    const text = `${head}  - id: R1\n    consequences: # fylls i\n`;
    assert.equal(applyFixes(text, run(text)), `${text}      - type: other\n        description: Beskriv vad skadan eller hotet består av för de registrerade, t.ex. vem som kan få veta vad och vilka följder det får.\n`);
    const scalar = `${head}  - { id: R1, consequences: integritetsskada }\n`;
    assert.deepEqual(run(scalar).map((f) => f.fixes), [undefined]);
  });
});
