import BRA020 from '../../src/rules/BRA020-consequences-missing';
import { checkRuleFixtures, ruleTester } from './harness';

const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';
/** The consequence template the fix appends, as a block item at `indent`. */
const template = (indent: string) =>
  `${indent}- type: other\n${indent}  description: Beskriv vad skadan eller hotet består av för de registrerade, t.ex. vem som kan få veta vad och vilka följder det får.\n`;

describe('BRA020 consequences-missing', () => {
  it('fixtures', () => checkRuleFixtures('BRA020'));

  ruleTester(BRA020, {
    valid: [`${head}  - id: R1\n    consequences:\n${template('      ')}`],
    invalid: [
      {
        name: 'missing: the risk; empty: the key (both languages); `consequences: []` becomes a block list',
        code: `${head}  - id: R1\n    title: A\n  - id: R2\n    consequences: []\n`,
        findings: [
          {
            location: '$.risks[R1]',
            range: '4:5-4:11',
            message: 'default',
            text: { sv: 'Risken R1 saknar beskrivning av negativa konsekvenser för de registrerade.', en: 'Risk R1 does not describe any negative consequences for the data subjects.' },
          },
          { location: '$.risks[R2]', range: '7:5-7:17' },
        ],
        output: `${head}  - id: R1\n    title: A\n    consequences:\n${template('      ')}  - id: R2\n    consequences:\n${template('      ')}`,
      },
      {
        name: 'the template fix keeps a comment on the key line',
        code: `${head}  - id: R1\n    consequences: # fylls i\n`,
        findings: [{ location: '$.risks[R1]', range: '5:5-5:17' }],
        output: `${head}  - id: R1\n    consequences: # fylls i\n${template('      ')}`,
      },
      {
        name: 'a value of another type is not overwritten (no fix)',
        code: `${head}  - { id: R1, consequences: integritetsskada }\n`,
        findings: [{ location: '$.risks[R1]', range: '4:15-4:27' }],
      },
    ],
  });
});
