/** Hand-made FileResults for the formatter tests (no engine: the formatters only need src/model types). */
import type { FileResult, Finding } from '../../../src/model';
import type { ReportContext } from '../../../src/report';

/** Span of the n-th occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`'${needle}' #${n} not in text`);
  }
  return { start: i, end: i + needle.length };
}

export const ANALYSIS_PATH = 'samples/vård,data:a.bra.yaml';
// line 6 has a non-BMP character before the value: columns count UTF-16 code units (the emoji is 2)
export const ANALYSIS_TEXT = [
  'schema_version: "1.0"', // 1
  'document:', //             2
  '  title: Åtgärd', //       3
  'risks:', //                4
  '  - id: R1', //            5
  '    note: "😀" # x', //   6
  '    probability: 9', //    7
  '',
].join('\n');

export const MATRIX_PATH = 'samples/matris.bra.yaml';
export const MATRIX_TEXT = 'schema_version: "1.0"\r\nanalysis: a.bra.yaml\r\naccess_matrix:\r\n  - id: AM-1\r\n    role: lakare\r\n';

const bra018: Finding = {
  rule: 'BRA018',
  severity: 'error',
  message: { sv: 'Risken "R1" har en ogiltig sannolikhet: 100 % säker?\nRätta värdet.', en: 'Risk "R1" has an invalid probability: 100 % sure?\nFix the value.' },
  location: '$.risks[R1]',
  span: spanOf(ANALYSIS_TEXT, '9'),
  data: { field: 'probability' },
  fixes: [{ title: { sv: 'Sätt 3', en: 'Set 3' }, edits: [{ ...spanOf(ANALYSIS_TEXT, '9'), newText: '3' }] }],
  related: [{ span: spanOf(ANALYSIS_TEXT, 'id: R1'), message: { sv: 'Risken definieras här', en: 'The risk is defined here' } }],
};

const schemaWarning: Finding = {
  rule: 'schema',
  severity: 'warning',
  message: { sv: 'Okänd nyckel "note".', en: 'Unknown key "note".' },
  location: '$.risks[R1]',
  span: spanOf(ANALYSIS_TEXT, '"😀"'),
  data: { keyword: 'additionalProperties' },
};

const bra004: Finding = {
  rule: 'BRA004',
  severity: 'info',
  message: { sv: 'Tvärfunktionellt?', en: 'Cross-functional?' },
  location: '$.document',
  span: spanOf(ANALYSIS_TEXT, 'document'),
};

const bra031: Finding = {
  rule: 'BRA031',
  severity: 'error',
  message: { sv: 'Behörigheten AM-1 saknar behov.', en: 'Access AM-1 has no need.' },
  location: '$.access_matrix[AM-1]',
  span: spanOf(MATRIX_TEXT, 'id: AM-1'),
  related: [
    { path: ANALYSIS_PATH, span: spanOf(ANALYSIS_TEXT, 'risks'), message: { sv: 'Analysens risker', en: 'The risks of the analysis' } },
    { path: 'elsewhere/unknown.yaml', span: { start: 3, end: 5 }, message: { sv: 'Okänd fil', en: 'Unknown file' } },
  ],
};

export function results(): FileResult[] {
  return [
    { path: ANALYSIS_PATH, kind: 'analysis', text: ANALYSIS_TEXT, findings: [bra004, schemaWarning, bra018] },
    { path: 'samples/ren.bra.yaml', kind: 'analysis', text: 'schema_version: "1.0"\n', findings: [] },
    { path: MATRIX_PATH, kind: 'matrix', text: MATRIX_TEXT, findings: [bra031] },
  ];
}

export const CTX: ReportContext = { lang: 'sv', asOf: '2026-12-01', version: '1.2.3', cwd: '/repo/vård' };
