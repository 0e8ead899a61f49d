/**
 * Containment, special files and the size guard, end to end on a real file system (security report D2, D5, D8,
 * L8): `analysis:` references, symbolic links and configuration files resolve only inside the checked root; the
 * message for a target outside is the same whether it exists or not; FIFOs, devices and directories are refused
 * before reading; files over 8 MB are refused from their size; unreadable or bad-link files do not stop a walk.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { AS_OF, CLI, ROOT, assertUsageError, bra, cleanTempDirs, memoryIo, sample, tempDir } from './helpers';

const ANALYSIS = sample('psykiatri-norrby/analys.bra.yaml');
const MATRIX = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');
const SECRET = 'schema_version: "1.0"\ndocument:\n  title: TOP SECRET TITLE ghp_0123456789\n  id: HEMLIG-1\nroot:*:20228:0:99999:7:::\n';
const OURS = 'schema_version: "1.0"\ndocument:\n  title: x\n';
const OUTSIDE_EN = 'no such file inside the checked folder; paths and links may not lead out of it';

/** bra with a timeout (a FIFO that is opened would hang the run: the test then fails instead of hanging). */
function braT(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}
const json = (args: string[], cwd: string) => {
  const r = braT([...args, '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], cwd);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const matrixTo = (ref: string) => MATRIX.replace(/^analysis:.*$/m, `analysis: ${ref}`);
const bra045 = (r: ReturnType<typeof json>) => r.report.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'BRA045');

describe('cli: paths stay inside the checked root (security report D2, D5, D8, L8)', function () {
  this.timeout(60000);
  after(cleanTempDirs);

  describe('analysis: references (bra check)', () => {
    it('outside targets (relative, absolute, through a link; existing or not) → one BRA045 with the same reason, content never shown', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({});
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'link.bra.yaml'));
      fs.symlinkSync(path.join(outside, 'nope.bra.yaml'), path.join(dir, 'dangling.bra.yaml'));
      fs.symlinkSync(outside, path.join(dir, 'dirlink'));
      const refs = [
        path.relative(dir, path.join(outside, 'secret.bra.yaml')), // ../bra-cli-xxx/secret.bra.yaml: exists
        path.relative(dir, path.join(outside, 'missing.bra.yaml')), // does not exist
        path.join(outside, 'secret.bra.yaml'), // absolute, exists
        '/etc/passwd',
        '/etc/no-such-file-here',
        '/dev/zero',
        '/proc/self/environ',
        'link.bra.yaml', // a link inside → outside
        'dangling.bra.yaml', // a dangling link inside → outside
        'dirlink/secret.bra.yaml', // through a linked folder
        'dirlink/missing.bra.yaml',
      ];
      for (const ref of refs) {
        fs.writeFileSync(path.join(dir, 'm.bra.yaml'), matrixTo(ref));
        const r = json(['check', 'm.bra.yaml'], dir);
        assert.equal(r.timedOut, false, ref);
        assert.equal(r.code, 1, `${ref}: ${r.stderr}`);
        const ds = bra045(r);
        assert.equal(ds.length, 1, `${ref}: ${JSON.stringify(r.report.files[0].diagnostics)}`);
        assert.equal(ds[0].location, '$.analysis');
        assert.equal(ds[0].message, `The analysis file "${ref}" that the access matrix refers to cannot be read (${OUTSIDE_EN}). The matrix rules cannot be checked against the analysis.`);
        assert.doesNotMatch(r.stdout, /TOP SECRET|HEMLIG|ghp_|root:|20228/, ref);
      }
    });
    it('a missing analysis inside the root keeps its plain reason; a directory and a FIFO are refused before reading', () => {
      const dir = tempDir({ 'sub/.keep': '' });
      execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
      const cases: [string, string][] = [['saknas.bra.yaml', 'no such file or directory'], ['sub', 'is a directory'], ['fifo.yaml', 'not a regular file']];
      for (const [ref, reason] of cases) {
        fs.writeFileSync(path.join(dir, 'm.bra.yaml'), matrixTo(ref));
        const r = json(['check', 'm.bra.yaml'], dir);
        assert.equal(r.timedOut, false, `${ref} hung`);
        assert.equal(r.code, 1);
        assert.match(bra045(r)[0].message, new RegExp(`cannot be read \\(${reason}\\)`), ref);
      }
    });
    it('inside a git repository the root is its top level: a subfolder\'s matrix may refer to ../analys.bra.yaml; without git, run from the subfolder, it may not', () => {
      const dir = tempDir({ 'analys.bra.yaml': ANALYSIS, 'sub/m.bra.yaml': matrixTo('../analys.bra.yaml') });
      let r = json(['check', 'm.bra.yaml'], path.join(dir, 'sub'));
      assert.match(bra045(r)[0]?.message ?? '', /no such file inside the checked folder/);
      execFileSync('git', ['init', '-q', dir]);
      r = json(['check', 'm.bra.yaml'], path.join(dir, 'sub'));
      assert.deepEqual(bra045(r), [], JSON.stringify(r.report));
      assert.equal(r.code, 0, JSON.stringify(r.report.files[0].diagnostics));
    });
  });

  describe('symbolic links met in a directory walk', () => {
    it('links out of the root, dangling and looping *.bra.yaml links: one notice each, not read, the others checked, exit 2', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({ 'ok.bra.yaml': OURS, 'inner/target.yaml': OURS });
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'leak.bra.yaml'));
      fs.symlinkSync('nope.bra.yaml', path.join(dir, 'dangling.bra.yaml'));
      fs.symlinkSync('y.bra.yaml', path.join(dir, 'x.bra.yaml'));
      fs.symlinkSync('x.bra.yaml', path.join(dir, 'y.bra.yaml'));
      fs.symlinkSync('inner/target.yaml', path.join(dir, 'inside.bra.yaml')); // a link inside the root is fine
      const r = json(['check', '.'], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(r.report.files.map((f: { path: string }) => f.path), ['inside.bra.yaml', 'ok.bra.yaml', 'inner/target.yaml']);
      assert.doesNotMatch(r.stdout + r.stderr, /TOP SECRET|HEMLIG|ghp_|root:/);
      assert.equal(r.stderr, [
        `bra: cannot read 'dangling.bra.yaml': ${OUTSIDE_EN}`,
        `bra: cannot read 'leak.bra.yaml': ${OUTSIDE_EN}`,
        `bra: cannot read 'x.bra.yaml': ${OUTSIDE_EN}`,
        `bra: cannot read 'y.bra.yaml': ${OUTSIDE_EN}`,
        '',
      ].join('\n'));
    });
    it('a link named on the command line is contained too; so is bra report of it', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({});
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'leak.bra.yaml'));
      assertUsageError(braT(['check', 'leak.bra.yaml', '--lang', 'en'], dir), new RegExp(`^bra: cannot read 'leak.bra.yaml': no such file inside the checked folder`));
      assertUsageError(braT(['report', 'leak.bra.yaml', '--lang', 'en'], dir), /^bra: cannot read 'leak\.bra\.yaml': no such file inside the checked folder/);
      assertUsageError(braT(['check', 'leak.bra.yaml'], dir), /^bra: kan inte läsa 'leak\.bra\.yaml': ingen fil med det namnet inom den kontrollerade katalogen; sökvägar och länkar får inte leda ut ur den\n$/);
    });
  });

  describe('access tests and bra fråga follow analysis: only inside the root', () => {
    const TESTS = (ref: string) => `analysis: ${ref}\ntests:\n  - name: x\n    role: r\n    category: c\n    system: s\n    expect: allow\n`;
    it('an *.access-tests.yaml naming an outside analysis: an access-test finding with the reason, nothing of the target shown', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({});
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'link.bra.yaml'));
      for (const ref of [path.relative(dir, path.join(outside, 'secret.bra.yaml')), path.join(outside, 'secret.bra.yaml'), '/etc/passwd', '/dev/zero', 'link.bra.yaml']) {
        fs.writeFileSync(path.join(dir, 'a.access-tests.yaml'), TESTS(ref));
        const r = json(['check', 'a.access-tests.yaml'], dir);
        assert.equal(r.timedOut, false, ref);
        assert.equal(r.code, 1, `${ref}: ${r.stderr}`);
        const ds = r.report.files[0].diagnostics;
        assert.deepEqual(ds.map((d: { rule: string }) => d.rule), ['access-test'], ref);
        assert.match(ds[0].message, new RegExp(OUTSIDE_EN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), ref);
        assert.doesNotMatch(r.stdout + r.stderr, /TOP SECRET|HEMLIG|ghp_|root:|20228/, ref);
      }
    });
    it('bra fråga of a link out of the folder: one line, the reason, nothing of the target', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({});
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'leak.bra.yaml'));
      const r = braT(['query', 'leak.bra.yaml', '--role', 'r', '--system', 's', '--category', 'c', '--lang', 'en'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `bra: cannot read 'leak.bra.yaml': ${OUTSIDE_EN}\n`);
    });
  });

  describe('bra report follows analysis: only inside the root', () => {
    it('an outside analysis is refused with the same message whether it exists or not; nothing of it in the output', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({});
      const msgs: string[] = [];
      for (const ref of [path.relative(dir, path.join(outside, 'secret.bra.yaml')), path.relative(dir, path.join(outside, 'nope.bra.yaml')), '/etc/passwd', '/etc/nope']) {
        fs.writeFileSync(path.join(dir, 'm.bra.yaml'), matrixTo(ref));
        for (const fmt of ['html', 'markdown']) {
          const r = braT(['report', 'm.bra.yaml', '--format', fmt, '--lang', 'en', '--as-of', AS_OF], dir);
          assertUsageError(r);
          assert.doesNotMatch(r.stderr, /TOP SECRET|root:/);
          msgs.push(r.stderr.replace(/'[^']*'/, "'REF'"));
        }
      }
      assert.equal(new Set(msgs).size, 1, msgs.join(''));
      assert.match(msgs[0], /^bra: cannot read the analysis file 'REF' that the access matrix refers to: no such file inside the checked folder/);
    });
  });

  describe('special files and the size guard', () => {
    it('.bra.jsonc as a FIFO or a link to /dev/zero, and --config FIFO → exit 2, one line, no hang, no abort', () => {
      const dir = tempDir({ 'a.bra.yaml': OURS });
      execFileSync('mkfifo', [path.join(dir, 'fifo.jsonc')]);
      for (const cmd of [['check'], ['report', 'a.bra.yaml']]) {
        const r = braT([...cmd, '--config', 'fifo.jsonc', '--lang', 'en'], dir);
        assert.equal(r.timedOut, false);
        assertUsageError(r, /^bra: cannot read the configuration 'fifo\.jsonc': not a regular file\n$/);
      }
      fs.symlinkSync('fifo.jsonc', path.join(dir, '.bra.jsonc'));
      assertUsageError(braT(['check', '--lang', 'en'], dir), /^bra: cannot read the configuration '\.bra\.jsonc': not a regular file\n$/);
      fs.unlinkSync(path.join(dir, '.bra.jsonc'));
      fs.symlinkSync('/dev/zero', path.join(dir, '.bra.jsonc'));
      for (const cmd of [['check'], ['report', 'a.bra.yaml']]) {
        assertUsageError(braT([...cmd, '--lang', 'en'], dir), /^bra: cannot read the configuration '\.bra\.jsonc': no such file inside the checked folder/);
      }
    });
    it('a file over 8 MB is refused from its size (a 50 MB sparse file; before: read, then a finding)', () => {
      const dir = tempDir({ 'ok.bra.yaml': OURS });
      const big = path.join(dir, 'big.bra.yaml');
      fs.writeFileSync(big, 'schema_version: "1.0"\n');
      fs.truncateSync(big, 50 * 1024 * 1024);
      assertUsageError(braT(['check', 'big.bra.yaml', '--lang', 'en'], dir), /^bra: cannot read 'big\.bra\.yaml': file too large \(50\.0 MB; the limit is 8 MB\)\n$/);
      const r = json(['check', '.'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(r.report.files.map((f: { path: string }) => f.path), ['ok.bra.yaml']);
      assert.equal(r.stderr, "bra: cannot read 'big.bra.yaml': file too large (50.0 MB; the limit is 8 MB)\n");
    });
  });

  describe('unreadable files in a walk (in-memory io: the tests run as root)', () => {
    it('one unreadable *.bra.yaml: a notice line for it, the others checked and printed, exit 2', async () => {
      const { io, out } = memoryIo({
        '/w/a.bra.yaml': Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }),
        '/w/b.bra.yaml': OURS,
      });
      assert.equal(await run(['check', '--format', 'json', '--lang', 'en'], io), 2);
      assert.deepEqual(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path), ['b.bra.yaml']);
      assert.equal(out.stderr, "bra: cannot read 'a.bra.yaml': permission denied\n");
    });
    it('an unreadable YAML file that may be ours only by content: a notice, and the exit code is the findings\' own', async () => {
      const { io, out } = memoryIo({
        '/w/x.yaml': Object.assign(new Error('EACCES'), { code: 'EACCES' }),
        '/w/b.bra.yaml': OURS,
      });
      assert.equal(await run(['check', '--format', 'json', '--lang', 'en'], io), 1); // b's own findings, not 2
      assert.deepEqual(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path), ['b.bra.yaml']);
      assert.equal(out.stderr, "bra: cannot read 'x.yaml': permission denied\n");
    });
    it('an unreadable subfolder: a notice, the rest checked', async () => {
      const { io, out } = memoryIo({ '/w/d/a.bra.yaml': OURS, '/w/b.bra.yaml': OURS });
      const readdir = io.readdir;
      io.readdir = (p) => {
        if (p === '/w/d') throw Object.assign(new Error('x'), { code: 'EACCES' });
        return readdir(p);
      };
      assert.equal(await run(['check', '--format', 'json'], io), 2);
      assert.deepEqual(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path), ['b.bra.yaml']);
      assert.equal(out.stderr, "bra: kan inte läsa 'd': åtkomst nekad\n");
    });
  });

  describe('bra diff --base: the head side reads only inside the repository', () => {
    it('a committed link to an outside file and a matrix whose analysis: is a link out → nothing of the target in the PR comment', () => {
      const outside = tempDir({ 'secret.bra.yaml': SECRET });
      const dir = tempDir({ 'ok.bra.yaml': OURS });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: dir }, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'leak.bra.yaml'));
      fs.symlinkSync(path.join(outside, 'secret.bra.yaml'), path.join(dir, 'a-link.yaml'));
      fs.writeFileSync(path.join(dir, 'm.bra.yaml'), matrixTo('a-link.yaml'));
      git('add', '.');
      for (const fmt of ['markdown', 'json', 'github', 'sarif']) {
        const r = braT(['diff', '--base', 'main', '--format', fmt, '--as-of', AS_OF, '--lang', 'en'], dir);
        assert.equal(r.timedOut, false);
        assert.ok(r.code === 0 || r.code === 1, `${fmt}: ${r.code} ${r.stderr}`);
        assert.doesNotMatch(r.stdout + r.stderr, /TOP SECRET|HEMLIG|ghp_|root:|20228/, fmt);
      }
      const r = braT(['diff', '--base', 'main', '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], dir);
      assert.match(r.stdout, /no such file inside the checked folder/);
    });
  });

  describe('many analyses in one folder (security report D8: 10,000 took 254 s)', () => {
    it('each folder is listed once and each file read once; sibling matrices still found', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 300; i++) files[`/w/d/a${String(i).padStart(3, '0')}.bra.yaml`] = OURS;
      for (let i = 0; i < 50; i++) files[`/w/d/other${i}.yaml`] = 'name: ci\non: push\n';
      files['/w/d/m.yaml'] = 'schema_version: "1.0"\nanalysis: a007.bra.yaml\naccess_matrix: []\n';
      const { io, out } = memoryIo(files);
      const listed = new Map<string, number>();
      const read = new Map<string, number>();
      const { readdir, readFile } = io;
      io.readdir = (p) => (listed.set(p, (listed.get(p) ?? 0) + 1), readdir(p));
      io.readFile = (p) => (read.set(p, (read.get(p) ?? 0) + 1), readFile(p));
      assert.equal(await run(['check', 'd', '--format', 'json', '--lang', 'en'], io), 1);
      const o = JSON.parse(out.stdout);
      assert.equal(o.files.length, 301); // 300 analyses and the matrix file (ours by content)
      assert.ok((listed.get('/w/d') ?? 0) <= 2, `folder listed ${listed.get('/w/d')} times`);
      assert.deepEqual([...read.values()].filter((n) => n > 1), [], 'a file read twice');
      assert.equal(read.size, 351);
      // the matrix file found its analysis a007 (no BRA045)
      const m = o.files.find((f: { path: string }) => f.path === 'd/m.yaml');
      assert.ok(m && !m.diagnostics.some((x: { rule: string }) => x.rule === 'BRA045'), JSON.stringify(m));
    });
    it('checking one analysis takes the matrix beside it as context; the folder is listed once', async () => {
      const files: Record<string, string> = { '/w/d/a.bra.yaml': OURS, '/w/d/m.yaml': 'schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix: [{ id: X }]\n' };
      for (let i = 0; i < 100; i++) files[`/w/d/b${i}.bra.yaml`] = OURS;
      const { io, out } = memoryIo(files);
      let listed = 0;
      const { readdir } = io;
      io.readdir = (p) => (listed++, readdir(p));
      await run(['check', 'd/a.bra.yaml', 'd/b1.bra.yaml', 'd/b2.bra.yaml', '--format', 'json'], io);
      assert.deepEqual(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path), ['d/a.bra.yaml', 'd/b1.bra.yaml', 'd/b2.bra.yaml']);
      assert.equal(listed, 1);
    });
  });

  it('ROOT is the repository (the worktree this test runs in is inside git)', () => {
    assert.ok(fs.existsSync(path.join(ROOT, '.git')));
    assert.equal(bra(['check', 'samples/psykiatri-norrby/behorighetsmatris.bra.yaml', '--as-of', AS_OF]).code, 0);
  });
});
