/** `bra init`: the skeleton of a new analysis and matrix (built dist/cli.js): files, output, exit codes, no overwrite. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AS_OF, assertUsageError, bra, cleanTempDirs, tempDir } from './helpers';

const json = (args: string[], cwd: string) => {
  const r = bra([...args, '--format', 'json', '--as-of', AS_OF], { cwd });
  return { ...r, report: JSON.parse(r.stdout) as { files: { path: string; kind: string; diagnostics: { rule: string; location: string }[] }[] } };
};

describe('cli: bra init', function () {
  this.timeout(60000);
  after(cleanTempDirs);

  it('writes analys.bra.yaml and behorighetsmatris.bra.yaml into a new directory; exact output, exit 0', () => {
    const dir = tempDir({});
    const r = bra(['init', 'ny-analys'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      'Skapade ny-analys/analys.bra.yaml och ny-analys/behorighetsmatris.bra.yaml.\n' +
        'Nästa steg:\n' +
        '  1. Fyll i analysen uppifrån och ned; kommentarerna i filerna säger vad som ska stå var.\n' +
        '  2. Kör bra check ny-analys: fynden säger vad analysen ännu inte visar.\n',
    );
    assert.deepEqual(fs.readdirSync(path.join(dir, 'ny-analys')).sort(), ['analys.bra.yaml', 'behorighetsmatris.bra.yaml']);
    const a = fs.readFileSync(path.join(dir, 'ny-analys/analys.bra.yaml'), 'utf8');
    assert.match(a, /^# Behovs- och riskanalys – Verksamhetens namn\n# Skapad med "bra init"/);
    assert.match(fs.readFileSync(path.join(dir, 'ny-analys/behorighetsmatris.bra.yaml'), 'utf8'), /^analysis: analys\.bra\.yaml$/m);
  });

  it('the skeleton passes the schema and shows the next steps as rule findings (exit 1 on the errors)', () => {
    const dir = tempDir({});
    assert.equal(bra(['init'], { cwd: dir }).code, 0);
    const r = json(['check', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const byFile = Object.fromEntries(r.report.files.map((f) => [f.path, f.diagnostics]));
    assert.deepEqual(Object.keys(byFile).sort(), ['analys.bra.yaml', 'behorighetsmatris.bra.yaml']);
    const all = Object.values(byFile).flat();
    assert.deepEqual(all.filter((d) => d.rule === 'schema' || d.rule === 'yaml-syntax'), []);
    const at = (file: string) => new Set(byFile[file].map((d) => `${d.rule} ${d.location}`));
    for (const k of ['BRA001 $.document', 'BRA005 $.systems[journal]', 'BRA025 $.roles[roll]', 'BRA026 $.roles[roll].needs[N1]', 'BRA018 $.risks[R1]', 'BRA020 $.risks[R1]']) {
      assert.ok(at('analys.bra.yaml').has(k), `${k} in ${[...at('analys.bra.yaml')].join(', ')}`);
    }
    assert.ok(at('behorighetsmatris.bra.yaml').has('BRA034 $.access_matrix[AM-1]'));
  });

  it('--lang en --name: English skeleton named after the organisation, also schema-clean', () => {
    const dir = tempDir({});
    const r = bra(['init', '--lang', 'en', '--name', 'Vårdcentralen Solgläntan'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Created vardcentralen-solglantan\.bra\.yaml and vardcentralen-solglantan\.access-matrix\.bra\.yaml\.\nNext steps:\n/);
    const a = fs.readFileSync(path.join(dir, 'vardcentralen-solglantan.bra.yaml'), 'utf8');
    assert.match(a, /^# Needs-and-risk analysis \(behovs- och riskanalys\) – Vårdcentralen Solgläntan$/m);
    assert.match(a, /^ {2}title: "Needs-and-risk analysis – Vårdcentralen Solgläntan"$/m);
    const c = json(['check', '.', '--lang', 'en'], dir);
    assert.equal(c.report.files.length, 2);
    assert.deepEqual(c.report.files.flatMap((f) => f.diagnostics).filter((d) => d.rule === 'schema' || d.rule === 'yaml-syntax'), []);
    assert.ok(c.report.files.find((f) => f.path === 'vardcentralen-solglantan.bra.yaml')!.diagnostics.some((d) => d.rule === 'BRA025' && d.location === '$.roles[role]'));
  });

  it('refuses to overwrite an existing file (one line, exit 2, nothing written); --force overwrites', () => {
    const dir = tempDir({ 'behorighetsmatris.bra.yaml': 'min egen matris\n' });
    assertUsageError(bra(['init'], { cwd: dir }), /^bra: 'behorighetsmatris\.bra\.yaml' finns redan; inget skrevs \(skriv över med --force\)\n$/);
    assert.deepEqual(fs.readdirSync(dir), ['behorighetsmatris.bra.yaml']);
    assert.equal(fs.readFileSync(path.join(dir, 'behorighetsmatris.bra.yaml'), 'utf8'), 'min egen matris\n');
    assertUsageError(bra(['init', '--lang', 'en'], { cwd: tempDir({ 'analysis.bra.yaml': 'x' }) }), /^bra: 'analysis\.bra\.yaml' exists already; nothing was written \(overwrite with --force\)\n$/);
    const r = bra(['init', '--force'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'behorighetsmatris.bra.yaml'), 'utf8'), /^# Behörighetsmatris/);
  });

  it('usage errors: a file as DIR, two directories, an unknown option, an empty --name', () => {
    const dir = tempDir({ 'fil.txt': 'x' });
    assertUsageError(bra(['init', 'fil.txt'], { cwd: dir }), /^bra: 'fil\.txt' finns och är inte en katalog\n$/);
    assertUsageError(bra(['init', 'a', 'b'], { cwd: dir }), /^bra: ange en katalog, inte 2\. Se bra init --help\.\n$/);
    assertUsageError(bra(['init', '--nope'], { cwd: dir }), /^bra: okänd flagga '--nope'\. Se bra init --help\.\n$/);
    assertUsageError(bra(['init', '--name', ' '], { cwd: dir }), /^bra: --name behöver ett namn/);
    assert.deepEqual(fs.readdirSync(dir), ['fil.txt']);
  });

  it('--help in both languages; bra --help lists init and fråga/query', () => {
    assert.match(bra(['init', '--help']).stdout, /^Användning:\n {2}bra init \[KATALOG\] \[--name NAMN\] \[--lang sv\|en\] \[--force\]\n/);
    assert.match(bra(['init', '--help', '--lang', 'en']).stdout, /^Usage:\n {2}bra init \[DIR\]/);
    assert.match(bra(['--help']).stdout, /^ {2}bra init \[KATALOG\] .*\n {2}bra fråga FIL --role/m);
    assert.match(bra(['--help', '--lang', 'en']).stdout, /^ {2}bra query FILE --role/m);
  });
});
