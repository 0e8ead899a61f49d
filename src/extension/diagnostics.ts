/**
 * Live diagnostics: lint as you type (debounced, cached by document version, one parse cache per document), a
 * workspace scan of the checked files on start and on file changes, and the matrix ↔ analysis pairing (a matrix
 * file and its analysis are linted together, so each revalidates the other).
 *
 * Paths given to the engine are `uri.path` (posix); `uriOf` maps them back with the workspace's scheme.
 */
import * as nodePath from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { FileResult, Finding } from '../model';
import { isCheckedFile, lint } from '../engine';
import { analysisTarget, joinRef } from '../workspace';
import type { LintInput, Resolved } from '../engine';
import { parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { LineIndex, toDiagnostic } from './convert';
import type { Positions } from './convert';
import type { Effective, Settings } from './settings';
import type { WorkerReply, WorkerRequest } from './worker';

const DEBOUNCE_MS = 75;
/** Documents longer than this are linted on a later turn of the event loop, never inside the change event. */
const LARGE_LINES = 20000;
/**
 * Groups of files with more text than this are linted in a worker thread (dist/worker.js), after a longer pause in
 * typing, and never parsed on the extension host (language features are off for them): the host never waits on them.
 */
export const HUGE_CHARS = 2_500_000;
const HUGE_DEBOUNCE_MS = 600;
/** A worker lint that takes longer than this is stopped, with a diagnostic that says so. */
const WORKER_TIMEOUT_MS = 120_000;
const SCAN_GLOB = '**/*.bra.{yaml,yml}';

export interface Result {
  /** The text linted (equal to the document's text at `version`). */
  text: string;
  version?: number;
  result: FileResult;
}

export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('bra');
  /** Parse cache by path (the engine re-parses only the edited list item). */
  readonly cache = new Map<string, ParsedDoc>();
  /** Texts of files that are not open (read with workspace.fs). */
  private readonly files = new Map<string, string>();
  /** Running worker lints by group key (a newer lint of the same group stops the older one). */
  private readonly workers = new Map<string, Worker>();
  /** Files deleted on disk while a (saved) document of theirs is still open: they are gone for the checks. */
  private readonly gone = new Set<string>();
  /** Uris by path, as seen. */
  private readonly uris = new Map<string, vscode.Uri>();
  /** Matrix file path → the path of its analysis. */
  private readonly matrixOf = new Map<string, string>();
  private readonly results = new Map<string, Result>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<string[]>();
  /** Fires with the paths whose findings changed. */
  readonly onDidLint = this.emitter.event;

  constructor(readonly settings: Settings) {}

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.workers.values()) void w.terminate();
    this.workers.clear();
    this.collection.dispose();
    this.emitter.dispose();
  }

  uriOf(path: string): vscode.Uri {
    const known = this.uris.get(path);
    if (known) return known;
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return base.with({ path });
  }

  private openDoc(path: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.path === path && !d.isClosed && d.uri.scheme !== 'git');
  }

  /** The current text of a path: the open document, else the file as last read. */
  textOf(path: string): string | undefined {
    const doc = this.openDoc(path);
    if (this.gone.has(path)) return doc?.isDirty ? doc.getText() : undefined;
    return doc?.getText() ?? this.files.get(path);
  }

  positionsOf(path: string): Positions | undefined {
    const d = this.openDoc(path);
    if (d) return d;
    const t = this.files.get(path);
    return t === undefined ? undefined : new LineIndex(t);
  }

  /** Whether the product checks this file (globs relative to the workspace, or sniffed content). */
  isChecked(uri: vscode.Uri, text: string): boolean {
    const rel = vscode.workspace.asRelativePath(uri, false);
    return isCheckedFile(rel, text, this.settings.get().globs) || isCheckedFile(uri.path, text, this.settings.get().globs);
  }

  private async read(uri: vscode.Uri): Promise<string | undefined> {
    this.uris.set(uri.path, uri);
    const open = this.openDoc(uri.path);
    if (open) return this.textOf(uri.path);
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      this.files.set(uri.path, text);
      this.gone.delete(uri.path);
      return text;
    } catch {
      this.files.delete(uri.path);
      return undefined;
    }
  }

  private note(path: string, text: string): void {
    const target = analysisTarget(path, text);
    if (target !== undefined) this.matrixOf.set(path, target);
    else this.matrixOf.delete(path);
  }

  /** The paths linted together with `path`: an analysis and every matrix file that refers to it. */
  group(path: string): { analysis?: string; members: string[] } {
    const analysis = this.matrixOf.get(path) ?? path;
    const matrices = [...this.matrixOf].filter(([, a]) => a === analysis).map(([m]) => m);
    const members = [...new Set([analysis, ...matrices, path])];
    return { analysis, members };
  }

  /** Analysis of a matrix file (its path), when it is one. */
  analysisOf(path: string): string | undefined {
    return this.matrixOf.get(path);
  }

  /** Lint the group of `path` synchronously from the texts at hand; sets the diagnostics of every checked member. */
  private lintGroup(path: string): void {
    const { members } = this.group(path);
    const s = this.settings.get();
    const inputs: LintInput[] = [];
    const versions = new Map<string, number | undefined>();
    for (const m of members) {
      const text = this.textOf(m);
      if (text === undefined) continue;
      this.note(m, text);
      const checked = this.isChecked(this.uriOf(m), text);
      inputs.push({ path: m, text, report: checked });
      versions.set(m, this.openDoc(m)?.version);
    }
    if (!inputs.some((i) => i.report !== false)) {
      for (const m of members) this.clear(m);
      return;
    }
    const missing = s.lang === 'sv' ? 'filen finns inte' : 'file not found';
    if (this.isHuge(inputs)) {
      void this.lintInWorker(members, inputs, versions, s, missing);
      return;
    }
    const resolve = (from: string, ref: string): Resolved => {
      const target = joinRef(from, ref);
      const text = this.textOf(target);
      return text === undefined ? { error: missing } : { path: target, text };
    };
    this.publish(inputs, versions, lint(inputs, { asOf: s.asOf, config: s.config, resolve, cache: this.cache }), s);
  }

  private isHuge(inputs: { text: string }[]): boolean {
    return inputs.reduce((n, i) => n + i.text.length, 0) > HUGE_CHARS;
  }

  /** Whether the group of `path` is linted in the worker (and not parsed on the extension host). */
  private groupIsHuge(path: string): boolean {
    return this.isHuge(this.group(path).members.map((m) => ({ text: this.textOf(m) ?? '' })));
  }

  /** The lint of a very large group in a worker thread; the diagnostics are set when it answers (unless superseded). */
  private async lintInWorker(members: string[], inputs: LintInput[], versions: Map<string, number | undefined>, s: Effective, missing: string): Promise<void> {
    const key = members[0]; // the analysis: a newer lint of it stops the older one, even when the group has changed
    const texts: Record<string, string> = {};
    for (const i of inputs) texts[i.path] = i.text;
    // the analysis a member refers to (lintGroup has noted every member)
    for (const i of inputs) {
      const target = this.matrixOf.get(i.path);
      const t = target === undefined ? undefined : this.textOf(target);
      if (target !== undefined && t !== undefined) texts[target] = t;
    }
    void this.workers.get(key)?.terminate();
    const worker = new Worker(nodePath.join(__dirname, 'worker.js'));
    this.workers.set(key, worker);
    const reply = await new Promise<WorkerReply | 'timeout' | 'stopped'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), WORKER_TIMEOUT_MS);
      const done = (r: WorkerReply | 'stopped') => {
        clearTimeout(timer);
        resolve(r);
      };
      worker.once('message', (r: WorkerReply) => done(r));
      worker.once('error', (e) => done({ error: e.message }));
      worker.once('exit', () => done('stopped'));
      const req: WorkerRequest = { inputs, texts, options: { asOf: s.asOf, config: s.config }, missing };
      worker.postMessage(req);
    });
    if (this.workers.get(key) !== worker) return; // a newer lint of the group has started
    this.workers.delete(key);
    void worker.terminate();
    if (reply === 'timeout' || reply === 'stopped' || 'error' in reply) {
      const sv = s.lang === 'sv';
      const error = reply === 'stopped' ? (sv ? 'kontrolltråden avslutades' : 'the checking thread exited') : reply === 'timeout' ? '' : reply.error;
      const why = reply === 'timeout'
        ? (sv ? `Kontrollen avbröts efter ${WORKER_TIMEOUT_MS / 1000} s` : `The check was stopped after ${WORKER_TIMEOUT_MS / 1000} s`)
        : (sv ? `Kontrollen misslyckades: ${error}` : `The check failed: ${error}`);
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `${why}. ${sv ? 'Kör bra check på filen.' : 'Run bra check on the file.'}`, vscode.DiagnosticSeverity.Warning);
      d.source = 'bra';
      for (const i of inputs) if (i.report !== false) this.collection.set(this.uriOf(i.path), [d]);
      return;
    }
    // texts that changed meanwhile get their own lint from the change event
    if (inputs.some((i) => this.textOf(i.path) !== i.text)) return;
    this.publish(inputs, versions, reply.results, s);
  }

  /** Store results and set the diagnostics of every linted file. */
  private publish(inputs: LintInput[], versions: Map<string, number | undefined>, results: FileResult[], s: Effective): void {
    const changed: string[] = [];
    for (const r of results) {
      const input = inputs.find((i) => i.path === r.path)!;
      this.results.set(r.path, { text: input.text, version: versions.get(r.path), result: r });
      const uri = this.uriOf(r.path);
      const pos = this.positionsOf(r.path) ?? new LineIndex(input.text);
      this.collection.set(uri, r.findings.map((f) => toDiagnostic(f, pos, uri, s.lang, (p) => this.uriOf(p), (p) => this.positionsOf(p))));
      changed.push(r.path);
    }
    this.emitter.fire(changed);
  }

  private clear(path: string): void {
    this.results.delete(path);
    this.collection.delete(this.uriOf(path));
  }

  /** Load what the group of `path` needs (the analysis of a matrix file), then lint it. */
  async validate(uri: vscode.Uri): Promise<void> {
    const text = await this.read(uri);
    if (text === undefined) {
      this.clear(uri.path);
      return;
    }
    this.note(uri.path, text);
    const { members } = this.group(uri.path);
    for (const m of members) if (this.textOf(m) === undefined) await this.read(this.uriOf(m));
    const doc = this.openDoc(uri.path);
    if (doc && doc.lineCount > LARGE_LINES) await new Promise((r) => setImmediate(r));
    this.lintGroup(uri.path);
  }

  /** Debounced validation of a document after an edit. */
  schedule(doc: vscode.TextDocument): void {
    if (!this.isChecked(doc.uri, doc.getText()) && !this.matrixOf.has(doc.uri.path) && !this.isAnalysisOfAMatrix(doc.uri.path)) {
      if (this.results.has(doc.uri.path)) this.clear(doc.uri.path);
      return;
    }
    this.uris.set(doc.uri.path, doc.uri);
    const key = doc.uri.path;
    const prev = this.timers.get(key);
    if (prev) clearTimeout(prev);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.validate(doc.uri).catch(() => undefined);
    }, doc.getText().length > HUGE_CHARS ? HUGE_DEBOUNCE_MS : DEBOUNCE_MS));
  }

  private isAnalysisOfAMatrix(path: string): boolean {
    return [...this.matrixOf.values()].includes(path);
  }

  /** The findings of an open document at its current version (re-lints synchronously when stale). */
  findings(doc: vscode.TextDocument): Finding[] {
    const r = this.results.get(doc.uri.path);
    if (r && (r.version === doc.version || r.text === doc.getText())) return r.result.findings;
    if (!this.isChecked(doc.uri, doc.getText())) return [];
    this.uris.set(doc.uri.path, doc.uri);
    // a very large group is linted in the worker (its change event has started that): findings of an older text
    // would put fixes at the wrong offsets, so there are none until the worker has answered
    if (this.groupIsHuge(doc.uri.path)) return [];
    this.lintGroup(doc.uri.path);
    return this.results.get(doc.uri.path)?.result.findings ?? [];
  }

  /** Parsed text of an open document or a known file (from the engine's cache when current). */
  parsed(path: string): ParsedDoc | undefined {
    const text = this.textOf(path);
    if (text === undefined) return undefined;
    const c = this.cache.get(path);
    if (c && (c.source ?? c.text) === text) return c; // (source: the text as written, when lone CRs were read as LF)
    // a file of a very large group is not parsed on the extension host (its lint runs in a worker): no features
    if (this.groupIsHuge(path)) return undefined;
    return parse(text);
  }

  /** Scan the workspace: every file of the globs and `**\/*.bra.{yaml,yml}`, then lint each group once. */
  async scan(): Promise<void> {
    const globs = [...new Set([SCAN_GLOB, ...this.settings.get().globs])];
    const found = new Map<string, vscode.Uri>();
    for (const g of globs) {
      for (const u of await vscode.workspace.findFiles(g, '**/node_modules/**')) found.set(u.toString(), u);
    }
    for (const d of vscode.workspace.textDocuments) if (/\.ya?ml$/i.test(d.uri.path) && d.uri.scheme !== 'git') found.set(d.uri.toString(), d.uri);
    for (const u of found.values()) {
      const t = await this.read(u);
      if (t !== undefined) this.note(u.path, t);
    }
    const done = new Set<string>();
    for (const u of found.values()) {
      const g = this.group(u.path);
      const key = g.members.slice().sort().join('\n');
      if (done.has(key)) continue;
      done.add(key);
      await this.validate(u);
    }
  }

  /** A file changed, appeared or disappeared on disk. */
  async fileChanged(uri: vscode.Uri, deleted = false): Promise<void> {
    const wasGone = !deleted && this.gone.delete(uri.path);
    const doc = this.openDoc(uri.path);
    // an open document: its events handle changes (but not its return to disk), and unsaved edits outlive a deletion
    if (doc && (deleted ? doc.isDirty : !wasGone)) return;
    if (deleted) {
      if (doc) this.gone.add(uri.path);
      // a deleted matrix file: its analysis loses those entries; a deleted analysis: its matrix files lose their base
      const analysis = this.matrixOf.get(uri.path);
      this.files.delete(uri.path);
      this.matrixOf.delete(uri.path);
      this.clear(uri.path);
      if (analysis && this.textOf(analysis) !== undefined) await this.validate(this.uriOf(analysis));
      for (const [m, a] of this.matrixOf) if (a === uri.path) await this.validate(this.uriOf(m));
      return;
    }
    const t = await this.read(uri);
    if (t !== undefined) this.note(uri.path, t);
    await this.validate(uri);
  }

  /** A document was closed: its diagnostics stay from the file on disk. */
  async closed(doc: vscode.TextDocument): Promise<void> {
    // a file deleted while open is, once closed, simply absent (and checked again when it comes back)
    this.gone.delete(doc.uri.path);
    if (!this.results.has(doc.uri.path)) return;
    await this.fileChanged(doc.uri);
  }

  /** Re-lint everything known (after a settings or `.bra.jsonc` change). */
  async relintAll(): Promise<void> {
    this.collection.clear();
    this.results.clear();
    await this.scan();
  }

  /** The known checked files (paths). */
  knownPaths(): string[] {
    return [...new Set([...this.files.keys(), ...vscode.workspace.textDocuments.map((d) => d.uri.path)])]
      .filter((p) => /\.ya?ml$/i.test(p));
  }
}
