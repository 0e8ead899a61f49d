/** Hover, completion, outline, code lens, definition, references and rename through VS Code's provider commands. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated, at, codeOf, execute, hoverText, open, poll, restore, sample, waitForDiagnostics } from './util';

const UTKAST = 'brister/utkast-generiska-konsekvenser.bra.yaml';
const VC = 'vardcentralen-solglantan.bra.yaml';
const ANALYS = 'psykiatri-norrby/analys.bra.yaml';
const MATRIS = 'psykiatri-norrby/behorighetsmatris.bra.yaml';

const hovers = (doc: vscode.TextDocument, pos: vscode.Position) =>
  execute<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos).then(hoverText);

async function completions(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await execute<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  return list.items.filter((i) => typeof i.label === 'object' ? i.label.description !== undefined || true : true);
}
const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('language features', () => {
  before(async () => {
    await activated();
  });

  describe('hover', () => {
    it('on a key: the Swedish title and description from the schema', async () => {
      const doc = await open(UTKAST);
      const text = await hovers(doc, at(doc, '    probability: 2', 6));
      assert.match(text, /\*\*Sannolikhet\*\*/);
      assert.match(text, /Hur sannolikt det är att risken inträffar/);
    });

    it('on a code: its label; on a finding: the rule title and legal basis', async () => {
      const doc = await open(UTKAST);
      await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'BRA019'));
      const text = await hovers(doc, at(doc, 'level: medium', 9));
      assert.match(text, /\*\*Medel\*\*/);
      assert.match(text, /BRA019/);
      assert.match(text, /Rättsliga källor: .*GDPR/);
    });

    it('in English after behorighet.language = en', async () => {
      const doc = await open(UTKAST);
      await vscode.workspace.getConfiguration('behorighet').update('language', 'en', vscode.ConfigurationTarget.Workspace);
      try {
        const text = await poll(async () => {
          const t = await hovers(doc, at(doc, '    probability: 2', 6));
          return /\*\*Probability\*\*/.test(t) ? t : undefined;
        }, 'an English hover');
        assert.match(text, /Probability/);
      } finally {
        await vscode.workspace.getConfiguration('behorighet').update('language', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });

  describe('completion', () => {
    it('keys allowed at the cursor, with titles, skipping those present', async () => {
      const doc = await open(UTKAST);
      const original = doc.getText();
      try {
        // a fresh line inside `document:`
        const pos = at(doc, '\ndocument:\n', '\ndocument:\n'.length);
        const we = new vscode.WorkspaceEdit();
        we.insert(doc.uri, pos, '  \n');
        assert.ok(await vscode.workspace.applyEdit(we));
        const items = await completions(doc, pos.translate(0, 2));
        const labels = items.map(labelOf);
        assert.ok(labels.includes('next_review') || labels.includes('previous_approvals'), labels.join(','));
        assert.ok(!labels.includes('title'), 'title is already there');
        const item = items.find((i) => labelOf(i) === 'previous_approvals')!;
        assert.equal(item.kind, vscode.CompletionItemKind.Property);
        assert.ok(item.detail, 'the title as detail');
      } finally {
        await restore(doc, original);
      }
    });

    it('enum codes with their Swedish labels', async () => {
      const doc = await open(UTKAST);
      const items = await completions(doc, at(doc, 'level: medium', 'level: '.length));
      const high = items.find((i) => labelOf(i) === 'high');
      assert.ok(high, items.map(labelOf).join(','));
      assert.equal(high.detail, 'Hög');
      assert.ok(items.some((i) => labelOf(i) === 'very_high'));
    });

    it('ids where a reference is expected, from the analysis a matrix file refers to', async () => {
      const doc = await open(MATRIS);
      const items = await completions(doc, at(doc, 'role: psykiatriker', 'role: '.length));
      const labels = items.map(labelOf);
      for (const id of ['psykiatriker', 'ssk', 'behandlare', 'sekr']) assert.ok(labels.includes(id), labels.join(','));
      const justified = await completions(doc, at(doc, 'justified_by: [N-PSY-J]', 'justified_by: ['.length));
      assert.ok(justified.map(labelOf).includes('N-PSY-NPO'), justified.map(labelOf).join(','));
    });
  });

  it('document symbols: sections with systems, categories, roles (needs), risks and access entries', async () => {
    const doc = await open(VC);
    const symbols = await execute<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    for (const k of ['systems', 'data_categories', 'registered_categories', 'roles', 'risks', 'access_matrix']) assert.ok(byName.has(k), k);
    assert.deepEqual(byName.get('systems')!.children.map((c) => c.name), ['journal', 'npo']);
    assert.ok(byName.get('risks')!.children.some((c) => c.name === 'R01'));
    const lakare = byName.get('roles')!.children.find((c) => c.name === 'lakare')!;
    assert.ok(lakare.children.some((c) => c.name === 'N-LAK-J'), 'needs under their role');
    assert.equal(byName.get('access_matrix')!.children.length, 12);
  });

  it('code lens: the risk level on each risk and the need on each access entry', async () => {
    const doc = await open(VC);
    const lenses = await execute<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('Risknivå: Mycket hög (12) → efter åtgärder: Hög (8)'), titles.join(' / '));
    assert.ok(titles.includes('Behov: N-LAK-J (lakare)'), titles.join(' / '));
    const r07 = lenses.find((l) => l.command?.title.startsWith('Risknivå: Mycket hög'))!;
    assert.equal(doc.lineAt(r07.range.start.line).text.trim().startsWith('- id: R'), true);
  });

  it('"Visa riskkarta" opens the risk map of the analysis in a webview', async () => {
    await open(VC);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('behorighet.showRiskMap');
    assert.ok(panel, 'a webview panel');
    try {
      assert.match(panel.title, /^Riskkarta: vardcentralen-solglantan\.bra\.yaml$/);
      assert.match(panel.webview.html, /<svg[^>]*>/);
      assert.match(panel.webview.html, /R07/);
      assert.match(panel.webview.html, /Content-Security-Policy/);
    } finally {
      panel.dispose();
    }
  });

  it('go to definition and find references across the analysis and its matrix file', async () => {
    const matris = await open(MATRIS);
    const defs = await execute<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', matris.uri, at(matris, 'justified_by: [N-PSY-J]', 'justified_by: ['.length + 2));
    assert.equal(defs.length, 1);
    const def = defs[0] as vscode.Location;
    assert.equal(path.basename(def.uri.fsPath), 'analys.bra.yaml');
    const analys = await vscode.workspace.openTextDocument(sample(ANALYS));
    assert.equal(analys.getText(def.range), 'N-PSY-J');
    const refs = await execute<vscode.Location[]>('vscode.executeReferenceProvider', analys.uri, def.range.start);
    const files = new Set(refs.map((r) => path.basename(r.uri.fsPath)));
    assert.ok(files.has('analys.bra.yaml') && files.has('behorighetsmatris.bra.yaml'), [...files].join(','));
  });

  it('rename an id in both files', async () => {
    const analys = await open(ANALYS);
    const matris = await vscode.workspace.openTextDocument(sample(MATRIS));
    const [a0, m0] = [analys.getText(), matris.getText()];
    try {
      const pos = at(analys, '  - id: R5\n', '  - id: '.length);
      const we = await execute<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', analys.uri, pos, 'R5-sjf');
      const touched = we.entries().map(([u, e]) => `${path.basename(u.fsPath)}:${e.length}`);
      assert.ok(touched.some((t) => t.startsWith('behorighetsmatris.bra.yaml')), touched.join(','));
      assert.ok(await vscode.workspace.applyEdit(we));
      assert.ok(matris.getText().includes('risks_considered: [R5-sjf, R8]'));
      assert.ok(!/\bR5\b(?!-)/.test(matris.getText().replace(/#.*$/gm, '')), 'no R5 left in the matrix file');
      // still consistent: no reference errors
      await waitForDiagnostics(sample(MATRIS), (x) => !x.some((y) => codeOf(y) === 'BRA045'));
    } finally {
      await restore(analys, a0);
      await restore(matris, m0);
    }
  });
});
