/** Smoke test in a real VS Code: the extension activates and reports a diagnostic with its rule id on a sample. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WS, codeOf, waitForDiagnostics } from './util';

describe('smoke: the extension in a real VS Code', () => {
  it('runs in a workspace with the samples', () => {
    assert.ok(WS, 'BRA_TEST_WORKSPACE is set');
    assert.equal(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, WS);
  });
  it('activates', async () => {
    const ext = vscode.extensions.getExtension('behorighet.behorighet');
    assert.ok(ext, 'extension behorighet.behorighet is installed');
    await ext.activate();
    assert.equal(ext.isActive, true);
  });
  it('reports BRA findings with the rule id as code on a deficient sample', async () => {
    const uri = vscode.Uri.file(path.join(WS, 'brister/kry-liknande-2019.bra.yaml'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'BRA008'));
    const bra008 = diags.find((x) => codeOf(x) === 'BRA008')!;
    assert.equal(bra008.severity, vscode.DiagnosticSeverity.Error);
    assert.match(bra008.message, /^Analysen saknar genomgång av kategorier av uppgifter/);
  });
});
