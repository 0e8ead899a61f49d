/**
 * Two commands for getting started and for asking the matrix:
 * - "Ny behovs- och riskanalys… / New needs-and-risk analysis…": asks for a folder and a name, writes the skeleton of
 *   src/start (the same as `bra init`) and opens the analysis. Refuses to overwrite existing files.
 * - "Vem får se vad?… / Who can see what?…": quick picks for role, system, data category and patients, then the answer
 *   of src/query (the same as `bra fråga`) in a read-only Markdown document.
 * Tests (and other extensions) pass the choices as arguments instead of the dialogs.
 */
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { skeleton } from '../start';
import { PATIENT_SCOPES, answer, checkQuestion, queryContext } from '../query';
import type { Answer, Question, SourceFile } from '../query';
import { formatMarkdown } from '../query/format';
import { DATA_CATEGORY, PATIENT_SCOPE } from '../domain/labels';
import type { Linter } from './diagnostics';

const T = {
  pickFolder: { sv: 'Välj mapp för analysen', en: 'Choose the folder of the analysis' },
  name: { sv: 'Verksamhetens namn (t.ex. Vårdcentralen Solgläntan)', en: "The organisation's name (e.g. Vårdcentralen Solgläntan)" },
  exists: { sv: 'finns redan; inget skrevs. Välj en annan mapp eller ett annat namn.', en: 'exists already; nothing was written. Choose another folder or name.' },
  written: { sv: 'Analysen och behörighetsmatrisen skapades. Fynden i Problem säger vad som ska fyllas i.', en: 'The analysis and the access matrix were created. The findings in Problems say what to fill in.' },
  failed: { sv: 'Filerna kunde inte skrivas', en: 'The files could not be written' },
  noFile: { sv: 'Öppna en behovs- och riskanalys (eller dess behörighetsmatris) först.', en: 'Open a needs-and-risk analysis (or its access matrix) first.' },
  unreadable: { sv: 'Analysen kan inte läsas', en: 'The analysis cannot be read' },
  role: { sv: 'Vilken roll?', en: 'Which role?' },
  system: { sv: 'I vilket system?', en: 'In which system?' },
  category: { sv: 'Vilken kategori av uppgifter?', en: 'Which data category?' },
  patients: { sv: 'Vilka patienter?', en: 'Which patients?' },
  title: { sv: 'Vem får se vad', en: 'Who can see what' },
};

