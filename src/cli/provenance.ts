/**
 * What `bra report` was made from: the SHA-256 of each input file's bytes and the git commit of the analysis's
 * repository, with each file's state against that commit. git runs through git.ts (no shell, clean environment,
 * no fsmonitor, no external diff); the states are found without `git status` (which may run a repository's clean
 * filters): the file's bytes are hashed as a git blob and compared with the blob `git ls-tree` names at HEAD.
 */
import { blobState, lsTreeArgs, lsTreeBlobs, sha256 } from '../host/provenance';
import * as nodePath from 'node:path';
import type { FileState, Provenance } from '../evidence';
import { Git, GitError, decode, defaultExec } from './git';
import type { Exec } from './git';

export interface ProvenanceIo {
  env: Record<string, string | undefined>;
  /** A file's bytes (absolute path). */
  readBytes(path: string): Uint8Array;
  /** Runs git (tests may inject); default child_process.execFileSync. */
  exec?: Exec;
  /** The time of the report (default: now). */
  now?: () => Date;
}

export { sha256 } from '../host/provenance';

/** Provenance of `files` (the first is the analysis; `path` is how the report shows it). Never throws for git. */
export function provenanceOf(files: { abs: string; path: string }[], io: ProvenanceIo): Provenance {
  const exec = io.exec ?? defaultExec;
  const bytes = files.map((f) => io.readBytes(f.abs));
  const out: Provenance = {
    files: files.map((f, i) => ({ path: f.path, sha256: sha256(bytes[i]) })),
    generatedAt: (io.now ?? (() => new Date()))().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  if (files.length === 0) return out;
  let git: Git;
  try {
    git = Git.open(nodePath.dirname(files[0].abs), io.env, exec);
  } catch (e) {
    const msg = e instanceof GitError ? e.message : String(e);
    if (msg === 'git not found on PATH') out.noGit = 'no-git';
    else if (/not a git repository/i.test(msg)) out.noGit = 'not-a-repository';
    else Object.assign(out, { noGit: 'failed', detail: msg });
    return out;
  }
  let commit: string;
  try {
    commit = git.commit('HEAD');
  } catch {
    out.noGit = 'no-commits';
    return out;
  }
  out.commit = commit;
  // each file's path in the repository, from git itself (symbolic links in the path resolved as git sees them)
  const rel: (string | undefined)[] = files.map((f) => {
    try {
      const g = f.abs === files[0].abs ? git : Git.open(nodePath.dirname(f.abs), io.env, exec);
      return g.root === git.root ? `${g.prefix}${nodePath.basename(f.abs)}` : undefined;
    } catch {
      return undefined;
    }
  });
  let blobs = new Map<string, string>();
  const args = lsTreeArgs(commit, rel);
  try {
    if (args) blobs = lsTreeBlobs(decode(git.run(args)));
  } catch {
    /* every file then counts as not committed */
  }
  out.files.forEach((f, i) => {
    f.state = blobState(bytes[i], rel[i] === undefined ? undefined : blobs.get(rel[i]!), commit);
  });
  return out;
}
