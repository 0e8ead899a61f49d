/** Findings → VS Code diagnostics: offsets to positions, severities, the rule id with its documentation link. */
import * as vscode from 'vscode';
import type { Finding, Lang, Severity, Span } from '../model';
import { pick } from '../i18n';
import { docsUrl } from '../rules';

/** Offsets → positions for a text (for files that are not open as documents). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  positionAt(offset: number): vscode.Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, o - this.starts[lo]);
  }
  range(span: Span): vscode.Range {
    return new vscode.Range(this.positionAt(span.start), this.positionAt(span.end));
  }
}

export interface Positions {
  positionAt(offset: number): vscode.Position;
}

export function toRange(doc: Positions, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return SEVERITY[s];
}

/**
 * One diagnostic per finding. `related` paths are resolved with `uriOf`; their positions with `positionsOf`
 * (undefined when that file's text is unknown, then the related entry is left out).
 */
export function toDiagnostic(f: Finding, doc: Positions, uri: vscode.Uri, lang: Lang,
  uriOf: (path: string) => vscode.Uri, positionsOf: (path: string) => Positions | undefined): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, f.span), pick(f.message, lang), toSeverity(f.severity));
  d.source = 'bra';
  d.code = { value: f.rule, target: vscode.Uri.parse(docsUrl(f.rule)) };
  const related = (f.related ?? []).flatMap((r) => {
    const target = r.path === undefined ? uri : uriOf(r.path);
    const pos = r.path === undefined ? doc : positionsOf(r.path);
    return pos ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(target, toRange(pos, r.span)), pick(r.message, lang))] : [];
  });
  if (related.length) d.relatedInformation = related;
  return d;
}

/** The rule id of a diagnostic (its `code`). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
