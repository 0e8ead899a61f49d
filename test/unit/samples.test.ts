/**
 * The bundled samples: the complete analyses give no finding at all; the deficient ones give the findings a
 * reviewer at IMY would give (golden lists, written with BRA_UPDATE_GOLDEN=1 and reviewed in the diff).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, positionAt } from '../../src/engine';
import type { LintInput } from '../../src/engine';
import { expectGolden } from '../rules/harness';

const REPO = path.resolve(__dirname, '../../..');
const SAMPLES = path.join(REPO, 'samples');
const AS_OF = '2026-12-01';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.bra\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

function lintAll(files: string[]) {
  const inputs: LintInput[] = files.map((f) => ({ path: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') }));
  return lint(inputs, {
    asOf: AS_OF,
    resolve: (from, ref) => {
      const p = path.join(REPO, path.dirname(from), ref);
      return fs.existsSync(p) ? { path: path.relative(REPO, p), text: fs.readFileSync(p, 'utf8') } : { error: 'ENOENT' };
    },
  });
}

describe('samples', () => {
  const all = yamlFiles(SAMPLES);
  const complete = all.filter((f) => !f.includes(`${path.sep}brister${path.sep}`));
  const deficient = all.filter((f) => f.includes(`${path.sep}brister${path.sep}`));

  it('has complete and deficient samples', () => {
    assert.ok(complete.length >= 2, `complete samples: ${complete.length}`);
    assert.ok(deficient.length >= 3, `deficient samples: ${deficient.length}`);
  });

  for (const r of lintAll(complete)) {
    it(`${r.path} (complete) gives no finding`, () => {
      assert.deepEqual(r.findings.map((f) => `${f.rule} ${f.location} ${f.message.en}`), []);
    });
  }

  for (const r of lintAll(deficient)) {
    it(`${r.path} gives the expected findings (golden)`, () => {
      const lines = r.findings.map((f) => {
        const s = positionAt(r.text, f.span.start);
        return `${f.rule} ${f.severity} ${s.line}:${s.column} ${f.location}${f.data ? ` ${JSON.stringify(f.data)}` : ''}\n  ${f.message.sv}`;
      });
      expectGolden(path.join(REPO, 'test/golden/samples', `${path.basename(r.path)}.txt`), `${lines.join('\n')}\n`);
    });
  }

  it('the KRY-like 2019 analysis gets what IMY criticised in DI-2019-3845', () => {
    const kry = deficient.find((f) => /kry/.test(f));
    assert.ok(kry, 'samples/brister/kry-liknande-2019.bra.yaml');
    const rules = new Set(lintAll([kry])[0].findings.map((f) => f.rule));
    // no data categories, no data-subject categories, no probability/severity, generic consequences,
    // coarse-grained access for everyone, NPÖ without its own analysis, the same roles in NPÖ as in the journal
    for (const id of ['BRA008', 'BRA012', 'BRA018', 'BRA021', 'BRA033', 'BRA017', 'BRA038']) assert.ok(rules.has(id), `${id} expected`);
  });
});
