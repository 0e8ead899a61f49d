/**
 * `bra check --format json`: exactly the object of product.md ("The CLI contract"). Lines and columns are 1-based,
 * columns in UTF-16 code units, `end` just after the last character. `data` is always present (`{}` when the
 * finding has none) and `fixable` says whether the finding carries at least one quick-fix.
 */
import type { DocumentKind, Severity } from '../model';
import { countFindings, positions } from './types';
import type { Counts, Formatter } from './types';

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  location: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  data: Record<string, unknown>;
  fixable: boolean;
}

export interface JsonReport {
  tool: { name: 'bra'; version: string };
  asOf: string;
  files: { path: string; kind: DocumentKind; diagnostics: JsonDiagnostic[] }[];
  summary: Counts;
}

export const json: Formatter = (results, ctx) => {
  const pos = positions(results, ctx);
  const report: JsonReport = {
    tool: { name: 'bra', version: ctx.version },
    asOf: ctx.asOf,
    files: results.map((file) => ({
      path: file.path,
      kind: file.kind,
      diagnostics: file.findings.map((f) => {
        const r = pos.region(file.text, f.span);
        return {
          rule: f.rule,
          severity: f.severity,
          message: f.message[ctx.lang],
          location: f.location,
          range: { start: { ...r.start }, end: { ...r.end } },
          data: { ...(f.data ?? {}) },
          fixable: (f.fixes?.length ?? 0) > 0,
        };
      }),
    })),
    summary: countFindings(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
