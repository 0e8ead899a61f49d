// Hostile scale (security report D1, D8): a pathological glob, 10,000 analyses in one folder, 1,000 analyses beside
// 1,000 other YAML files, an analysis beside a 50 MB YAML file, a 600 MB sparse file and an 8 MB file with 465,000
// unknown keys. Inputs are generated in the ignored bench/docs/; prints one table and returns the figures as JSON
// on the last line (npm run bench merges them into bench/results.json). Run alone: node bench/scale.mjs (after a build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DOCS = path.join(ROOT, 'bench/docs');
const CLI = path.join(ROOT, 'dist/cli.js');
const { globMatch } = require(path.join(ROOT, 'out/src/engine/glob.js'));
const ANALYSIS = (i) => `schema_version: "1.0"\ndocument:\n  id: A-${i}\n  title: Analys ${i}\n`;
const round = (x) => Math.round(x * 10) / 10;

/** A fresh `bra check …` process: wall time, peak RSS (GNU time), exit code, number of files in the JSON. */
function cli(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'check', ...args, '--format', 'json', '--as-of', '2026-12-01'], { maxBuffer: 1 << 30, cwd: ROOT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const err = r.stderr.toString().trim().split('\n').filter((l) => !l.startsWith('Command exited'));
  let files = null;
  try {
    files = JSON.parse(r.stdout.toString()).files.length;
  } catch {
    /* exit 2 */
  }
  return { ms: round(ms), rssMb: round(Number(err.pop()) / 1024), code: r.status, files, stderr: err.join(' ').slice(0, 120) };
}

function folder(name, make) {
  const dir = path.join(DOCS, name);
  if (!existsSync(path.join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    make(dir);
    writeFileSync(path.join(dir, '.done'), '');
  }
  return path.relative(ROOT, dir);
}

mkdirSync(DOCS, { recursive: true });
const out = {};

// D1: globs in linear time (the RegExp version: 28 s for 32 × a, 92 s for 34 × a, 61 s for the **/ case)
{
  const cases = {
    'star-a ×14, 34 × a': ['*a'.repeat(14) + '*b', 'a'.repeat(34) + '.txt'],
    'star-a ×40, 200 × a': ['*a'.repeat(40) + '*b', 'a'.repeat(200)],
    '**/ ×12, a/ ×24': ['**/'.repeat(12) + 'x.bra.yaml', 'a/'.repeat(24) + 'y.bra.yaml'],
  };
  out.glob = {};
  for (const [name, [g, p]] of Object.entries(cases)) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      globMatch(g, p);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    out.glob[name] = round(times.sort((a, b) => a - b)[2] * 1000) / 1000;
  }
}

// D8: many files in one folder
const tenK = folder('scale-10k', (d) => {
  for (let i = 0; i < 10000; i++) writeFileSync(path.join(d, `a${String(i).padStart(5, '0')}.bra.yaml`), ANALYSIS(i));
});
out.tenThousandAnalyses = cli([tenK]);
const mixed = folder('scale-1k-mixed', (d) => {
  for (let i = 0; i < 1000; i++) writeFileSync(path.join(d, `a${i}.bra.yaml`), ANALYSIS(i));
  for (let i = 0; i < 1000; i++) writeFileSync(path.join(d, `other${i}.yaml`), `name: job ${i}\non: push\n`);
});
out.thousandAnalysesThousandOtherYaml = cli([mixed]);
const bigSibling = folder('scale-big-sibling', (d) => {
  writeFileSync(path.join(d, 'a.bra.yaml'), '');
  writeFileSync(path.join(d, 'big.yaml'), '# fyllnad\n'.repeat(5_300_000));
});
out.analysisBeside50MbYaml = cli([path.join(bigSibling, 'a.bra.yaml')]);
const sparse = folder('scale-sparse', (d) => {
  writeFileSync(path.join(d, 'huge.bra.yaml'), 'schema_version: "1.0"\n');
  truncateSync(path.join(d, 'huge.bra.yaml'), 600 * 1024 * 1024);
});
out.sparse600Mb = cli([path.join(sparse, 'huge.bra.yaml')]);
const keys = folder('scale-465k-keys', (d) => {
  const lines = ['schema_version: "1.0"', 'document: {}'];
  for (let i = 0; i < 465000; i++) lines.push(`unknown${i}: 1`); // 7.8 MB: under the 8 MB guard
  writeFileSync(path.join(d, 'keys.bra.yaml'), lines.join('\n') + '\n');
});
out.unknownKeys465k = cli([path.join(keys, 'keys.bra.yaml')]);

console.log('| hostile case | figure |\n|---|---|');
for (const [name, ms] of Object.entries(out.glob)) console.log(`| globMatch ${name} | ${ms} ms |`);
for (const [name, r] of Object.entries(out)) {
  if (name === 'glob') continue;
  console.log(`| ${name} | ${r.ms} ms, ${r.rssMb} MB, exit ${r.code}${r.files !== null ? `, ${r.files} files` : ''}${r.stderr ? `, stderr: ${r.stderr}` : ''} |`);
}
console.log(JSON.stringify(out));
