/** run(argv, io) with an in-memory io: the paths a real file system makes hard to reach. */
import * as assert from 'node:assert/strict';
import { isCalendarDate, localToday } from '../../src/cli/args';
import { run } from '../../src/cli/run';
import { analysisRefOf as matrixRef } from '../../src/workspace';
import { AS_OF, memoryIo } from './helpers';

const OURS = 'schema_version: "1.0"\ndocument:\n  title: x\n';

function oneLine(stderr: string, re: RegExp) {
  assert.match(stderr, /^bra: [^\n]+\n$/);
  assert.match(stderr, re);
}

describe('cli: run() with an in-memory io', () => {
  it('an unreadable file → exit 2, one line with the reason', async () => {
    const { io, out } = memoryIo({ '/w/a.bra.yaml': Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }) });
    assert.equal(await run(['check', 'a.bra.yaml', '--lang', 'en'], io), 2);
    oneLine(out.stderr, /^bra: cannot read 'a\.bra\.yaml': permission denied\n$/);
    assert.equal(out.stdout, '');
  });
  it('an unreadable directory met during the walk → exit 2', async () => {
    const { io, out } = memoryIo({ '/w/d/a.bra.yaml': OURS });
    const readdir = io.readdir;
    io.readdir = (p) => {
      if (p === '/w/d') throw Object.assign(new Error('x'), { code: 'EACCES' });
      return readdir(p);
    };
    assert.equal(await run(['check'], io), 2);
    oneLine(out.stderr, /^bra: kan inte läsa 'd': åtkomst nekad\n$/);
  });
  it('an unexpected exception anywhere → "internal error", one line, exit 2, never a stack', async () => {
    const { io, out } = memoryIo({ '/w/a.bra.yaml': OURS });
    io.stdout = () => {
      throw new TypeError('boom\n    at somewhere (x.js:1:1)');
    };
    assert.equal(await run(['check', 'a.bra.yaml', '--lang', 'en'], io), 2);
    assert.equal(out.stderr, 'bra: internal error: boom\n');
  });
  it('an error without a code from readFile is reported with its first line', async () => {
    const { io, out } = memoryIo({ '/w/a.bra.yaml': new Error('disk on fire\nmore') });
    assert.equal(await run(['check', 'a.bra.yaml', '--lang', 'en'], io), 2);
    assert.equal(out.stderr, "bra: cannot read 'a.bra.yaml': disk on fire\n");
  });
  it('default as-of is io.today; default path is cwd', async () => {
    const { io, out } = memoryIo({ '/w/a.bra.yaml': OURS, '/w/sub/b.bra.yml': OURS });
    io.today = () => '2030-01-02';
    await run(['check', '--format', 'json'], io);
    const o = JSON.parse(out.stdout);
    assert.equal(o.asOf, '2030-01-02');
    assert.deepEqual(o.files.map((f: { path: string }) => f.path), ['a.bra.yaml', 'sub/b.bra.yml']);
    assert.equal(o.tool.version, '9.9.9');
  });
  it('colours: TTY and no NO_COLOR → ANSI in stylish; NO_COLOR or json → none', async () => {
    const files = { '/w/a.bra.yaml': '' };
    let m = memoryIo(files, { isTTY: true });
    assert.equal(await run(['check', 'a.bra.yaml'], m.io), 1);
    assert.match(m.out.stdout, /\u001b\[31merror/);
    m = memoryIo(files, { isTTY: true, env: { NO_COLOR: '1' } });
    await run(['check', 'a.bra.yaml'], m.io);
    assert.doesNotMatch(m.out.stdout, /\u001b/);
    m = memoryIo(files, { isTTY: true });
    await run(['check', 'a.bra.yaml', '--format', 'json'], m.io);
    assert.doesNotMatch(m.out.stdout, /\u001b/);
  });
  it('a UTF-8 BOM is not counted in columns; a BOM in .bra.jsonc is fine', async () => {
    const { io, out } = memoryIo({ '/w/a.bra.yaml': '\ufeffschema_version: [', '/w/.bra.jsonc': '\ufeff{ "language": "en" }' });
    assert.equal(await run(['check', 'a.bra.yaml', '--format', 'json'], io), 1);
    const d = JSON.parse(out.stdout).files[0].diagnostics[0];
    assert.equal(d.rule, 'yaml-syntax');
    assert.ok(d.range.start.column <= 18, JSON.stringify(d));
  });
  it('a matrix file: resolve reads the analysis relative to it; an analysis path that is a directory is an error reason', async () => {
    const matrix = 'schema_version: "1.0"\nanalysis: ../a\naccess_matrix: []\n';
    const { io, out } = memoryIo({ '/w/m/m.bra.yaml': matrix, '/w/a/x': OURS });
    assert.equal(await run(['check', 'm/m.bra.yaml', '--format', 'json', '--lang', 'en'], io), 1);
    const d = JSON.parse(out.stdout).files[0].diagnostics.find((x: { rule: string }) => x.rule === 'BRA045');
    assert.match(d.message, /is a directory/);
  });
  it('glob arguments: matches relative to cwd; --config globs are relative to the config file', async () => {
    const { io, out } = memoryIo({ '/w/x/a.yaml': 'a: 1', '/w/x/b.yml': 'b: 1', '/w/x/c.txt': 'c', '/w/conf/.bra.jsonc': '{"files": ["../x/*.txt"]}' });
    await run(['check', 'x/*.{yaml,yml}', '--format', 'json'], io);
    assert.deepEqual(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path), ['x/a.yaml', 'x/b.yml']);
  });
  it('bare `bra check` in an empty folder → exit 2 with what it looked for', async () => {
    const { io, out } = memoryIo({ '/w/readme.md': '#' });
    assert.equal(await run(['check', '--lang', 'en'], io), 2);
    oneLine(out.stderr, /^bra: no files to check in '\.' \(looking for \*\*\/\*\.bra\.yaml, \*\*\/\*\.bra\.yml/);
  });
  it('an option before the command is a usage error that shows the fix', async () => {
    const { io, out } = memoryIo({});
    assert.equal(await run(['--format', 'json'], io), 2);
    oneLine(out.stderr, /bra check --format/);
  });
  it('--version and -v', async () => {
    for (const a of ['--version', '-v']) {
      const { io, out } = memoryIo({});
      assert.equal(await run([a], io), 0);
      assert.equal(out.stdout, '9.9.9\n');
    }
  });
  it('helpers: calendar dates, local today, matrix references', () => {
    assert.deepEqual(['2024-02-29', '2023-02-29', '2026-04-31', '2026-12-31', '0000-01-01', '2026-00-10'].map(isCalendarDate), [true, false, false, true, true, false]);
    assert.equal(localToday(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    assert.equal(matrixRef('schema_version: "1.0"\nanalysis: "a b.yaml" # kommentar\n'), 'a b.yaml');
    assert.equal(matrixRef("analysis: 'x.yaml'\n"), 'x.yaml');
    assert.equal(matrixRef('document:\n  x: 1\nanalysis: x\n'), undefined);
    assert.equal(matrixRef('  analysis: x\n'), 'x'); // an indented top-level mapping is one (the engine reads it so)
    assert.equal(matrixRef('x:\n  analysis: y\n'), undefined);
    assert.equal(AS_OF, '2026-12-01');
  });
});
