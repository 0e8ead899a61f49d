#!/usr/bin/env bash
# npm run test:vscode: the real-VS-Code layer. Installs code-server + node 24 + chromium (cached in .vscode-test/),
# builds when the bundle or the compiled tests are stale, then runs the extension-host mocha suite in code-server
# through @vscode/test-electron's runTests (scripts/code-server-as-vscode.sh stands in for the VS Code executable) on a
# fresh copy of samples/ (a git repository, one commit), then the UI tests (scripts/e2e-ui.js) against the same code-server.
# Ends with one line "N passed, N failed, N skipped" over both layers; exits non-zero on any failure or skipped test.
set -uo pipefail
cd "$(dirname "$0")/.."
now() { date +%s.%N; }
since() { awk "BEGIN { printf \"%.1f\", $(now) - $1 }"; }
T0=$(now)
rm -f test-results/vscode.json test-results/ui.json
mkdir -p test-results/screenshots

t=$(now)
bash scripts/setup-vscode-test.sh || { echo "setup of the real-VS-Code test environment failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
echo "== setup: $(since "$t")s"

# build unless dist/extension.js and out/test/vscode are newer than every source they come from
t=$(now)
stale=$( { [ -f dist/extension.js ] && [ -f out/test/vscode/index.js ]; } || echo missing)
[ -z "$stale" ] && stale=$(find src test/vscode schemas package.json -newer dist/extension.js -type f -print -quit 2>/dev/null)
[ -z "$stale" ] && stale=$(find test/vscode -name '*.ts' -newer out/test/vscode/index.js -print -quit 2>/dev/null)
if [ -n "$stale" ]; then
  node scripts/build.mjs || { echo "build failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
  echo "== build: $(since "$t")s"
else
  echo "== build: up to date"
fi

WS=$(mktemp -d "${TMPDIR:-/tmp}/bra-ws.XXXX")
trap 'rm -rf "$WS"' EXIT
cp -r samples/. "$WS/"
# a git repository with the samples committed, so that "Review access changes…" has a base to compare with
git -C "$WS" init -q -b main && git -C "$WS" add -A \
  && git -C "$WS" -c user.name=bra-test -c user.email=bra-test@example.invalid -c commit.gpgsign=false commit -qm "samples" \
  || { echo "could not make the test workspace a git repository"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
t=$(now)
BRA_TEST_WORKSPACE=$WS BRA_UI_TESTS=${BRA_UI_TESTS-1} node scripts/run-vscode-tests.js "$WS"
RC=$?
echo "== extension-host + UI tests: $(since "$t")s (total $(since "$T0")s); screenshots in test-results/screenshots/"

# one closing line over both layers; a layer that crashed before reporting counts as one failure
node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
for (const [layer, expected] of [["vscode", true], ["ui", process.env.BRA_UI_TESTS !== ""]]) {
  const f = `test-results/${layer}.json`;
  if (fs.existsSync(f)) { const c = JSON.parse(fs.readFileSync(f, "utf8")); passed += c.passed; failed += c.failed; skipped += c.skipped ?? 0; }
  else if (expected) failed++;
}
if (process.argv[1] !== "0" && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || skipped ? 1 : 0);
' "$RC"
