import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA001');

const COMPLETE = `schema_version: "1.0"
document:
  version: "1.0"
  status: approved
  care_provider: { name: Björkdalens Vård AB }
  prepared_by:
    - { name: Anna Ek, function: clinical_operations }
  approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-01-10 }
`;

describe('BRA001 metadata-approval', () => {
  it('fixtures', () => checkRuleFixtures('BRA001', { fixKeepsFinding: true }));

  it('gives no finding on a complete approved document', () => {
    assert.deepEqual(run(COMPLETE), []);
  });

  it('lists every missing field in one finding, in both languages', () => {
    const text = `schema_version: "1.0"\ndocument:\n  id: X\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA001', severity: 'warning', location: '$.document', range: '2:1-2:9' }]);
    assert.equal(fs[0].message.sv,
      'Dokumentet saknar uppgifter om vårdgivarens namn (care_provider.name), version (version), status (status) och vem som upprättat analysen (prepared_by). Analysen visar därmed inte vem som har tagit fram och fastställt den eller när.');
    assert.equal(fs[0].message.en,
      'The document is missing the care provider name (care_provider.name), version (version), status (status) and who prepared the analysis (prepared_by). The analysis therefore does not show who prepared and approved it, or when.');
  });

  it('treats blank values and an empty prepared_by as missing', () => {
    const text = COMPLETE.replace('  version: "1.0"', '  version: "  "').replace(/prepared_by:\n.*\n/, 'prepared_by: []\n');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message.en, /missing version \(version\) and who prepared the analysis \(prepared_by\)\./);
  });

  it('requires approved.by, .role and .date only when status is approved, and points at approved when only they are missing', () => {
    const text = COMPLETE.replace('approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-01-10 }', 'approved: { by: Anna Ek }');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA001', severity: 'warning', location: '$.document', range: '8:3-8:11' }]);
    assert.match(fs[0].message.sv, /befattning \(approved\.role\) och fastställandedatum \(approved\.date\)/);
    assert.deepEqual(run(text.replace('status: approved', 'status: draft')), []);
    assert.deepEqual(run(text.replace('status: approved', 'status: superseded')), []);
  });

  it('fills the flow map of approved with blank texts (no date: it has no blank form)', () => {
    const text = COMPLETE.replace('approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-01-10 }', 'approved: { by: Anna Ek }');
    assert.equal(applyFixes(text, run(text)), text.replace('approved: { by: Anna Ek }', 'approved: { by: Anna Ek, role: "" }'));
  });

  it('creates an approved block under a key written with no value, and a status of draft when status is missing', () => {
    const text = COMPLETE.replace('  approved: { by: Anna Ek, role: Verksamhetschef, date: 2026-01-10 }\n', '  approved:\n');
    const fixed = applyFixes(text, run(text));
    assert.equal(fixed, text.replace('  approved:\n', '  approved:\n    by: ""\n    role: ""\n'));
    const noStatus = COMPLETE.replace('  status: approved\n', '');
    assert.equal(applyFixes(noStatus, run(noStatus)), noStatus + '  status: draft\n');
    assert.deepEqual(run(noStatus + '  status: draft\n'), []);
  });

  it('points at the document root when document is absent, and the fix creates it', () => {
    const text = `schema_version: "1.0"\nsystems: []\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA001', severity: 'warning', location: '$', range: '1:1-1:15' }]);
    assert.equal(applyFixes(text, fs), `${text}document:\n  care_provider:\n    name: ""\n  version: ""\n  status: draft\n  prepared_by:\n    - name: ""\n`);
  });

  it('fills `document:` written with no value', () => {
    const text = 'schema_version: "1.0"\ndocument:\nsystems: []\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA001', severity: 'warning', location: '$.document', range: '2:1-2:9' }]);
    assert.equal(applyFixes(text, fs), 'schema_version: "1.0"\ndocument:\n  care_provider:\n    name: ""\n  version: ""\n  status: draft\n  prepared_by:\n    - name: ""\nsystems: []\n');
  });

  it('does not throw on odd input', () => {
    for (const odd of ['document: 42\n', 'document: [a, b]\n', 'document:\n  prepared_by: { name: x }\n  care_provider: Kalle AB\n  approved: [x]\n  status: approved\n']) {
      const fs = run(`schema_version: "1.0"\n${odd}`);
      assert.equal(fs.length, 1);
      assert.equal(fs[0].location, '$.document');
    }
  });

  it('a misspelled prepared_by: one schema finding at the key says "Menade du prepared_by" and that it hides BRA001; its rename clears both (regression: BRA001\'s fix used to add a second, blank key)', () => {
    const text = 'schema_version: "1.0"\ndocument:\n  version: "1.0"\n  status: draft\n  care_provider: { name: Björkdalens Vård AB }\n  preparedby:   # upprättad av\n    - { name: Anna Ek, function: clinical_operations }\n';
    assert.deepEqual(run(text), []);
    const schema = ofRule(lintText(text), 'schema');
    assert.deepEqual(schema.map((f) => brief(text, f)), [{ rule: 'schema', severity: 'error', location: '$.document.preparedby', range: '6:3-6:13' }]);
    assert.match(schema[0].message.sv, /Menade du "prepared_by" \(Upprättad av\)\? 2 följdfynd \(BRA001, BRA004\)/);
    assert.equal(schema[0].fixes?.[0].title.sv, 'Byt namn till "prepared_by"');
    const fixed = applyFixes(text, [{ ...schema[0], fixes: [schema[0].fixes![0]] }]);
    assert.equal(fixed, text.replace('  preparedby:   # upprättad av', '  prepared_by:   # upprättad av'));
    assert.deepEqual(run(fixed), []);
    assert.deepEqual(ofRule(lintText(fixed), 'schema'), []);
    // with other fields missing too, the fix renames and adds the others
    // (the schema finding's rename first; then BRA001, no longer hidden, adds the others)
    const more = 'schema_version: "1.0"\ndocument:\n  status: draft\n  Prepared-By: [Anna Ek]\n';
    const rename = ofRule(lintText(more), 'schema').find((f) => f.fixes?.[0]?.title.sv === 'Byt namn till "prepared_by"')!;
    const renamed = applyFixes(more, [{ ...rename, fixes: [rename.fixes![0]] }]);
    assert.equal(renamed, 'schema_version: "1.0"\ndocument:\n  status: draft\n  prepared_by: [Anna Ek]\n');
    assert.equal(applyFixes(renamed, run(renamed)), 'schema_version: "1.0"\ndocument:\n  status: draft\n  prepared_by: [Anna Ek]\n  care_provider:\n    name: ""\n  version: ""\n');
  });
});
