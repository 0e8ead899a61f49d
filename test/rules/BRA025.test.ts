import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA025');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nroles:\n';

describe('BRA025 role-tasks', () => {
  // the catalogue's quick-fix inserts `tasks: []` for the user to fill in, so the finding stays by design
  it('fixtures', () => checkRuleFixtures('BRA025', { fixKeepsFinding: true }));

  it('missing: the role; blank items only: the key (both languages)', () => {
    const text = `${head}  - id: ssk\n    label: Sjuksköterskor\n  - id: usk\n    tasks: ["", "  "]\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [
      { rule: 'BRA025', severity: 'error', location: '$.roles[ssk]', range: '4:5-4:12' },
      { rule: 'BRA025', severity: 'error', location: '$.roles[usk]', range: '7:5-7:10' },
    ]);
    assert.equal(fs[0].message.sv, 'Personalkategorin ssk saknar beskrivning av arbetsuppgifter. Behörigheten ska utgå från vad som behövs för arbetsuppgifterna.');
    assert.equal(fs[0].message.en, 'Role ssk has no description of tasks. Authorisation must be based on what the tasks require.');
    assert.equal(applyFixes(text, fs), text.replace('    label: Sjuksköterskor\n', '    label: Sjuksköterskor\n    tasks: []\n'));
  });

  it('one task is enough; odd roles do not throw', () => {
    assert.deepEqual(run(`${head}  - { id: ssk, tasks: [Triage] }\n  - 5\n  - [a]\n`), []);
  });
});
