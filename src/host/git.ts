/**
 * Running git, for both adapters (the CLI's `bra diff` and `bra report`, the extension's review and export commands):
 * one place for the flags and the environment that keep anything a repository configures from running (security
 * report L1). No shell (execFile); a clean environment (no GIT_DIR & co. from the caller, C locale, no prompt, no
 * optional locks); and on every command:
 * - `-c core.hooksPath=/dev/null`: no hook (post-index-change …);
 * - `-c core.fsmonitor=false`, `-c diff.external=`, `-c core.pager=cat`: no fsmonitor, external diff or pager;
 * - `-c core.quotepath=off`: paths as they are (UTF-8), not C-quoted.
 * Which commands are safe to run (no clean/process filters: never hash a working-tree file) is the callers' part;
 * see src/cli/git.ts.
 */
import { execFile } from 'node:child_process';

/** The options before every git command. */
export const SAFE = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '-c', 'diff.external=', '-c', 'core.pager=cat'];

const KEEP = ['PATH', 'Path', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP', 'XDG_CONFIG_HOME'];

/** PATH, HOME and temp dirs from `env`, nothing git-specific (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE …), C locale. */
export function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEEP) if (typeof env[k] === 'string') out[k] = env[k]!;
  out.LC_ALL = 'C';
  out.LANG = 'C';
  out.GIT_TERMINAL_PROMPT = '0';
  out.GIT_OPTIONAL_LOCKS = '0';
  out.GIT_PAGER = 'cat';
  return out;
}

/**
 * `git SAFE… args` in `cwd` without blocking: its stdout, or a rejection with git's first error line (without
 * `fatal:`) and the error's `code` (ENOENT: git is missing).
 */
export function gitAsync(cwd: string, args: string[], env: Record<string, string | undefined>, maxBuffer = 256 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...SAFE, ...args], { cwd, env: cleanEnv(env), maxBuffer, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const code = (err as { code?: unknown }).code;
      reject(Object.assign(new Error((stderr || err.message).split('\n')[0].replace(/^(fatal|error):\s*/, '')), { code }));
    });
  });
}
