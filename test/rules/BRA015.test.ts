import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA015');
const doc = (items: string, sras = '') => `schema_version: "1.0"\nregistered_categories:\n${items}${sras}`;

describe('BRA015 special-risk-assessment-persons', () => {
  it('fixtures', () => checkRuleFixtures('BRA015'));

  it('fires for protected identity and public figures without a special risk assessment, in both languages', () => {
    const text = doc('  - { id: protected_identity, present: true }\n  - { id: public_figures, present: true }\n  - { id: children, present: true }\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [
      { rule: 'BRA015', severity: 'error', location: '$.registered_categories[protected_identity]', range: '3:7-3:29' },
      { rule: 'BRA015', severity: 'error', location: '$.registered_categories[public_figures]', range: '4:7-4:25' },
    ]);
    assert.equal(fs[0].message.sv, 'Personer med skyddade personuppgifter förekommer, men analysen innehåller ingen särskild riskbedömning för dem (varken en särskild riskbedömning eller en risk med åtgärder som avser gruppen).');
    assert.equal(fs[1].message.en, 'Public figures occur, but the analysis contains no special risk assessment for them (neither a special risk assessment nor a risk with measures that concerns the group).');
  });

  it('does not fire when they do not occur or a special risk assessment names them', () => {
    assert.deepEqual(run(doc('  - { id: public_figures, present: false, rationale: Inga. }\n')), []);
    assert.deepEqual(run(doc('  - { id: public_figures, present: true }\n', 'special_risk_assessments:\n  - { id: S1, registered_categories: [public_figures] }\n')), []);
  });

  it('a risk alone is not a special risk assessment; the fix creates one (list created when missing)', () => {
    const text = doc('  - { id: public_figures, present: true }\n', 'risks:\n  - { id: R1, registered_categories: [public_figures] }\n');
    const fs = run(text);
    assert.equal(fs.length, 1);
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, `${text}special_risk_assessments:\n  - id: SRB-public_figures\n    title: Särskild riskbedömning av allmänt kända personer\n    registered_categories: [public_figures]\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('substance over form: a risk that names the group and has measures counts as the special assessment', () => {
    const items = '  - { id: protected_identity, present: true }\n';
    assert.deepEqual(run(doc(items, 'risks:\n  - { id: R1, registered_categories: [protected_identity], measures: [{ id: M1, kind: protected_identity_masking }] }\n')), []);
  });
});
