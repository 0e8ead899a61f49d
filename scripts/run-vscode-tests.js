// @vscode/test-electron's runTests with code-server standing in for the VS Code executable (offline: nothing is
// downloaded when vscodeExecutablePath is given).
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const repo = path.resolve(__dirname, '..');
runTests({
  vscodeExecutablePath: path.join(repo, 'scripts/code-server-as-vscode.sh'),
  extensionDevelopmentPath: repo,
  extensionTestsPath: path.join(repo, 'out/test/vscode/index.js'),
  launchArgs: [process.argv[2]],
  extensionTestsEnv: { BRA_TEST_WORKSPACE: process.argv[2], BRA_TEST_LAYER: 'vscode', BRA_REPO: repo },
}).then(() => process.exit(0), (e) => { console.error(`bra: the real-VS-Code tests failed: ${e && e.message ? e.message : e}`); process.exit(1); });
