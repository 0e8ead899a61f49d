// UI tests in a real VS Code (code-server) driven by playwright-core + Debian chromium: what a person sees.
// The extension is loaded from the development path through the workbench's URL payload.
// Usage: node scripts/e2e-ui.js <baseUrl> <extensionDevelopmentPath> <workspaceFolder> <screenshotsDir>
// Writes test-results/ui.json ({ passed, failed }) for the closing line of scripts/test-vscode.sh.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [BASE, DEV, WS, SHOTS] = process.argv.slice(2);
const REPO = path.resolve(__dirname, '..');
const FILE_REL = 'brister/utkast-generiska-konsekvenser.bra.yaml';
const FILE = path.join(WS, FILE_REL);
// the line of the BRA019 finding (R-02's stated `level: medium`): the first `    level: medium` line of the sample
const SAMPLE_LINES = fs.readFileSync(path.join(REPO, 'samples', FILE_REL), 'utf8').split('\n');
const LINE = SAMPLE_LINES.findIndex((l) => l === '    level: medium') + 1;
// the line of risk R-04 (a click on it in the risk map selects its id there)
const R04_LINE = SAMPLE_LINES.findIndex((l) => l === '  - id: R-04') + 1;
const T = +(process.env.UI_STEP_TIMEOUT_MS || 60000);

const tests = [];
const it = (name, fn) => tests.push({ name, fn });

let page;
const editor = '.editor-instance .monaco-editor';
const shot = (name) => page.screenshot({ path: path.join(SHOTS, `ui-${name}.png`) });
const editorText = () => page.evaluate((sel) => document.querySelector(`${sel} .view-lines`)?.innerText.replace(/\u00a0/g, ' ') ?? '', editor);
/** Run a command from the palette, as a person does (the editor group focused first). */
async function runCommand(title) {
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row:has-text("${title}")`).first().waitFor({ timeout: T });
  await page.keyboard.press('Enter');
}
const problemRow = (text) => page.locator(`.markers-panel .monaco-list-row:has-text("${text}")`);

it('the workbench opens the deficient sample at the BRA019 finding and shows its squiggle', async () => {
  const host = new URL(BASE).host;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${DEV}`]];
  await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: T });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row:has-text("brister")', { timeout: T });
  await page.click('.monaco-workbench .part.editor');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
  await page.keyboard.type(path.basename(FILE_REL));
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${path.basename(FILE_REL)}")`, { timeout: T });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${editor} .view-lines`, { timeout: T });
  // go to the finding's line, column 14 (on `medium`)
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
  await page.keyboard.type(`${LINE}:14`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor .view-lines')?.innerText.replace(/\u00a0/g, ' ').includes('level: medium'), null, { timeout: T });
  await page.waitForSelector(`${editor} .squiggly-warning`, { timeout: T });
  await shot('1-squiggle');
});

