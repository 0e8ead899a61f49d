/** src/host/provenance.ts: what the CLI and the extension share to tell a report's files from the commit's. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { blobId, blobState, lsTreeArgs, lsTreeBlobs, sha256 } from '../../src/host/provenance';

describe('host provenance: blob ids and file states', () => {
  it('blobId is the id git gives the bytes (git hash-object), sha1 and sha256 by the commit id\'s length', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-blob-'));
    try {
      const bytes = Buffer.from('schema_version: "1.0"\r\nå: 1\n');
      fs.writeFileSync(path.join(dir, 'a'), bytes);
      assert.equal(blobId(bytes, 'x'.repeat(40)), execFileSync('git', ['hash-object', '--no-filters', path.join(dir, 'a')], { encoding: 'utf8' }).trim());
      assert.equal(blobId(bytes, 'x'.repeat(64)).length, 64);
      assert.equal(sha256(Buffer.from('')), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('blobState: clean (also when only CRLF differs), modified, untracked', () => {
    const lf = Buffer.from('a: 1\nb: 2\n');
    const crlf = Buffer.from('a: 1\r\nb: 2\r\n');
    const commit = 'c'.repeat(40);
    const blob = blobId(lf, commit);
    assert.equal(blobState(lf, blob, commit), 'clean');
    assert.equal(blobState(crlf, blob, commit), 'clean');
    assert.equal(blobState(Buffer.from('a: 2\n'), blob, commit), 'modified');
    assert.equal(blobState(lf, undefined, commit), 'untracked');
  });

  it('lsTreeBlobs reads `git ls-tree -z`: blobs by path (tabs and newlines in names kept), trees and submodules left out', () => {
    const out = ['100644 blob aaa\tanalys/a.bra.yaml', '040000 tree bbb\tanalys', '160000 commit ccc\tsub', '100644 blob ddd\tnamn med\ttab\nrad', ''].join('\0');
    assert.deepEqual([...lsTreeBlobs(out)], [['analys/a.bra.yaml', 'aaa'], ['namn med\ttab\nrad', 'ddd']]);
  });

  it('lsTreeArgs asks for each repository path once, literally; nothing to ask without one', () => {
    assert.deepEqual(lsTreeArgs('c1', ['a/x.bra.yaml', undefined, 'a/x.bra.yaml', 'b*.yaml']), ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', 'c1', '--', 'a/x.bra.yaml', 'b*.yaml']);
    assert.equal(lsTreeArgs('c1', [undefined]), undefined);
  });
});
