#!/usr/bin/env bash
# npm run test:vscode: the real-VS-Code layer. Installs code-server + node 24 + chromium (cached), builds when needed,
# then runs the extension-host mocha suite (and the UI tests) in code-server through @vscode/test-electron's runTests
# with scripts/code-server-as-vscode.sh as the VS Code executable, on a fresh copy of samples/ as the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-vscode-test.sh
[ -f dist/extension.js ] && [ -f out/test/vscode/index.js ] || node scripts/build.mjs
WS=$(mktemp -d "${TMPDIR:-/tmp}/bra-ws.XXXX")
trap 'rm -rf "$WS"' EXIT
cp -r samples/. "$WS/"
mkdir -p test-results/screenshots
BRA_TEST_WORKSPACE=$WS BRA_UI_TESTS=1 node scripts/run-vscode-tests.js "$WS"
