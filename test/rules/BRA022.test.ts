import BRA022 from '../../src/rules/BRA022-high-risk-measures';
import { checkRuleFixtures, ruleTester } from './harness';

const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';
const stub = (indent: string, id: string) =>
  `${indent}measures:\n${indent}  - id: ${id}\n${indent}    description: Beskriv åtgärden som minskar risken (vad som görs, av vem och när).\n${indent}    status: planned\n`;

describe('BRA022 high-risk-measures', () => {
  it('fixtures', () => checkRuleFixtures('BRA022'));

  ruleTester(BRA022, {
    valid: [
      { name: 'medium (2 × 3 = 6) does not fire', code: `${head}  - { id: R1, probability: 2, severity: 3 }\n` },
      { name: 'skipped when BRA018 fires (severity 9)', code: `${head}  - { id: R1, probability: 4, severity: 9 }\n` },
    ],
    invalid: [
      {
        name: 'uses the matrix level (4 × 3: very high), not the stated one (both languages)',
        code: `${head}  - id: R1\n    probability: 4\n    severity: 3\n    level: low\n`,
        findings: [{
          location: '$.risks[R1]',
          range: '4:5-4:11',
          message: 'default',
          text: { sv: 'Risken R1 har nivån mycket hög, men analysen anger inga åtgärder.', en: 'Risk R1 is rated very high, but the analysis states no measures.' },
        }],
        output: `${head}  - id: R1\n    probability: 4\n    severity: 3\n    level: low\n${stub('    ', 'M-R1')}`,
      },
      {
        name: 'high (2 × 4 = 8) fires; a flow map gets a flow measure',
        code: `${head}  - { id: R1, probability: 2, severity: 4 }\n`,
        findings: [{ location: '$.risks[R1]', range: '4:7-4:13' }],
        output: `${head}  - { id: R1, probability: 2, severity: 4, measures: [{ id: M-R1, description: "Beskriv åtgärden som minskar risken (vad som görs, av vem och när).", status: planned }] }\n`,
      },
      {
        name: 'the measure id is unique across the document (M-R1 is taken: M-R1-2)',
        code: `${head}  - id: R0\n    measures:\n      - { id: M-R1, kind: training }\n  - id: R1\n    probability: 3\n    severity: 3\n`,
        findings: [{ location: '$.risks[R1]', range: '7:5-7:11' }],
        output: `${head}  - id: R0\n    measures:\n      - { id: M-R1, kind: training }\n  - id: R1\n    probability: 3\n    severity: 3\n${stub('    ', 'M-R1-2')}`,
      },
    ],
  });
});
