/**
 * The HTML report in a real browser: headless Debian Chromium through playwright-core. Renders every sample, opens
 * the file, checks the title, that both risk maps are rendered and that the page loads nothing; saves a full-page
 * screenshot to test-results/screenshots/report-<sample>.png (and report-<sample>-en.png for one English report).
 *
 * Prints each report to PDF as Chromium does (A4, the CSS page sizes) and checks that no word is split across two
 * lines: the PDF's text (pdftotext, from poppler-utils) must consist of the report's words.
 *
 * Run: npm run build && npx mocha --no-config --timeout 60000 out/test/ui/report.test.js
 * Needs /usr/bin/chromium (scripts/setup-vscode-test.sh installs it; npm test runs that first). When it is missing the
 * suite fails under npm test and is skipped with a message when run on its own.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
/**
 * The split-word check needs pdftotext (apt-get install -y poppler-utils; scripts/setup-vscode-test.sh installs it
 * with chromium); without it that check alone is left out, with a warning.
 */
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => fs.existsSync(p));

/** Pages of a PDF as Chromium writes it (uncompressed page dictionaries). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const edge = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Words of the PDF's text that are not words of the report: pieces of a word split across two lines ("Regelver" +
 * "k"). pdftotext joins a word broken after a hyphen at a line end and drops the hyphen ("Identitets- och" →
 * "Identitetsoch", "4×4-matrisen" → "4×4matrisen"), so those joined forms count as words too; a line that ends in a
 * hyphen followed by the rest of the word is a break at a hyphen, not inside a word. In tables pdftotext may join
 * such a line end with the next cell's word instead ("klamydia-" + "Medvera"): a hyphen's head followed by a word.
 * A word with several hyphens (an address) may be broken at more than one of them.
 */
export function splitWords(html: string, pdfText: string): string[] {
  const text = html
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\u00ad/g, '');
  const words = text.split(/\s+/).filter(Boolean);
  const known = new Set<string>();
  const heads = new Set<string>();
  words.forEach((w, i) => {
    known.add(edge(w));
    const parts = w.split('-');
    for (let k = 1; k < parts.length; k++) {
      known.add(edge(parts.slice(0, k).join('-') + parts.slice(k).join('-')));
      known.add(edge(parts.slice(k).join('-')));
      known.add(edge(parts.slice(0, k).join('-')));
      heads.add(edge(parts.slice(0, k).join('-')));
    }
    if (w.endsWith('-') && i + 1 < words.length) known.add(edge(w.slice(0, -1) + words[i + 1]));
  });
  // a word broken at several of its hyphens (a long URL: "vagledande-|medskick-till-varden-och-|omsorgen"): any of its
  // hyphens may be gone
  const hyphened = [...new Set(words.map(edge).filter((w) => (w.match(/-/g) ?? []).length > 1))]
    .map((w) => new RegExp(`^${w.split('-').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('-?')}$`, 'u'));
  const tokens = pdfText.replace(/\u00ad/g, '').split(/\s+/).filter(Boolean);
  const bad: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = edge(tokens[i]);
    if (!/\p{L}/u.test(t) || known.has(t)) continue;
    if ([...t].some((_, j) => j > 0 && heads.has(t.slice(0, j)) && known.has(t.slice(j)))) continue;
    if (hyphened.some((re) => re.test(t))) continue;
    bad.push(`${tokens[i]} ${tokens[i + 1] ?? ''}`);
  }
  return bad;
}

describe('splitWords (the print check itself)', () => {
  it('finds a word split inside; accepts breaks at one or several hyphens of an address', () => {
    const html = '<p>Regelverket gäller (imy.se/blogg/vagledande-medskick-till-varden-och-omsorgen-efter-imys-tillsyner/) Identitets- och</p>';
    assert.deepEqual(splitWords(html, 'Regelver\nket gäller\n(imy.se/blogg/vagledandemedskick-till-varden-ochomsorgen-efter-imys-tillsyner/)\nIdentitetsoch'), ['Regelver ket', 'ket gäller']);
  });
});

describe('HTML report in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;

  before(async function () {
    requirePrerequisite(this, PDFTOTEXT !== undefined, 'pdftotext is missing: bash scripts/setup-vscode-test.sh (or apt-get install -y poppler-utils)');
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
      // with provenance as the CLI gives it, so that print covers the checksum table too
      const files = [c.input.analysis, ...(c.input.matrices ?? [])].map((r) => ({ path: r.path, sha256: createHash('sha256').update(r.text).digest('hex'), state: 'clean' as const }));
      const provenance = { commit: 'c7b0deda2b0c20f779843d86c52738e4869fed99', files, generatedAt: '2026-12-02T10:00:00Z' };
      const html = renderHtml(c.input, { lang: c.lang, asOf: AS_OF, version: 'test', provenance });
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
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        assert.ok(pdf.length > 10000, 'PDF printed');
        const pdfFile = path.join(OUT, `${c.file}.pdf`);
        fs.writeFileSync(pdfFile, pdf);
        assert.ok(pdfPages(pdf) > 0, 'the PDF has pages');
        const text = execFileSync(PDFTOTEXT!, ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
        assert.ok(text.includes(c.lang === 'sv' ? 'Underskrifter' : 'Signatures'), 'the PDF has text');
        assert.deepEqual(splitWords(html, text), [], 'no word split across two lines in print');
      } finally {
        await context.close();
      }
    });
  }
});
