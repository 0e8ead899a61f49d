import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = (items: string[]) => `schema_version: "1.0"
document:
  version: "1"
  prepared_by:
${items.map((f) => `    - { name: N, function: ${f} }`).join('\n')}
`;
const run = (text: string) => ofRule(lintText(text), 'BRA004');

describe('BRA004 cross-functional', () => {
  it('fixtures', () => checkRuleFixtures('BRA004'));

  it('accepts clinical operations with any one of information security, data protection or legal', () => {
    for (const g of ['information_security', 'data_protection', 'legal']) assert.deepEqual(run(doc(['clinical_operations', g])), []);
  });

  it('fires on clinical operations alone, naming the missing group, in both languages', () => {
    const text = doc(['clinical_operations', 'clinical_operations']);
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA004', severity: 'info', location: '$.document.prepared_by', range: '4:3-4:14' }]);
    assert.equal(fs[0].message.sv, 'Analysen verkar inte ha tagits fram tvärfunktionellt: bland dem som upprättat den saknas informationssäkerhet, dataskydd eller juridik (information_security, data_protection eller legal). IMY rekommenderar samverkan mellan verksamhet, jurister, tekniker och chefer.');
    assert.equal(fs[0].message.en, 'The analysis does not appear to be cross-functional: those who prepared it do not include information security, data protection or legal (information_security, data_protection or legal). IMY recommends collaboration between operations, legal, technical staff and management.');
    assert.deepEqual(fs[0].fixes?.map((x) => [x.title.sv, x.preferred]), [
      ['Lägg till dataskydd (jurist/samordnare) bland dem som upprättat analysen', true],
      ['Lägg till informationssäkerhet bland dem som upprättat analysen', false],
      ['Lägg till juridik bland dem som upprättat analysen', false],
    ]);
    assert.equal(applyFixes(text, fs), `${text}    - name: Dataskydd (jurist/samordnare)\n      function: data_protection\n`);
  });

  it('fires when clinical operations is missing, however many others take part', () => {
    const text = doc(['information_security', 'legal', 'management']);
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message.sv, /saknas verksamheten \(clinical_operations\)\./);
    assert.equal(applyFixes(text, fs), `${text}    - name: Verksamhet/vårdledning\n      function: clinical_operations\n`);
    assert.deepEqual(run(applyFixes(text, fs)), []);
  });

  it('fires (both groups) when prepared_by is missing or empty, and the fix creates the list', () => {
    const text = 'schema_version: "1.0"\ndocument:\n  version: "1"\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA004', severity: 'info', location: '$.document.prepared_by', range: '2:1-2:9' }]);
    assert.match(fs[0].message.en, /do not include clinical operations \(clinical_operations\) and information security/);
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, `${text}  prepared_by:\n    - name: Verksamhet/vårdledning\n      function: clinical_operations\n    - name: Dataskydd (jurist/samordnare)\n      function: data_protection\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('never overwrites a prepared_by of the wrong type', () => {
    const fs = run('schema_version: "1.0"\ndocument:\n  prepared_by: Anna Ek\n');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fixes, undefined);
  });

  it('the DPO advises (art. 38–39 GDPR): a consulted data_protection_officer is valid but does not count as a preparer', () => {
    const text = doc(['clinical_operations', 'data_protection_officer']);
    assert.deepEqual(lintText(text).filter((f) => f.rule === 'schema'), []);
    assert.equal(run(text).length, 1);
  });
});
