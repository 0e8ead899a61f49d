/**
 * The layer check behind test/unit/layers.test.ts, on the TypeScript syntax tree (not regexes), so that no spelling
 * gets past it. Every module edge counts, type-only ones too:
 *   import … from 'x' / "x" / `x`, import 'x', export … from 'x', import x = require('x'), require('x'),
 *   require.resolve('x'), import('x'), typeof import('x') / import('x').T, /// <reference path|types|lib>.
 * A computed specifier (import(name), require(a + b)) is refused: it cannot be checked.
 * In the engine layers (every folder but the host adapters cli/ and extension/) the host's globals are refused
 * too: process, require, Buffer, __dirname, __filename, module, exports, global, also reached through globalThis,
 * eval or Function. A name declared in the file (a parameter `process`, a local `module`) is not the global: names
 * are resolved with the type checker, so shadowing and property names (`x.process`, `{ process: 1 }`) are fine.
 * Import cycles are refused between folders (even when the table would allow both directions) and between files.
 * A rule file (src/rules/BRA…) imports no other rule file: what rules share is in src/domain/, which imports no rule.
 */
import * as path from 'node:path';
import * as ts from 'typescript';

/** A source file: path relative to src/ with forward slashes (`engine/index.ts`), and its text. */
export interface SourceText {
  file: string;
  text: string;
}
/**
 * README's layout table: src folder → the src folders it may import (written plain) and the packages, `node:*`
 * modules and `schemas/*.json` (written in backticks: the package `yaml` is not the folder yaml).
 */
export type LayerTable = Record<string, { folders: string[]; packages: string[] }>;

/** The host adapters: the only folders that may use node's globals. */
export const HOST_FOLDERS = ['cli', 'extension'];
const HOST_GLOBALS = new Set(['process', 'require', 'Buffer', '__dirname', '__filename', 'module', 'exports', 'global']);
/** A catalogue rule's file (`rules/BRA018-probability-severity.ts`): it imports no other rule file. */
export const RULE_FILE = /^rules\/BRA\d{3}-[a-z0-9-]+\.ts$/;
/** Reach any global by name: refused outright in the engine layers. */
const GLOBAL_DOORS = new Set(['globalThis', 'eval', 'Function']);

