/**
 * Extension-host test entry (the extensionTestsPath contract of @vscode/test-electron): runs every
 * out/test/vscode/*.test.js with mocha inside the real VS Code (code-server) extension host.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import Mocha = require('mocha');

export async function run(): Promise<void> {
  const repo = process.env.BRA_REPO ?? path.resolve(__dirname, '../../..');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: path.join(repo, 'scripts/mocha-reporter.js') });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures) throw new Error(`${failures} extension test(s) failed`);
}
