/** Findings → VS Code diagnostics: offsets to positions, severities, the rule id with its documentation link. */
import * as vscode from 'vscode';
import type { Finding, Lang, Severity, Span } from '../model';
import { pick } from '../i18n';
import { docsUrl } from '../rules';
import { lineStartsOf, positionAt } from '../yaml';

/** Offsets → positions for a text (for files that are not open as documents), on the yaml layer's line table. */
export class LineIndex {
  private readonly lines: { lineStarts: number[] };
  constructor(readonly text: string) {
    this.lines = { lineStarts: lineStartsOf(text) };
  }
  positionAt(offset: number): vscode.Position {
    const p = positionAt(this.lines, Math.max(0, Math.min(offset, this.text.length)));
    return new vscode.Position(p.line - 1, p.column - 1);
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
