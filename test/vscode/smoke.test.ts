/** Smoke test in a real VS Code: the extension activates and reports a diagnostic with its rule id on a sample. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const WS = process.env.BRA_TEST_WORKSPACE ?? '';

/** Resolve when `uri` has diagnostics from bra that satisfy `ok`, or fail after `ms`. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, ms = 30000): Promise<vscode.Diagnostic[]> {
  const mine = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'bra');
  return new Promise((resolve, reject) => {
    if (ok(mine())) return resolve(mine());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timeout waiting for diagnostics on ${uri.fsPath}: ${JSON.stringify(mine().map((d) => d.code))}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ok(mine())) {
        clearTimeout(timer);
        sub.dispose();
        resolve(mine());
      }
    });
  });
}

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

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
