/** The built CLI (dist/cli.js) end to end: exit codes, languages, formats, files. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri } from '../../src/report/sarif';
import { sarifValidator } from '../unit/report/sarif-schema';
import { AS_OF, ROOT, assertUsageError, bra, cleanTempDirs, sample, tempDir } from './helpers';

const CLEAN = 'samples/vardcentralen-solglantan.bra.yaml';
const FLAWED = 'samples/brister/kry-liknande-2019.bra.yaml';
const json = (args: string[], opts?: Parameters<typeof bra>[1]) => {
  const r = bra([...args, '--format', 'json', '--as-of', AS_OF], opts);
  return { ...r, report: JSON.parse(r.stdout) };
};

describe('cli: bra (built dist/cli.js)', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  });
  after(cleanTempDirs);

  describe('version and help', () => {
    it('--version prints the package.json version', () => {
      const r = bra(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    });
    it('--help and help: Swedish by default, English with --lang en or BRA_LANG=en; exit 0', () => {
      for (const args of [['--help'], ['help'], ['check', '--help']]) {
        const r = bra(args);
        assert.equal(r.code, 0);
        assert.match(r.stdout, /Användning:\n {2}bra check \[SÖKVÄG…\]/);
        assert.match(r.stdout, /--fail-on error\|warning\|info/);
      }
      assert.match(bra(['--help', '--lang', 'en']).stdout, /^Usage:$/m);
      assert.match(bra(['help'], { env: { BRA_LANG: 'en' } }).stdout, /^Exit codes:$/m);
    });
    it('bra without a command prints the help on stderr and exits 2', () => {
      const r = bra([]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Användning:/);
    });
    it('unknown commands and options are one-line usage errors', () => {
      assertUsageError(bra(['lint']), /^bra: okänt kommando 'lint'/);
      assertUsageError(bra([CLEAN]), /menade du 'bra check samples\/vardcentralen-solglantan.bra.yaml'\?/);
      assertUsageError(bra(['check', '--nope', CLEAN]), /^bra: okänd flagga '--nope'/);
      assertUsageError(bra(['check', CLEAN, '--format']), /^bra: flaggan '--format' behöver ett värde/);
      assertUsageError(bra(['check', CLEAN, '--format', 'xml', '--lang', 'en']), /^bra: invalid value for --format: 'xml' \(choose 'stylish', 'json', 'sarif', 'github'\)/);
      assertUsageError(bra(['check', CLEAN, '--fail-on', 'never']), /--fail-on/);
      assertUsageError(bra(['check', CLEAN, '--lang', 'de']), /--lang/);
    });
  });

  describe('exit codes and --fail-on', () => {
    it('a clean analysis → 0 and a one-line all-clear', () => {
      const r = bra(['check', CLEAN, '--as-of', AS_OF]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, '✔ 1 fil kontrollerad, inga problem\n');
      assert.equal(r.stderr, '');
    });
    it('an analysis with errors → 1, stylish rows and a summary', () => {
      const r = bra(['check', FLAWED, '--as-of', AS_OF]);
      assert.equal(r.code, 1);
      assert.ok(r.stdout.startsWith(`${FLAWED}\n`));
      // not a TTY: each row ends with its rule id and the address of the rule's doc page, no escape sequence
      assert.match(r.stdout, /^ {2}\d+:\d+ +error +.+ {2}BRA\d{3} {2}https:\/\/github\.com\/behorighet\/behorighet\/blob\/main\/docs\/rules\/BRA\d{3}-[a-z0-9-]+\.md$/m);
      assert.doesNotMatch(r.stdout, /\u001b/);
      assert.match(r.stdout, /\n✖ \d+ fel, \d+ varning(ar)?, \d+ information\n$/);
      assert.doesNotMatch(r.stdout, /\u001b\[/); // not a TTY: no colours
    });
    it('--fail-on decides which severities give 1 (severities shaped with a config)', () => {
      const rules = [...new Set(json(['check', FLAWED]).report.files[0].diagnostics.map((d: { rule: string }) => d.rule))] as string[];
      assert.ok(rules.length > 0);
      const as = (sev: string) => JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r, sev])) });
      const dir = tempDir({ 'a.bra.yaml': fs.readFileSync(path.join(ROOT, FLAWED)), 'warn.jsonc': as('warning'), 'info.jsonc': as('info') });
      const run = (config: string, failOn?: string) => bra(['check', 'a.bra.yaml', '--as-of', AS_OF, '--config', config, ...(failOn ? ['--fail-on', failOn] : [])], { cwd: dir }).code;
      assert.deepEqual([run('warn.jsonc'), run('warn.jsonc', 'error'), run('warn.jsonc', 'warning'), run('warn.jsonc', 'info')], [0, 0, 1, 1]);
      assert.deepEqual([run('info.jsonc'), run('info.jsonc', 'warning'), run('info.jsonc', 'info')], [0, 0, 1]);
    });
  });

  describe('languages', () => {
    it('--lang en, BRA_LANG=en, --lang auto with LANG/LC_ALL, and language in the config', () => {
      const en = /\n✖ \d+ errors?, \d+ warnings?, \d+ info\n$/;
      const sv = /\n✖ \d+ fel, /;
      const check = (extra: string[], env: Record<string, string> = {}, cwd = ROOT) => bra(['check', path.join(ROOT, FLAWED), '--as-of', AS_OF, ...extra], { env, cwd }).stdout;
      assert.match(check([]), sv);
      assert.match(check(['--lang', 'en']), en);
      assert.match(check([], { BRA_LANG: 'en' }), en);
      assert.match(check(['--lang', 'sv'], { BRA_LANG: 'en' }), sv);
      assert.match(check(['--lang', 'auto'], { LANG: 'sv_SE.UTF-8' }), sv);
      assert.match(check(['--lang', 'auto'], { LANG: 'C.UTF-8' }), en);
      assert.match(check(['--lang', 'auto'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'en_US.UTF-8' }), en);
      const dir = tempDir({ '.bra.jsonc': '{ "language": "en" } // engelska' });
      assert.match(check([], {}, dir), en);
      assert.match(check([], { BRA_LANG: 'sv' }, dir), sv);
    });
    it('json messages follow the language', () => {
      const sv = json(['check', FLAWED]).report.files[0].diagnostics[0].message;
      const en = json(['check', FLAWED, '--lang', 'en']).report.files[0].diagnostics[0].message;
      assert.notEqual(sv, en);
    });
  });

  describe('--as-of', () => {
    it('must be a real calendar date YYYY-MM-DD', () => {
      for (const bad of ['2026-02-30', '2026-13-01', '2026-1-1', 'tomorrow', '20261201', '']) {
        assertUsageError(bra(['check', CLEAN, '--as-of', bad]), /^bra: ogiltigt datum för --as-of/);
      }
      assertUsageError(bra(['check', CLEAN, '--as-of=2025-02-29', '--lang', 'en']), /^bra: invalid date for --as-of: '2025-02-29'/);
      assert.equal(bra(['check', CLEAN, '--as-of', '2028-02-29']).code !== 2, true);
    });
    it('check, report and diff validate it with the same function: one usage line, never "internt fel"; a --lang after it counts', () => {
      for (const bad of ['2026-13-01', '2026-00-10', '2026-02-30']) {
        for (const args of [['check', CLEAN], ['report', CLEAN], ['diff', '--base', 'HEAD'], ['diff', 'a.yaml', 'b.yaml']]) {
          const r = bra([...args, '--as-of', bad, '--lang', 'en']);
          assertUsageError(r, new RegExp(`^bra: invalid date for --as-of: '${bad}' \\(give a real date as YYYY-MM-DD\\)`));
        }
        assertUsageError(bra(['diff', '--base', 'HEAD', '--as-of', bad]), /^bra: ogiltigt datum för --as-of: '.*' \(ange ett verkligt datum som ÅÅÅÅ-MM-DD\)/);
      }
    });
    it('is the evaluation date (json asOf) and defaults to today', () => {
      assert.equal(json(['check', CLEAN]).report.asOf, AS_OF);
      const r = bra(['check', CLEAN, '--format', 'json']);
      assert.match(JSON.parse(r.stdout).asOf, /^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('configuration', () => {
    it('a broken --config → the first error as one line with path:line:col, exit 2', () => {
      const dir = tempDir({ 'a.bra.yaml': sample('vardcentralen-solglantan.bra.yaml'), 'bad.jsonc': '{\n  // x\n  "rules": { "BRA999": "off" }\n}\n', 'syntax.jsonc': '{ "rules": ' });
      assertUsageError(bra(['check', 'a.bra.yaml', '--config', 'bad.jsonc'], { cwd: dir }), /^bra: bad\.jsonc:3:14: unknown rule 'BRA999'\n$/);
      assertUsageError(bra(['check', 'a.bra.yaml', '--config', 'syntax.jsonc'], { cwd: dir }), /^bra: syntax\.jsonc:1:12: syntax error: value expected\n$/);
      assertUsageError(bra(['check', 'a.bra.yaml', '--config', 'missing.jsonc', '--lang', 'en'], { cwd: dir }), /^bra: cannot read the configuration 'missing\.jsonc': no such file or directory\n$/);
    });
    it('.bra.jsonc in the current directory is used when present (rules off, severities)', () => {
      const diags = json(['check', FLAWED]).report.files[0].diagnostics as { rule: string; severity: string }[];
      const first = diags[0].rule;
      const dir = tempDir({ 'a.bra.yaml': fs.readFileSync(path.join(ROOT, FLAWED)), '.bra.jsonc': JSON.stringify({ rules: { [first]: 'off' } }) });
      const after = json(['check', 'a.bra.yaml'], { cwd: dir }).report.files[0].diagnostics as { rule: string }[];
      assert.ok(after.length > 0 && after.length < diags.length);
      assert.ok(!after.some((d) => d.rule === first));
      assertUsageError(bra(['check', 'a.bra.yaml'], { cwd: tempDir({ 'a.bra.yaml': 'x: 1', '.bra.jsonc': '{"language": 1}' }) }), /^bra: \.bra\.jsonc:1:14: invalid language 1/);
    });
  });

  describe('paths', () => {
    it('a missing path → one line, exit 2', () => {
      assertUsageError(bra(['check', 'finns-inte.bra.yaml']), /^bra: kan inte läsa 'finns-inte\.bra\.yaml': filen eller katalogen finns inte\n$/);
      assertUsageError(bra(['check', CLEAN, 'nope/x.yaml', '--lang', 'en']), /^bra: cannot read 'nope\/x\.yaml': no such file or directory\n$/);
    });
    it('a binary file named explicitly is linted: a yaml-syntax finding, exit 1', () => {
      const dir = tempDir({ 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]) });
      const r = json(['check', 'logo.png'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.deepEqual(r.report.files.map((f: { path: string }) => f.path), ['logo.png']);
      assert.deepEqual(r.report.files[0].diagnostics.map((d: { rule: string }) => d.rule), ['yaml-syntax']);
      assert.equal(r.stderr, '');
    });
    it('an empty file → one finding at 1:1, exit 1', () => {
      const dir = tempDir({ 'tom.bra.yaml': '' });
      const r = json(['check', 'tom.bra.yaml'], { cwd: dir });
      assert.equal(r.code, 1);
      const [d] = r.report.files[0].diagnostics;
      assert.deepEqual([d.rule, d.location, d.range], ['schema', '$', { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }]);
    });
    it('a directory: configured globs or sniffed content, skipping node_modules and dot-folders; default is .', () => {
      const ours = sample('vardcentralen-solglantan.bra.yaml');
      const dir = tempDir({
        'a.bra.yaml': ours,
        'sniffed.yaml': ours,
        'other.yaml': 'name: not ours\n',
        'notes.txt': 'hej',
        'sub/deep/d.bra.yml': ours,
        'node_modules/pkg/x.bra.yaml': ours,
        '.hidden/y.bra.yaml': ours,
      });
      const paths = (args: string[], cwd = dir) => json(['check', ...args], { cwd }).report.files.map((f: { path: string }) => f.path);
      assert.deepEqual(paths([]), ['a.bra.yaml', 'sniffed.yaml', 'sub/deep/d.bra.yml']);
      assert.deepEqual(paths(['.']), ['a.bra.yaml', 'sniffed.yaml', 'sub/deep/d.bra.yml']);
      assert.deepEqual(paths(['sub']), ['sub/deep/d.bra.yml']);
      // an explicit file is always checked, also inside a skipped folder; no duplicates
      assert.deepEqual(paths(['.hidden/y.bra.yaml', 'other.yaml', 'a.bra.yaml', '.']), ['.hidden/y.bra.yaml', 'other.yaml', 'a.bra.yaml', 'sniffed.yaml', 'sub/deep/d.bra.yml']);
      // globs in the config replace the defaults (sniffing still applies)
      fs.writeFileSync(path.join(dir, 'cfg.jsonc'), '{ "files": ["**/*.txt"] }');
      assert.deepEqual(paths(['--config', 'cfg.jsonc']), ['a.bra.yaml', 'notes.txt', 'sniffed.yaml', 'sub/deep/d.bra.yml']);
      // a glob argument
      assert.deepEqual(paths(['**/*.bra.{yaml,yml}']), ['a.bra.yaml', 'sub/deep/d.bra.yml']);
      assert.deepEqual(paths(['**/*.bra.y?ml']), ['a.bra.yaml']);
      assertUsageError(bra(['check', '*.nothing'], { cwd: dir }), /^bra: inga filer matchar '\*\.nothing'/);
    });
    it('a directory with nothing to check → exit 2', () => {
      assertUsageError(bra(['check'], { cwd: tempDir({ 'x.yaml': 'a: 1' }) }), /^bra: inga filer att kontrollera/);
    });
    it('paths outside the current directory are shown with their ../ path', () => {
      const dir = tempDir({ 'a/x.bra.yaml': sample('vardcentralen-solglantan.bra.yaml'), 'b/.keep': '' });
      const r = json(['check', '../a/x.bra.yaml'], { cwd: path.join(dir, 'b') });
      assert.equal(r.code, 0);
      assert.equal(r.report.files[0].path, path.join(dir, 'a/x.bra.yaml').replace(/\\/g, '/'));
    });
  });

  describe('matrix files and their analysis', () => {
    it('a matrix file alone: its analysis is read relative to it', () => {
      const r = json(['check', 'samples/psykiatri-norrby/behorighetsmatris.bra.yaml']);
      assert.equal(r.code, 0, JSON.stringify(r.report.files[0].diagnostics));
      assert.deepEqual(r.report.files.map((f: { path: string; kind: string }) => [f.path, f.kind]), [['samples/psykiatri-norrby/behorighetsmatris.bra.yaml', 'matrix']]);
    });
    it('a matrix file whose analysis is missing → BRA045 on the analysis: value, exit 1', () => {
      const matrix = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');
      const dir = tempDir({ 'm.bra.yaml': matrix });
      const r = json(['check', 'm.bra.yaml', '--lang', 'en'], { cwd: dir });
      assert.equal(r.code, 1);
      const d = r.report.files[0].diagnostics.find((x: { rule: string }) => x.rule === 'BRA045');
      assert.ok(d, JSON.stringify(r.report));
      assert.equal(d.location, '$.analysis');
      assert.match(d.message, /no such file or directory/);
      const line = matrix.split('\n').findIndex((l) => l.startsWith('analysis:')) + 1;
      assert.equal(d.range.start.line, line);
    });
    it('checking an analysis takes sibling matrix files that refer to it as context (not reported)', () => {
      // more accounts than the roles with access (BRA006) can only be seen with the matrix
      const analysis = sample('psykiatri-norrby/analys.bra.yaml').replace(/users_with_access: \d+/, 'users_with_access: 99999');
      const matrix = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');
      const withMatrix = tempDir({ 'analys.bra.yaml': analysis, 'behorighetsmatris.bra.yaml': matrix });
      const alone = tempDir({ 'analys.bra.yaml': analysis });
      const r1 = json(['check', 'analys.bra.yaml'], { cwd: withMatrix });
      assert.deepEqual(r1.report.files.map((f: { path: string }) => f.path), ['analys.bra.yaml']);
      assert.ok(r1.report.files[0].diagnostics.some((d: { rule: string }) => d.rule === 'BRA006'), JSON.stringify(r1.report));
      const r2 = json(['check', 'analys.bra.yaml'], { cwd: alone });
      assert.ok(!r2.report.files[0].diagnostics.some((d: { rule: string }) => d.rule === 'BRA006'));
    });
  });

  describe('formats', () => {
    it('json: exactly one object of the documented shape, 1-based ranges, summary = counts', () => {
      const r = json(['check', FLAWED, CLEAN]);
      assert.equal(r.code, 1);
      const o = r.report;
      assert.deepEqual(Object.keys(o), ['tool', 'asOf', 'files', 'summary']);
      assert.equal(o.tool.name, 'bra');
      const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>;
      const text = fs.readFileSync(path.join(ROOT, FLAWED), 'utf8').split('\n');
      for (const f of o.files) {
        assert.deepEqual(Object.keys(f), ['path', 'kind', 'diagnostics']);
        for (const d of f.diagnostics) {
          assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'location', 'range', 'data', 'fixable']);
          assert.ok(d.range.start.line >= 1 && d.range.start.column >= 1, JSON.stringify(d));
          assert.equal(typeof d.fixable, 'boolean');
          assert.equal(typeof d.data, 'object');
          assert.match(d.location, /^\$/);
          counts[d.severity]++;
          if (f.path === FLAWED) assert.ok(d.range.start.line <= text.length);
        }
      }
      assert.deepEqual(o.summary, counts);
      assert.deepEqual(o.files[1], { path: CLEAN, kind: 'analysis', diagnostics: [] });
    });
    it('json: a range points at the text it underlines (1-based line and column)', () => {
      const dir = tempDir({ 'a.bra.yaml': 'schema_version: "1.0"\ndocument:\n  title: [\n' });
      const d = json(['check', 'a.bra.yaml'], { cwd: dir }).report.files[0].diagnostics[0];
      assert.equal(d.rule, 'yaml-syntax');
      assert.ok(d.range.start.line >= 3, JSON.stringify(d));
    });
    it('github: one workflow command per finding', () => {
      const r = bra(['check', FLAWED, '--format', 'github', '--as-of', AS_OF]);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, json(['check', FLAWED]).report.files[0].diagnostics.length);
      for (const l of lines) assert.match(l, /^::(error|warning|notice) file=samples\/brister\/kry-liknande-2019\.bra\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Za-z0-9-]+::[^\n]+$/);
    });
    it('sarif: validates against the SARIF 2.1.0 schema; regions and logical locations present', () => {
      const r = bra(['check', FLAWED, CLEAN, 'samples/psykiatri-norrby', '--format', 'sarif', '--as-of', AS_OF, '--lang', 'en']);
      assert.equal(r.code, 1);
      const log: any = JSON.parse(r.stdout);
      const validate = sarifValidator();
      const valid = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
      const run = JSON.parse(r.stdout).runs[0];
      assert.equal(run.language, 'en-US');
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${fileUri(ROOT)}/`);
      assert.ok(run.results.length > 0);
      for (const res of run.results) {
        assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
        assert.match(res.locations[0].logicalLocations[0].fullyQualifiedName, /^\$/);
      }
    });
    it('stylish: colours only on a TTY without NO_COLOR (FORCE_COLOR simulates the TTY)', () => {
      assert.match(bra(['check', FLAWED, '--as-of', AS_OF], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31merror/);
      assert.doesNotMatch(bra(['check', FLAWED, '--as-of', AS_OF], { env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
    });
    it('stylish: each row links its rule doc, an OSC 8 hyperlink on the id with colour, the address without (issue #12)', () => {
      const docs = 'https://github.com/behorighet/behorighet/blob/main/docs/rules/';
      const tty = bra(['check', FLAWED, '--as-of', AS_OF], { env: { FORCE_COLOR: '1' } }).stdout;
      assert.ok(tty.includes(`\u001b]8;;${docs}BRA008-data-categories-missing.md\u001b\\BRA008\u001b]8;;\u001b\\`), tty);
      assert.ok(!tty.includes(`BRA008  ${docs}`), 'the address is not written out next to the link');
      const plain = bra(['check', FLAWED, '--as-of', AS_OF], { env: { NO_COLOR: '1' } }).stdout;
      assert.doesNotMatch(plain, /\u001b/);
      const rows = plain.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
      assert.ok(rows.length > 0);
      for (const row of rows) assert.match(row, / {2}(BRA\d{3}|schema|yaml-syntax|suppression) {2}https:\/\/github\.com\/behorighet\/behorighet\/blob\/main\/docs\/rules\/\S+\.md$/);
      assert.ok(plain.includes(`  BRA008  ${docs}BRA008-data-categories-missing.md\n`));
    });
  });

  describe('samples/', () => {
    it('every sample is checked without a usage error; samples/ as a whole exits 1 (brister has findings)', () => {
      const r = json(['check', 'samples']);
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.report.files.length >= 5);
      for (const f of r.report.files) assert.ok(f.path.startsWith('samples/'));
    });
  });
});
