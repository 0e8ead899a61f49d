/** A git repository in a temporary folder, and `bra diff` run on it through runDiff with a real io (fs + git). */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runDiff } from '../../src/cli/diff-command';

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
}

export class TempRepo {
  readonly dir: string;
  constructor() {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bra-diff-sec-')));
    this.git('init', '-q', '-b', 'main');
  }
  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env: gitEnv(), encoding: 'utf8' });
  }
  write(files: Record<string, string>): this {
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(this.dir, p)), { recursive: true });
      fs.writeFileSync(path.join(this.dir, p), text);
    }
    return this;
  }
  commit(message = 'c'): this {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this;
  }
  async diff(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runDiff(['diff', ...args], {
      cwd: this.dir,
      env: { ...gitEnv(), BRA_LANG: undefined, LANG: 'C' },
      readFile: (p) => fs.readFileSync(p, 'utf8'),
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s; },
      version: '9.9.9',
    });
    return { code, stdout, stderr };
  }
  cleanup() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
