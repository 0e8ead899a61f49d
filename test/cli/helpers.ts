/** Running the built CLI (dist/cli.js, what the package ships) and an in-memory io for run(). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/run';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const AS_OF = '2026-12-01';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js …` with a clean environment (no BRA_LANG/LANG/NO_COLOR of the developer's shell). */
export function bra(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Ran {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...opts.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The exit 2 contract: exactly one line on stderr starting with `bra: `, nothing on stdout, no stack trace. */
export function assertUsageError(r: Ran, pattern?: RegExp): void {
  const problems: string[] = [];
  if (r.code !== 2) problems.push(`exit ${r.code}`);
  if (!/^bra: [^\n]+\n$/.test(r.stderr)) problems.push(`stderr not one 'bra: ' line: ${JSON.stringify(r.stderr)}`);
  if (/\n\s+at /.test(r.stderr)) problems.push('stack trace');
  if (r.stdout !== '') problems.push(`stdout: ${JSON.stringify(r.stdout.slice(0, 200))}`);
  if (pattern && !pattern.test(r.stderr)) problems.push(`stderr ${JSON.stringify(r.stderr)} !~ ${pattern}`);
  if (problems.length) throw new Error(problems.join('; '));
}

const made: string[] = [];

/** A temporary directory with these files (relative paths; directories are created). */
export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-cli-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

export function cleanTempDirs(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function sample(rel: string): string {
  return fs.readFileSync(path.join(ROOT, 'samples', rel), 'utf8');
}


/**
 * An in-memory file system and console for run(). Paths are POSIX absolute; `files` maps them to contents
 * (an Error value makes reading that file throw it).
 */
export function memoryIo(files: Record<string, string | Error>, opts: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const err = (code: string, p: string) => Object.assign(new Error(`${code}: ${p}`), { code });
  const dirs = new Set<string>(['/']);
  for (const f of Object.keys(files)) {
    for (let d = path.posix.dirname(f); ; d = path.posix.dirname(d)) {
      dirs.add(d);
      if (d === '/') break;
    }
  }
  const kind = (p: string) => (p in files ? 'file' : dirs.has(p) ? 'dir' : undefined);
  const io: CliIo = {
    cwd: '/w',
    env: {},
    isTTY: false,
    version: '9.9.9',
    today: () => AS_OF,
    readFile(p) {
      const k = kind(p);
      if (k === 'dir') throw err('EISDIR', p);
      if (!k) throw err('ENOENT', p);
      const c = files[p];
      if (c instanceof Error) throw c;
      return c as string;
    },
    stat(p) {
      const k = kind(p);
      if (!k) throw err('ENOENT', p);
      return { isFile: () => k === 'file', isDirectory: () => k === 'dir' };
    },
    readdir(p) {
      if (kind(p) !== 'dir') throw err(kind(p) ? 'ENOTDIR' : 'ENOENT', p);
      const names = new Set<string>();
      for (const q of [...Object.keys(files), ...dirs]) if (q !== p && path.posix.dirname(q) === p) names.add(path.posix.basename(q));
      return [...names].map((name) => {
        const k = kind(path.posix.join(p, name));
        return { name, isFile: () => k === 'file', isDirectory: () => k === 'dir', isSymbolicLink: () => false };
      });
    },
    stdout: (s) => void (out.stdout += s),
    stderr: (s) => void (out.stderr += s),
    ...opts,
  };
  return { io, out };
}
