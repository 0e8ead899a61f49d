/** `bra report` through runReport with an in-memory io (the samples are copied into it). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runReport } from '../../../src/cli/report-command';
import type { ReportIo } from '../../../src/cli/report-command';
import { memoryIo } from '../../cli/helpers';
import { AS_OF, ROOT } from './samples';

function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (/\.ya?ml$/.test(e.name)) files[`/w/${r}`] = fs.readFileSync(path.join(ROOT, r), 'utf8');
    }
  };
  walk('samples');
  return files;
}

function setup(extra: Record<string, string | Error> = {}) {
  const { io, out } = memoryIo({ ...sampleFiles(), ...extra });
  const written: Record<string, string> = {};
  const rio: ReportIo = { ...io, writeFile: (p, t) => void (written[p] = t) };
  return { io: rio, out, written };
}

function assertOneLineError(code: number, out: { stdout: string; stderr: string }, re?: RegExp) {
  assert.equal(code, 2);
  assert.match(out.stderr, /^bra: [^\n]+\n$/);
  assert.equal(out.stdout, '');
  if (re) assert.match(out.stderr, re);
}

describe('bra report (runReport)', () => {
  it('writes HTML to stdout by default, exit 0', async () => {
    const { io, out } = setup();
    const code = await runReport(['samples/vardcentralen-solglantan.bra.yaml'], io);
    assert.equal(code, 0, out.stderr);
    assert.match(out.stdout, /^<!DOCTYPE html>/);
    assert.match(out.stdout, /<dd>2026-12-01<\/dd>/);
    assert.match(out.stdout, /<dd>bra 9\.9\.9<\/dd>/);
    assert.equal(out.stderr, '');
  });

  it('exit 0 with findings: the report is evidence, not a gate', async () => {
    const { io, out } = setup();
    assert.equal(await runReport(['samples/brister/kry-liknande-2019.bra.yaml', '--format', 'markdown', '--as-of', AS_OF], io), 0);
    assert.match(out.stdout, /^# /);
    assert.match(out.stdout, /`BRA008`/);
  });

  it('takes the matrix file beside the analysis, and the analysis of a matrix file', async () => {
    for (const arg of ['samples/psykiatri-norrby/analys.bra.yaml', 'samples/psykiatri-norrby/behorighetsmatris.bra.yaml']) {
      const { io, out } = setup();
      assert.equal(await runReport([arg], io), 0, out.stderr);
      assert.match(out.stdout, /<code>PM-01<\/code>/);
      assert.match(out.stdout, /<dd>samples\/psykiatri-norrby\/analys\.bra\.yaml<\/dd>/);
      assert.match(out.stdout, /<dd>samples\/psykiatri-norrby\/behorighetsmatris\.bra\.yaml<\/dd>/);
    }
  });

  it('-o FILE writes the file (markdown when it ends in .md), nothing on stdout', async () => {
    const { io, out, written } = setup();
    assert.equal(await runReport(['samples/vardcentralen-solglantan.bra.yaml', '-o', 'out/rapport.html', '--lang', 'en'], io), 0);
    assert.equal(out.stdout, '');
    assert.match(written['/w/out/rapport.html'], /<html lang="en">/);
    assert.equal(await runReport(['samples/vardcentralen-solglantan.bra.yaml', '--output=r.md'], io), 0);
    assert.match(written['/w/r.md'], /^# Behovs- och riskanalys/);
  });

  it('--help', async () => {
    const { io, out } = setup();
    assert.equal(await runReport(['--help'], io), 0);
    assert.match(out.stdout, /bra report SÖKVÄG/);
    const en = setup();
    assert.equal(await runReport(['--help', '--lang', 'en'], en.io), 0);
    assert.match(en.out.stdout, /bra report PATH/);
  });

  it('usage and I/O errors: one line, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [[], /ange analysfilen/],
      [['a.yaml', 'b.yaml'], /ange en analysfil, inte 2/],
      [['samples/nope.bra.yaml'], /kan inte läsa 'samples\/nope\.bra\.yaml': filen eller katalogen finns inte/],
      [['samples'], /är en katalog/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--format', 'pdf'], /ogiltigt värde för --format: 'pdf'/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--as-of', '2026-02-30'], /ogiltigt datum för --as-of/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--lang', 'de'], /ogiltigt värde för --lang/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--bogus'], /okänd flagga '--bogus'/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--config', 'none.jsonc'], /kan inte läsa konfigurationen/],
      [['m.bra.yaml'], /kan inte läsa analysfilen 'gone\.bra\.yaml' som behörighetsmatrisen hänvisar till/],
      [['samples/vardcentralen-solglantan.bra.yaml', '--lang', 'en', '-o', '/ro/x.html'], /^bra: cannot write '\/ro\/x\.html': permission denied/],
    ];
    for (const [args, re] of cases) {
      const { io, out } = setup({ '/w/m.bra.yaml': 'schema_version: "1.0"\nanalysis: gone.bra.yaml\naccess_matrix: []\n' });
      io.writeFile = (p) => {
        if (p.startsWith('/ro/')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      };
      assertOneLineError(await runReport(args, io), out, re);
    }
  });

  it('-o without writeFile in the io is a clear error', async () => {
    const { io, out } = setup();
    delete io.writeFile;
    assertOneLineError(await runReport(['samples/vardcentralen-solglantan.bra.yaml', '-o', 'x.html'], io), out, /-o stöds inte/);
  });
});
