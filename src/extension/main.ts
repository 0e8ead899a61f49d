/**
 * The VS Code extension: wiring only. Diagnostics (diagnostics.ts), code actions (codeActions.ts), the language
 * features (providers.ts over src/features), commands and the risk map webview (commands.ts).
 */
import * as vscode from 'vscode';
import { Linter } from './diagnostics';
import { Settings } from './settings';
import { CodeActions } from './codeActions';
import { Providers } from './providers';
import { registerCommands } from './commands';
import { AccessTests } from './access-tests';

/** What the extension exposes to its tests (and to other extensions): nothing they could break. */
export interface Api {
  /** Resolves when the first workspace scan is done. */
  ready: Promise<void>;
  /** Fires with the paths (uri.path) whose findings changed. */
  onDidLint: vscode.Event<string[]>;
}

export function activate(context: vscode.ExtensionContext): Api {
  const settings = new Settings();
  const linter = new Linter(settings);
  const lang = () => settings.get().lang;
  context.subscriptions.push(linter);

  const selector: vscode.DocumentSelector = [{ language: 'yaml' }];
  const actions = new CodeActions(linter, lang);
  const providers = new Providers(linter, lang);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, actions, { providedCodeActionKinds: CodeActions.kinds }),
    vscode.languages.registerHoverProvider(selector, providers),
    vscode.languages.registerCompletionItemProvider(selector, providers, ':', ' ', '-', '[', ','),
    vscode.languages.registerDocumentSymbolProvider(selector, providers),
    vscode.languages.registerCodeLensProvider(selector, providers),
    vscode.languages.registerDefinitionProvider(selector, providers),
    vscode.languages.registerReferenceProvider(selector, providers),
    vscode.languages.registerRenameProvider(selector, providers),
  );
  registerCommands(context, linter, actions, lang);

  const ours = (doc: vscode.TextDocument) => doc.languageId === 'yaml' && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output';
  // *.access-tests.yaml: run by their own checker (the linter ignores them)
  const tests = new AccessTests(linter);
  context.subscriptions.push(
    tests,
    vscode.workspace.onDidOpenTextDocument((d) => ours(d) && (AccessTests.is(d) ? void tests.check(d) : linter.schedule(d))),
    vscode.workspace.onDidChangeTextDocument((e) => ours(e.document) && e.contentChanges.length > 0 && (AccessTests.is(e.document) ? void tests.check(e.document) : linter.schedule(e.document))),
    vscode.workspace.onDidCloseTextDocument((d) => ours(d) && (AccessTests.is(d) ? tests.closed(d) : void linter.closed(d))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('behorighet')) void linter.relintAll();
    }),
  );

  const files = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const onFile = (deleted: boolean) => (uri: vscode.Uri) => {
    if (/\.bra\.ya?ml$/i.test(uri.path) || linter.knownPaths().includes(uri.path)) void linter.fileChanged(uri, deleted);
  };
  files.onDidCreate(onFile(false));
  files.onDidChange(onFile(false));
  files.onDidDelete(onFile(true));
  const config = vscode.workspace.createFileSystemWatcher('**/.bra.jsonc');
  const onConfig = async () => {
    await settings.reload();
    await linter.relintAll();
  };
  config.onDidCreate(onConfig);
  config.onDidChange(onConfig);
  config.onDidDelete(onConfig);
  context.subscriptions.push(files, config);

  const ready = (async () => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
      actions.bundledDocs = new Set(entries.map(([name]) => name));
    } catch {
      // not bundled: the catalogue rules are assumed
    }
    await settings.reload();
    await linter.scan();
    for (const d of vscode.workspace.textDocuments) if (ours(d)) void (AccessTests.is(d) ? tests.check(d) : linter.schedule(d));
  })().catch((e) => console.error('[behorighet] workspace scan failed', e));
  return { ready, onDidLint: linter.onDidLint };
}

export function deactivate(): void {
  // disposables are released through context.subscriptions
}
