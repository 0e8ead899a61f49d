/**
 * Adapters from the editor-agnostic features (src/features) to VS Code providers: hover, completion, outline,
 * code lens, definition, references and rename. Each one only converts offsets and types.
 */
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { kindOf } from '../workspace';
import { codeLenses, complete, definitions, documentSymbols, hover, references, rename, idAt } from '../features';
import type { CompletionEntry, NavDoc, SymbolKind, SymbolNode } from '../features';
import type { ParsedDoc } from '../yaml';
import { toRange } from './convert';
import type { Linter } from './diagnostics';

const SYMBOL_KIND: Record<SymbolKind, vscode.SymbolKind> = {
  module: vscode.SymbolKind.Module,
  namespace: vscode.SymbolKind.Namespace,
  object: vscode.SymbolKind.Object,
  class: vscode.SymbolKind.Class,
  field: vscode.SymbolKind.Field,
  event: vscode.SymbolKind.Event,
  key: vscode.SymbolKind.Key,
  array: vscode.SymbolKind.Array,
  interface: vscode.SymbolKind.Interface,
  property: vscode.SymbolKind.Property,
};

const COMPLETION_KIND: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

export class Providers implements vscode.HoverProvider, vscode.CompletionItemProvider, vscode.DocumentSymbolProvider,
  vscode.CodeLensProvider, vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.RenameProvider {
  private readonly lensEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensEmitter.event;

  constructor(private readonly linter: Linter, private readonly lang: () => Lang) {
    linter.onDidLint(() => this.lensEmitter.fire());
  }

  /** Whether the document is one of ours (checked, or a member of a matrix ↔ analysis pair). */
  private ours(doc: vscode.TextDocument): boolean {
    return this.linter.isChecked(doc.uri, doc.getText()) || this.linter.analysisOf(doc.uri.path) !== undefined;
  }

  private parsed(doc: vscode.TextDocument): ParsedDoc | undefined {
    return this.ours(doc) ? this.linter.parsed(doc.uri.path) : undefined;
  }

  private analysisFor(doc: vscode.TextDocument): ParsedDoc | undefined {
    const a = this.linter.analysisOf(doc.uri.path);
    return a ? this.linter.parsed(a) : undefined;
  }

  /** The documents that belong together with `doc` (its analysis and the matrix files of that analysis). */
  private navDocs(doc: vscode.TextDocument): NavDoc[] {
    const { members } = this.linter.group(doc.uri.path);
    const out: NavDoc[] = [];
    for (const m of members) {
      const p = this.linter.parsed(m);
      if (p) out.push({ path: m, p });
    }
    return out;
  }

  private positions(path: string, doc: vscode.TextDocument): { positionAt(o: number): vscode.Position } | undefined {
    return path === doc.uri.path ? doc : this.linter.positionsOf(path);
  }

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const p = this.parsed(doc);
    if (!p) return undefined;
    const h = hover(p, doc.offsetAt(pos), { kind: kindOf(p), lang: this.lang(), findings: this.linter.findings(doc), analysis: this.analysisFor(doc) });
    if (!h) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(doc, h.span));
  }

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!this.ours(doc)) return undefined;
    const text = doc.getText();
    const p = this.linter.parsed(doc.uri.path);
    const kind = p ? kindOf(p) : 'analysis';
    const entries = complete(text, doc.offsetAt(pos), { kind, lang: this.lang(), analysis: this.analysisFor(doc) });
    return entries.map((e) => {
      const item = new vscode.CompletionItem(e.detail ? { label: e.label, description: e.detail } : e.label, COMPLETION_KIND[e.kind]);
      item.insertText = e.snippet ? new vscode.SnippetString(e.insertText) : e.insertText;
      item.range = toRange(doc, e.range);
      item.filterText = e.label;
      if (e.detail) item.detail = e.detail;
      if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
      if (e.sortText) item.sortText = e.sortText;
      return item;
    });
  }

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    const p = this.parsed(doc);
    if (!p) return undefined;
    const conv = (s: SymbolNode): vscode.DocumentSymbol => {
      const d = new vscode.DocumentSymbol(s.name, s.detail ?? '', SYMBOL_KIND[s.kind], toRange(doc, s.span), toRange(doc, s.selection));
      d.children = s.children.map(conv);
      return d;
    };
    return documentSymbols(p, kindOf(p), this.lang()).map(conv);
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] | undefined {
    const p = this.parsed(doc);
    if (!p) return undefined;
    const analysisPath = this.linter.analysisOf(doc.uri.path);
    let lenses;
    if (analysisPath) {
      const a = this.linter.parsed(analysisPath);
      if (!a) return [];
      lenses = codeLenses(p, this.lang(), { analysis: a });
    } else {
      const matrices = this.linter.group(doc.uri.path).members.filter((m) => m !== doc.uri.path)
        .map((m) => this.linter.parsed(m)).filter((x): x is ParsedDoc => !!x);
      lenses = codeLenses(p, this.lang(), { matrices });
    }
    return lenses.map((l) => new vscode.CodeLens(toRange(doc, l.span), l.about === 'riskmap'
      ? { title: l.title, command: 'behorighet.showRiskMap', arguments: [doc.uri] }
      : { title: l.title, command: '' }));
  }

  private locations(doc: vscode.TextDocument, places: { path: string; span: { start: number; end: number } }[]): vscode.Location[] {
    return places.flatMap((pl) => {
      const pos = this.positions(pl.path, doc);
      return pos ? [new vscode.Location(this.linter.uriOf(pl.path), toRange(pos, pl.span))] : [];
    });
  }

  private from(doc: vscode.TextDocument): { docs: NavDoc[]; from: NavDoc } | undefined {
    if (!this.ours(doc)) return undefined;
    const docs = this.navDocs(doc);
    const from = docs.find((d) => d.path === doc.uri.path);
    return from ? { docs, from } : undefined;
  }

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): vscode.Location[] | undefined {
    const f = this.from(doc);
    return f ? this.locations(doc, definitions(f.docs, f.from, doc.offsetAt(pos))) : undefined;
  }

  provideReferences(doc: vscode.TextDocument, pos: vscode.Position, ctx: vscode.ReferenceContext): vscode.Location[] | undefined {
    const f = this.from(doc);
    return f ? this.locations(doc, references(f.docs, f.from, doc.offsetAt(pos), ctx.includeDeclaration)) : undefined;
  }

  prepareRename(doc: vscode.TextDocument, pos: vscode.Position): vscode.Range | { range: vscode.Range; placeholder: string } {
    const f = this.from(doc);
    const o = f && idAt(f.from, doc.offsetAt(pos));
    if (!o) throw new Error(this.lang() === 'sv' ? 'Här finns inget id att byta namn på.' : 'There is no id to rename here.');
    return { range: toRange(doc, o.span), placeholder: o.id };
  }

  provideRenameEdits(doc: vscode.TextDocument, pos: vscode.Position, newName: string): vscode.WorkspaceEdit | undefined {
    const f = this.from(doc);
    if (!f) return undefined;
    const r = rename(f.docs, f.from, doc.offsetAt(pos), newName);
    if (!r) return undefined;
    if ('error' in r) throw new Error(this.lang() === 'sv' ? `Ogiltigt id: ${r.error}` : `Not a valid id: ${r.error}`);
    const we = new vscode.WorkspaceEdit();
    for (const [path, edits] of r.edits) {
      const pos2 = this.positions(path, doc);
      if (!pos2) continue;
      const uri = this.linter.uriOf(path);
      for (const e of edits) we.replace(uri, toRange(pos2, e), e.newText);
    }
    return we;
  }
}
