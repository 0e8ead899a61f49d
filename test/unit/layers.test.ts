/** The dependency direction of README's layout table, checked on the real imports of src/. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../../src');
/**
 * What each folder may import, read from README's layout table ("may import" column): src folders by name, packages and
 * `node:*` modules in backticks; `schemas/*.json` stands for the published schemas. Text in parentheses is a comment.
 */
function readmeTable(): Record<string, string[]> {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const out: Record<string, string[]> = {};
  for (const m of readme.matchAll(/^\| `src\/([a-z0-9]+)\/` \|[^\n]*\| ([^|\n]*) \|$/gm)) {
    out[m[1]] = m[2].replace(/\([^)]*\)/g, '').split(',').map((x) => x.trim().replace(/`/g, '')).filter((x) => x !== '' && x !== 'nothing');
  }
  return out;
}
const ALLOWED = readmeTable();

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('layers: imports follow the dependency direction', () => {
  it('README has a row for every src folder and nothing else', () => {
    assert.deepEqual(Object.keys(ALLOWED).sort(), fs.readdirSync(SRC).filter((f) => fs.statSync(path.join(SRC, f)).isDirectory()).sort());
  });
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
              assert.ok(/schemas\/[a-z-]+\.schema\.json$/.test(spec) && ALLOWED[folder].includes('schemas/*.json'), `${path.relative(SRC, file)} imports ${spec}`);
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
