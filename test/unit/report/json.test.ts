import * as assert from 'node:assert/strict';
import { json } from '../../../src/report';
import { CTX, results } from './fixtures';

describe('report: json (the shape of product.md)', () => {
  it('prints exactly one object with tool, asOf, files, summary; 1-based ranges; data always present', () => {
    const out = json(results(), CTX);
    assert.ok(out.endsWith('}\n'));
    assert.deepEqual(JSON.parse(out), {
      tool: { name: 'bra', version: '1.2.3' },
      asOf: '2026-12-01',
      files: [
        {
          path: 'samples/vård,data:a.bra.yaml',
          kind: 'analysis',
          diagnostics: [
            { rule: 'BRA004', severity: 'info', message: 'Tvärfunktionellt?', location: '$.document',
              range: { start: { line: 2, column: 1 }, end: { line: 2, column: 9 } }, data: {}, fixable: false },
            { rule: 'schema', severity: 'warning', message: 'Okänd nyckel "note".', location: '$.risks[R1]',
              range: { start: { line: 6, column: 11 }, end: { line: 6, column: 15 } }, data: { keyword: 'additionalProperties' }, fixable: false },
            { rule: 'BRA018', severity: 'error', message: 'Risken "R1" har en ogiltig sannolikhet: 100 % säker?\nRätta värdet.', location: '$.risks[R1]',
              range: { start: { line: 7, column: 18 }, end: { line: 7, column: 19 } }, data: { field: 'probability' }, fixable: true },
          ],
        },
        { path: 'samples/ren.bra.yaml', kind: 'analysis', diagnostics: [] },
        {
          path: 'samples/matris.bra.yaml',
          kind: 'matrix',
          diagnostics: [
            { rule: 'BRA031', severity: 'error', message: 'Behörigheten AM-1 saknar behov.', location: '$.access_matrix[AM-1]',
              // CRLF: the \r belongs to the line before, so line 4 still starts at column 1
              range: { start: { line: 4, column: 5 }, end: { line: 4, column: 13 } }, data: {}, fixable: false },
          ],
        },
      ],
      summary: { error: 2, warning: 1, info: 1 },
    });
  });
  it('messages in English with lang en; no other keys on a diagnostic', () => {
    const o = JSON.parse(json(results(), { ...CTX, lang: 'en' }));
    assert.equal(o.files[0].diagnostics[0].message, 'Cross-functional?');
    for (const f of o.files) for (const d of f.diagnostics) assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'location', 'range', 'data', 'fixable']);
  });
  it('no files → empty list and zero summary', () => {
    assert.deepEqual(JSON.parse(json([], CTX)), { tool: { name: 'bra', version: '1.2.3' }, asOf: '2026-12-01', files: [], summary: { error: 0, warning: 0, info: 0 } });
  });
});
