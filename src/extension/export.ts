/**
 * "Exportera rapport… / Export report…": the evidence report (the same as `bra report`) of the analysis that the open
 * file is or belongs to, with its access matrix files, from the texts in the editor (unsaved edits included).
 * One save dialog: `.html` gives the self-contained HTML, `.md` Markdown. Paths in the report are workspace-relative.
 */
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { lint } from '../engine';
import { joinRef } from '../workspace';
import type { LintInput, Resolved } from '../engine';
import { renderHtml, renderMarkdown } from '../evidence';
import type { FileState, Provenance } from '../evidence';
import type { Linter } from './diagnostics';
import { gitAsync } from '../host/git';
import { blobState, lsTreeArgs, lsTreeBlobs, sha256 } from '../host/provenance';

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
export function reportText(linter: Linter, uri: vscode.Uri, format: 'html' | 'markdown', o: { lang: Lang; asOf: string; version: string; provenance?: Provenance }): string | { error: string } {
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
  const ctx = { lang: o.lang, asOf: o.asOf, version: o.version, provenance: o.provenance };
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
  const provenance = await reportProvenance(linter, src);
  const text = reportText(linter, src, format, { lang, asOf: s.asOf, version, provenance });
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

// -----------------------------------------------------------------------------------------------------------------
// provenance: the SHA-256 of each file the report is made from and the git commit of the analysis's repository

/** git through the shared adapter (src/host/git.ts: no hooks, fsmonitor, external diff or pager; clean environment). */
const git = (cwd: string, args: string[]): Promise<string> => gitAsync(cwd, args, process.env, 64 * 1024 * 1024);


/**
 * What the report of `uri`'s group is made from: each file's SHA-256 (of the bytes on disk; of the editor's text,
 * marked unsaved, when the editor holds changes not saved) and the commit HEAD names, with each file's state against
 * it (its bytes hashed as a git blob and compared with the blob `git ls-tree` names; `git status` is not run since
 * it may run a repository's filters). git runs only in a trusted workspace, on files on disk.
 */
export async function reportProvenance(linter: Linter, uri: vscode.Uri): Promise<Provenance> {
  const path = linter.analysisOf(uri.path) ?? uri.path;
  const paths = [path, ...linter.group(path).members.filter((m) => m !== path && linter.analysisOf(m) === path && linter.textOf(m) !== undefined)];
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const files = await Promise.all(
    paths.map(async (p) => {
      const u = linter.uriOf(p);
      const text = linter.textOf(p) ?? '';
      let disk: Uint8Array | undefined;
      try {
        disk = await vscode.workspace.fs.readFile(u);
      } catch {
        disk = undefined;
      }
      const same = disk !== undefined && new TextDecoder('utf-8').decode(disk).replace(/^\uFEFF/, '') === text;
      const bytes = same ? disk! : new TextEncoder().encode(text);
      return { uri: u, bytes, saved: same, path: vscode.workspace.asRelativePath(u, multiRoot) };
    }),
  );
  const out: Provenance = {
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes), ...(f.saved ? {} : { state: 'unsaved' as FileState }) })),
    generatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const first = files[0].uri;
  if (first.scheme !== 'file') return { ...out, noGit: 'not-a-repository' };
  if (!vscode.workspace.isTrusted) return { ...out, noGit: 'untrusted' };
  const dir = nodePath.dirname(first.fsPath);
  let root: string;
  try {
    root = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (e) {
    const err = e as Error & { code?: unknown };
    if (err.code === 'ENOENT') return { ...out, noGit: 'no-git' };
    if (/not a git repository/i.test(err.message)) return { ...out, noGit: 'not-a-repository' };
    return { ...out, noGit: 'failed', detail: err.message };
  }
  let commit: string;
  try {
    commit = (await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
  } catch {
    commit = '';
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return { ...out, noGit: 'no-commits' };
  out.commit = commit;
  // each file's path in the repository as git sees it (symbolic links in the folder resolved by git)
  const rel = await Promise.all(
    files.map(async (f) => {
      if (f.uri.scheme !== 'file') return undefined;
      try {
        const d = nodePath.dirname(f.uri.fsPath);
        const [top, prefix] = (await git(d, ['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n');
        return top.trim() === root ? `${prefix.trim()}${nodePath.basename(f.uri.fsPath)}` : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  let blobs = new Map<string, string>();
  const args = lsTreeArgs(commit, rel);
  try {
    if (args) blobs = lsTreeBlobs(await git(root, args));
  } catch {
    /* every file then counts as not committed */
  }
  out.files.forEach((f, i) => {
    if (f.state === 'unsaved') return;
    f.state = blobState(files[i].bytes, rel[i] === undefined ? undefined : blobs.get(rel[i]!), commit);
  });
  return out;
}
