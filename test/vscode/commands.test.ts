/**
 * The commands a reviewer or a decision-maker uses: the risk map webview (content, code lens, live update, jump to a
 * risk, language), "Export report…" and "Review access changes…" against the git repository of the test workspace.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WS, activated, at, codeOf, execute, open, poll, restore, sample, setConfig, waitForDiagnostics } from './util';

const VC = 'vardcentralen-solglantan.bra.yaml';
const ANALYS = 'psykiatri-norrby/analys.bra.yaml';
const MATRIS = 'psykiatri-norrby/behorighetsmatris.bra.yaml';

/** The row of a risk in the map's table: `[id, title, before, after]` as text. */
function row(html: string, id: string): string[] | undefined {
  const m = new RegExp(`<tr><th scope="row"><button[^>]*data-risk-id="${id}">[^<]*</button></th>(.*?)</tr>`).exec(html);
  if (!m) return undefined;
  const cells = [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').trim());
  return [id, ...cells];
}

/** PM-01 of the matrix sample: patient scope care_relation → all_patients, unsaved (BRA032: wider than its need). */
async function widenPm01(doc: vscode.TextDocument): Promise<void> {
  const we = new vscode.WorkspaceEdit();
  const p = at(doc, 'patient_scope: care_relation', 'patient_scope: '.length);
  we.replace(doc.uri, new vscode.Range(p, p.translate(0, 'care_relation'.length)), 'all_patients');
  assert.ok(await vscode.workspace.applyEdit(we));
}

describe('commands', () => {
  before(async () => {
    await activated();
  });

  describe('risk map', () => {
    let panel: vscode.WebviewPanel | undefined;
    afterEach(() => {
      panel?.dispose();
      panel = undefined;
    });

    it('the code lens at `risks:` opens the map: every risk, both phases, levels written out, strict CSP, nothing remote', async () => {
      const doc = await open(VC);
      const lenses = await execute<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      const lens = lenses.find((l) => l.command?.command === 'behorighet.showRiskMap');
      assert.ok(lens, 'a risk map lens');
      assert.equal(lens.command!.title, 'Visa riskkarta');
      assert.equal(lens.range.start.line, at(doc, '\nrisks:', 1).line);
      panel = await vscode.commands.executeCommand<vscode.WebviewPanel>(lens.command!.command, ...(lens.command!.arguments ?? []));
      assert.ok(panel);
      assert.equal(panel.title, 'Riskkarta: vardcentralen-solglantan.bra.yaml');
      const html = panel.webview.html;
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      assert.match(csp, /^default-src 'none';/);
      assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]{20,}';/);
      assert.equal(csp, csp.replace(/https?:/g, ''), 'no remote source in the CSP');
      assert.doesNotMatch(html, /https?:\/\//);
      assert.doesNotMatch(html, /<script(?![^>]*nonce=)/);
      assert.equal((html.match(/<svg[^>]*class="riskmap"/g) ?? []).length, 2, 'one map before and one after measures');
      assert.match(html, /Före åtgärder/);
      assert.match(html, /Efter åtgärder \(restrisk\)/);
      const ids = [...doc.getText().matchAll(/^ {2}- id: (R\d+)$/gm)].map((m) => m[1]);
      assert.equal(ids.length, 10);
      for (const id of ids) {
        assert.ok(row(html, id), `row of ${id}`);
        assert.match(html, new RegExp(`<text class="risk-id"[^>]*data-risk-id="${id}"`), `${id} in the map`);
      }
      assert.deepEqual(row(html, 'R01'), ['R01', 'Nyfikenhetsslagning på grannar, bekanta och släktingar i journalen', 'Hög (9)', 'Medel (6)']);
    });

    it('follows edits of the file (unsaved) and keeps one panel per analysis', async () => {
      const doc = await open(VC);
      const before = doc.getText();
      panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('behorighet.showRiskMap');
      assert.ok(panel);
      try {
        const we = new vscode.WorkspaceEdit();
        const p = at(doc, '    probability: 3\n    severity: 3\n    level: high', '    probability: '.length);
        we.replace(doc.uri, new vscode.Range(p, p.translate(0, 1)), '1');
        assert.ok(await vscode.workspace.applyEdit(we));
        const p0 = panel;
        await poll(() => row(p0.webview.html, 'R01')?.[2] === 'Låg (3)', 'the map to show R01 at 1 × 3');
        const again = await vscode.commands.executeCommand<vscode.WebviewPanel>('behorighet.showRiskMap');
        assert.equal(again, panel, 'the same panel is brought forward');
      } finally {
        await restore(doc, before);
      }
    });

    it('a click on a risk (the message the page sends) selects the risk in the YAML', async () => {
      const doc = await open(VC);
      panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('behorighet.showRiskMap');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('behorighet.revealRisk', doc.uri, 6);
      assert.ok(editor);
      assert.equal(editor.document.uri.toString(), doc.uri.toString());
      assert.equal(editor.document.getText(editor.selection), 'id: R07');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
      // the page sends the id too: when the risks have moved since the map was drawn, the id wins
      const byId = await vscode.commands.executeCommand<vscode.TextEditor>('behorighet.revealRisk', doc.uri, 0, 'R07');
      assert.equal(byId.document.getText(byId.selection), 'id: R07');
    });

    it('is refused for a YAML file that is not an analysis', async () => {
      const other = vscode.Uri.file(path.join(WS, 'ovrigt.yaml'));
      fs.writeFileSync(other.fsPath, 'namn: inte en analys\n');
      try {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
        assert.equal(await vscode.commands.executeCommand('behorighet.showRiskMap'), undefined);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        fs.rmSync(other.fsPath, { force: true });
      }
    });

    it('from the matrix file: the map of its analysis; in English when the setting says so', async () => {
      await open(MATRIS);
      try {
        await setConfig('language', 'en');
        panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('behorighet.showRiskMap');
        assert.ok(panel);
        const p0 = panel;
        await poll(() => p0.title === 'Risk map: analys.bra.yaml' && /Before measures/.test(p0.webview.html), 'the English map of the analysis');
        assert.match(panel.webview.html, /<html lang="en">/);
        assert.match(panel.webview.html, /After measures \(residual risk\)/);
      } finally {
        await setConfig('language', undefined);
      }
    });
  });

  describe('export report', () => {
    const out = () => path.join(WS, 'rapporter');
    after(() => fs.rmSync(out(), { recursive: true, force: true }));

    it('writes the self-contained HTML report of the analysis with its matrix file', async () => {
      const target = vscode.Uri.file(path.join(out(), 'psykiatri.html'));
      const r = await vscode.commands.executeCommand<{ format: string; target: vscode.Uri } | undefined>('behorighet.exportReport', sample(ANALYS), target);
      assert.ok(r);
      assert.equal(r.format, 'html');
      const html = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<html lang="sv">/);
      assert.match(html, /psykiatri-norrby\/analys\.bra\.yaml/);
      assert.doesNotMatch(html, /(?:src|href)="(?!#)/, 'no external resource');
      assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/);
      const matrix = fs.readFileSync(sample(MATRIS).fsPath, 'utf8');
      const entries = [...matrix.matchAll(/^ {2}- id: (PM-\d+)$/gm)].map((m) => m[1]);
      assert.equal(entries.length, 11);
      for (const id of entries) assert.match(html, new RegExp(`>${id}<`), id);
      const analys = fs.readFileSync(sample(ANALYS).fsPath, 'utf8');
      for (const [, id] of analys.matchAll(/^ {2}- id: (R\d+)$/gm)) assert.match(html, new RegExp(`>${id}<`), id);
      assert.match(html, /<svg[^>]*class="riskmap"/);
      // provenance: the workspace's HEAD commit and the SHA-256 of each file's bytes on disk
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: WS, encoding: 'utf8' }).trim();
      assert.ok(html.includes(`<dt>Git-commit</dt><dd>${head}</dd>`), `commit ${head}`);
      for (const rel of [ANALYS, MATRIS]) {
        const hash = createHash('sha256').update(fs.readFileSync(path.join(WS, rel))).digest('hex');
        assert.ok(html.includes(`<tr><th scope="row"><code>${rel}</code></th><td><code>${hash}</code></td><td>oförändrad sedan commit</td></tr>`), `checksum of ${rel}`);
      }
    });

    it('from the matrix file, to Markdown, with the unsaved text of the editor', async () => {
      const doc = await open(MATRIS);
      const before = doc.getText();
      try {
        await widenPm01(doc);
        const target = vscode.Uri.file(path.join(out(), 'psykiatri.md'));
        const r = await vscode.commands.executeCommand<{ format: string; text: string } | undefined>('behorighet.exportReport', doc.uri, target);
        assert.ok(r);
        assert.equal(r.format, 'markdown');
        const md = fs.readFileSync(target.fsPath, 'utf8');
        assert.equal(md, r.text);
        assert.match(md, /^# /);
        assert.match(md, /PM-01/);
        assert.match(md, /BRA032/, 'the finding the unsaved widening causes');
        // the matrix as the editor holds it: its checksum is of that text, marked unsaved
        const unsaved = createHash('sha256').update(new TextEncoder().encode(doc.getText())).digest('hex');
        assert.ok(md.includes(`| \`${MATRIS}\` | \`${unsaved}\` | osparade ändringar i redigeraren |`), 'unsaved matrix');
        assert.match(md, /^- \*\*Git-commit:\*\* `[0-9a-f]{40} \(med ändringar som inte är incheckade\)`$/m);
      } finally {
        await restore(doc, before);
      }
    });
  });

  describe('review access changes (git base HEAD)', () => {
    it('an unsaved widening is reported as unjustified, with its finding', async () => {
      const doc = await open(MATRIS);
      const before = doc.getText();
      try {
        await widenPm01(doc);
        const md = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('behorighet.reviewAccessChanges', 'HEAD');
        assert.ok(md);
        assert.equal(md.languageId, 'markdown');
        assert.equal(md.uri.scheme, 'behorighet-review', 'a read-only document, not an untitled one that asks to be saved');
        assert.equal(md.isUntitled, false);
        const text = md.getText();
        assert.match(text, /^## Behörighetsändringar jämfört med `HEAD`$/m);
        assert.match(text, /^\*\*1 behörighet vidgas, varav 1 utan stöd i analysen\*\*/m);
        assert.ok(text.includes('| PM-01 | Specialistläkare i psykiatri | Journalsystem PsykJournal (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter | ❌ BRA032, BRA011, BRA046 |'), text);
        assert.match(text, /\*\*BRA032\*\* \(fel\) `psykiatri-norrby\/behorighetsmatris\.bra\.yaml:7:5`/);
      } finally {
        await restore(doc, before);
      }
    });

    it('a matrix file deleted from the working tree: every entry removed', async () => {
      const uri = sample(MATRIS);
      const saved = fs.readFileSync(uri.fsPath);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      try {
        await vscode.workspace.fs.delete(uri);
        // the analysis has lost its matrix once the deletion has reached the extension
        await waitForDiagnostics(sample(ANALYS), (d) => d.some((x) => codeOf(x) === 'BRA030'));
        const md = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('behorighet.reviewAccessChanges', 'HEAD');
        const text = md?.getText() ?? '';
        assert.match(text, /^11 borttagna/m);
        assert.ok(text.includes('| PM-01 | Specialistläkare i psykiatri | Journalsystem PsykJournal (inre sekretess) | borttagen | behörigheten tas bort | – |'), text);
      } finally {
        await vscode.workspace.fs.writeFile(uri, saved);
        await waitForDiagnostics(sample(ANALYS), (d) => !d.some((x) => codeOf(x) === 'BRA030'));
      }
    });

    it('an unknown ref or an option-like ref is refused', async () => {
      assert.equal(await vscode.commands.executeCommand('behorighet.reviewAccessChanges', 'no-such-branch'), undefined);
      assert.equal(await vscode.commands.executeCommand('behorighet.reviewAccessChanges', '--output=/tmp/x'), undefined);
    });
  });
});
