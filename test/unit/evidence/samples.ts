/** The samples as the report sees them: linted with the engine (read with fs here, as the CLI would). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../../src/engine';
import type { EvidenceInput } from '../../../src/evidence';

export const ROOT = path.resolve(__dirname, '../../../..');
export const AS_OF = '2026-12-01';

export interface Sample {
  /** Short name, used in screenshot file names. */
  name: string;
  input: EvidenceInput;
}

const SAMPLES: { name: string; analysis: string; matrices?: string[] }[] = [
  { name: 'vardcentralen-solglantan', analysis: 'samples/vardcentralen-solglantan.bra.yaml' },
  { name: 'psykiatri-norrby', analysis: 'samples/psykiatri-norrby/analys.bra.yaml', matrices: ['samples/psykiatri-norrby/behorighetsmatris.bra.yaml'] },
  { name: 'kry-liknande-2019', analysis: 'samples/brister/kry-liknande-2019.bra.yaml' },
  { name: 'rollmatris-utan-analys', analysis: 'samples/brister/rollmatris-utan-analys.bra.yaml' },
  { name: 'utkast-generiska-konsekvenser', analysis: 'samples/brister/utkast-generiska-konsekvenser.bra.yaml' },
];

function read(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

/** Every sample that exists in this checkout, linted as of AS_OF. */
export function loadSamples(): Sample[] {
  return SAMPLES.filter((s) => fs.existsSync(path.join(ROOT, s.analysis))).map((s) => {
    const inputs = [s.analysis, ...(s.matrices ?? [])].map((p) => ({ path: p, text: read(p) }));
    const results = lint(inputs, { asOf: AS_OF });
    return { name: s.name, input: { analysis: results[0], matrices: results.slice(1) } };
  });
}
