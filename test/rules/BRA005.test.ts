import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA005');
const doc = (system: string) => `schema_version: "1.0"\ndocument: { version: "1" }\nsystems:\n  - id: journal\n${system}`;

describe('BRA005 system-scale', () => {
  // The fix inserts empty keys for the user to fill in: it cannot silence the finding by nature.
  it('fixtures', () => checkRuleFixtures('BRA005', { fixKeepsFinding: true }));

  it('accepts zero as a count', () => {
    assert.deepEqual(run(doc('    patients_registered: 0\n    users_with_access: 0\n')), []);
  });

  it('fires on the system for a missing key, in both languages, and inserts the key', () => {
    const text = doc('    name: Journalsystemet\n    patients_registered: 14250\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA005', severity: 'error', location: '$.systems[journal]', range: '4:5-4:16' }]);
    assert.equal(fs[0].message.sv, 'Systemet Journalsystemet saknar uppgift om antal användare med behörighet (users_with_access). IMY förväntar sig att omfattningen framgår, eftersom den påverkar risken.');
    assert.equal(fs[0].message.en, 'System Journalsystemet lacks the number of users with access (users_with_access). IMY expects the scale of the processing to be stated, as it affects the risk.');
    assert.equal(applyFixes(text, fs), `${text}    users_with_access:\n`);
  });

  it('points at a wrong value (negative, decimal, text) and offers no fix', () => {
    for (const bad of ['-3', '12.5', 'många']) {
      const text = doc(`    patients_registered: ${bad}\n    users_with_access: 4\n`);
      const fs = run(text);
      assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA005', severity: 'error', location: '$.systems[journal]', range: `5:26-5:${26 + bad.length}` }]);
      assert.match(fs[0].message.en, /does not state the number of registered patients \(patients_registered\) as a whole number/);
      assert.equal(fs[0].fixes, undefined);
    }
  });

  it('treats a key written with no value as missing but does not insert it again', () => {
    const text = doc('    patients_registered:\n    users_with_access: 4\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA005', severity: 'error', location: '$.systems[journal]', range: '4:5-4:16' }]);
    assert.equal(fs[0].fixes, undefined);
  });

  it('uses the index for a system without an id and does not throw on odd items', () => {
    const text = 'schema_version: "1.0"\ndocument: {}\nsystems:\n  - name: Journal\n  - 42\n';
    assert.deepEqual(run(text).map((f) => f.location), ['$.systems[0]', '$.systems[1]']);
  });
});
