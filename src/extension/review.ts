/**
 * "Granska behörighetsändringar… / Review access changes…": the access matrix of a git revision against the
 * working tree (diffAccess), shown as the Markdown a PR comment would get, in a preview of an untitled document.
 * Reads the base with `git cat-file blob` (execFile, no shell; no hooks, fsmonitor, external diff, textconv or filter:
 * nothing from the workspace or its .git/config is executed; src/host/git.ts, as the CLI, security report L1).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LintInput, Resolved } from '../engine';
import { isCheckedFile } from '../engine';
import { joinRef } from '../workspace';
import { diffAccess } from '../diff';
import { formatDiff } from '../diff/format';
import type { Linter } from './diagnostics';
import { gitAsync } from '../host/git';
import type { Settings } from './settings';

/** git through the shared adapter (src/host/git.ts, as the CLI: no hooks, fsmonitor, external diff or pager). */
const git = (cwd: string, args: string[]): Promise<string> => gitAsync(cwd, args, process.env);

/** The base a pull request is usually compared with: the remote's default branch, else main/master, else the upstream. */
async function defaultRef(cwd: string): Promise<string> {
  try {
    const head = (await git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])).trim();
    if (head) return head;
  } catch {
    // no remote default branch recorded
  }
  for (const ref of ['origin/main', 'main', 'origin/master', 'master', '@{upstream}']) {
    try {
      await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return ref;
    } catch {
      // try the next
    }
  }
  return 'HEAD';
}

/** The scheme of the review documents (read-only, in memory). */
export const REVIEW_SCHEME = 'behorighet-review';
const reviews = new Map<string, string>();
let reviewCount = 0;

/** Serves the review documents; registered once by the extension. */
export const reviewContent: vscode.TextDocumentContentProvider = {
  provideTextDocumentContent: (uri) => reviews.get(uri.toString()) ?? '',
};

export async function reviewAccessChanges(linter: Linter, settings: Settings, refArg?: string): Promise<vscode.TextDocument | undefined> {
  const s = settings.get();
  const sv = s.lang === 'sv';
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(sv ? 'Granskningen kräver en lokal mapp med git.' : 'The review needs a local folder with git.');
    return undefined;
  }
  // git runs programs a repository can name (and on Windows may be found in the workspace itself): trusted only
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showErrorMessage(sv ? 'Granskningen kör git och kräver en betrodd arbetsyta.' : 'The review runs git and needs a trusted workspace.');
    return undefined;
  }
  const cwd = folder.uri.fsPath;
  // every git command runs in the workspace folder; paths are repository-relative: the folder's prefix (from git,
  // so a symlinked workspace path does not matter) and the file's path within the folder
  let prefix: string;
  try {
    prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
  } catch (e) {
    void vscode.window.showErrorMessage(`${sv ? 'Ingen git-arkivmapp' : 'No git repository'}: ${(e as Error).message}`);
    return undefined;
  }
  const ref = refArg ?? await vscode.window.showInputBox({
    title: sv ? 'Granska behörighetsändringar' : 'Review access changes',
    prompt: sv ? 'Jämför arbetskopian med denna git-referens' : 'Compare the working tree with this git ref',
    value: await defaultRef(cwd),
  });
  if (!ref) return undefined;
  // a ref is never an option (`--output=…` would make git write files), and it must name a commit
  let known = !ref.startsWith('-');
  if (known) {
    try {
      await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      known = false;
    }
  }
  if (!known) {
    void vscode.window.showErrorMessage(`${sv ? 'Okänd git-referens' : 'Unknown git ref'}: ${ref}`);
    return undefined;
  }
  await linter.scan();
  const head: LintInput[] = [];
  const base: LintInput[] = [];
  for (const p of linter.knownPaths()) {
    const uri = linter.uriOf(p);
    const text = linter.textOf(p);
    if (text === undefined || !linter.isChecked(uri, text)) continue;
    const inner = path.relative(cwd, uri.fsPath).split(path.sep).join('/');
    if (inner.startsWith('../') || path.isAbsolute(inner)) continue; // outside the workspace folder
    const rel = prefix + inner;
    head.push({ path: rel, text });
    try {
      base.push({ path: rel, text: await git(cwd, ['cat-file', 'blob', `${ref}:${rel}`]) });
    } catch {
      // new in the working tree
    }
  }
  // files of the ref that the working tree no longer has (deleted, or renamed: diffAccess pairs them up)
  const have = new Set(head.map((h) => h.path));
  let listed: string[] = [];
  try {
    listed = (await git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-name', ref, '--', '.'])).split('\0');
  } catch {
    // nothing listed: only the files read above are compared
  }
  for (const rel of listed) {
    if (!/\.ya?ml$/i.test(rel) || have.has(rel)) continue;
    try {
      const text = await git(cwd, ['cat-file', 'blob', `${ref}:${rel}`]);
      if (isCheckedFile(rel, text, s.globs)) base.push({ path: rel, text });
    } catch {
      // unreadable: skipped
    }
  }
  const baseTexts = new Map(base.map((b) => [b.path, b.text]));
  const headTexts = new Map(head.map((h) => [h.path, h.text]));
  const resolver = (texts: Map<string, string>) => (from: string, r: string): Resolved => {
    const t = joinRef(from, r);
    const text = texts.get(t);
    return text === undefined ? { error: sv ? 'filen finns inte' : 'file not found' } : { path: t, text };
  };
  try {
    const result = diffAccess({ inputs: base, resolve: resolver(baseTexts) }, { inputs: head, resolve: resolver(headTexts) }, { asOf: s.asOf, config: s.config });
    const md = formatDiff(result, 'markdown', { lang: s.lang, baseLabel: ref, asOf: s.asOf });
    // a read-only virtual document (an untitled one would ask to be saved when closed)
    // each review its own document (the query), the last few kept
    const uri = vscode.Uri.from({ scheme: REVIEW_SCHEME, path: `/${sv ? 'Granskning mot' : 'Review against'} ${ref.replace(/[/\\]/g, '-')}.md`, query: String(++reviewCount) });
    reviews.set(uri.toString(), md);
    for (const k of [...reviews.keys()].slice(0, Math.max(0, reviews.size - 10))) reviews.delete(k);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    return doc;
  } catch (e) {
    void vscode.window.showErrorMessage(`${sv ? 'Granskningen misslyckades' : 'The review failed'}: ${(e as Error).message}`);
    return undefined;
  }
}
