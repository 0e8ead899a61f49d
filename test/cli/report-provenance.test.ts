/**
 * `bra report` names what it was made from: the built CLI (dist/cli.js) in temporary git repositories, against the
 * HEAD commit git reports and the SHA-256 the test computes of each file's bytes.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AS_OF, bra, sample } from './helpers';

const ANALYSIS = sample('psykiatri-norrby/analys.bra.yaml');
const MATRIX = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');

const sha256 = (p: string) => createHash('sha256').update(fs.readFileSync(p)).digest('hex');

function gitEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z', HOME: os.tmpdir() };
}

const dirs: string[] = [];

function tmp(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bra-prov-')));
  dirs.push(d);
  return d;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: gitEnv(), encoding: 'utf8' }).trim();
}

/** A repository with the analysis (and its matrix file) under `analys/`, committed. */
function repo(): string {
  const dir = tmp();
  git(dir, 'init', '-q', '-b', 'main');
  fs.mkdirSync(path.join(dir, 'analys'));
  fs.writeFileSync(path.join(dir, 'analys/analys.bra.yaml'), ANALYSIS);
  fs.writeFileSync(path.join(dir, 'analys/behorighetsmatris.bra.yaml'), MATRIX);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'v1');
  return dir;
}

function report(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = bra(['report', ...args, '--format', 'markdown', '--as-of', AS_OF], { cwd: dir, env: { HOME: os.tmpdir(), ...env } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

describe('cli: bra report names the commit and the checksums it was made from', () => {
  after(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('in a clean repository: the HEAD commit and the SHA-256 of the analysis and its matrix file', () => {
    const dir = repo();
    const head = git(dir, 'rev-parse', 'HEAD');
    assert.match(head, /^[0-9a-f]{40}$/);
    const out = report(dir, ['analys/analys.bra.yaml']);
    assert.ok(out.includes(`- **Git-commit:** \`${head}\`\n`), out.slice(0, 600));
    assert.ok(out.includes(`| **Git-commit** | \`${head}\` |`));
    assert.ok(out.includes('| **Arbetskopia** | Filerna är oförändrade sedan denna commit. |'));
    assert.ok(out.includes(`| \`analys/analys.bra.yaml\` | \`${sha256(path.join(dir, 'analys/analys.bra.yaml'))}\` | oförändrad sedan commit |`));
    assert.ok(out.includes(`| \`analys/behorighetsmatris.bra.yaml\` | \`${sha256(path.join(dir, 'analys/behorighetsmatris.bra.yaml'))}\` | oförändrad sedan commit |`));
    assert.match(out, /^\| \*\*Framtagen\*\* \| \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z \|$/m);
  });

  it('from a subfolder, in English, given the matrix file: the same commit, paths as given', () => {
    const dir = repo();
    const head = git(dir, 'rev-parse', 'HEAD');
    const out = report(path.join(dir, 'analys'), ['behorighetsmatris.bra.yaml', '--lang', 'en']);
    assert.ok(out.includes(`- **Git commit:** \`${head}\`\n`));
    assert.ok(out.includes(`| \`analys.bra.yaml\` | \`${sha256(path.join(dir, 'analys/analys.bra.yaml'))}\` | unchanged since the commit |`));
  });

  it('a changed file, a new file and the configuration: each with its state, the commit marked as not the whole truth', () => {
    const dir = repo();
    const head = git(dir, 'rev-parse', 'HEAD');
    fs.appendFileSync(path.join(dir, 'analys/analys.bra.yaml'), '# ändrad efter commit\n');
    fs.writeFileSync(path.join(dir, '.bra.jsonc'), '{ "rules": { "BRA034": "off" } }\n');
    const out = report(dir, ['analys/analys.bra.yaml']);
    assert.ok(out.includes(`- **Git-commit:** \`${head} (med ändringar som inte är incheckade)\`\n`));
    assert.ok(out.includes('| **Arbetskopia** | **Obs! 2 filer är ändrade eller inte incheckade: rapporten visar arbetskopian, inte denna commit.** |'));
    assert.ok(out.includes(`| \`analys/analys.bra.yaml\` | \`${sha256(path.join(dir, 'analys/analys.bra.yaml'))}\` | ändrad efter commit |`));
    assert.ok(out.includes(`| \`analys/behorighetsmatris.bra.yaml\` | \`${sha256(path.join(dir, 'analys/behorighetsmatris.bra.yaml'))}\` | oförändrad sedan commit |`));
    assert.ok(out.includes(`| \`.bra.jsonc\` | \`${sha256(path.join(dir, '.bra.jsonc'))}\` | inte incheckad |`));
  });

  it('CRLF line endings in the working tree of an LF commit count as unchanged', () => {
    const dir = repo();
    const p = path.join(dir, 'analys/analys.bra.yaml');
    fs.writeFileSync(p, ANALYSIS.replace(/\n/g, '\r\n'));
    const out = report(dir, ['analys/analys.bra.yaml']);
    assert.ok(out.includes(`| \`analys/analys.bra.yaml\` | \`${sha256(p)}\` | oförändrad sedan commit |`));
  });

  it('no repository, a repository without commits, no git at all: said in one line, the checksums still there', () => {
    const plain = tmp();
    fs.writeFileSync(path.join(plain, 'a.bra.yaml'), ANALYSIS);
    const hash = sha256(path.join(plain, 'a.bra.yaml'));
    const out = report(plain, ['a.bra.yaml']);
    assert.ok(out.includes('- **Git-commit:** `ingen: filerna ligger inte i ett git-arkiv`\n'));
    assert.ok(out.includes(`| \`a.bra.yaml\` | \`${hash}\` | – |`));

    const empty = tmp();
    git(empty, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(empty, 'a.bra.yaml'), ANALYSIS);
    assert.ok(report(empty, ['a.bra.yaml', '--lang', 'en']).includes('- **Git commit:** `none: the git repository has no commit yet`\n'));

    const noGit = report(plain, ['a.bra.yaml'], { PATH: path.join(plain, 'no-such-dir') });
    assert.ok(noGit.includes('- **Git-commit:** `ingen: git finns inte på datorn`\n'));
    assert.ok(noGit.includes(`| \`a.bra.yaml\` | \`${hash}\` | – |`));
  });

  it('file names with pattern characters and spaces: looked up literally', () => {
    const dir = repo();
    const odd = 'analys/[a]* ny.bra.yaml';
    fs.writeFileSync(path.join(dir, odd), ANALYSIS);
    fs.writeFileSync(path.join(dir, 'analys/a ny.bra.yaml'), ANALYSIS);
    const before = report(dir, [odd]);
    assert.ok(before.includes(`| \`${odd}\` | \`${sha256(path.join(dir, odd))}\` | inte incheckad |`), before.slice(0, 1500));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'odd');
    const after = report(dir, [odd]);
    assert.ok(after.includes(`| \`${odd}\` | \`${sha256(path.join(dir, odd))}\` | oförändrad sedan commit |`));
  });
});
