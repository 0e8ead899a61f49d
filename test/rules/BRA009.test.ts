import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA009');
const ALL = `  - { id: mental_health, present: true, sensitivity: very_high }
  - { id: sexual_health, present: true, sensitivity: very_high }
  - { id: substance_abuse, present: true, sensitivity: high }
  - { id: violence_close_relations, present: true, sensitivity: high }
`;
const doc = (items: string) => `schema_version: "1.0"\ndocument: { version: "1" }\ndata_categories:\n${items}`;

describe('BRA009 imy-sensitive-category', () => {
  it('fixtures', () => checkRuleFixtures('BRA009'));

  it('does not fire when all four are assessed (present: false with a rationale counts)', () => {
    assert.deepEqual(run(doc(ALL)), []);
    assert.deepEqual(run(doc(ALL.replace('{ id: sexual_health, present: true, sensitivity: very_high }', '{ id: sexual_health, present: false, rationale: Ingen sådan vård ges. }'))), []);
  });

  it('fires once per missing code at the list key, told apart by data.code, in both languages', () => {
    const text = doc('  - { id: somatic_care, present: true }\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => [brief(text, f).range, f.location, f.data]), [
      ['3:1-3:16', '$.data_categories', { code: 'mental_health' }],
      ['3:1-3:16', '$.data_categories', { code: 'sexual_health' }],
      ['3:1-3:16', '$.data_categories', { code: 'substance_abuse' }],
      ['3:1-3:16', '$.data_categories', { code: 'violence_close_relations' }],
    ]);
    const m = fs.find((f) => f.data?.code === 'mental_health')!;
    assert.equal(m.message.sv, 'Kategorin Psykisk ohälsa (mental_health) är inte bedömd. Ange om den förekommer (present: true/false) och motivera om den inte förekommer.');
    assert.equal(m.message.en, 'Category Mental health (mental_health) has not been assessed. State whether it occurs (present: true/false) and give a rationale if it does not.');
  });

  it('fires on the item for present: false without a rationale, and for an item that does not state present', () => {
    const text = doc(ALL.replace('{ id: substance_abuse, present: true, sensitivity: high }', '{ id: substance_abuse, present: false, rationale: " " }')
      .replace('{ id: violence_close_relations, present: true, sensitivity: high }', '{ id: violence_close_relations, sensitivity: high }'));
    const fs = run(text);
    assert.deepEqual(fs.map((f) => ({ ...brief(text, f), data: f.data })), [
      { rule: 'BRA009', severity: 'warning', location: '$.data_categories', range: '6:55-6:58', data: { code: 'substance_abuse' } },
      { rule: 'BRA009', severity: 'warning', location: '$.data_categories', range: '7:7-7:35', data: { code: 'violence_close_relations' } },
    ]);
    assert.match(fs[0].message.en, /is stated not to occur, but there is no rationale/);
    assert.match(fs[1].message.en, /does not state whether it occurs/);
    assert.equal(fs[0].fixes, undefined);
  });

  it('appends a stub assumed to occur (the conservative default)', () => {
    const text = doc(ALL.split('\n').slice(0, 3).join('\n') + '\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => f.data), [{ code: 'violence_close_relations' }]);
    assert.equal(fs[0].fixes?.[0].title.en, 'Add the category Threats and violence in close relationships as occurring (very high sensitivity)');
    assert.equal(applyFixes(text, fs), `${text}  - id: violence_close_relations\n    label: Hot och våld i nära relationer\n    present: true\n    sensitivity: very_high\n`);
  });

  it('runs only when data_categories is non-empty (BRA008 reports the rest)', () => {
    assert.deepEqual(run('schema_version: "1.0"\ndata_categories: []\n'), []);
    assert.deepEqual(run('schema_version: "1.0"\n'), []);
  });
});
