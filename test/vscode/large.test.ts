/**
 * A very large analysis (over HUGE_CHARS) is linted in a worker thread: its diagnostics arrive and equal the engine's
 * findings, and the language features leave it alone (nothing is parsed on the extension host).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lint } from '../../src/engine';
import { generateAnalysis } from '../support/generate';
import { WS, activated, bra, codeOf, execute, hoverText, waitForDiagnostics } from './util';

describe('a very large analysis', () => {
  const file = () => path.join(WS, 'stor', 'region.bra.yaml');
  let text = '';
  before(async () => {
    await activated();
    text = generateAnalysis({ lines: 80000, findings: true });
    assert.ok(text.length > 2_500_000, `${text.length} characters`);
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), text);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.dirname(file()), { recursive: true, force: true });
  });

  it('gets the same diagnostics as the engine gives, from the worker', async () => {
    const uri = vscode.Uri.file(file());
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const expected = lint([{ path: uri.path, text }], { asOf: new Date().toISOString().slice(0, 10) })[0].findings;
    assert.ok(expected.length > 0);
    const got = await waitForDiagnostics(uri, (d) => d.length === expected.length, 90000);
    const key = (rule: string, r: vscode.Range) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    assert.deepEqual(
      got.map((d) => key(codeOf(d) ?? '', d.range)).sort(),
      expected.map((f) => key(f.rule, new vscode.Range(doc.positionAt(f.span.start), doc.positionAt(f.span.end)))).sort(),
    );
    assert.equal(bra(uri).length, expected.length);
  });

  it('after an edit, no fixes from the older text until the worker has answered; then the ranges have moved', async () => {
    const uri = vscode.Uri.file(file());
    const doc = await vscode.workspace.openTextDocument(uri);
    const before = bra(uri);
    assert.ok(before.length > 0);
    const we = new vscode.WorkspaceEdit();
    we.insert(uri, new vscode.Position(0, 0), '# en rad till\n');
    assert.ok(await vscode.workspace.applyEdit(we));
    const actions = await execute<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.bra');
    assert.deepEqual((actions ?? []).filter((a) => a.edit && a.edit.size > 0).map((a) => a.title), []);
    const moved = await waitForDiagnostics(uri, (d) => d.length === before.length && d[0].range.start.line === before[0].range.start.line + 1, 90000);
    assert.equal(moved.length, before.length);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('no hover, symbols or risk map on it (nothing is parsed on the extension host)', async () => {
    const uri = vscode.Uri.file(file());
    const doc = await vscode.workspace.openTextDocument(uri);
    const hovers = await execute<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(text.indexOf('probability:') + 3));
    assert.doesNotMatch(hoverText(hovers), /Sannolikhet/);
    const symbols = await execute<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual((symbols ?? []).filter((s) => s.name === 'risks'), []);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('behorighet.showRiskMap', uri);
    try {
      assert.match(panel.webview.html, /för stor för riskkartan i editorn; bra report ger kartan/);
    } finally {
      panel.dispose();
    }
  });
});
