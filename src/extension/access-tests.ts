/**
 * Access tests (`*.access-tests.yaml`) in the editor: the same findings as `bra check` (src/query/access-tests.ts),
 * live as the tests file is edited and whenever its analysis or matrix is re-linted.
 */
import * as vscode from 'vscode';
import type { Bilingual } from '../model';
import { bi, formatBoth } from '../i18n';
import { queryContext } from '../query';
import type { QueryContext, SourceFile } from '../query';
import { ACCESS_TESTS_FILE, readAccessTests, runAccessTests } from '../query/access-tests';
import type { Linter } from './diagnostics';
import { LineIndex, toDiagnostic } from './convert';

export class AccessTests implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('bra-access-tests');
  private readonly sub: vscode.Disposable;

  constructor(private readonly linter: Linter) {
    // an edit of an analysis or matrix can change the answers: re-run the open tests
    this.sub = linter.onDidLint(() => {
      for (const d of vscode.workspace.textDocuments) if (AccessTests.is(d)) void this.check(d);
    });
  }

  static is(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme !== 'git' && ACCESS_TESTS_FILE.test(doc.uri.path);
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }

  closed(doc: vscode.TextDocument): void {
    this.collection.delete(doc.uri);
  }

  private async text(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  async check(doc: vscode.TextDocument): Promise<void> {
    if (!AccessTests.is(doc)) return;
    const s = this.linter.settings.get();
    const text = doc.getText();
    const version = doc.version;
    const file = readAccessTests(text);
    const uris = new Map<string, vscode.Uri>();
    const rel = (u: vscode.Uri) => {
      const p = vscode.workspace.asRelativePath(u, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
      uris.set(p, u);
      return p;
    };
    const dir = vscode.Uri.joinPath(doc.uri, '..');
    let ctx: QueryContext | { error: Bilingual } = { error: bi('', '') };
    if (file.analysis !== undefined) {
      const aUri = vscode.Uri.joinPath(dir, file.analysis);
      const aText = await this.text(aUri);
      if (aText === undefined) {
        ctx = { error: formatBoth({ sv: "Kan inte läsa '{f}': filen finns inte", en: "Cannot read '{f}': no such file" }, { f: file.analysis }) };
      } else {
        const matrices: SourceFile[] = [];
        if (file.matrices) {
          for (const m of file.matrices) {
            const u = vscode.Uri.joinPath(dir, m);
            const t = await this.text(u);
            if (t !== undefined) matrices.push({ path: rel(u), text: t });
          }
        } else {
          for (const m of this.linter.group(aUri.path).members) {
            if (m === aUri.path || this.linter.analysisOf(m) !== aUri.path) continue;
            const t = this.linter.textOf(m);
            if (t !== undefined) matrices.push({ path: rel(this.linter.uriOf(m)), text: t });
          }
        }
        ctx = queryContext({ path: rel(aUri), text: aText }, matrices);
      }
    }
    const over = s.config.rules ?? {};
    const findings = runAccessTests(file, ctx, s.asOf).flatMap((f) => (over[f.rule] === 'off' ? [] : over[f.rule] ? [{ ...f, severity: over[f.rule] as typeof f.severity }] : [f]));
    if (doc.version !== version || doc.isClosed) return;
    const texts = new Map<string, LineIndex>();
    const positionsOf = (p: string) => {
      const u = uris.get(p);
      if (!u) return undefined;
      let li = texts.get(p);
      if (!li) {
        const t = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString())?.getText() ?? this.linter.textOf(u.path);
        if (t === undefined) return undefined;
        li = new LineIndex(t);
        texts.set(p, li);
      }
      return li;
    };
    this.collection.set(doc.uri, findings.map((f) => toDiagnostic(f, doc, doc.uri, s.lang, (p) => uris.get(p) ?? doc.uri, positionsOf)));
  }
}
