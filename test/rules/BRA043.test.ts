import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\nsystems:\n  - id: journal\n';

describe('BRA043 no systematic log control', () => {
  it('fixtures', () => checkRuleFixtures('BRA043'));

  it('fires on the system (both languages) and creates log_controls when missing', () => {
    const f = ofRule(lintText(head), 'BRA043');
    assert.deepEqual(f.map((x) => brief(head, x)), [{ rule: 'BRA043', severity: 'error', location: '$.systems[journal]', range: '7:5-7:16' }]);
    assert.equal(f[0].message.sv, 'Analysen visar inte att åtkomsten i journal kontrolleras systematiskt (logguppföljning).');
    assert.equal(f[0].message.en, 'The analysis does not show that access in journal is systematically checked (log follow-up).');
    const fixed = applyFixes(head, f);
    assert.equal(fixed, head + 'log_controls:\n  - id: LK-journal\n    system: journal\n');
    assert.deepEqual(ofRule(lintText(fixed), 'BRA043'), []);
    assert.equal(ofRule(lintText(fixed), 'BRA044').length, 1); // the stub is then completed with BRA044's help
  });

  it('does not count a control of another system, and picks a free id', () => {
    const text = head + 'log_controls:\n  - { id: LK-journal, system: npo }\n';
    const f = ofRule(lintText(text), 'BRA043');
    assert.equal(f.length, 1);
    assert.equal(applyFixes(text, f), text + '  - id: LK-journal-2\n    system: journal\n');
  });
});
