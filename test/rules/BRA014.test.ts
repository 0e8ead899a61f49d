import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA014');
const doc = (item: string, risks = '') => `schema_version: "1.0"\nregistered_categories:\n  - ${item}\n${risks}`;

describe('BRA014 registered-category-risk', () => {
  it('fixtures', () => checkRuleFixtures('BRA014'));

  it('fires on a present category that no risk names, in both languages, and creates a risk stub', () => {
    const text = doc('{ id: children, present: true }', 'risks:\n  - { id: R1, registered_categories: [public_figures] }\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA014', severity: 'warning', location: '$.registered_categories[children]', range: '3:7-3:19' }]);
    assert.equal(fs[0].message.sv, 'Kategorin Barn och unga under 18 år (children) förekommer men ingen risk analyserar hur den påverkar risken för de registrerade.');
    assert.equal(fs[0].message.en, 'Category Children and young people under 18 (children) occurs, but no risk analyses how it affects the risk to the data subjects.');
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, `${text}  - id: R-children\n    title: Obehörig åtkomst till uppgifter om barn och unga under 18 år\n    registered_categories: [children]\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('covers custom categories too, and uses their own label', () => {
    const fs = run(doc('{ id: relatives, label: Närstående, present: true }'));
    assert.equal(fs[0].message.en, 'Category Närstående (relatives) occurs, but no risk analyses how it affects the risk to the data subjects.');
  });

  it('does not fire for a category that does not occur, or that a risk names', () => {
    assert.deepEqual(run(doc('{ id: children, present: false, rationale: Vuxenpsykiatri. }')), []);
    assert.deepEqual(run(doc('{ id: children }')), []);
    assert.deepEqual(run(doc('{ id: children, present: true }', 'risks:\n  - { id: R1, registered_categories: [children] }\n')), []);
  });
});
