/**
 * The dependency direction of README's layout table, checked on the syntax tree of every file of src/
 * (test/support/layers.ts), and the bypasses the architecture review (§1.3) found, each as a small in-memory tree
 * that the check must reject.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkLayers, cyclesOf, readLayerTable, tableGraph } from '../support/layers';
import type { LayerTable, SourceText } from '../support/layers';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const TABLE = readLayerTable(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}
const srcFolders = () => fs.readdirSync(SRC).filter((f) => fs.statSync(path.join(SRC, f)).isDirectory()).sort();

/** The real layers of the table, plus the given files (path relative to src/ → text). */
const check = (tree: Record<string, string>, table: LayerTable = TABLE) => checkLayers(Object.entries(tree).map(([file, text]) => ({ file, text })), table);
/** A tree that passes, for the probes to break: engine → yaml → model. */
const BASE: Record<string, string> = {
  'model/index.ts': 'export interface Span { start: number; end: number }\n',
  'yaml/index.ts': "import type { Span } from '../model';\nexport const parse = (t: string): Span => ({ start: 0, end: t.length });\n",
  'engine/index.ts': "import { parse } from '../yaml';\nexport const lint = (t: string) => parse(t);\n",
  'cli/run.ts': "import * as fs from 'node:fs';\nimport { lint } from '../engine';\nexport const main = () => lint(fs.readFileSync(process.argv[2], 'utf8'));\n",
};
const RULE_RULE = ': a rule file may not import another rule file (what rules share goes in src/domain/)';
/** Rejected, with exactly these problems (`file:line: …`). */
function rejects(add: Record<string, string>, expected: (string | RegExp)[], table?: LayerTable): void {
  const got = check({ ...BASE, ...add }, table);
  assert.equal(got.length, expected.length, got.join('\n'));
  expected.forEach((e, i) => (typeof e === 'string' ? assert.equal(got[i], e) : assert.match(got[i], e)));
}

