// Runs the extension's mocha suite inside code-server's real node extension host: the workbench gets
// extensionDevelopmentPath + extensionTestsPath through the URL `payload` (needs --vscode-option
// enable-smoke-test-driver) and reports the exit code through window.codeAutomationExit.
// Usage: node run-ext-tests.js <port> <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
const { chromium } = require('playwright-core');
const fs = require('fs');
const util = require('util');
const [PORT, DEV, TESTS, WS] = process.argv.slice(2);
const TIMEOUT = +(process.env.EXT_TEST_TIMEOUT_MS || 300000);

(async () => {
  const T0 = Date.now();
  const auth = `127.0.0.1:${PORT}`; // code-server's workbench uses the page's host as the remote authority
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${auth}${DEV}`],
    ['extensionTestsPath', `vscode-remote://${auth}${TESTS}`],
  ];
  const url = `http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/bra-ext-tests-profile-');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  let done;
  const exited = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationLog', (_type, args) => console.log(util.format(...(Array.isArray(args) ? args : [args]))));
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  if (process.env.SHOW_BROWSER_CONSOLE) page.on('console', (m) => console.log('[browser]', m.text()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  console.log(`extension host test run finished: exit=${code} after ${((Date.now() - T0) / 1000).toFixed(1)}s`);
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  process.exit(code === 0 ? 0 : 1);
})().catch((e) => { console.error(e); process.exit(2); });
