import BRA010 from '../../src/rules/BRA010-sensitive-category-risk';
import { checkRuleFixtures, ruleTester } from './harness';

const doc = (cat: string, risks = '') => `schema_version: "1.0"
document: { version: "1" }
data_categories:
  - ${cat}
${risks}`;
/** The risk stub the fix appends (indented as an item of `risks:`). */
const stub = (id: string, code: string, words: string) => `  - id: ${id}\n    title: För vid åtkomst till uppgifter om ${words}\n    data_categories: [${code}]\n`;

describe('BRA010 sensitive-category-risk', () => {
  it('fixtures', () => checkRuleFixtures('BRA010'));

  ruleTester(BRA010, {
    valid: [
      { name: 'baseline sensitivity', code: doc('{ id: medication, present: true, sensitivity: baseline }') },
      { name: 'no sensitivity stated', code: doc('{ id: mental_health, present: true }') },
      { name: 'a category that does not occur', code: doc('{ id: genetics, present: false, sensitivity: very_high, rationale: Inga analyser. }') },
      { name: 'a category some risk names', code: doc('{ id: mental_health, present: true, sensitivity: high }', 'risks:\n  - { id: R1 }\n  - { id: R2, data_categories: [somatic_care, mental_health] }\n') },
    ],
    invalid: [
      {
        name: 'a present very_high category that no risk names, in both languages; the fix creates the risks list',
        code: doc('{ id: mental_health, present: true, sensitivity: very_high }'),
        findings: [{
          location: '$.data_categories[mental_health]',
          range: '4:7-4:24',
          message: 'default',
          text: {
            sv: 'Uppgiftskategorin Psykisk ohälsa (mental_health, känslighet mycket hög) förekommer men ingen risk analyserar vad en för vid åtkomst till den innebär.',
            en: 'Data category Mental health (mental_health, sensitivity very high) occurs, but no risk analyses what overly wide access to it would mean.',
          },
        }],
        output: `${doc('{ id: mental_health, present: true, sensitivity: very_high }')}risks:\n${stub('R-mental_health', 'mental_health', 'psykisk ohälsa')}`,
      },
      {
        name: "a high category with its own label: the message uses the label",
        code: doc('{ id: genetics, label: Genetik, present: true, sensitivity: high }'),
        findings: [{ location: '$.data_categories[genetics]', range: '4:7-4:19', message: 'default' }],
        output: `${doc('{ id: genetics, label: Genetik, present: true, sensitivity: high }')}risks:\n${stub('R-genetics', 'genetics', 'genetik')}`,
      },
      {
        name: 'the risk stub gets a fresh id (R-mental_health is taken)',
        code: doc('{ id: mental_health, present: true, sensitivity: high }', 'risks:\n  - id: R-mental_health\n    data_categories: [somatic_care]\n'),
        findings: [{ location: '$.data_categories[mental_health]', range: '4:7-4:24' }],
        output: `${doc('{ id: mental_health, present: true, sensitivity: high }', 'risks:\n  - id: R-mental_health\n    data_categories: [somatic_care]\n')}${stub('R-mental_health-2', 'mental_health', 'psykisk ohälsa')}`,
      },
      {
        name: 'a duplicated category is reported once',
        code: doc('{ id: mental_health, present: true, sensitivity: high }\n  - { id: mental_health, present: true, sensitivity: high }'),
        findings: [{ location: '$.data_categories[mental_health]', range: '4:7-4:24' }],
        output: `${doc('{ id: mental_health, present: true, sensitivity: high }\n  - { id: mental_health, present: true, sensitivity: high }')}risks:\n${stub('R-mental_health', 'mental_health', 'psykisk ohälsa')}`,
      },
    ],
  });
});
