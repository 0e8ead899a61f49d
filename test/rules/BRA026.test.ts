import * as assert from 'node:assert/strict';
import { applyEdits } from '../../src/fixes';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA026');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\ndata_categories:\n  - { id: somatic_care, present: true }\nroles:\n  - id: lak\n    needs:\n';

describe('BRA026 need-scope', () => {
  // the catalogue's quick-fix inserts the missing key for completion, so the skeleton fix keeps the finding by design
  it('fixtures', () => checkRuleFixtures('BRA026', { fixKeepsFinding: true }));

  it('one finding per need listing both gaps (both languages)', () => {
    const text = `${head}      - id: N1\n        system: journal\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA026', severity: 'error', location: '$.roles[lak].needs[N1]', range: '8:9-8:15' }]);
    assert.equal(fs[0].message.sv, 'Behovet N1 för lak anger inte vilka uppgiftskategorier och vilka patienter (patient_scope) åtkomsten ska omfatta.');
    assert.equal(fs[0].message.en, 'Need N1 of lak does not state which data categories and which patients (patient_scope) the access covers.');
  });

  it('offers the patient scopes as quick-fixes, each of which resolves that gap', () => {
    const text = `${head}      - { id: N1, data_categories: all }\n`;
    const fs = run(text);
    assert.deepEqual(fs[0].fixes?.map((f) => f.title.sv.split(':')[1].trim().split(' ')[0]), ['emergency_only', 'scheduled_contact', 'care_relation', 'own_unit', 'listed_units', 'all_patients', 'none']);
    const care = fs[0].fixes!.find((f) => f.title.en.includes('care_relation'))!;
    const fixed = applyEdits(text, care.edits);
    assert.equal(fixed, text.replace('data_categories: all }', 'data_categories: all, patient_scope: care_relation }'));
    assert.deepEqual(run(fixed), []);
  });

  it('dangling category ids count as absent (§2.3); all counts as stated', () => {
    const text = `${head}      - { id: N1, data_categories: [psyk], patient_scope: care_relation }\n      - { id: N2, data_categories: all, patient_scope: none }\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => f.location), ['$.roles[lak].needs[N1]']);
    assert.match(fs[0].message.sv, /de angivna finns inte bland data_categories/);
  });
});
