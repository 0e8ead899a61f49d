/**
 * One git adapter (src/host/git.ts) for the CLI and the extension: repository-configured programs are switched off on
 * every command, the caller's GIT_* environment is dropped, and nothing else in src/ starts a process.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAFE, gitAsync } from '../../src/host/git';

const ROOT = path.resolve(__dirname, '../../..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('host: the git adapter', () => {
  it('the repository cannot switch hooks, fsmonitor, external diff or the pager back on; GIT_DIR of the caller is ignored', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bra-hostgit-')));
    try {
      const env = { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' };
      execFileSync('git', ['init', '-q'], { cwd: dir, env });
      for (const [k, v] of [['core.hooksPath', 'hooks'], ['core.fsmonitor', 'touch marker'], ['diff.external', 'touch marker'], ['core.pager', 'touch marker']]) {
        execFileSync('git', ['config', k, v], { cwd: dir, env });
      }
      const get = async (k: string) => (await gitAsync(dir, ['config', '--get', k], { ...env, GIT_DIR: '/nonexistent' })).trim();
      assert.deepEqual([await get('core.hooksPath'), await get('core.fsmonitor'), await get('diff.external'), await get('core.pager')], ['/dev/null', 'false', '', 'cat']);
      await assert.rejects(gitAsync(dir, ['rev-parse', '--verify', '--quiet', 'nope^{commit}'], env));
      assert.ok(!fs.existsSync(path.join(dir, 'marker')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only the git adapters start processes (child_process): src/host/git.ts, and src/cli/git.ts with its flags', () => {
    const users = tsFiles(path.join(ROOT, 'src')).filter((f) => /child_process/.test(fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    assert.deepEqual(users.map((f) => path.relative(ROOT, f).split(path.sep).join('/')).sort(), ['src/cli/git.ts', 'src/host/git.ts']);
    assert.match(fs.readFileSync(path.join(ROOT, 'src/cli/git.ts'), 'utf8'), /import \{ SAFE, cleanEnv \} from '\.\.\/host\/git'/);
    assert.deepEqual(SAFE.filter((_, i) => i % 2 === 1), ['core.hooksPath=/dev/null', 'core.fsmonitor=false', 'core.quotepath=off', 'diff.external=', 'core.pager=cat']);
  });
});
