import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document:
  title: Analys
  version: "1"
  status: draft
systems:
  - id: kassa
    individual_accounts: false
  - id: journal
    individual_accounts: "nej"
`;

describe('BRA035 no individual user accounts', () => {
  it('fixtures', () => checkRuleFixtures('BRA035'));

  it('fires on the value individual_accounts: false (both languages); a wrong type is left to the schema', () => {
    const f = ofRule(lintText(doc), 'BRA035');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA035', severity: 'error', location: '$.systems[kassa]', range: '8:26-8:31' }]);
    assert.equal(f[0].message.sv, 'kassa används med gemensamma konton. Varje användare ska ha en individuell behörighet.');
    assert.equal(f[0].message.en, 'kassa is used with shared accounts. Each user must have an individual authorisation.');
  });

  it('does not throw on systems written as a map', () => {
    assert.deepEqual(ofRule(lintText('schema_version: "1.0"\ndocument: { title: A }\nsystems: { journal: { individual_accounts: false } }\n'), 'BRA035'), []);
  });
});
