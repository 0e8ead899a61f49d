/**
 * "Exportera rapport… / Export report…": the evidence report (the same as `bra report`) of the analysis that the open
 * file is or belongs to, with its access matrix files, from the texts in the editor (unsaved edits included).
 * One save dialog: `.html` gives the self-contained HTML, `.md` Markdown. Paths in the report are workspace-relative.
 */
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { joinRef, lint } from '../engine';
import type { LintInput, Resolved } from '../engine';
import { renderHtml, renderMarkdown } from '../evidence';
import type { Linter } from './diagnostics';

const T = {
  noFile: { sv: 'Öppna en behovs- och riskanalys (eller dess behörighetsmatris) först.', en: 'Open a needs-and-risk analysis (or its access matrix) first.' },
  notAnalysis: { sv: 'Filen är ingen behovs- och riskanalys som kontrolleras', en: 'The file is not a needs-and-risk analysis that is checked' },
  title: { sv: 'Exportera rapport', en: 'Export report' },
  saved: { sv: 'Rapporten sparades', en: 'The report was saved' },
  open: { sv: 'Öppna', en: 'Open' },
  failed: { sv: 'Rapporten kunde inte sparas', en: 'The report could not be saved' },
  missing: { sv: 'filen finns inte', en: 'file not found' },
};

export interface ExportResult {
  target: vscode.Uri;
  format: 'html' | 'markdown';
  text: string;
}

/** The report text for the group of `uri` (analysis + matrix files), or an error message. */
export function reportText(linter: Linter, uri: vscode.Uri, format: 'html' | 'markdown', o: { lang: Lang; asOf: string; version: string }): string | { error: string } {
  const path = linter.analysisOf(uri.path) ?? uri.path;
  const text = linter.textOf(path);
  if (text === undefined || !linter.isChecked(linter.uriOf(path), text)) return { error: `${T.notAnalysis[o.lang]}: ${path.split('/').pop()}` };
  // with several workspace folders the folder's name leads, so two folders' files never share a path
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const rel = (p: string) => vscode.workspace.asRelativePath(linter.uriOf(p), multiRoot);
  const absOf = new Map<string, string>();
  const input = (p: string, t: string): LintInput => {
    absOf.set(rel(p), p);
    return { path: rel(p), text: t };
  };
  const inputs: LintInput[] = [input(path, text)];
  for (const m of linter.group(path).members) {
    const mt = m === path ? undefined : linter.textOf(m);
    if (mt !== undefined && linter.analysisOf(m) === path) inputs.push(input(m, mt));
  }
  const resolve = (from: string, ref: string): Resolved => {
    const target = joinRef(absOf.get(from) ?? from, ref);
    const t = linter.textOf(target);
    if (t === undefined) return { error: T.missing[o.lang] };
    absOf.set(rel(target), target);
    return { path: rel(target), text: t };
  };
  const s = linter.settings.get();
  const results = lint(inputs, { asOf: o.asOf, config: s.config, resolve });
  const ctx = { lang: o.lang, asOf: o.asOf, version: o.version };
  const ev = { analysis: results[0], matrices: results.slice(1) };
  return format === 'html' ? renderHtml(ev, ctx) : renderMarkdown(ev, ctx);
}

/**
 * The command. `uri` defaults to the active editor's file; `target` (tests, other extensions) skips the dialog.
 * Returns what was written, or undefined when cancelled or refused (with a message to the user).
 */
export async function exportReport(linter: Linter, version: string, uri?: vscode.Uri, target?: vscode.Uri): Promise<ExportResult | undefined> {
  const s = linter.settings.get();
  const lang = s.lang;
  const src = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!src) {
    void vscode.window.showErrorMessage(T.noFile[lang]);
    return undefined;
  }
  const analysisUri = linter.uriOf(linter.analysisOf(src.path) ?? src.path);
  let dest = target;
  if (!dest) {
    const base = analysisUri.path.split('/').pop()!.replace(/(\.bra)?\.ya?ml$/i, '');
    dest = await vscode.window.showSaveDialog({
      title: T.title[lang],
      defaultUri: vscode.Uri.joinPath(analysisUri, '..', `${base}.rapport.html`),
      filters: { HTML: ['html', 'htm'], Markdown: ['md'] },
      saveLabel: T.title[lang],
    });
    if (!dest) return undefined;
  }
  const format = /\.(md|markdown)$/i.test(dest.path) ? 'markdown' : 'html';
  const text = reportText(linter, src, format, { lang, asOf: s.asOf, version });
  if (typeof text !== 'string') {
    void vscode.window.showErrorMessage(text.error);
    return undefined;
  }
  try {
    await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
  } catch (e) {
    void vscode.window.showErrorMessage(`${T.failed[lang]}: ${(e as Error).message}`);
    return undefined;
  }
  const written = dest;
  if (!target) {
    void vscode.window.showInformationMessage(`${T.saved[lang]}: ${vscode.workspace.asRelativePath(written, false)}`, T.open[lang]).then((pick) => {
      if (pick !== T.open[lang]) return;
      if (format === 'html') void vscode.env.openExternal(written);
      else void vscode.commands.executeCommand('markdown.showPreview', written);
    });
  }
  return { target: written, format, text };
}