it('the Problems panel lists the finding with its rule id', async () => {
  await page.keyboard.press('Control+Shift+M');
  // the list is virtualised and holds every checked file of the workspace: filter it to the rule
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: T });
  const inFilter = () => page.waitForFunction(() => !!document.activeElement?.closest('.viewpane-filter, .markers-panel-action-filter'), null, { timeout: 3000 }).then(() => true, () => false);
  let focused = false;
  for (let attempt = 0; attempt < 6 && !focused; attempt++) {
    if (attempt % 2 === 0) {
      await page.keyboard.press('Control+F'); // in the focused Problems view: focus its filter
    } else {
      await page.locator('.viewpane-filter .monaco-editor, .viewpane-filter input').first().click();
    }
    focused = await inFilter();
  }
  if (!focused) throw new Error(`focus is not in the Problems filter but in ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
  await page.keyboard.type('BRA019');
  const fileRow = page.locator('.markers-panel .monaco-list-row:has-text("utkast-generiska-konsekvenser.bra.yaml")').first();
  await fileRow.waitFor({ timeout: T });
  if ((await fileRow.getAttribute('aria-expanded')) === 'false') await fileRow.click();
  await problemRow('BRA019').first().waitFor({ timeout: T });
  const row = (await problemRow('BRA019').first().innerText()).replace(/\s+/g, ' ');
  if (!/Angiven risknivå/.test(row)) throw new Error(`unexpected Problems row: ${row}`);
  if (!/bra/.test(row)) throw new Error(`the row does not name the source bra: ${row}`);
  await shot('2-problems');
});

it('the hover on the finding shows the label, the rule and its legal basis', async () => {
  // as a person does: the mouse rests on `medium` in the finding's line (or, when the mouse hover does not come up, the
  // keyboard: the cursor on it and Ctrl+K Ctrl+I); each attempt waits for the hover, none sleeps
  const token = page.locator(`${editor} .view-line:has-text("level: medium")`).first().locator('span > span', { hasText: 'medium' }).first();
  const shown = () => page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')]
    .some((h) => h.offsetParent !== null && /BRA019/.test(h.textContent) && /Rättsliga källor/.test(h.textContent)), null, { timeout: 5000 }).then(() => true, () => false);
  let ok = false;
  for (let attempt = 0; attempt < 6 && !ok; attempt++) {
    const box = await token.boundingBox();
    if (attempt % 2 === 0) {
      await page.mouse.move(box.x - 200, box.y + 120);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    } else {
      await token.click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    ok = await shown();
  }
  if (!ok) throw new Error('no hover with BRA019 and its legal basis');
  const hover = page.locator('.monaco-hover:visible', { hasText: 'BRA019' });
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
  if (!/Medel/.test(text)) throw new Error(`hover without the label: ${text}`);
  await shot('3-hover');
  // the mouse off the editor (a resting mouse keeps its hover up), then the hover closed
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover')].some((h) => h.offsetParent !== null && /BRA019/.test(h.textContent)), null, { timeout: T });
});

it('Ctrl+. offers the preferred fix, which changes the text and clears the finding', async () => {
  // focus the editor, the cursor into `medium` (the view may have scrolled meanwhile), then the quick-fix menu
  await page.keyboard.press('Control+1'); // focus the editor group
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
  await page.keyboard.type(`${LINE}:15`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: T });
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row:has-text("Sätt risknivån enligt matrisen")');
  await action.first().waitFor({ timeout: T });
  const rows = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));
  if (!rows.some((r) => /Undertryck BRA019 med motivering/.test(r))) throw new Error(`no suppress action: ${rows.join(' | ')}`);
  await shot('4-quickfix-menu');
  await action.first().click();
  await page.waitForFunction((sel) => document.querySelector(`${sel} .view-lines`)?.innerText.replace(/\u00a0/g, ' ').includes('level: high'), editor, { timeout: T });
  await problemRow('BRA019').first().waitFor({ state: 'detached', timeout: T });
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + T;
  while (!/^ {4}level: high$/m.test(fs.readFileSync(FILE, 'utf8').split('\n')[LINE - 1] ?? '')) {
    if (Date.now() > deadline) throw new Error('the fixed text was not saved');
    await page.waitForTimeout(100);
  }
  await shot('5-after-fix');
});

it('the risk map opens beside the editor, and a click on a risk selects it in the YAML', async () => {
  await runCommand('Show risk map');
  // the webview: VS Code's outer iframe, our page in its inner #active-frame
  const view = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await view.locator('svg.riskmap').first().waitFor({ timeout: T });
  const ids = await view.locator('button.risk-link').allInnerTexts();
  if (ids.join(',') !== 'R-01,R-02,R-03,R-04,R-05,R-06') throw new Error(`risks in the table: ${ids.join(',')}`);
  const cells = await view.locator('svg .riskmap-before .risk-id').count();
  if (cells !== 6) throw new Error(`${cells} risk ids in the map before measures`);
  await view.locator('h1', { hasText: 'Riskkarta' }).waitFor({ timeout: T });
  await shot('6-risk-map');
  await view.locator('button.risk-link', { hasText: 'R-04' }).click();
  await page.waitForFunction((line) => new RegExp(`Ln ${line}, Col \\d+ \\(8 selected\\)`).test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), R04_LINE, { timeout: T });
  await shot('7-risk-selected');
});

it('the risk map follows a dark theme', async () => {
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: T });
  await page.keyboard.type('Dark Modern');
  await page.locator('.quick-input-list .monaco-list-row:has-text("Dark Modern")').first().waitFor({ timeout: T });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-workbench.vs-dark', { timeout: T });
  const view = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await view.locator('body.vscode-dark').waitFor({ timeout: T });
  // the darker fill of a high cell in a dark theme, not the report's light one
  const fill = await view.locator('svg .riskmap-before rect.lvl-high').first().evaluate((r) => getComputedStyle(r).fill);
  if (fill !== 'rgb(122, 67, 22)') throw new Error(`high cell fill in a dark theme: ${fill}`);
  await view.locator('h1').scrollIntoViewIfNeeded();
  await shot('8-risk-map-dark');
});

it('"Review access changes…" asks for the base (main by default) and previews the Markdown report', async () => {
  await runCommand('Review access changes');
  // the input box for the ref, prefilled with the default branch
  await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value === 'main', null, { timeout: T });
  await page.keyboard.press('Enter');
  // the Markdown preview (a webview): the heading and the resolved finding of the fix made above
  const preview = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await preview.locator('h2', { hasText: 'Behörighetsändringar jämfört med main' }).waitFor({ timeout: T });
  await page.locator('.tab', { hasText: 'Preview Granskning mot main.md' }).first().waitFor({ timeout: T });
  await preview.locator('text=Inga ändringar av behörigheter.').waitFor({ timeout: T });
  await preview.locator('summary', { hasText: 'Åtgärdade fynd (1)' }).waitFor({ timeout: T });
  await shot('9-review');
});

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'bra-ui-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = ctx.pages()[0] || (await ctx.newPage());
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  let passed = 0;
  let failed = 0;
  let broken = false;
  console.log('\n  UI (code-server in chromium)');
  for (const t of tests) {
    const t0 = Date.now();
    if (broken) {
      failed++;
      console.log(`    ✖ ${t.name} (not run: an earlier step failed)`);
      continue;
    }
    try {
      await t.fn();
      passed++;
      console.log(`    ✔ ${t.name} (${Date.now() - t0}ms)`);
    } catch (e) {
      failed++;
      broken = true;
      console.log(`    ✖ ${t.name}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
      await page.screenshot({ path: path.join(SHOTS, `ui-failure-${failed}.png`) }).catch(() => {});
    }
  }
  fs.writeFileSync(path.join(SHOTS, 'ui-browser-console.log'), consoleLines.join('\n'));
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`  ${passed} passed, ${failed} failed, 0 skipped (UI)`);
  fs.mkdirSync(path.join(REPO, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(REPO, 'test-results', 'ui.json'), JSON.stringify({ passed, failed, skipped: 0 }));
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
