import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA010');
const doc = (cat: string, risks = '') => `schema_version: "1.0"
document: { version: "1" }
data_categories:
  - ${cat}
${risks}`;

describe('BRA010 sensitive-category-risk', () => {
  it('fixtures', () => checkRuleFixtures('BRA010'));

  it('fires on a present high or very_high category that no risk names, in both languages', () => {
    const text = doc('{ id: mental_health, present: true, sensitivity: very_high }');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA010', severity: 'error', location: '$.data_categories[mental_health]', range: '4:7-4:24' }]);
    assert.equal(fs[0].message.sv, 'Uppgiftskategorin Psykisk ohälsa (mental_health, känslighet mycket hög) förekommer men ingen risk analyserar vad en för vid åtkomst till den innebär.');
    assert.equal(fs[0].message.en, 'Data category Mental health (mental_health, sensitivity very high) occurs, but no risk analyses what overly wide access to it would mean.');
    assert.equal(run(doc('{ id: genetics, label: Genetik, present: true, sensitivity: high }')).length, 1);
  });

  it('does not fire for baseline sensitivity, absent categories, or a category some risk names', () => {
    assert.deepEqual(run(doc('{ id: medication, present: true, sensitivity: baseline }')), []);
    assert.deepEqual(run(doc('{ id: mental_health, present: true }')), []);
    assert.deepEqual(run(doc('{ id: genetics, present: false, sensitivity: very_high, rationale: Inga analyser. }')), []);
    assert.deepEqual(run(doc('{ id: mental_health, present: true, sensitivity: high }', 'risks:\n  - { id: R1 }\n  - { id: R2, data_categories: [somatic_care, mental_health] }\n')), []);
  });

  it('creates a risk stub naming the category, with a fresh id', () => {
    const text = doc('{ id: mental_health, present: true, sensitivity: high }', 'risks:\n  - id: R-mental_health\n    data_categories: [somatic_care]\n');
    const fixed = applyFixes(text, run(text));
    assert.equal(fixed, `${text}  - id: R-mental_health-2\n    title: För vid åtkomst till uppgifter om psykisk ohälsa\n    data_categories: [mental_health]\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('creates the risks list when it is missing, and reports a duplicated category once', () => {
    const text = doc('{ id: mental_health, present: true, sensitivity: high }\n  - { id: mental_health, present: true, sensitivity: high }');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.equal(applyFixes(text, fs), `${text}risks:\n  - id: R-mental_health\n    title: För vid åtkomst till uppgifter om psykisk ohälsa\n    data_categories: [mental_health]\n`);
  });
});
