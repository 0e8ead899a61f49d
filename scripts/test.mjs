// npm test: build, the unit/rule/CLI layer (mocha), the report in headless chromium, then the real-VS-Code layer;
// one closing line for all of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/vscode.json', { force: true });
rmSync('test-results/ui.json', { force: true });
rmSync('test-results/report-ui.json', { force: true });
mkdirSync('test-results', { recursive: true });
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let rc = run('npm', ['run', '--silent', 'build']);
if (rc !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const unit = run('npm', ['run', '--silent', 'test:unit'], { BRA_TEST_LAYER: 'unit' });
const report = run('npm', ['run', '--silent', 'test:ui'], { BRA_TEST_LAYER: 'report-ui' });
const vscode = process.env.BRA_SKIP_VSCODE ? 0 : run('npm', ['run', '--silent', 'test:vscode']);
let passed = 0;
let failed = 0;
for (const layer of ['unit', 'report-ui', 'vscode', 'ui']) {
  const f = `test-results/${layer}.json`;
  if (!existsSync(f)) continue;
  const c = JSON.parse(readFileSync(f, 'utf8'));
  passed += c.passed;
  failed += c.failed;
}
// a layer that crashed before reporting counts as a failure
if (unit !== 0 && !existsSync('test-results/unit.json')) failed++;
if (report !== 0 && !existsSync('test-results/report-ui.json')) failed++;
if (vscode !== 0 && !existsSync('test-results/vscode.json')) failed++;
if ((unit !== 0 || report !== 0 || vscode !== 0) && failed === 0) failed++;
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(unit !== 0 || report !== 0 || vscode !== 0 ? 1 : 0);
