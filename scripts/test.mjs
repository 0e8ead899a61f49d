// npm test: build; the set-up of what the browser and real-VS-Code layers need (Debian chromium, node 24,
// code-server: scripts/setup-vscode-test.sh, cached in .vscode-test/) BEFORE any layer runs; then the unit/rule/CLI
// layer (mocha), the rule tests (+ engine and sample goldens) again with the fast YAML parser off (BRA_YAML_FAST=0),
// the report in headless chromium, and the real-VS-Code layer. One closing line for all of it:
// "N passed, N failed, N skipped". Under npm test nothing skips itself (BRA_TEST_LAYER is set for every layer, mocha
// runs with --forbid-pending): a missing prerequisite is a failure, and a skipped test fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const LAYERS = ['unit', 'rules-yaml-slow', 'report-ui', 'vscode', 'ui'];
for (const layer of LAYERS) rmSync(`test-results/${layer}.json`, { force: true });
mkdirSync('test-results', { recursive: true });
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const MOCHA = ['node_modules/mocha/bin/mocha.js', '--forbid-pending'];

let rc = run('npm', ['run', '--silent', 'build']);
if (rc !== 0) {
  console.log('\nbuild failed\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
console.log('\n== set-up: chromium, node 24, code-server (scripts/setup-vscode-test.sh)');
const setup = run('bash', ['scripts/setup-vscode-test.sh']);
if (setup !== 0) console.log('the set-up failed: the layers that need it will fail');

/** Exit codes by layer; a layer that crashed before writing its counts counts as one failure. */
const rcs = {};
rcs.unit = run(process.execPath, [...MOCHA, '--config', '.mocharc.json'], { BRA_TEST_LAYER: 'unit' });
console.log('\n== the rule tests, engine and sample goldens with the fast YAML parser off (BRA_YAML_FAST=0)');
rcs['rules-yaml-slow'] = run(
  process.execPath,
  [...MOCHA, '--no-config', '--require', 'out/test/support/yaml-path.js', '--timeout', '60000', '--reporter', './scripts/mocha-reporter.js',
    'out/test/rules/**/*.test.js', 'out/test/unit/engine.test.js', 'out/test/unit/samples.test.js', 'out/test/unit/yaml-path.test.js'],
  { BRA_TEST_LAYER: 'rules-yaml-slow', BRA_YAML_FAST: '0' },
);
console.log('\n== the HTML report in headless chromium');
rcs['report-ui'] = run(
  process.execPath,
  [...MOCHA, '--no-config', '--timeout', '60000', '--reporter', './scripts/mocha-reporter.js', 'out/test/ui/report.test.js'],
  { BRA_TEST_LAYER: 'report-ui' },
);
if (process.env.BRA_SKIP_VSCODE) console.log('\n== the real-VS-Code layer is NOT run (BRA_SKIP_VSCODE is set)');
else rcs.vscode = run('bash', ['scripts/test-vscode.sh']);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const layer of LAYERS) {
  const f = `test-results/${layer}.json`;
  if (!existsSync(f)) {
    if (layer in rcs && rcs[layer] !== 0) failed++;
    continue;
  }
  const c = JSON.parse(readFileSync(f, 'utf8'));
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped ?? 0;
}
const bad = Object.values(rcs).some((x) => x !== 0);
if (bad && failed === 0) failed++;
if (skipped > 0) console.log('\nskipped tests are not allowed under npm test');
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad || failed || skipped ? 1 : 0);
