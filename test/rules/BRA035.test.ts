import BRA035 from '../../src/rules/BRA035-shared-accounts';
import { checkRuleFixtures, ruleTester } from './harness';

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

  ruleTester(BRA035, {
    valid: [{ name: 'does not throw on systems written as a map', code: 'schema_version: "1.0"\ndocument: { title: A }\nsystems: { journal: { individual_accounts: false } }\n' }],
    invalid: [{
      name: 'fires on the value individual_accounts: false (both languages); a wrong type is left to the schema',
      code: doc,
      findings: [{
        location: '$.systems[kassa]',
        range: '8:26-8:31',
        message: 'default',
        text: { sv: 'kassa används med gemensamma konton. Varje användare ska ha en individuell behörighet.', en: 'kassa is used with shared accounts. Each user must have an individual authorisation.' },
      }],
    }],
  });
});
