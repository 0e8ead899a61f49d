import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA027');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nroles:\n  - id: usk\n    needs:\n';

describe('BRA027 need-when-context', () => {
  // the catalogue's quick-fix inserts `when:`/`context:` for the user to fill in, so the finding stays by design
  it('fixtures', () => checkRuleFixtures('BRA027', { fixKeepsFinding: true }));

  it('lists both gaps on the need; the fix inserts empty texts (both languages)', () => {
    const text = `${head}      - id: N1\n        system: journal\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA027', severity: 'warning', location: '$.roles[usk].needs[N1]', range: '6:9-6:15' }]);
    assert.equal(fs[0].message.sv, 'Behovet N1 för usk anger inte när (tidpunkt) och i vilket sammanhang åtkomsten behövs.');
    assert.equal(fs[0].message.en, 'Need N1 of usk does not state when and in what context access is needed.');
    assert.equal(applyFixes(text, fs), `${text}        when: ""\n        context: ""\n`);
    assert.deepEqual(ofRule(lintText(applyFixes(text, fs)), 'schema'), []);
  });

  it('a blank value points at the value; both present does not fire', () => {
    const text = `${head}      - { id: N1, when: Vid besök, context: "" }\n`;
    assert.deepEqual(run(text).map((f) => brief(text, f).range), ['6:45-6:47']);
    assert.deepEqual(run(`${head}      - { id: N1, when: Vid besök, context: Bokad patient }\n`), []);
  });
});
