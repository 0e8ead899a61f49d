/**
 * The HTML report in a real browser: headless Debian Chromium through playwright-core. Renders every sample, opens
 * the file, checks the title, that both risk maps are rendered and that the page loads nothing; saves a full-page
 * screenshot to test-results/screenshots/report-<sample>.png (and report-<sample>-en.png for one English report).
 *
 * Run: npm run build && npx mocha --no-config --timeout 60000 out/test/ui/report.test.js
 * Needs /usr/bin/chromium (scripts/setup-vscode-test.sh installs it; npm test runs that first). When it is missing the
 * suite fails under npm test and is skipped with a message when run on its own.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { renderHtml } from '../../src/evidence';
import { requirePrerequisite } from '../support/prerequisite';
import { AS_OF, ROOT, loadSamples } from '../unit/evidence/samples';

const CHROMIUM = process.env.BRA_CHROMIUM ?? '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-results');
const SHOTS = path.join(OUT, 'screenshots');

describe('HTML report in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;

  before(async function () {
    requirePrerequisite(this, fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: bash scripts/setup-vscode-test.sh (or apt-get install -y chromium, or set BRA_CHROMIUM)`);
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
  });

  const cases = loadSamples().flatMap((s) => [
    { ...s, lang: 'sv' as const, file: `report-${s.name}` },
    ...(s.name === 'vardcentralen-solglantan' || s.name === 'kry-liknande-2019' ? [{ ...s, lang: 'en' as const, file: `report-${s.name}-en` }] : []),
  ]);

  for (const c of cases) {
    it(`${c.name} (${c.lang}): opens, shows both risk maps, loads nothing, screenshot`, async () => {
      const html = renderHtml(c.input, { lang: c.lang, asOf: AS_OF, version: 'test' });
      const file = path.join(OUT, `${c.file}.html`);
      fs.writeFileSync(file, html);
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => {
        if (r.url() !== `file://${file}`) requests.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      try {
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        const title = await page.title();
        const docTitle = /^document:\n(?:.*\n)*?\s+title:\s*(.+)$/m.exec(c.input.analysis.text)?.[1]?.trim();
        assert.ok(title.length > 0, 'page title');
        if (docTitle) assert.equal(title, docTitle.replace(/^["']|["']$/g, ''));
        assert.equal(await page.locator('h1').count(), 1);
        const maps = page.locator('svg.riskmap');
        const n = await maps.count();
        const risks = (c.input.analysis.text.match(/^risks:\s*\n\s+- /m) ? 1 : 0);
        if (risks) {
          assert.equal(n, 2, 'two risk maps (before, after)');
          for (let i = 0; i < n; i++) {
            const box = await maps.nth(i).boundingBox();
            assert.ok(box && box.width > 300 && box.height > 200, `risk map ${i} bounding box ${JSON.stringify(box)}`);
          }
          // every placed risk id is drawn with a size (a sample without probability/severity places none)
          const ids = page.locator('svg.riskmap .risk-id');
          const placed = (html.match(/class="risk-id"/g) ?? []).length;
          assert.equal(await ids.count(), placed);
          if (placed > 0) {
            const idBox = await ids.first().boundingBox();
            assert.ok(idBox && idBox.width > 0 && idBox.height > 0);
          } else assert.ok((await page.locator('svg.riskmap .riskmap-note').count()) > 0, 'unplaced risks are named');
        }
        assert.deepEqual(requests, [], 'no request besides the file itself');
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the window`);
        assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/i.test(p)), [], 'no CSP violation');
        await page.screenshot({ path: path.join(SHOTS, `${c.file}.png`), fullPage: true });
        // the print layout renders too (A4 PDF)
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        assert.ok(pdf.length > 10000, 'PDF printed');
        fs.writeFileSync(path.join(OUT, `${c.file}.pdf`), pdf);
      } finally {
        await context.close();
      }
    });
  }
});
