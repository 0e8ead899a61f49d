/** The dependency direction of README's layout table, checked on the real imports of src/. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../../src');
/** What each folder may import: other src folders and packages (node:* only where listed). */
const ALLOWED: Record<string, string[]> = {
  model: [],
  i18n: ['model'],
  yaml: ['model', 'i18n', 'yaml'],
  fixes: ['model', 'yaml'],
  schema: ['model', 'i18n', 'yaml', 'fixes', 'ajv'],
  rules: ['model', 'i18n', 'yaml', 'fixes'],
  engine: ['model', 'i18n', 'yaml', 'schema', 'rules', 'jsonc-parser'],
  features: ['model', 'i18n', 'yaml', 'schema', 'rules', 'engine'],
  report: ['model', 'i18n', 'rules'],
  diff: ['model', 'i18n', 'yaml', 'rules', 'engine', 'report'],
  evidence: ['model', 'i18n', 'yaml', 'schema', 'rules', 'engine'],
  cli: ['model', 'i18n', 'engine', 'report', 'diff', 'evidence', 'node:child_process', 'node:fs', 'node:path', 'node:util', 'node:os'],
  extension: ['model', 'i18n', 'yaml', 'schema', 'rules', 'engine', 'features', 'diff', 'evidence', 'vscode', 'node:child_process', 'node:path', 'node:util'],
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('layers: imports follow the dependency direction', () => {
  for (const folder of fs.readdirSync(SRC).filter((f) => fs.statSync(path.join(SRC, f)).isDirectory())) {
    it(`src/${folder}/ imports only what README allows`, () => {
      assert.ok(folder in ALLOWED, `src/${folder} is in the layout table`);
      for (const file of files(path.join(SRC, folder))) {
        const text = fs.readFileSync(file, 'utf8');
        const specs = [
          ...text.matchAll(/^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*'([^']+)'/gm),
          ...text.matchAll(/^\s*import\s*'([^']+)'/gm),
          ...text.matchAll(/\brequire\('([^']+)'\)/g),
        ].map((m) => m[1]);
        for (const spec of specs) {
          let target: string;
          if (spec.startsWith('.')) {
            const abs = path.resolve(path.dirname(file), spec);
            const rel = path.relative(SRC, abs).split(path.sep);
            if (rel[0] === '..') {
              assert.ok(/schemas\/[a-z-]+\.schema\.json$/.test(spec) && folder === 'schema', `${path.relative(SRC, file)} imports ${spec}`);
              continue;
            }
            target = rel[0];
            if (target === folder) continue;
          } else target = spec.startsWith('node:') ? spec : spec.split('/')[0];
          assert.ok(ALLOWED[folder].includes(target), `${path.relative(SRC, file)} imports '${spec}' (${target} is not allowed in src/${folder})`);
        }
      }
    });
  }
});
