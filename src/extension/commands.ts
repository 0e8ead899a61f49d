/**
 * The contributed commands: rule documentation, suppress with a reason, fix all, review access changes, risk map
 * (and the jump from a risk in the map to the YAML), export report.
 */
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { allRuleMeta, ruleMeta } from '../rules';
import type { Linter } from './diagnostics';
import { safeEdits, suppressionEdit } from './codeActions';
import type { CodeActions } from './codeActions';
import { toRange } from './convert';
import { REVIEW_SCHEME, reviewAccessChanges, reviewContent } from './review';
import { RiskMaps } from './riskmap';
import { exportReport } from './export';
import { QUERY_SCHEME, newAnalysis, queryContent, whoCanSee } from './start-query';
import type { Question } from '../query';

export function registerCommands(context: vscode.ExtensionContext, linter: Linter, _actions: CodeActions, lang: () => Lang): void {
  const maps = new RiskMaps(linter, lang);
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0.0.0');
  context.subscriptions.push(
    maps,
    vscode.workspace.registerTextDocumentContentProvider(REVIEW_SCHEME, reviewContent),
    vscode.commands.registerCommand('behorighet.showRuleDocumentation', async (rule?: string) => {
      let id = rule;
      if (!id) {
        const picked = await vscode.window.showQuickPick(allRuleMeta().map((m) => ({ label: m.id, description: lang() === 'sv' ? m.title.sv : m.title.en })));
        id = picked?.label;
      }
      const meta = id ? ruleMeta(id) : undefined;
      if (!meta) return undefined;
      // the bundled page, offline
      const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', meta.doc);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return uri;
    }),
    vscode.commands.registerCommand('behorighet.selectRange', (uri: vscode.Uri, range: vscode.Range) => {
      const ed = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      if (ed) {
        ed.selection = new vscode.Selection(range.start, range.end);
        ed.revealRange(range);
      }
    }),
    vscode.commands.registerCommand('behorighet.suppress', async (uri?: vscode.Uri, range?: vscode.Range, rule?: string) => {
      const ed = vscode.window.activeTextEditor;
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : ed?.document;
      if (!doc) return false;
      const at = range ?? ed?.selection;
      const f = linter.findings(doc).find((x) => (!rule || x.rule === rule) && (!at || toRange(doc, x.span).intersection(at) !== undefined));
      if (!f) return false;
      const s = suppressionEdit(doc, f, lang());
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, [s.edit]);
      const ok = await vscode.workspace.applyEdit(we);
      await vscode.commands.executeCommand('behorighet.selectRange', doc.uri, s.reason);
      return ok;
    }),
    vscode.commands.registerCommand('behorighet.fixAll', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      const edits = safeEdits(linter.findings(doc));
      if (edits.length === 0) return false;
      const we = new vscode.WorkspaceEdit();
      for (const e of edits) we.replace(doc.uri, toRange(doc, e), e.newText);
      return vscode.workspace.applyEdit(we);
    }),
    vscode.commands.registerCommand('behorighet.reviewAccessChanges', (ref?: string) => reviewAccessChanges(linter, linter.settings, ref)),
    vscode.commands.registerCommand('behorighet.showRiskMap', (uri?: vscode.Uri) => maps.show(uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri)),
    // what a click on a risk id in the map runs (also callable: the analysis's uri, the risk's 0-based index, its id)
    vscode.commands.registerCommand('behorighet.revealRisk', (uri: vscode.Uri, index: number, id?: string) => maps.reveal(linter.analysisOf(uri.path) ?? uri.path, index, id)),
    vscode.workspace.registerTextDocumentContentProvider(QUERY_SCHEME, queryContent),
    vscode.commands.registerCommand('behorighet.newAnalysis', (folder?: vscode.Uri, name?: string) => newAnalysis(lang(), folder instanceof vscode.Uri ? folder : undefined, typeof name === 'string' ? name : undefined)),
    vscode.commands.registerCommand('behorighet.whoCanSee', (uri?: vscode.Uri, question?: Question) =>
      // from the explorer's context menu the second argument is the list of selected uris, not a question
      whoCanSee(linter, lang(), linter.settings.get().asOf, uri instanceof vscode.Uri ? uri : undefined,
        question && typeof question === 'object' && !Array.isArray(question) && typeof question.role === 'string' ? question : undefined)),
    vscode.commands.registerCommand('behorighet.exportReport', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportReport(linter, version, uri instanceof vscode.Uri ? uri : undefined, target instanceof vscode.Uri ? target : undefined)),
  );
}
