/**
 * Security report D7 and D10: `bra report` renders small, incomplete or odd input (prototype member names as values,
 * lists where a scalar is expected, an entry with only an id, a matrix file whose entry lacks role and system) instead
 * of failing with "internt fel"; and it refuses `-o` onto a file it reads, leaving that file untouched.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runReport } from '../../../src/cli/report-command';
import type { ReportIo } from '../../../src/cli/report-command';
import { AS_OF, bra, cleanTempDirs, memoryIo, tempDir } from '../../cli/helpers';
import { ANALYSIS_HEAD, BASE, edit } from '../diff/fixture';

const MATRIX_FILE = 'schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix:\n  - id: AM-5\n    data_categories: all\n';

const CASES: [string, Record<string, string>][] = [
  ['an analysis whose only access entry has just an id', { '/w/a.bra.yaml': `${ANALYSIS_HEAD}access_matrix:\n  - id: AM-09\n` }],
  ['document.status: constructor', { '/w/a.bra.yaml': edit(BASE, 'status: approved', 'status: constructor') }],
  ['document.status: toString', { '/w/a.bra.yaml': edit(BASE, 'status: approved', 'status: toString') }],
  ['a need with regime: __proto__', { '/w/a.bra.yaml': edit(BASE, 'regime: inner_secrecy, data_categories: all', 'regime: __proto__, data_categories: all') }],
  ['a need with patient_scope: constructor', { '/w/a.bra.yaml': edit(BASE, 'patient_scope: care_relation }', 'patient_scope: constructor }') }],
  ['regime: [inner_secrecy] (a list where a scalar is expected) on an access entry', { '/w/a.bra.yaml': edit(BASE, '    regime: inner_secrecy\n    data_categories: all', '    regime: [inner_secrecy]\n    data_categories: all') }],
  ['regime: [inner_secrecy] on a need', { '/w/a.bra.yaml': edit(BASE, 'regime: inner_secrecy, data_categories: all', 'regime: [inner_secrecy], data_categories: all') }],
  ['a matrix file whose entry lacks role and system', { '/w/a.bra.yaml': ANALYSIS_HEAD, '/w/m.bra.yaml': MATRIX_FILE }],
];

describe('bra report on incomplete input (security report D7)', () => {
  for (const [name, files] of CASES) {
    for (const format of ['html', 'markdown']) {
      for (const lang of ['sv', 'en']) {
        it(`${name}: ${format}, ${lang}, exit 0, a report`, async () => {
          const { io, out } = memoryIo(files);
          const code = await runReport([Object.keys(files).pop()!.slice(3), '--format', format, '--lang', lang, '--as-of', AS_OF], io);
          assert.equal(out.stderr, '');
          assert.equal(code, 0);
          assert.match(out.stdout, format === 'html' ? /^<!DOCTYPE html>/ : /^# /);
          // a function's source shows as 'function x(' or '[native code]' ('Position or function' is a column heading)
          assert.ok(!/internt fel|internal error|\[object Object\]|undefined|function \w*\(|\[native code\]/.test(out.stdout));
        });
      }
    }
  }

  it('a prototype member as a value is shown as written, not as a label', async () => {
    const { io, out } = memoryIo(CASES[1][1]);
    assert.equal(await runReport(['a.bra.yaml', '--format', 'markdown', '--lang', 'en', '--as-of', AS_OF], io), 0);
    assert.match(out.stdout, /^\| \*\*Status\*\* \| constructor \|$/m);
  });
});

describe('bra report -o onto an input file (security report D10)', () => {
  after(cleanTempDirs);

  it('in memory: -o naming the analysis, the matrix file given, or the configuration is refused, nothing written', async () => {
    const files = { '/w/d/a.bra.yaml': ANALYSIS_HEAD, '/w/d/m.bra.yaml': MATRIX_FILE, '/w/.bra.jsonc': '{}' };
    const cases: [string[], string, string][] = [
      [['d/a.bra.yaml', '-o', 'd/a.bra.yaml'], 'd/a.bra.yaml', 'd/a.bra.yaml'],
      [['d/a.bra.yaml', '-o', './d/../d/m.bra.yaml'], './d/../d/m.bra.yaml', 'd/m.bra.yaml'],
      [['d/m.bra.yaml', '-o', 'd/a.bra.yaml', '--format', 'markdown'], 'd/a.bra.yaml', 'd/a.bra.yaml'],
      [['d/m.bra.yaml', '-o', '/w/d/m.bra.yaml'], '/w/d/m.bra.yaml', 'd/m.bra.yaml'],
      [['d/a.bra.yaml', '-o', '.bra.jsonc'], '.bra.jsonc', '.bra.jsonc'],
    ];
    for (const [args, shown, clash] of cases) {
      for (const lang of ['sv', 'en']) {
        const { io, out } = memoryIo(files);
        const written: string[] = [];
        const rio: ReportIo = { ...io, writeFile: (p) => void written.push(p) };
        assert.equal(await runReport([...args, '--lang', lang], rio), 2);
        assert.equal(out.stdout, '');
        assert.deepEqual(written, []);
        assert.equal(out.stderr, lang === 'sv'
          ? `bra: -o '${shown}' är en av filerna som rapporten läser ('${clash}'); välj en annan utfil\n`
          : `bra: -o '${shown}' is one of the files the report reads ('${clash}'); choose another output file\n`);
      }
    }
  });

  it('the built CLI: the same file, through a symbolic link or a hard link: exit 2, one line, the bytes unchanged', () => {
    const dir = tempDir({ 'a.bra.yaml': ANALYSIS_HEAD, 'm.bra.yaml': MATRIX_FILE });
    fs.symlinkSync('a.bra.yaml', path.join(dir, 'link.html'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.linkSync(path.join(dir, 'm.bra.yaml'), path.join(dir, 'hard.md'));
    const before = { a: fs.readFileSync(path.join(dir, 'a.bra.yaml')), m: fs.readFileSync(path.join(dir, 'm.bra.yaml')) };
    for (const args of [
      ['a.bra.yaml', '-o', 'a.bra.yaml'],
      ['a.bra.yaml', '-o', 'link.html'],
      ['a.bra.yaml', '-o', 'loop/a.bra.yaml'],
      ['m.bra.yaml', '-o', 'a.bra.yaml'],
      ['m.bra.yaml', '-o', 'hard.md'],
      ['a.bra.yaml', '--format', 'markdown', '-o', 'm.bra.yaml'],
    ]) {
      const r = bra(['report', ...args, '--lang', 'en', '--as-of', AS_OF], { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^bra: -o '[^']+' is one of the files the report reads \('[^']+'\); choose another output file\n$/);
      assert.equal(r.stdout, '');
      assert.ok(fs.readFileSync(path.join(dir, 'a.bra.yaml')).equals(before.a), `${args.join(' ')}: a.bra.yaml unchanged`);
      assert.ok(fs.readFileSync(path.join(dir, 'm.bra.yaml')).equals(before.m), `${args.join(' ')}: m.bra.yaml unchanged`);
    }
    const ok = bra(['report', 'a.bra.yaml', '-o', 'report.html', '--as-of', AS_OF], { cwd: dir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
  });
});
