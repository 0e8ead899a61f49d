/** Diagnostics in a real VS Code: the workspace scan, ids and documentation links, ranges, language, settings, `.bra.jsonc`, matrix ↔ analysis. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated, codeOf, open, range1, rules, restore, sample, setConfig, waitForDiagnostics, at } from './util';

const KRY = 'brister/kry-liknande-2019.bra.yaml';
const MATRIX_ONLY = 'brister/rollmatris-utan-analys.bra.yaml';
const UTKAST = 'brister/utkast-generiska-konsekvenser.bra.yaml';
const CLEAN = ['vardcentralen-solglantan.bra.yaml', 'psykiatri-norrby/analys.bra.yaml', 'psykiatri-norrby/behorighetsmatris.bra.yaml'];

describe('diagnostics', () => {
  before(async () => {
    await activated();
  });

  it('the workspace scan reports findings on files that are not open', async () => {
    // no test opens this one
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === sample(MATRIX_ONLY).fsPath), `${MATRIX_ONLY} is not open`);
    for (const [rel, rule] of [[KRY, 'BRA008'], [MATRIX_ONLY, 'BRA031'], [UTKAST, 'BRA019']]) {
      await waitForDiagnostics(sample(rel), (d) => d.some((x) => codeOf(x) === rule));
    }
  });

  it('a file deleted while open is gone; closed and re-created, it is checked again', async () => {
    const uri = vscode.Uri.file(path.join(path.dirname(sample(UTKAST).fsPath), 'kopia-som-tas-bort.bra.yaml'));
    const text = fs.readFileSync(sample(UTKAST).fsPath, 'utf8');
    fs.writeFileSync(uri.fsPath, text);
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'BRA019'));
      await vscode.workspace.fs.delete(uri);
      await waitForDiagnostics(uri, (d) => d.length === 0);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'BRA019'));
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
  });

  it('the complete samples have no findings', async () => {
    for (const rel of CLEAN) assert.deepEqual(rules(sample(rel)), [], rel);
  });

  it('a diagnostic carries the rule id as code with its documentation link, source bra, and the exact range', async () => {
    const [d] = (await waitForDiagnostics(sample(UTKAST), (x) => x.some((y) => codeOf(y) === 'BRA019'))).filter((x) => codeOf(x) === 'BRA019');
    assert.equal(d.source, 'bra');
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'BRA019');
    assert.match(code.target.toString(), /docs\/rules\/BRA019-risk-level-matrix\.md$/);
    assert.deepEqual(d.range, range1(146, 12, 146, 18));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('ranges and severities match the CLI (error, warning, info)', async () => {
    const diags = await waitForDiagnostics(sample(KRY), (x) => x.length >= 40);
    const find = (rule: string, line: number) => diags.find((x) => codeOf(x) === rule && x.range.start.line === line - 1);
    assert.deepEqual(find('BRA008', 25)?.range, range1(25, 1, 25, 15));
    assert.deepEqual(find('BRA027', 70)?.range, range1(70, 9, 70, 15));
    assert.equal(find('BRA027', 70)?.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(find('BRA034', 153)?.range, range1(153, 7, 153, 14));
    assert.equal(find('BRA034', 153)?.severity, vscode.DiagnosticSeverity.Information);
  });

  it('messages are Swedish by default and English after behorighet.language = en', async () => {
    const uri = sample(KRY);
    const sv = await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA008'));
    assert.match(sv.find((y) => codeOf(y) === 'BRA008')!.message, /^Analysen saknar genomgång av kategorier av uppgifter/);
    try {
      await setConfig('language', 'en');
      const en = await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA008' && /^The analysis/.test(y.message)));
      assert.match(en.find((y) => codeOf(y) === 'BRA008')!.message, /data categories/);
    } finally {
      await setConfig('language', undefined);
    }
    await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA008' && /^Analysen/.test(y.message)));
  });

  it('behorighet.rules changes a severity and turns a rule off', async () => {
    const uri = sample(UTKAST);
    try {
      await setConfig('rules', { BRA019: 'off', BRA021: 'error' });
      const d = await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'BRA019') && x.some((y) => codeOf(y) === 'BRA021'));
      assert.ok(d.filter((y) => codeOf(y) === 'BRA021').every((y) => y.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await setConfig('rules', undefined);
    }
    await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA019'));
  });

  it('behorighet.asOf sets the evaluation date of the date rules', async () => {
    const uri = sample(CLEAN[0]);
    try {
      await setConfig('asOf', '2031-01-01');
      await waitForDiagnostics(uri, (x) => ['BRA003', 'BRA041'].every((r) => x.some((y) => codeOf(y) === r)));
    } finally {
      await setConfig('asOf', undefined);
    }
    await waitForDiagnostics(uri, (x) => x.length === 0);
  });

  it('.bra.jsonc at the workspace root is read and re-read on change (settings win over it)', async () => {
    const uri = sample(UTKAST);
    const cfg = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.bra.jsonc');
    try {
      await vscode.workspace.fs.writeFile(cfg, Buffer.from('{\n  // test\n  "rules": { "BRA021": "off" }\n}\n'));
      await waitForDiagnostics(uri, (x) => x.length > 0 && !x.some((y) => codeOf(y) === 'BRA021'));
      await setConfig('rules', { BRA021: 'info' });
      const d = await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA021'));
      assert.ok(d.filter((y) => codeOf(y) === 'BRA021').every((y) => y.severity === vscode.DiagnosticSeverity.Information));
    } finally {
      await setConfig('rules', undefined);
      await vscode.workspace.fs.delete(cfg);
    }
    await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'BRA021' && y.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('lints as you type', async () => {
    const doc = await open(UTKAST);
    const original = doc.getText();
    try {
      const pos = at(doc, 'level: medium', 'level: '.length);
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, new vscode.Range(pos, pos.translate(0, 'medium'.length)), 'high');
      assert.ok(await vscode.workspace.applyEdit(we));
      await waitForDiagnostics(doc.uri, (x) => x.length > 0 && !x.some((y) => codeOf(y) === 'BRA019'));
    } finally {
      await restore(doc, original);
    }
    await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'BRA019'));
  });

  it('a matrix file and its analysis revalidate each other', async () => {
    const matrix = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');
    const doc = await open('psykiatri-norrby/analys.bra.yaml');
    const original = doc.getText();
    try {
      // rename the need that PM-01 rests on, in the analysis only: the matrix file now refers to an unknown need
      const pos = at(doc, 'id: N-PSY-J', 'id: '.length);
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, new vscode.Range(pos, pos.translate(0, 'N-PSY-J'.length)), 'N-PSY-X');
      assert.ok(await vscode.workspace.applyEdit(we));
      const d = await waitForDiagnostics(matrix, (x) => x.some((y) => codeOf(y) === 'BRA045'));
      const ref = d.find((y) => codeOf(y) === 'BRA045')!;
      assert.match(ref.message, /N-PSY-J/);
    } finally {
      await restore(doc, original);
    }
    await waitForDiagnostics(matrix, (x) => x.length === 0);
  });

  it('checks a YAML file by its content, and leaves other YAML files alone', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const ours = vscode.Uri.joinPath(root, 'analys-utan-filandelse.yaml');
    const other = vscode.Uri.joinPath(root, 'docker-compose.yaml');
    await vscode.workspace.fs.writeFile(ours, Buffer.from('schema_version: "1.0"\ndocument:\n  title: Test\n'));
    await vscode.workspace.fs.writeFile(other, Buffer.from('services:\n  web:\n    image: nginx\n    level: hgh\n'));
    try {
      for (const u of [other, ours]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(u));
      await waitForDiagnostics(ours, (x) => x.some((y) => codeOf(y) === 'BRA008'));
      // the other file was opened before ours was linted: had it been checked, it would have diagnostics by now
      assert.deepEqual(rules(other), []);
      const otherDoc = await vscode.workspace.openTextDocument(other);
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', other, otherDoc.positionAt(otherDoc.getText().indexOf('level') + 1));
      assert.ok(!h.some((x) => x.contents.some((c) => typeof c !== 'string' && 'value' in c && /Risknivå/.test(c.value))), 'no hover of ours');
    } finally {
      await vscode.workspace.fs.delete(ours);
      await vscode.workspace.fs.delete(other);
    }
  });

  it('a matrix file whose analysis is missing gets one diagnostic on its analysis: key', async () => {
    const uri = sample('psykiatri-norrby/borttappad.bra.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('schema_version: "1.0"\nanalysis: finns-inte.bra.yaml\naccess_matrix: []\n'));
    try {
      const d = await waitForDiagnostics(uri, (x) => x.length > 0);
      assert.equal(d[0].range.start.line, 1);
      assert.match(d[0].message, /finns-inte\.bra\.yaml/);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitForDiagnostics(uri, (x) => x.length === 0);
  });
});