/** Write the skeleton into `folder` (asked when absent) under `name` (asked when absent); open the analysis. */
export async function newAnalysis(lang: Lang, folderArg?: vscode.Uri, nameArg?: string): Promise<vscode.Uri | undefined> {
  let folder = folderArg;
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: T.pickFolder[lang], title: T.pickFolder[lang],
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    folder = picked?.[0];
    if (!folder) return undefined;
  }
  const name = nameArg ?? (await vscode.window.showInputBox({ prompt: T.name[lang], placeHolder: 'Vårdcentralen Solgläntan', ignoreFocusOut: true }));
  if (name === undefined) return undefined;
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  const s = skeleton({ lang, name: name.trim() || undefined, today: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` });
  const files = [s.analysis, s.matrix].map((f) => ({ uri: vscode.Uri.joinPath(folder!, f.name), text: f.text }));
  for (const f of files) {
    try {
      await vscode.workspace.fs.stat(f.uri);
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(f.uri)} ${T.exists[lang]}`);
      return undefined;
    } catch {
      /* absent: fine */
    }
  }
  try {
    await vscode.workspace.fs.createDirectory(folder);
    for (const f of files) await vscode.workspace.fs.writeFile(f.uri, new TextEncoder().encode(f.text));
  } catch (e) {
    void vscode.window.showErrorMessage(`${T.failed[lang]}: ${(e as Error).message}`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(files[0].uri);
  await vscode.window.showTextDocument(doc);
  void vscode.window.showInformationMessage(T.written[lang]);
  return files[0].uri;
}

export const QUERY_SCHEME = 'behorighet-query';
const answers = new Map<string, string>();
let queryCount = 0;

/** Serves the answer documents; registered once by the extension. */
export const queryContent: vscode.TextDocumentContentProvider = {
  provideTextDocumentContent: (uri) => answers.get(uri.toString()) ?? '',
};

async function pick<T>(items: (vscode.QuickPickItem & { value: T })[], title: string): Promise<T | undefined> {
  const r = await vscode.window.showQuickPick(items, { title, placeHolder: title, matchOnDescription: true });
  return r?.value;
}

/**
 * Answer a question about the analysis of `uriArg` (default: the active editor's file). Without `question`, quick
 * picks ask for it. Returns the answer and the read-only document it is shown in.
 */
export async function whoCanSee(linter: Linter, lang: Lang, asOf: string, uriArg?: vscode.Uri, question?: Question): Promise<{ answer: Answer; document: vscode.TextDocument } | undefined> {
  const uri = uriArg ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showErrorMessage(T.noFile[lang]);
    return undefined;
  }
  const path = linter.analysisOf(uri.path) ?? uri.path;
  const text = linter.textOf(path) ?? (await readText(uri));
  if (text === undefined) {
    void vscode.window.showErrorMessage(T.noFile[lang]);
    return undefined;
  }
  const rel = (p: string) => vscode.workspace.asRelativePath(linter.uriOf(p), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  const matrices: SourceFile[] = [];
  for (const m of linter.group(path).members) {
    const mt = m === path ? undefined : linter.textOf(m);
    if (mt !== undefined && linter.analysisOf(m) === path) matrices.push({ path: rel(m), text: mt });
  }
  const ctx = queryContext({ path: rel(path), text }, matrices);
  if (ctx.problems.length > 0) {
    void vscode.window.showErrorMessage(`${T.unreadable[lang]}: ${ctx.problems[0].path}: ${ctx.problems[0].message[lang]}`);
    return undefined;
  }
  const { m } = ctx;
  let q = question;
  if (!q) {
    const desc = (v: Record<string, unknown>) => (typeof v.label === 'string' ? v.label : typeof v.name === 'string' ? v.name : undefined);
    const role = await pick(m.roles.filter((r) => r.id).map((r) => ({ label: r.id!, description: desc(r.v), value: r.id! })), T.role[lang]);
    if (role === undefined) return undefined;
    const system = await pick(m.systems.filter((s) => s.id).map((s) => ({ label: s.id!, description: desc(s.v), value: s.id! })), T.system[lang]);
    if (system === undefined) return undefined;
    const category = await pick(
      m.dataCategories.filter((c) => c.id && c.v.present !== false).map((c) => ({ label: c.id!, description: desc(c.v) ?? DATA_CATEGORY[c.id!]?.[lang], value: c.id! })),
      T.category[lang],
    );
    if (category === undefined) return undefined;
    const patients = await pick(PATIENT_SCOPES.filter((p) => p !== 'none').map((p) => ({ label: PATIENT_SCOPE[p][lang], description: p, value: p })), T.patients[lang]);
    if (patients === undefined) return undefined;
    q = { role, system, category, patients };
  }
  const bad = checkQuestion(m, q);
  if (bad) {
    void vscode.window.showErrorMessage(bad.message[lang]);
    return undefined;
  }
  const a = answer(ctx, q, asOf);
  const doc = vscode.Uri.from({ scheme: QUERY_SCHEME, path: `/${T.title[lang]} – ${q.role}, ${q.system}, ${q.category}.md`, query: String(++queryCount) });
  answers.set(doc.toString(), formatMarkdown(a, lang));
  for (const k of [...answers.keys()].slice(0, Math.max(0, answers.size - 10))) answers.delete(k);
  const td = await vscode.workspace.openTextDocument(doc);
  await vscode.commands.executeCommand('markdown.showPreview', td.uri);
  return { answer: a, document: td };
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
