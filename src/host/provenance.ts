/**
 * What the CLI (src/cli/provenance.ts) and the extension (src/extension/export.ts) share to say which git commit an
 * evidence report was made from: the SHA-256 of a file, the blob id git gives its bytes, `git ls-tree -z` read into
 * path → blob, and a file's state against the commit. Pure apart from node:crypto; git itself runs in ./git.ts.
 */
import { createHash } from 'node:crypto';

export type BlobState = 'clean' | 'modified' | 'untracked';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The id git gives these bytes as a blob (sha1 or sha256, as the repository's commit ids are). */
export function blobId(bytes: Uint8Array, commit: string): string {
  return createHash(commit.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The bytes with each CRLF as LF (a checkout with autocrlf has CRLF on disk and LF in the blob). */
export function crlfToLf(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (!(bytes[i] === 13 && bytes[i + 1] === 10)) out.push(bytes[i]);
  return Uint8Array.from(out);
}

/** The `git ls-tree` arguments that list the blobs of these repository paths at `commit`; undefined when there are none. */
export function lsTreeArgs(commit: string, paths: (string | undefined)[]): string[] | undefined {
  const asked = [...new Set(paths.filter((r): r is string => r !== undefined))];
  return asked.length ? ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...asked] : undefined;
}

/** `git ls-tree -z` output → repository path → blob id (trees and submodules left out). */
export function lsTreeBlobs(out: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const rec of out.split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab === -1) continue;
    const [, type, object] = rec.slice(0, tab).split(' ');
    if (type === 'blob') blobs.set(rec.slice(tab + 1), object);
  }
  return blobs;
}

/** A file's state against the commit: its blob there (undefined: not in the commit) and its bytes now. */
export function blobState(bytes: Uint8Array, blob: string | undefined, commit: string): BlobState {
  if (blob === undefined) return 'untracked';
  return blobId(bytes, commit) === blob || blobId(crlfToLf(bytes), commit) === blob ? 'clean' : 'modified';
}
