/**
 * `bra diff` end to end: small git repositories in temporary folders, runDiff with a real io (fs + git).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runDiff } from '../../src/cli/diff-command';
import { ANALYSIS_HEAD, BASE, MATRIX, edit } from '../unit/diff/fixture';
import { requirePrerequisite } from '../support/prerequisite';

const AS_OF = '2026-12-01';

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
}

class Repo {
  readonly dir: string;
  constructor() {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bra-diff-')));
    this.git('init', '-q', '-b', 'main');
  }
  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env: gitEnv(), encoding: 'utf8' });
  }
  write(files: Record<string, string | Buffer>): this {
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(this.dir, p)), { recursive: true });
      fs.writeFileSync(path.join(this.dir, p), text);
    }
    return this;
  }
  rm(p: string): this {
    fs.rmSync(path.join(this.dir, p));
    return this;
  }
  commit(message = 'c'): this {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this;
  }
  async diff(args: string[], o: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runDiff(['diff', ...args], {
      cwd: o.cwd ?? this.dir,
      env: { ...gitEnv(), BRA_LANG: undefined, LANG: 'C', ...(o.env ?? {}) },
      readFile: (p) => fs.readFileSync(p, 'utf8'),
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s; },
      version: '9.9.9',
    });
    return { code, stdout, stderr };
  }
  async json(args: string[], o: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
    const r = await this.diff([...args, '--format', 'json', '--lang', 'en', '--as-of', AS_OF], o);
    assert.equal(r.stderr, '', r.stderr);
    return { code: r.code, j: JSON.parse(r.stdout) as DiffJson };
  }
  cleanup() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

interface JF { path: string; rule: string; severity: string; location: string; message: string }
interface DiffJson {
  changes: { kind: string; entry: string; role: string | null; system: string | null; regime: string | null; details: string[]; justified: boolean; newFindings: JF[] }[];
  newFindings: JF[];
  resolvedFindings: JF[];
}

const WIDEN_AM1 = (t: string) => edit(t, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
const NARROW_AM2 = (t: string) => edit(t, 'units: [vc]\n', 'units: []\n');
const brief = (j: DiffJson) => j.changes.map((c) => [c.kind, c.entry]);
const fr = (fs_: JF[]) => fs_.map((f) => `${f.rule} ${f.path} ${f.location}`);
const matrixFile = (ref: string, m = MATRIX) => `schema_version: "1.0"\nanalysis: ${ref}\n${m}`;

describe('cli: bra diff --base (git repositories in temporary folders)', function () {
  this.timeout(60000);
  const repos: Repo[] = [];
  const repo = () => {
    const r = new Repo();
    repos.push(r);
    return r;
  };
  after(() => repos.forEach((r) => r.cleanup()));

  it('widened without justification: exit 1, the change, its new finding', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': WIDEN_AM1(BASE) });
    const { code, j } = await r.json(['--base', 'HEAD']);
    assert.equal(code, 1);
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.role, c.system, c.regime, c.details, c.justified]),
      [['widened', 'AM-1', 'lakare', 'journal', 'inner_secrecy', ['patient scope: care_relation → all_patients'], false]]);
    assert.deepEqual(fr(j.changes[0].newFindings), ['BRA032 a.bra.yaml $.access_matrix[AM-1]']);
    assert.deepEqual(fr(j.newFindings), ['BRA032 a.bra.yaml $.access_matrix[AM-1]']);
    assert.deepEqual(j.resolvedFindings, []);
  });

  it('narrowed only: exit 0; committed changes against an earlier commit (as in CI)', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': NARROW_AM2(BASE) }).commit('narrow');
    const { code, j } = await r.json(['--base', 'HEAD~1']);
    assert.equal(code, 0);
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.details]), [['narrowed', 'AM-2', ['care units: −vc']]]);
    assert.deepEqual((await r.json(['--base', 'HEAD'])).j.changes, []);
    assert.deepEqual((await r.json(['--base', 'main'])).j.changes, []);
  });

  it('every kind of change in one run, unjustified widening first', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    const head = edit(NARROW_AM2(WIDEN_AM1(BASE)), '    conditions: [care_relation_check]\n', '    conditions: [active_choice]\n')
      + '  - { id: AM-3, role: lakare, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: care_relation, conditions: [care_relation_check], risks_considered: [R1], valid_from: 2026-02-01 }\n';
    const head2 = edit(head, '    time_limit: P4M\n', '');
    r.write({ 'a.bra.yaml': head2 });
    let { j } = await r.json(['--base', 'HEAD']);
    assert.deepEqual(brief(j), [['changed', 'AM-1'], ['added', 'AM-3'], ['narrowed', 'AM-2']]);
    assert.deepEqual(j.changes[0].details, ['patient scope: care_relation → all_patients', 'conditions: −care_relation_check', 'conditions: +active_choice', 'time limit removed (P4M)']);
    assert.equal(j.changes[0].justified, false);
    // removed
    r.write({ 'a.bra.yaml': ANALYSIS_HEAD + MATRIX.slice(0, MATRIX.indexOf('  - id: AM-2')) });
    ({ j } = await r.json(['--base', 'HEAD']));
    assert.deepEqual(brief(j), [['removed', 'AM-2']]);
  });

  it('a need removed from the analysis: an analysis change, exit 1 (the entry loses its need: BRA031)', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': edit(BASE, '    needs:\n      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [somatic_care, medication], patient_scope: listed_units, units: [vc, bvc] }\n', '') });
    const { code, j } = await r.json(['--base', 'HEAD']);
    assert.equal(code, 1);
    const a = j.changes.find((c) => c.kind === 'analysis')!;
    assert.deepEqual([a.entry, a.role, a.justified], ['N2', 'sekr', false]);
    assert.ok(fr(j.newFindings).includes('BRA031 a.bra.yaml $.access_matrix[AM-2]'));
  });

  it('a new (untracked) file: its entries are added; a deleted file: removed and its findings resolved', async () => {
    const r = repo().write({ 'README.md': 'x' }).commit();
    r.write({ 'nya/b.bra.yaml': BASE });
    let res = await r.json(['--base', 'HEAD']);
    assert.deepEqual(brief(res.j), [['added', 'AM-1'], ['added', 'AM-2']]);
    assert.ok(res.j.newFindings.length > 0);
    assert.ok(res.j.newFindings.every((f) => f.path === 'nya/b.bra.yaml'));
    r.commit();
    r.rm('nya/b.bra.yaml');
    res = await r.json(['--base', 'HEAD']);
    assert.deepEqual(brief(res.j), [['removed', 'AM-1'], ['removed', 'AM-2']]);
    assert.deepEqual(res.j.newFindings, []);
    assert.ok(res.j.resolvedFindings.length > 0);
    assert.equal(res.code, 0);
    // deleted and committed (git rm): the same
    r.commit('delete');
    res = await r.json(['--base', 'HEAD~1']);
    assert.deepEqual(brief(res.j), [['removed', 'AM-1'], ['removed', 'AM-2']]);
  });

  it('a renamed file (git mv): compared under the new name, with its changes', async () => {
    const r = repo().write({ 'old.bra.yaml': BASE }).commit();
    r.git('mv', 'old.bra.yaml', 'new.bra.yaml');
    let res = await r.json(['--base', 'HEAD']);
    assert.deepEqual(res.j.changes, []);
    assert.deepEqual(res.j.newFindings, []);
    assert.deepEqual(res.j.resolvedFindings, []);
    r.write({ 'new.bra.yaml': NARROW_AM2(BASE) });
    res = await r.json(['--base', 'HEAD']);
    assert.deepEqual(res.j.changes.map((c) => [c.kind, c.entry]), [['narrowed', 'AM-2']]);
    // committed rename into a folder, path filter on the new name
    r.commit('rename');
    fs.mkdirSync(path.join(r.dir, 'mapp'));
    r.git('mv', 'new.bra.yaml', 'mapp/new.bra.yaml');
    r.commit('move');
    res = await r.json(['--base', 'HEAD~2', 'mapp/new.bra.yaml']);
    assert.deepEqual(res.j.changes.map((c) => [c.kind, c.entry]), [['narrowed', 'AM-2']]);
  });

  it('a matrix in its own file: changes there, justified against the analysis; the analysis read at both revisions', async () => {
    const r = repo().write({ 'x/analys.bra.yaml': ANALYSIS_HEAD, 'x/matris.bra.yaml': matrixFile('analys.bra.yaml') }).commit();
    r.write({ 'x/matris.bra.yaml': matrixFile('analys.bra.yaml', edit(MATRIX, 'units: [vc]\n', 'units: [vc, akut]\n')) });
    // only the matrix file given: its analysis is resolved (git show at the base, the file at head)
    for (const args of [['--base', 'HEAD'], ['--base', 'HEAD', 'x/matris.bra.yaml']]) {
      const { code, j } = await r.json(args);
      assert.equal(code, 1);
      assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.details, c.justified]), [['widened', 'AM-2', ['care units: +akut'], false]]);
      assert.deepEqual(fr(j.newFindings), ['BRA032 x/matris.bra.yaml $.access_matrix[AM-2]']);
    }
    // a need narrowed in the analysis, the matrix unchanged: an analysis change on the matrix's entry
    r.write({ 'x/matris.bra.yaml': matrixFile('analys.bra.yaml') });
    r.write({ 'x/analys.bra.yaml': edit(ANALYSIS_HEAD, 'patient_scope: care_relation }', 'patient_scope: emergency_only }') });
    const { j } = await r.json(['--base', 'HEAD', 'x/matris.bra.yaml']);
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.details[0], c.justified]), [
      ['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen', 'the approved analysis (version 2.0, approved 2026-01-15) changes (roles and needs) without a new version or a new approval: the analysis does not show that the changes are approved', false],
      ['analysis', 'N1', 'need N1 narrower: patient scope care_relation → emergency_only', false],
    ]);
  });

  it('a matrix moved out of the analysis into its own file: no access change', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': ANALYSIS_HEAD, 'a-matris.bra.yaml': matrixFile('a.bra.yaml') });
    const { code, j } = await r.json(['--base', 'HEAD']);
    assert.deepEqual([code, j.changes, j.newFindings], [0, [], []]);
  });

  it('new and resolved findings at once (lines moved do not matter)', async () => {
    const base = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health]\n');
    const r = repo().write({ 'a.bra.yaml': base }).commit();
    r.write({ 'a.bra.yaml': `# ny rad\n${WIDEN_AM1(BASE)}` });
    const { j } = await r.json(['--base', 'HEAD']);
    assert.deepEqual(fr(j.newFindings), ['BRA032 a.bra.yaml $.access_matrix[AM-1]']);
    assert.deepEqual(fr(j.resolvedFindings), ['BRA032 a.bra.yaml $.access_matrix[AM-2]']);
  });

  it('unrelated YAML is left alone; a sniffed YAML file of ours is checked; --config globs apply', async () => {
    const r = repo().write({ 'ci.yml': 'on: push\n', 'annan.yaml': BASE }).commit();
    r.write({ 'annan.yaml': WIDEN_AM1(BASE), 'ci.yml': 'on: [push]\n' });
    let { j } = await r.json(['--base', 'HEAD']);
    assert.deepEqual(brief(j), [['widened', 'AM-1']]);
    r.write({ '.bra.jsonc': '{ "files": ["nothing/**"] }' });
    ({ j } = await r.json(['--base', 'HEAD']));
    assert.deepEqual(brief(j), [['widened', 'AM-1'], ['config', 'files']], 'sniffed files are still ours; the new configuration is a change');
  });

  it('paths relative to a subfolder; a path outside the selection is ignored', async () => {
    const r = repo().write({ 'a/x.bra.yaml': BASE, 'b/y.bra.yaml': BASE }).commit();
    r.write({ 'a/x.bra.yaml': WIDEN_AM1(BASE), 'b/y.bra.yaml': NARROW_AM2(BASE) });
    const { j } = await r.json(['--base', 'HEAD', '.'], { cwd: path.join(r.dir, 'b') });
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry]), [['narrowed', 'AM-2']]);
    const all = await r.json(['--base', 'HEAD']);
    assert.deepEqual(all.j.changes.map((c) => [c.kind, c.entry]), [['widened', 'AM-1'], ['narrowed', 'AM-2']]);
  });

  it('a symbolic link to an analysis reads the target at both revisions', async function () {
    requirePrerequisite(this, process.platform !== 'win32', 'symbolic links (not on Windows)');
    const r = repo().write({ 'data/a.yaml': BASE });
    fs.symlinkSync('data/a.yaml', path.join(r.dir, 'a.bra.yaml'));
    r.commit();
    const { j } = await r.json(['--base', 'HEAD']);
    assert.deepEqual([j.changes, j.newFindings], [[], []]);
  });

  it('cwd reached through a symbolic link (git reports the resolved root)', async function () {
    requirePrerequisite(this, process.platform !== 'win32', 'symbolic links (not on Windows)');
    const r = repo().write({ 'sub/a.bra.yaml': BASE }).commit();
    r.write({ 'sub/a.bra.yaml': NARROW_AM2(BASE) });
    const link = `${r.dir}-link`;
    fs.symlinkSync(r.dir, link);
    try {
      const { j } = await r.json(['--base', 'HEAD', 'a.bra.yaml'], { cwd: path.join(link, 'sub') });
      assert.deepEqual(j.changes.map((c) => [c.kind, c.entry]), [['narrowed', 'AM-2']]);
      assert.equal(j.newFindings.concat(j.resolvedFindings).every((f) => f.path === 'sub/a.bra.yaml'), true);
    } finally {
      fs.rmSync(link);
    }
  });

  it('binary content in a checked file: a yaml-syntax finding, exit 1', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': Buffer.from([0, 1, 2, 80, 75, 3, 4]) });
    const { code, j } = await r.json(['--base', 'HEAD']);
    assert.equal(code, 1);
    assert.deepEqual(j.newFindings.map((f) => f.rule), ['yaml-syntax']);
  });

  it('the caller\'s GIT_DIR/GIT_WORK_TREE do not leak into git (clean environment)', async () => {
    const r = repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': NARROW_AM2(BASE) });
    const { j } = await r.json(['--base', 'HEAD'], { env: { GIT_DIR: '/nonexistent', GIT_WORK_TREE: '/nonexistent', GIT_INDEX_FILE: '/nonexistent' } });
    assert.deepEqual(brief(j), [['narrowed', 'AM-2']]);
  });
});

describe('cli: bra diff formats and exit codes', function () {
  this.timeout(60000);
  let r: Repo;
  before(() => {
    r = new Repo().write({ 'a.bra.yaml': BASE }).commit();
    r.write({ 'a.bra.yaml': NARROW_AM2(WIDEN_AM1(BASE)) });
  });
  after(() => r.cleanup());

  it('markdown is the default, Swedish by default', async () => {
    const { code, stdout, stderr } = await r.diff(['--base', 'HEAD', '--as-of', AS_OF]);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith('## Behörighetsändringar jämfört med `HEAD`\n'));
    assert.ok(stdout.includes('| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter | ❌ BRA032 |'));
    assert.ok(stdout.indexOf('| AM-1 |') < stdout.indexOf('| AM-2 |'));
  });

  it('markdown in English (--lang en, BRA_LANG=en, --lang auto with LANG=en_US)', async () => {
    for (const [args, env] of [[['--lang', 'en'], {}], [[], { BRA_LANG: 'en' }], [['--lang', 'auto'], { LANG: 'en_US.UTF-8' }]] as [string[], Record<string, string>][]) {
      const { stdout } = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--format', 'markdown', ...args], { env });
      assert.ok(stdout.startsWith('## Access changes compared with `HEAD`\n'), stdout.slice(0, 60));
    }
    const { stdout } = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--lang', 'auto'], { env: { LANG: 'sv_SE.UTF-8' } });
    assert.ok(stdout.startsWith('## Behörighetsändringar'));
  });

  it('sarif: new findings only', async () => {
    const { code, stdout } = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--format', 'sarif']);
    assert.equal(code, 1);
    const s = JSON.parse(stdout);
    assert.equal(s.version, '2.1.0');
    assert.equal(s.runs[0].tool.driver.version, '9.9.9');
    assert.deepEqual(s.runs[0].results.map((x: { ruleId: string }) => x.ruleId), ['BRA032']);
  });

  it('github: annotations for new findings only', async () => {
    const { code, stdout } = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--format', 'github', '--lang', 'en']);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^::error file=a\.bra\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=BRA032::Access entry AM-1/);
  });

  it('--fail-on: new findings decide; warnings pass at error, fail at warning', async () => {
    const q = new Repo().write({ 'a.bra.yaml': BASE }).commit();
    try {
      // a new warning only: BRA033 (coarse-grained, headcount 12, no restricting condition) on a justified widening
      const wide = edit(edit(BASE, '      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }',
        '      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: all_patients }'),
      '    patient_scope: care_relation\n    conditions: [care_relation_check]\n', '    patient_scope: all_patients\n');
      // a new version of the analysis: the widened need is not a change to an approved analysis without approval
      q.write({ 'a.bra.yaml': edit(wide, 'version: "2.0"', 'version: "2.1"') });
      const j = (await q.json(['--base', 'HEAD'])).j;
      assert.deepEqual(j.changes.filter((c) => c.entry === 'AM-1').map((c) => [c.kind, c.justified]), [['widened', false]]);
      assert.deepEqual(fr(j.changes.find((c) => c.entry === 'AM-1')!.newFindings), ['BRA033 a.bra.yaml $.access_matrix[AM-1]']);
      // a warning is ⚠️ in the table, with every reason: the rule and the need widened in the same change
      const md = (await q.diff(['--base', 'HEAD', '--as-of', AS_OF])).stdout;
      assert.ok(md.includes('| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter<br>villkor: −kontroll av vårdrelation<br>stöds bara av behov som läggs till eller vidgas i samma ändring: N1 | ⚠️ BRA033, stöd endast i behov nytt eller vidgat i samma ändring (N1) |'), md);
      assert.equal((await q.diff(['--base', 'HEAD', '--as-of', AS_OF])).code, 0);
      assert.equal((await q.diff(['--base', 'HEAD', '--as-of', AS_OF, '--fail-on', 'error'])).code, 0);
      assert.equal((await q.diff(['--base', 'HEAD', '--as-of', AS_OF, '--fail-on', 'warning'])).code, 1);
      assert.equal((await q.diff(['--base', 'HEAD', '--as-of', AS_OF, '--fail-on=info'])).code, 1);
      // no change at all: 0 even at info (old findings do not count)
      q.write({ 'a.bra.yaml': BASE });
      assert.equal((await q.diff(['--base', 'HEAD', '--as-of', AS_OF, '--fail-on', 'info'])).code, 0);
      // an unjustified widening whose finding was already there: fails although the finding is not new
      const already = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health]\n');
      q.write({ 'a.bra.yaml': already }).commit('already');
      q.write({ 'a.bra.yaml': edit(already, 'units: [vc]\n', 'units: [vc, bvc]\n') });
      const res = await q.json(['--base', 'HEAD']);
      assert.deepEqual([res.code, res.j.newFindings.filter((f) => f.rule === 'BRA032')], [1, []]);
    } finally {
      q.cleanup();
    }
  });

  it('exit 2 with one line: unknown ref, a ref that looks like an option, not a repository, a missing path', async () => {
    const notRepo = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-norepo-'));
    const cases: [string[], RegExp, string?][] = [
      [['--base', 'no-such-branch'], /^bra: okänd git-referens "no-such-branch"\n$/],
      [['--base', '--upload-pack=x'], /^bra: okänd git-referens "--upload-pack=x"\n$/],
      [['--base', 'HEAD', 'saknas.bra.yaml'], /^bra: saknas\.bra\.yaml finns varken i HEAD eller i arbetskopian\n$/],
      [['--base', 'HEAD', '../utanför'], /^bra: \.\.\/utanför ligger utanför git-arkivet\n$/],
      [['--base', 'HEAD'], /^bra: git: .*not a git repository.*\n$/i, notRepo],
    ];
    for (const [args, re, cwd] of cases) {
      const res = await r.diff(args, cwd ? { cwd } : {});
      assert.equal(res.code, 2, args.join(' '));
      assert.match(res.stderr, re);
      assert.equal(res.stdout, '');
      assert.ok(!/\n\s+at /.test(res.stderr), 'no stack trace');
    }
    fs.rmSync(notRepo, { recursive: true, force: true });
  });

  it('exit 2 for usage errors; --help exits 0 and documents the exit codes', async () => {
    for (const args of [[], ['one.yaml'], ['--format', 'html', '--base', 'HEAD'], ['--as-of', '2026-13-01', '--base', 'HEAD'], ['--lang', 'de', '--base', 'HEAD'], ['--fail-on', 'never', '--base', 'HEAD'], ['--nope'], ['--base']]) {
      const res = await r.diff(args);
      assert.equal(res.code, 2, args.join(' '));
      assert.equal(res.stderr.split('\n').length, 2, res.stderr);
      assert.ok(res.stderr.startsWith('bra: '));
    }
    const sv = await r.diff(['--help']);
    assert.equal(sv.code, 0);
    assert.ok(sv.stdout.includes('Avslutningskoder'));
    const en = await r.diff(['--help', '--lang', 'en']);
    assert.ok(en.stdout.includes('1  a NEW finding at or above --fail-on, or an entry that widens access'));
  });

  it('exit 2 for a bad --config; a .bra.jsonc severity override applies to both revisions', async () => {
    let res = await r.diff(['--base', 'HEAD', '--config', 'saknas.jsonc']);
    assert.equal(res.code, 2);
    assert.match(res.stderr, /^bra: kan inte läsa konfigurationen 'saknas\.jsonc': filen eller katalogen finns inte\n$/);
    // a configuration outside the repository is the same at both revisions
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-cfg-'));
    fs.writeFileSync(path.join(outside, 'cfg.jsonc'), '{ "rules": { "BRA032": "warning" } }');
    res = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--config', path.join(outside, 'cfg.jsonc'), '--format', 'json']);
    assert.equal(res.code, 0, res.stderr);
    assert.equal(JSON.parse(res.stdout).newFindings[0].severity, 'warning');
    fs.rmSync(outside, { recursive: true });
    // inside the repository and new in the change: it lowers BRA032 while AM-1 widens, so it cannot judge that widening
    r.write({ 'cfg.jsonc': '{ "rules": { "BRA032": "warning" } }' });
    res = await r.diff(['--base', 'HEAD', '--as-of', AS_OF, '--config', 'cfg.jsonc', '--format', 'json', '--lang', 'en']);
    assert.equal(res.code, 1, res.stderr);
    const cfgRow = (JSON.parse(res.stdout) as DiffJson).changes.find((c) => c.kind === 'config')!;
    assert.deepEqual([cfgRow.entry, cfgRow.details, cfgRow.justified], ['rules.BRA032', ['rules.BRA032: (default) → warning (weakens the gate on access)'], false]);
    fs.rmSync(path.join(r.dir, 'cfg.jsonc'));
  });
});

describe('cli: bra diff OLD NEW (two files)', function () {
  this.timeout(30000);
  let dir: string;
  const io = (cwd: string) => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { cwd, env: { LANG: 'C' }, readFile: (p: string) => fs.readFileSync(p, 'utf8'), stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } },
    };
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-diff2-'));
    fs.writeFileSync(path.join(dir, 'old.yaml'), BASE);
    fs.writeFileSync(path.join(dir, 'new.yaml'), WIDEN_AM1(BASE));
    fs.writeFileSync(path.join(dir, 'analys.bra.yaml'), ANALYSIS_HEAD);
    fs.writeFileSync(path.join(dir, 'm-old.yaml'), matrixFile('analys.bra.yaml'));
    fs.writeFileSync(path.join(dir, 'm-new.yaml'), matrixFile('analys.bra.yaml', NARROW_AM2(MATRIX)));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compares two files outside any git repository', async () => {
    const { io: x, out } = io(dir);
    const code = await runDiff(['old.yaml', 'new.yaml', '--format', 'json', '--lang', 'en', '--as-of', AS_OF], x);
    assert.equal(code, 1, out.stderr);
    const j = JSON.parse(out.stdout) as DiffJson;
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.justified]), [['widened', 'AM-1', false]]);
    assert.deepEqual(fr(j.newFindings), ['BRA032 new.yaml $.access_matrix[AM-1]']);
    assert.deepEqual(j.resolvedFindings, []);
  });

  it('two matrix files against their analysis', async () => {
    const { io: x, out } = io(dir);
    const code = await runDiff(['m-old.yaml', 'm-new.yaml', '--format', 'json', '--lang', 'en', '--as-of', AS_OF], x);
    assert.equal(code, 0, out.stderr);
    assert.deepEqual((JSON.parse(out.stdout) as DiffJson).changes.map((c) => [c.kind, c.entry]), [['narrowed', 'AM-2']]);
  });

  it('markdown names the old file; a missing file is exit 2 with one line', async () => {
    let t = io(dir);
    await runDiff(['old.yaml', 'new.yaml', '--as-of', AS_OF], t.io);
    assert.ok(t.out.stdout.startsWith('## Behörighetsändringar jämfört med `old.yaml`'));
    t = io(dir);
    assert.equal(await runDiff(['old.yaml', 'saknas.yaml'], t.io), 2);
    assert.equal(t.out.stderr, "bra: kan inte läsa 'saknas.yaml': filen eller katalogen finns inte\n");
    t = io(dir);
    assert.equal(await runDiff(['old.yaml', '.'], t.io), 2);
    assert.match(t.out.stderr, /^bra: kan inte läsa '\.': är en katalog\n$/);
  });
});

describe('cli: the built bin (node dist/cli.js diff …)', function () {
  this.timeout(60000);
  const bin = path.resolve(__dirname, '../../../dist/cli.js');
  // run.ts's CliIo must be usable as runDiff's io (the lead dispatches `bra diff` with it)
  const cliIoIsDiffIo = (io: import('../../src/cli/run').CliIo): import('../../src/cli/diff-command').DiffIo => io;
  void cliIoIsDiffIo;

  it('dispatches to runDiff: two files and --base, with the exit codes', function () {
    requirePrerequisite(this, fs.existsSync(bin), 'dist/cli.js is missing: npm run build');
    const probe = (() => {
      try {
        return execFileSync(process.execPath, [bin, 'diff', '--help', '--lang', 'en'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        return String((e as { stderr?: string }).stderr ?? '');
      }
    })();
    assert.ok(probe.includes('bra diff --base <git-ref>'), probe);
    const r = new Repo().write({ 'a.bra.yaml': BASE }).commit();
    try {
      r.write({ 'a.bra.yaml': WIDEN_AM1(BASE) });
      const runBin = (args: string[]) => {
        try {
          return { code: 0, out: execFileSync(process.execPath, [bin, 'diff', ...args], { cwd: r.dir, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), err: '' };
        } catch (e) {
          const x = e as { status: number; stdout: string; stderr: string };
          return { code: x.status, out: x.stdout, err: x.stderr };
        }
      };
      let res = runBin(['--base', 'HEAD', '--format', 'json', '--as-of', AS_OF]);
      assert.equal(res.code, 1, res.err);
      assert.deepEqual((JSON.parse(res.out) as DiffJson).changes.map((c) => [c.kind, c.entry]), [['widened', 'AM-1']]);
      res = runBin(['--base', 'nope']);
      assert.equal(res.code, 2);
      assert.equal(res.err.trim().split('\n').length, 1);
      r.write({ 'old.yaml': BASE, 'new.yaml': NARROW_AM2(BASE) });
      res = runBin(['old.yaml', 'new.yaml', '--as-of', AS_OF]);
      assert.equal(res.code, 0, res.err);
      assert.ok(res.out.includes('| AM-2 | Medicinska sekreterare | Journalsystem (inre sekretess) | inskränkt | vårdenheter: −Vårdcentralen | ✅ |'));
    } finally {
      r.cleanup();
    }
  });
});
