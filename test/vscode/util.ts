/** Helpers for the extension-host tests: wait on events (never fixed sleeps), open samples, restore them. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const WS = process.env.BRA_TEST_WORKSPACE ?? '';
export const EXT_ID = 'behorighet.behorighet';

export interface Api {
  ready: Promise<void>;
  onDidLint: vscode.Event<string[]>;
}

/** Activate the extension and wait for its first workspace scan. */
export async function activated(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

export function sample(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(WS, rel));
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function bra(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'bra');
}

export function rules(uri: vscode.Uri): string[] {
  return bra(uri).map((d) => codeOf(d) ?? '');
}

/** Resolve when `uri`'s bra diagnostics satisfy `ok` (checked now and on every diagnostics change), or fail after `ms`. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, ms = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    if (ok(bra(uri))) return resolve(bra(uri));
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timeout waiting for diagnostics on ${path.basename(uri.fsPath)}: ${JSON.stringify(rules(uri))}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ok(bra(uri))) {
        clearTimeout(timer);
        sub.dispose();
        resolve(bra(uri));
      }
    });
  });
}

/** Poll `f` until it returns a truthy value (for state that has no event, e.g. providers after a settings change). */
export async function poll<T>(f: () => T | Promise<T>, what: string, ms = 20000): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + ms;
  let last: Awaited<T> | undefined;
  for (;;) {
    last = await f();
    if (last) return last as NonNullable<Awaited<T>>;
    if (Date.now() > end) throw new Error(`timeout waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(sample(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** 0-based range from the 1-based line/column pairs the CLI prints. */
export function range1(l1: number, c1: number, l2: number, c2: number): vscode.Range {
  return new vscode.Range(l1 - 1, c1 - 1, l2 - 1, c2 - 1);
}

/** The position of the `n`th (0-based) occurrence of `needle` in `doc`, plus `delta` characters. */
export function at(doc: vscode.TextDocument, needle: string, delta = 0, n = 0): vscode.Position {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    assert.notEqual(i, -1, `"${needle}" (#${n}) in ${path.basename(doc.uri.fsPath)}`);
  }
  return doc.positionAt(i + delta);
}

/** Put the document back to `text` and save it (tests that edit a sample leave it as it was). */
export async function restore(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() !== text) {
    const we = new vscode.WorkspaceEdit();
    we.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(we));
  }
  if (doc.isDirty) await doc.save();
}

export async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('behorighet').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** A provider command, retried when VS Code cancels it (it does when the document or its diagnostics change meanwhile). */
export async function execute<T>(command: string, ...args: unknown[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<T>(command, ...args);
    } catch (e) {
      if (attempt >= 10 || !/Canceled/i.test(String(e instanceof Error ? e.message : e))) throw e;
    }
  }
}

export async function codeActions(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const r = await execute<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, kind);
  return (r ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('arguments' in a && !('kind' in a) && !('edit' in a)));
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}
