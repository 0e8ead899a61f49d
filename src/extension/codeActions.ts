/**
 * Code actions: one quick-fix per fix of a finding (the finding is recovered by re-linting, cached by version, and
 * matching rule + range), "suppress with a reason", "show rule documentation", and the `source.fixAll.bra` action
 * that applies every safe fix that does not overlap another.
 */
import * as vscode from 'vscode';
import type { Finding, Lang, TextEdit } from '../model';
import { pick } from '../i18n';
import { ruleMeta } from '../rules';
import type { Linter } from './diagnostics';
import { ruleOf, toRange } from './convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('bra');

const T = {
  suppress: { sv: 'Undertryck {rule} med motivering…', en: 'Suppress {rule} with a reason…' },
  docs: { sv: 'Visa regeldokumentation för {rule}', en: 'Show rule documentation for {rule}' },
  fixAll: { sv: 'Åtgärda alla säkra problem (bra)', en: 'Fix all safe problems (bra)' },
};

export function text(t: { sv: string; en: string }, lang: Lang, rule = ''): string {
  return pick(t, lang).replace('{rule}', rule);
}

function workspaceEdit(uri: vscode.Uri, doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uri, toRange(doc, e), e.newText);
  return we;
}

/** The findings behind a diagnostic: same rule, same range. */
export function findingsOf(doc: vscode.TextDocument, findings: Finding[], d: vscode.Diagnostic): Finding[] {
  const rule = ruleOf(d);
  return findings.filter((f) => f.rule === rule && toRange(doc, f.span).isEqual(d.range));
}

/** Every safe fix, first come first served, skipping fixes that overlap an earlier one (or each other's edits). */
export function safeEdits(findings: Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end) || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);
  for (const f of findings) {
    const fix = (f.fixes ?? []).find((x) => x.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

/**
 * The line to insert above the finding's line, with that line's indentation: `# bra-disable-next-line <ID> -- `.
 * The reason is left for the user to type (the cursor goes there): until then the engine reports the suppression
 * as one without a reason, which is the point of a mandatory reason.
 */
export function suppressionEdit(doc: vscode.TextDocument, f: Finding, _lang?: Lang): { edit: vscode.TextEdit; reason: vscode.Range } {
  const line = doc.lineAt(doc.positionAt(f.span.start).line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const prefix = `${indent}# bra-disable-next-line ${f.rule} -- `;
  const at = new vscode.Position(line.lineNumber, 0);
  return {
    edit: vscode.TextEdit.insert(at, `${prefix}${doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}`),
    // after the insert, the comment is on the finding's former line number
    reason: new vscode.Range(line.lineNumber, prefix.length, line.lineNumber, prefix.length),
  };
}

export class CodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  /** Doc file names bundled under docs/rules/ (filled at activation); until then, the catalogue rules are assumed. */
  bundledDocs: Set<string> | undefined;

  constructor(private readonly linter: Linter, private readonly lang: () => Lang) {}

  private hasDoc(rule: string): boolean {
    const meta = ruleMeta(rule);
    if (!meta) return false;
    return this.bundledDocs ? this.bundledDocs.has(meta.doc) : /^BRA\d{3}$/.test(rule);
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const lang = this.lang();
    const only = ctx.only;
    if (only && FIX_ALL_KIND.intersects(only) && !vscode.CodeActionKind.QuickFix.intersects(only)) {
      const fa = this.fixAll(doc);
      return fa ? [fa] : [];
    }
    const out: vscode.CodeAction[] = [];
    const mine = ctx.diagnostics.filter((d) => d.source === 'bra');
    if (mine.length === 0) return out;
    const findings = this.linter.findings(doc);
    const docsShown = new Set<string>();
    for (const d of mine) {
      const rule = ruleOf(d);
      if (!rule) continue;
      for (const f of findingsOf(doc, findings, d)) {
        for (const fix of f.fixes ?? []) {
          const a = new vscode.CodeAction(pick(fix.title, lang), vscode.CodeActionKind.QuickFix);
          a.edit = workspaceEdit(doc.uri, doc, fix.edits);
          a.diagnostics = [d];
          a.isPreferred = fix.preferred === true;
          out.push(a);
        }
      }
      const f = findingsOf(doc, findings, d)[0];
      if (f) {
        const s = suppressionEdit(doc, f, lang);
        const a = new vscode.CodeAction(text(T.suppress, lang, rule), vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.set(doc.uri, [s.edit]);
        a.diagnostics = [d];
        // the cursor where the reason is to be typed
        a.command = { command: 'behorighet.selectRange', title: '', arguments: [doc.uri, s.reason] };
        out.push(a);
      }
      if (!docsShown.has(rule) && this.hasDoc(rule)) {
        docsShown.add(rule);
        const a = new vscode.CodeAction(text(T.docs, lang, rule), vscode.CodeActionKind.QuickFix);
        a.command = { command: 'behorighet.showRuleDocumentation', title: a.title, arguments: [rule] };
        a.diagnostics = [d];
        out.push(a);
      }
    }
    if (!only) {
      const fa = this.fixAll(doc);
      if (fa) out.push(fa);
    }
    return out;
  }

  fixAll(doc: vscode.TextDocument): vscode.CodeAction | undefined {
    const edits = safeEdits(this.linter.findings(doc));
    if (edits.length === 0) return undefined;
    const a = new vscode.CodeAction(text(T.fixAll, this.lang()), FIX_ALL_KIND);
    a.edit = workspaceEdit(doc.uri, doc, edits);
    return a;
  }
}
