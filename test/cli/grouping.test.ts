/**
 * The CLI pairs an analysis with its matrix files by the YAML value of `analysis:` (src/workspace), as the engine and
 * the extension do (issue #13, item 1). Before: `'it''s.bra.yaml'` was read as `it''s.bra.yaml`, and a value on the
 * line after `analysis:` was not seen, so `bra check` linted the analysis without its matrix and `bra report`/`bra
 * query` of the matrix file could not find the analysis.
 */
import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/run';
import { memoryIo, sample } from './helpers';

const ANALYSIS = sample('psykiatri-norrby/analys.bra.yaml');
const MATRIX = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');

function withRef(ref: string): string {
  assert.match(MATRIX, /^analysis: analys\.bra\.yaml$/m);
  return MATRIX.replace(/^analysis: analys\.bra\.yaml$/m, ref);
}

async function rulesOf(files: Record<string, string>, args: string[]): Promise<string[]> {
  const { io, out } = memoryIo(files);
  const code = await run(['check', ...args, '--format', 'json', '--lang', 'en'], io);
  assert.ok(code === 0 || code === 1, out.stderr);
  return JSON.parse(out.stdout).files.flatMap((f: { path: string; diagnostics: { rule: string }[] }) => f.diagnostics.map((d) => `${f.path} ${d.rule}`));
}

describe('CLI: an analysis and its matrix files', () => {
  const spellings: [string, string, string][] = [
    ["a name with a doubled quote in single quotes", "/w/it's.bra.yaml", "analysis: 'it''s.bra.yaml'"],
    ['the value on the next line', '/w/a.bra.yaml', 'analysis:\n  a.bra.yaml'],
    ['a # inside the quotes', '/w/a#1.bra.yaml', 'analysis: "a#1.bra.yaml"'],
  ];
  for (const [what, analysisPath, ref] of spellings) {
    it(`bra check of the analysis lints it with the matrix file beside it: ${what}`, async () => {
      const shown = analysisPath.slice('/w/'.length);
      const paired = await rulesOf({ [analysisPath]: ANALYSIS, '/w/m.bra.yaml': withRef(ref) }, [shown]);
      const plain = await rulesOf({ '/w/analys.bra.yaml': ANALYSIS, '/w/m.bra.yaml': MATRIX }, ['analys.bra.yaml']);
      const alone = await rulesOf({ [analysisPath]: ANALYSIS }, [shown]);
      assert.deepEqual(paired.map((r) => r.split(' ')[1]), plain.map((r) => r.split(' ')[1]));
      assert.notDeepEqual(alone, paired, 'the matrix file changes the findings of the analysis');
    });

    it(`bra report and bra query of the matrix file use the analysis it names: ${what}`, async () => {
      const files = { [analysisPath]: ANALYSIS, '/w/m.bra.yaml': withRef(ref) };
      let m = memoryIo(files);
      assert.equal(await run(['report', 'm.bra.yaml', '--format', 'markdown', '--lang', 'en'], m.io), 0, m.out.stderr);
      assert.equal(m.out.stderr, '');
      assert.ok(m.out.stdout.includes(analysisPath.slice('/w/'.length)), 'the report names the analysis file');
      m = memoryIo(files);
      const code = await run(['query', 'm.bra.yaml', '--role', 'nope', '--system', 'nope', '--category', 'nope', '--lang', 'en'], m.io);
      assert.equal(code, 2);
      assert.doesNotMatch(m.out.stderr, /cannot read/);
    });
  }
});