/** README's "Layout" table: `| \`src/x/\` | what | may import |`; text in parentheses is a comment. */
export function readLayerTable(readme: string): LayerTable {
  const out: LayerTable = {};
  for (const m of readme.matchAll(/^\| `src\/([a-z0-9]+)\/` \|[^\n]*\| ([^|\n]*) \|$/gm)) {
    const items = m[2].replace(/\([^)]*\)/g, '').split(',').map((x) => x.trim()).filter((x) => x !== '' && x !== 'nothing');
    out[m[1]] = { folders: items.filter((x) => !x.startsWith('`')), packages: items.filter((x) => x.startsWith('`')).map((x) => x.replace(/`/g, '')) };
  }
  return out;
}

/** Every cycle of a directed graph (one per strongly connected component with more than one node, or a self-loop). */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  // Tarjan's strongly connected components
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])])].sort();
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) out.push(cyclePath(graph, scc.sort()));
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return out;
}

/** One concrete cycle through the first node of a strongly connected component: a → … → a. */
function cyclePath(graph: Map<string, Set<string>>, scc: string[]): string[] {
  const inScc = new Set(scc);
  const start = scc[0];
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!inScc.has(w)) continue;
      if (w === start) {
        const p = [start];
        for (let x = v; x !== start; x = prev.get(x)!) p.splice(1, 0, x);
        return [...p, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The allowed src-folder graph of the table (packages and node: modules left out). */
export function tableGraph(table: LayerTable): Map<string, Set<string>> {
  return new Map(Object.entries(table).map(([k, v]) => [k, new Set(v.folders)]));
}

interface Edge {
  file: string;
  line: number;
  spec: string;
  how: string;
}

/** What an import specifier names: a src folder (`engine`), a src file (for file cycles), a package or `node:x`. */
function targetOf(from: string, spec: string): { folder?: string; file?: string; pkg?: string; outside?: string } {
  if (spec.startsWith('.')) {
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    if (rel.startsWith('../') || rel === '..') return { outside: rel };
    return { folder: rel.split('/')[0], file: rel };
  }
  if (spec.startsWith('/') || /^[a-zA-Z]:/.test(spec)) return { outside: spec };
  if (spec.startsWith('node:')) return { pkg: spec };
  const parts = spec.split('/');
  return { pkg: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

function literalText(n: ts.Node | undefined): string | undefined {
  return n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
}

/** Every module edge of a file, and the specifiers that cannot be read (computed). */
function edgesOf(sf: ts.SourceFile, file: string): { edges: Edge[]; problems: string[] } {
  const edges: Edge[] = [];
  const problems: string[] = [];
  const lineOf = (n: ts.Node | number) => sf.getLineAndCharacterOfPosition(typeof n === 'number' ? n : n.getStart(sf)).line + 1;
  const add = (n: ts.Node | number, spec: string | undefined, how: string) => {
    if (spec !== undefined) edges.push({ file, line: lineOf(n), spec, how });
    else problems.push(`${file}:${lineOf(n)}: ${how} with a computed specifier cannot be checked: ${typeof n === 'number' ? '' : n.getText(sf).slice(0, 80)}`);
  };
  for (const r of sf.referencedFiles) problems.push(`${file}:${lineOf(r.pos)}: /// <reference path="${r.fileName}"> (import it instead)`);
  for (const r of sf.typeReferenceDirectives) add(r.pos, r.fileName.startsWith('.') ? r.fileName : `@types/${r.fileName}`, '/// <reference types>');
  for (const r of sf.libReferenceDirectives) problems.push(`${file}:${lineOf(r.pos)}: /// <reference lib="${r.fileName}"> (set libraries in tsconfig.json)`);
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
      if (n.moduleSpecifier) add(n, literalText(n.moduleSpecifier), ts.isImportDeclaration(n) ? 'import' : 'export … from');
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      add(n, literalText(n.moduleReference.expression), 'import = require()');
    } else if (ts.isImportTypeNode(n)) {
      const arg = n.argument;
      add(n, ts.isLiteralTypeNode(arg) ? literalText(arg.literal) : undefined, 'import() type');
    } else if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) add(n, literalText(n.arguments[0]), 'dynamic import()');
      else if (ts.isIdentifier(callee) && callee.text === 'require') add(n, literalText(n.arguments[0]), 'require()');
      else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require' && callee.name.text === 'resolve') {
        add(n, literalText(n.arguments[0]), 'require.resolve()');
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { edges, problems };
}

/** Is this identifier a name that is not a reference: a property (`x.process`, `{ process: 1 }`), a declared name, a label? */
function isNotAReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return true;
  if ((ts.isBindingElement(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return true;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return true;
  if (ts.isShorthandPropertyAssignment(p)) return false;
  return ts.getNameOfDeclaration(p as ts.Declaration) === id;
}

/** Uses of the host's globals (and the doors to them) in an engine-layer file; names declared in the program are not globals. */
function globalsOf(sf: ts.SourceFile, file: string, checker: ts.TypeChecker): string[] {
  const out: string[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const declaredHere = (sym: ts.Symbol | undefined) => !!sym?.declarations?.length;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && (HOST_GLOBALS.has(n.text) || GLOBAL_DOORS.has(n.text)) && !isNotAReference(n)) {
      const sym = ts.isShorthandPropertyAssignment(n.parent) ? checker.getShorthandAssignmentValueSymbol(n.parent) : checker.getSymbolAtLocation(n);
      if (!declaredHere(sym)) {
        out.push(`${file}:${lineOf(n)}: uses the global '${n.text}' (${GLOBAL_DOORS.has(n.text) ? 'a way to any global' : 'only src/cli and src/extension may'})`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * Checks source files of src/ against the table. Returns the violations, one line each (`file:line: what`), in a
 * stable order; none means the tree keeps its layers.
 */
export function checkLayers(sources: SourceText[], table: LayerTable): string[] {
  const SRC = '/src/';
  const byName = new Map(sources.map((s) => [SRC + s.file, s]));
  const options: ts.CompilerOptions = { noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.ES2022, allowJs: false };
  const host = ts.createCompilerHost(options);
  const sfCache = new Map<string, ts.SourceFile>();
  host.getSourceFile = (name, lang) => {
    const s = byName.get(name);
    if (!s) return undefined;
    let sf = sfCache.get(name);
    if (!sf) sfCache.set(name, (sf = ts.createSourceFile(name, s.text, lang, true)));
    return sf;
  };
  host.fileExists = (name) => byName.has(name);
  host.readFile = (name) => byName.get(name)?.text;
  host.getCurrentDirectory = () => '/';
  host.writeFile = () => undefined;
  const program = ts.createProgram({ rootNames: [...byName.keys()], options, host });
  const checker = program.getTypeChecker();

  const problems: string[] = [];
  const folderGraph = new Map<string, Set<string>>();
  const fileGraph = new Map<string, Set<string>>();
  const known = new Set(sources.map((s) => s.file));
  const resolveFile = (rel: string) => [rel, `${rel}.ts`, `${rel}/index.ts`].find((f) => known.has(f.replace(/\.js$/, '.ts')))?.replace(/\.js$/, '.ts');

  for (const s of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const sf = program.getSourceFile(SRC + s.file)!;
    const folder = s.file.includes('/') ? s.file.split('/')[0] : '';
    const allowed = table[folder];
    if (!allowed) {
      problems.push(`${s.file}: src/${folder || s.file} has no row in README's layout table`);
      continue;
    }
    const { edges, problems: unreadable } = edgesOf(sf, s.file);
    problems.push(...unreadable);
    for (const e of edges) {
      const t = targetOf(s.file, e.spec);
      const where = `${e.file}:${e.line}: ${e.how} '${e.spec}'`;
      if (t.outside !== undefined) {
        if (!(/^\.\.\/schemas\/[a-z0-9-]+\.schema\.json$/.test(t.outside) && allowed.packages.includes('schemas/*.json'))) problems.push(`${where} reaches outside src/ (${t.outside})`);
        continue;
      }
      if (t.folder !== undefined) {
        const target = resolveFile(t.file!);
        if (target) fileGraph.set(s.file, (fileGraph.get(s.file) ?? new Set()).add(target));
        if (t.folder === folder) {
          if (RULE_FILE.test(s.file) && target && RULE_FILE.test(target)) problems.push(`${where}: a rule file may not import another rule file (what rules share goes in src/domain/)`);
          continue;
        }
        if (!allowed.folders.includes(t.folder)) problems.push(`${where}: src/${folder} may not import src/${t.folder}`);
        folderGraph.set(folder, (folderGraph.get(folder) ?? new Set()).add(t.folder));
        continue;
      }
      if (!allowed.packages.includes(t.pkg!)) problems.push(`${where}: ${t.pkg} is not allowed in src/${folder}`);
    }
    if (!HOST_FOLDERS.includes(folder)) problems.push(...globalsOf(sf, s.file, checker));
  }
  for (const c of cyclesOf(folderGraph)) problems.push(`import cycle between folders: ${c.map((f) => `src/${f}`).join(' → ')}`);
  for (const c of cyclesOf(fileGraph)) problems.push(`import cycle between files: ${c.join(' → ')}`);
  return problems;
}