describe('layers: imports follow the dependency direction', () => {
  it('README has a row for every src folder and nothing else', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), srcFolders());
  });

  it("README's table allows no cycle between src folders (the layers are an order)", () => {
    assert.deepEqual(cyclesOf(tableGraph(TABLE)), []);
    assert.deepEqual(cyclesOf(tableGraph({ ...TABLE, yaml: { ...TABLE.yaml, folders: [...TABLE.yaml.folders, 'engine'] } })), [['domain', 'yaml', 'engine', 'domain']]);
  });

  it('the real src/ keeps its layers: no forbidden import, no host global in the engine, no import cycle, no rule → rule import', () => {
    const sources: SourceText[] = files(SRC).map((f) => ({ file: path.relative(SRC, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
    assert.ok(sources.length > 50, String(sources.length));
    assert.deepEqual(checkLayers(sources, TABLE), []);
  });

  it('the probe tree without a probe passes', () => {
    assert.deepEqual(check(BASE), []);
  });

  describe('each bypass of the review (§1.3) is rejected', () => {
    it('import with double quotes, and with single quotes (the control)', () => {
      rejects({ 'engine/probe1.ts': 'import * as vscode from "vscode";\nexport const v = vscode;\n' }, ["engine/probe1.ts:1: import 'vscode': vscode is not allowed in src/engine"]);
      rejects({ 'engine/probe1.ts': "import * as vscode from 'vscode';\nexport const v = vscode;\n" }, ["engine/probe1.ts:1: import 'vscode': vscode is not allowed in src/engine"]);
    });

    it('dynamic import()', () => {
      rejects({ 'rules/probe2.ts': "export async function f() {\n  return import('vscode');\n}\n" }, ["rules/probe2.ts:2: dynamic import() 'vscode': vscode is not allowed in src/rules"]);
    });

    it('typeof import() upwards (yaml → engine), which also closes a cycle', () => {
      rejects({ 'yaml/probe3.ts': "export type Z = typeof import('../engine');\n" }, [
        "yaml/probe3.ts:1: import() type '../engine': src/yaml may not import src/engine",
        'import cycle between folders: src/engine → src/yaml → src/engine',
      ]);
      rejects({ 'yaml/probe3.ts': "export type Z = import('../engine').Lint;\n" }, [/^yaml\/probe3\.ts:1: import\(\) type '\.\.\/engine': src\/yaml may not import src\/engine$/, /folders/]);
      // yaml/index.ts itself importing the engine: a cycle between files too
      rejects({ 'yaml/index.ts': `import type { Lint } from '../engine';\n${BASE['yaml/index.ts']}` }, [
        "yaml/index.ts:1: import '../engine': src/yaml may not import src/engine",
        'import cycle between folders: src/engine → src/yaml → src/engine',
        'import cycle between files: engine/index.ts → yaml/index.ts → engine/index.ts',
      ]);
    });

    it('process in the engine (and the other host globals)', () => {
      rejects({ 'engine/probe4.ts': 'export const home = process.env.HOME;\n' }, ["engine/probe4.ts:1: uses the global 'process' (only src/cli and src/extension may)"]);
      rejects({
        'rules/g.ts': [
          'export const a = Buffer.from("x");',
          'export const b = __dirname + __filename;',
          'export const c = globalThis.process;',
          "export const d = (globalThis as any)['process'];",
          'export const { env } = process;',
          'export const e = { process };',
          'export const f = typeof module === "object" && exports;',
          'export const g = global;',
          "export const h = eval('process');",
          "export const i = Function('return process')();",
          'export type T = typeof process;',
        ].join('\n'),
      }, [
        "rules/g.ts:1: uses the global 'Buffer' (only src/cli and src/extension may)",
        "rules/g.ts:2: uses the global '__dirname' (only src/cli and src/extension may)",
        "rules/g.ts:2: uses the global '__filename' (only src/cli and src/extension may)",
        "rules/g.ts:3: uses the global 'globalThis' (a way to any global)",
        "rules/g.ts:4: uses the global 'globalThis' (a way to any global)",
        "rules/g.ts:5: uses the global 'process' (only src/cli and src/extension may)",
        "rules/g.ts:6: uses the global 'process' (only src/cli and src/extension may)",
        "rules/g.ts:7: uses the global 'module' (only src/cli and src/extension may)",
        "rules/g.ts:7: uses the global 'exports' (only src/cli and src/extension may)",
        "rules/g.ts:8: uses the global 'global' (only src/cli and src/extension may)",
        "rules/g.ts:9: uses the global 'eval' (a way to any global)",
        "rules/g.ts:10: uses the global 'Function' (a way to any global)",
        "rules/g.ts:11: uses the global 'process' (only src/cli and src/extension may)",
      ]);
    });
  });

  describe('every other spelling of an import is read', () => {
    const cases: [string, string, string][] = [
      ['export * from', "export * from 'vscode';\n", "export … from 'vscode'"],
      ['export { } from, double quotes', 'export { window } from "vscode";\n', "export … from 'vscode'"],
      ['import type', "import type { Uri } from 'vscode';\nexport type U = Uri;\n", "import 'vscode'"],
      ['a side-effect import', "import 'vscode';\n", "import 'vscode'"],
      ['import = require()', "import vscode = require('vscode');\nexport const v = vscode;\n", "import = require() 'vscode'"],
      ['a template literal', 'export const v = import(`vscode`);\n', "dynamic import() 'vscode'"],
      ['a deep path into a package', "import { x } from 'vscode/sub/path';\nexport const v = x;\n", "import 'vscode/sub/path'"],
      ['a scoped package', "import { x } from '@vscode/test-electron';\nexport const v = x;\n", "import '@vscode/test-electron'"],
    ];
    for (const [name, text, how] of cases) {
      it(name, () => {
        const pkg = how.includes('@vscode') ? '@vscode/test-electron' : 'vscode';
        rejects({ 'engine/p.ts': text }, [`engine/p.ts:1: ${how}: ${pkg} is not allowed in src/engine`]);
      });
    }

    it("require('x') is an import, and require itself a host global in the engine", () => {
      rejects({ 'engine/p.ts': 'export const v = require("vscode");\n' }, [
        "engine/p.ts:1: require() 'vscode': vscode is not allowed in src/engine",
        "engine/p.ts:1: uses the global 'require' (only src/cli and src/extension may)",
      ]);
      rejects({ 'cli/p.ts': "export const v = require('vscode');\n" }, ["cli/p.ts:1: require() 'vscode': vscode is not allowed in src/cli"]);
    });

    it('a computed specifier cannot be checked: refused', () => {
      rejects({ 'cli/p.ts': "const name = 'vs' + 'code';\nexport const v = import(name);\n" }, ["cli/p.ts:2: dynamic import() with a computed specifier cannot be checked: import(name)"]);
      rejects({ 'cli/p.ts': "export const v = require(`vs${'code'}`);\n" }, [/^cli\/p\.ts:1: require\(\) with a computed specifier cannot be checked/]);
    });

    it('node modules: node:fs in the engine; fs without node: anywhere; /// <reference types="node" />', () => {
      rejects({ 'engine/p.ts': "import * as fs from 'node:fs';\nexport const v = fs;\n" }, ["engine/p.ts:1: import 'node:fs': node:fs is not allowed in src/engine"]);
      rejects({ 'cli/p.ts': "import * as fs from 'fs';\nexport const v = fs;\n" }, ["cli/p.ts:1: import 'fs': fs is not allowed in src/cli"]);
      rejects({ 'engine/p.ts': '/// <reference types="node" />\nexport const v = 1;\n' }, ["engine/p.ts:1: /// <reference types> '@types/node': @types/node is not allowed in src/engine"]);
    });

    it('outside src/ (only schemas/*.json where the table allows it)', () => {
      rejects({ 'engine/p.ts': "import * as pkg from '../../package.json';\nexport const v = pkg;\n" }, ["engine/p.ts:1: import '../../package.json' reaches outside src/ (../package.json)"]);
      rejects({ 'engine/p.ts': "import s from '../../schemas/analysis.schema.json';\nexport const v = s;\n" }, [/reaches outside src\//]);
      assert.deepEqual(check({ ...BASE, 'schema/p.ts': "import s from '../../schemas/analysis.schema.json';\nexport const v = s;\n" }), []);
    });

    it("the package `yaml` is not the folder yaml: only src/yaml may import the package", () => {
      rejects({ 'fixes/p.ts': "import { parseDocument } from 'yaml';\nexport const v = parseDocument;\n" }, ["fixes/p.ts:1: import 'yaml': yaml is not allowed in src/fixes"]);
      assert.deepEqual(check({ ...BASE, 'yaml/p.ts': "import { parseDocument } from 'yaml';\nexport const v = parseDocument;\n" }), []);
    });

    it('a folder without a row in the table', () => {
      rejects({ 'newlayer/x.ts': 'export const v = 1;\n' }, ["newlayer/x.ts: src/newlayer has no row in README's layout table"]);
    });
  });

  describe('what is not a use of a global or an import', () => {
    it('a declared name, a property, an object key, a string, a comment; process and require in src/cli', () => {
      assert.deepEqual(check({
        ...BASE,
        'engine/ok.ts': [
          'export function f(process: { env: string }) { return process.env; }',
          'export const o = { process: 1, Buffer: 2 };',
          'export const p = (x: { process: number; module: string }) => x.process + x.module;',
          'const module = 1;',
          'export const m = module;',
          "export const s = 'process.env require(\"vscode\") import(\"vscode\")';",
          '// process.env, import("vscode")',
          'export const { process: q } = { process: 3 };',
          'label: for (;;) { break label; }',
        ].join('\n'),
        'cli/ok.ts': "export const a = process.argv;\nexport const b = require('node:fs');\nexport const c = __dirname;\n",
      }), []);
    });
  });

  describe('rules and the domain layer', () => {
    const rule = (body: string) => `import { defineRule } from './define';\n${body}export default defineRule;\n`;
    it('a rule file importing another rule file is rejected; the registry and the contract are not rule files', () => {
      rejects({
        'rules/define.ts': 'export const defineRule = 1;\n',
        'rules/BRA901-a.ts': rule('export const helper = 1;\n'),
        'rules/BRA902-b.ts': rule("import { helper } from './BRA901-a';\nexport const b = helper;\n"),
        'rules/index.ts': "import a from './BRA901-a';\nimport b from './BRA902-b';\nexport const RULES = [a, b];\n",
      }, [`rules/BRA902-b.ts:2: import './BRA901-a'${RULE_RULE}`]);
    });

    it('a rule importing src/domain passes; src/domain importing a rule (or the registry) is rejected', () => {
      const tree = {
        'domain/model.ts': 'export const str = (x: unknown) => String(x);\n',
        'rules/define.ts': 'export const defineRule = 1;\n',
        'rules/BRA901-a.ts': rule("import { str } from '../domain/model';\nexport const a = str;\n"),
      };
      assert.deepEqual(check({ ...BASE, ...tree }), []);
      rejects({ ...tree, 'domain/cascade.ts': "import { a } from '../rules/BRA901-a';\nexport const c = a;\n" }, [
        "domain/cascade.ts:1: import '../rules/BRA901-a': src/domain may not import src/rules",
        'import cycle between folders: src/domain → src/rules → src/domain',
        'import cycle between files: domain/cascade.ts → rules/BRA901-a.ts → domain/model.ts → domain/cascade.ts',
      ].slice(0, 2));
    });
  });

  describe('cycles', () => {
    it('between folders, even when the table allows both directions', () => {
      const table = { ...TABLE, yaml: { ...TABLE.yaml, folders: [...TABLE.yaml.folders, 'engine'] } };
      rejects({ 'yaml/x.ts': "import { lint } from '../engine';\nexport const v = lint;\n" }, ['import cycle between folders: src/engine → src/yaml → src/engine'], table);
    });

    it('between files of one folder', () => {
      rejects({
        'engine/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'engine/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      }, ['import cycle between files: engine/a.ts → engine/b.ts → engine/a.ts']);
    });
  });
});
