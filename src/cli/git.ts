/**
 * The git adapter of `bra diff` and `bra report` (provenance): reads base revisions (`git cat-file blob <rev>:<path>`), lists files and renames.
 * git runs with execFileSync (no shell), a clean environment (no GIT_DIR & co. from the caller), and nothing that a
 * repository configures may run (security report L1); the flags and the environment are src/host/git.ts's, shared
 * with the extension:
 * - `-c core.hooksPath=/dev/null`: no hook (post-index-change …); `core.fsmonitor=false`, `diff.external=`,
 *   `core.pager=cat`: no fsmonitor, external diff or pager;
 * - only commands that never read the working tree through git: clean/process filters (`filter.<name>.*`, named by
 *   in-tree .gitattributes, so not switchable off by name) run when git hashes a working-tree file, e.g. a stat-dirty
 *   file in `git diff <rev>`. So the files of the working tree are listed (`ls-files`, which reads no content) and read
 *   by us; blobs are read raw (`cat-file blob`: no textconv, no smudge); renames are found between the revision and
 *   the index (`diff-index --cached -M`, blobs only: a rename is one that is staged, as `git mv` does).
 */
import { execFileSync } from 'node:child_process';
import { SAFE, cleanEnv } from '../host/git';

export { SAFE, cleanEnv };

/** Runs a program synchronously (tests inject one); `args` already carry SAFE. */
export type Exec = (file: string, args: string[], options: { cwd: string; env: Record<string, string> }) => Buffer;

export const defaultExec: Exec = (file, args, options) =>
  execFileSync(file, args, { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });

export class GitError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: false });

export function decode(b: Buffer | Uint8Array | string): string {
  return typeof b === 'string' ? b : decoder.decode(b);
}

/** The first line of git's error output (never a stack trace). */
function gitMessage(e: unknown): string {
  const err = e as { stderr?: Buffer | string; message?: string; code?: string };
  if (err.code === 'ENOENT') return 'git not found on PATH';
  const text = err.stderr ? decode(err.stderr) : err.message ?? String(e);
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'git failed';
  return line.replace(/^(fatal|error):\s*/, '');
}

export class Git {
  /**
   * @param root the top of the work tree (as git reports it: symbolic links resolved)
   * @param prefix the directory git was opened in, relative to root (`` or `sub/dir/`)
   */
  private constructor(readonly root: string, readonly prefix: string, private readonly env: Record<string, string>, private readonly exec: Exec) {}

  /** The repository that contains `cwd` (GitError when there is none, or git is missing). */
  static open(cwd: string, env: Record<string, string | undefined>, exec: Exec = defaultExec): Git {
    const clean = cleanEnv(env);
    let lines: string[];
    try {
      lines = decode(exec('git', [...SAFE, 'rev-parse', '--show-toplevel', '--show-prefix'], { cwd, env: clean })).split('\n');
    } catch (e) {
      throw new GitError(gitMessage(e));
    }
    const root = (lines[0] ?? '').trim();
    if (!root) throw new GitError('not a git repository');
    return new Git(root, (lines[1] ?? '').trim(), clean, exec);
  }

  run(args: string[]): Buffer {
    try {
      return this.exec('git', [...SAFE, ...args], { cwd: this.root, env: this.env });
    } catch (e) {
      throw new GitError(gitMessage(e));
    }
  }

  /** The commit a ref names (GitError for an unknown ref; refs starting with `-` are refused). */
  commit(ref: string): string {
    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new GitError(`invalid ref: ${ref}`);
    let out: string;
    try {
      out = decode(this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    } catch {
      out = '';
    }
    if (!/^[0-9a-f]{40,64}$/.test(out)) throw new GitError(`unknown revision: ${ref}`);
    return out;
  }

  /** Every file at a revision (repo-relative, /-separated), with symbolic links listed apart; submodules are left out. */
  listTree(commit: string): { files: string[]; links: Set<string> } {
    const files: string[] = [];
    const links = new Set<string>();
    for (const rec of decode(this.run(['ls-tree', '-r', '-z', '--full-tree', commit])).split('\0')) {
      // <mode> SP <type> SP <object> TAB <path>
      const tab = rec.indexOf('\t');
      if (tab === -1) continue;
      const [mode, type] = rec.slice(0, tab).split(' ');
      const path = rec.slice(tab + 1);
      if (type !== 'blob') continue;
      files.push(path);
      if (mode === '120000') links.add(path);
    }
    return { files, links };
  }

  /** Files of the working tree: tracked and untracked, without ignored ones. */
  listWorkTree(): string[] {
    return [...new Set(decode(this.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name'])).split('\0').filter(Boolean))];
  }

  /** A file's text at a revision, or undefined when it does not exist there. */
  show(commit: string, path: string): string | undefined {
    try {
      return decode(this.run(['cat-file', 'blob', `${commit}:${path}`]));
    } catch {
      return undefined;
    }
  }

  /**
   * Renames between a revision and the index (staged, as `git mv` does): old path → new path. Not against the working
   * tree: that would hash stat-dirty files through the repository's clean filters.
   */
  renames(commit: string): Record<string, string> {
    const parts = decode(this.run(['diff-index', '--cached', '--name-status', '-M', '-z', commit, '--'])).split('\0');
    const out: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const status = parts[i];
      if (!status) continue;
      if (status.startsWith('R') || status.startsWith('C')) {
        if (status.startsWith('R')) out[parts[i + 1]] = parts[i + 2];
        i += 2;
      } else i += 1;
    }
    return out;
  }
}
