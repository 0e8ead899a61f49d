import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA008');

describe('BRA008 data-categories-missing', () => {
  it('fixtures', () => checkRuleFixtures('BRA008'));

  it('fires at the document root when data_categories is missing, in both languages', () => {
    const text = 'schema_version: "1.0"\ndocument: { version: "1" }\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA008', severity: 'error', location: '$', range: '1:1-1:15' }]);
    assert.equal(fs[0].message.sv, 'Analysen saknar genomgång av kategorier av uppgifter (t.ex. psykisk ohälsa, sexualliv, missbruk, hot och våld i nära relationer).');
    assert.equal(fs[0].message.en, 'The analysis has no review of data categories (e.g. mental health, sex life, substance abuse, threats and violence in close relationships).');
  });

  it('points at the key when the list is empty, and replaces [] with a block list', () => {
    const text = 'schema_version: "1.0"\ndocument: { version: "1" }\ndata_categories: [] # att göra\nroles: []\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA008', severity: 'error', location: '$', range: '3:1-3:16' }]);
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, text.replace('data_categories: [] # att göra\n', 'data_categories:\n  - id: identity_contact\n    label: Identitets- och kontaktuppgifter\n'
      + '  - id: somatic_care\n    label: Somatisk vårddokumentation\n  - id: mental_health\n    label: Psykisk ohälsa\n  - id: sexual_health\n    label: Sexualliv och sexuell hälsa\n'
      + '  - id: substance_abuse\n    label: Missbruk och beroende\n  - id: violence_close_relations\n    label: Hot och våld i nära relationer # att göra\n'));
    assert.deepEqual(run(fixed), []);
    // the skeleton does not say whether the categories occur: BRA009 asks for the four IMY-named ones
    assert.equal(ofRule(lintText(fixed), 'BRA009').length, 4);
  });

  it('fills a key written with no value; a value of another type counts as missing but is not overwritten', () => {
    const text = 'schema_version: "1.0"\ndata_categories:\n';
    assert.match(applyFixes(text, run(text)), /^data_categories:\n  - id: identity_contact\n/m);
    const odd = 'schema_version: "1.0"\ndata_categories: { mental_health: true }\n';
    const fs = run(odd);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fixes, undefined);
  });
});
