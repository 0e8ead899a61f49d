import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA013');
const BASE = ['children', 'protected_identity', 'public_figures', 'employees_as_patients', 'staff_own_records', 'particularly_vulnerable'];
const doc = (items: string[]) => `schema_version: "1.0"\nregistered_categories:\n${items.map((i) => `  - ${i}\n`).join('')}`;

describe('BRA013 baseline-registered-category', () => {
  it('fixtures', () => checkRuleFixtures('BRA013'));

  it('does not fire when all six are assessed', () => {
    assert.deepEqual(run(doc(BASE.map((id) => `{ id: ${id}, present: true }`))), []);
    assert.deepEqual(run(doc(BASE.map((id) => `{ id: ${id}, present: false, rationale: Förekommer inte i verksamheten. }`))), []);
  });

  it('fires once per missing code, told apart by data.code, in both languages', () => {
    const text = doc(BASE.slice(0, 5).map((id) => `{ id: ${id}, present: true }`));
    const fs = run(text);
    assert.deepEqual(fs.map((f) => ({ ...brief(text, f), data: f.data })), [
      { rule: 'BRA013', severity: 'warning', location: '$.registered_categories', range: '2:1-2:22', data: { code: 'particularly_vulnerable' } },
    ]);
    assert.equal(fs[0].message.sv, 'Kategorin av registrerade Särskilt utsatta personer (particularly_vulnerable) är inte bedömd. Ange om den förekommer och motivera om den inte gör det.');
    assert.equal(fs[0].message.en, 'Data-subject category Particularly vulnerable persons (particularly_vulnerable) has not been assessed. State whether it occurs and give a rationale if it does not.');
    assert.equal(applyFixes(text, fs), `${text}  - id: particularly_vulnerable\n    label: Särskilt utsatta personer\n    present: true\n`);
  });

  it('fires on the item for present: false without rationale and for a missing present', () => {
    const items = BASE.map((id) => `{ id: ${id}, present: true }`);
    items[2] = '{ id: public_figures, present: false }';
    items[3] = '{ id: employees_as_patients, estimated_count: 20 }';
    const text = doc(items);
    assert.deepEqual(run(text).map((f) => ({ ...brief(text, f), data: f.data })), [
      { rule: 'BRA013', severity: 'warning', location: '$.registered_categories', range: '5:7-5:25', data: { code: 'public_figures' } },
      { rule: 'BRA013', severity: 'warning', location: '$.registered_categories', range: '6:7-6:32', data: { code: 'employees_as_patients' } },
    ]);
  });

  it('runs only when registered_categories is non-empty', () => {
    assert.deepEqual(run('schema_version: "1.0"\nregistered_categories: []\n'), []);
  });
});
