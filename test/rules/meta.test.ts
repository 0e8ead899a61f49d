/** Keeps rules, docs, fixtures and the README rule index in step (typescript-eslint's docs test, for our catalogue). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/rules';
import { placeholders } from '../../src/i18n';
import { ruleIndexMarkdown } from '../../src/rules/rule-index';
import { FIXTURES, REPO } from './harness';

const DOC_HEADINGS = ['## Varför / Why', '## Exempel / Examples', '## Rättsliga källor / Legal sources', '## När regeln inte gäller / When it does not apply'];
const LEGAL_HEADING = '## Rättsliga källor / Legal sources';

/** The top-level bullets (with their continuation lines) of a page's "Rättsliga källor / Legal sources" section. */
export function legalBullets(doc: string): string[] {
  const lines = doc.split('\n');
  const start = lines.indexOf(LEGAL_HEADING);
  if (start < 0) return [];
  const bullets: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (line.startsWith('- ')) bullets.push([line]);
    else if (line.startsWith('  ') && bullets.length) bullets[bullets.length - 1].push(line);
    else if (line.trim() !== '' && bullets.length) bullets.push([]); // a paragraph ends the bullet before it
  }
  return bullets.filter((b) => b.length).map((b) => b.join('\n'));
}

/** Files where a citation could appear (docs, code, schemas, README, samples, manifest texts). */
function citationFiles(): string[] {
  const walk = (dir: string, ext: RegExp): string[] => fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : []));
  return [...walk('docs', /\.md$/), ...walk('src', /\.ts$/), ...walk('schemas', /\.json$/), ...walk('samples', /\.(ya?ml|md)$/),
    'README.md', 'package.nls.json', 'package.nls.sv.json', 'scripts/gen-schemas.mjs'];
}

describe('rule catalogue (meta)', () => {
  it('has the 50 rules BRA001–BRA050, unique and sorted', () => {
    const ids = RULES.map((r) => r.id);
    const expected = Array.from({ length: 50 }, (_, i) => `BRA${String(i + 1).padStart(3, '0')}`);
    assert.deepEqual(ids, expected);
  });
  it('counts 19 errors, 23 warnings and 3 info as the catalogue says', () => {
    const count = (s: string) => RULES.filter((r) => r.id <= 'BRA045' && r.severity === s).length;
    assert.deepEqual([count('error'), count('warning'), count('info')], [19, 23, 3]);
  });
  it('the rules added from BRA046 (issue #11) are 4 warnings and 1 info: the law they rest on is less certain than an error', () => {
    const added = RULES.filter((r) => r.id > 'BRA045').map((r) => `${r.id} ${r.severity}`);
    assert.deepEqual(added, ['BRA046 warning', 'BRA047 warning', 'BRA048 warning', 'BRA049 warning', 'BRA050 info']);
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a kebab-case name, a source file named <id>-<name>.ts and a title in both languages', () => {
        assert.match(rule.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(fs.existsSync(path.join(REPO, 'src/rules', `${rule.id}-${rule.name}.ts`)), `src/rules/${rule.id}-${rule.name}.ts`);
        assert.ok(rule.title.sv && rule.title.en);
      });
      it('has messages in Swedish and English with identical placeholders', () => {
        assert.ok(rule.messages.default, 'a default message');
        for (const [k, m] of Object.entries(rule.messages)) {
          assert.ok(m.sv.trim() && m.en.trim(), `${k}: both languages`);
          assert.deepEqual(placeholders(m.sv), placeholders(m.en), `${k}: placeholders`);
        }
      });
      it('has at least one legal reference', () => {
        assert.ok(rule.legal.length > 0);
        for (const l of rule.legal) assert.ok(l.act && l.ref);
      });
      it('has a bilingual doc page with the required headings', () => {
        const file = path.join(REPO, 'docs/rules', rule.meta.doc);
        assert.ok(fs.existsSync(file), `docs/rules/${rule.meta.doc}`);
        const doc = fs.readFileSync(file, 'utf8');
        assert.ok(doc.startsWith(`# ${rule.id}`), 'starts with "# <id>"');
        assert.equal(doc.split('\n')[0], `# ${rule.id} — ${rule.title.sv} / ${rule.title.en}`, 'the heading is the rule\'s title in both languages');
        for (const h of DOC_HEADINGS) assert.ok(doc.includes(h), `heading "${h}"`);
        assert.ok(doc.includes('❌') && doc.includes('✅'), 'a failing and a passing example');
      });
      it('every citation on its doc page has a source line (address, or document and page)', () => {
        const doc = fs.readFileSync(path.join(REPO, 'docs/rules', rule.meta.doc), 'utf8');
        const bullets = legalBullets(doc);
        assert.ok(bullets.length >= rule.legal.length, `at least one cited source per legal reference (${bullets.length} < ${rule.legal.length})`);
        // "Källa / Source:" on its own line, or inline as *Källa / source:*; then an address, a page, the date of an
        // unpaged document (a blog post) or, for the tool's own method, the schema in this repository
        for (const b of bullets) assert.match(b, /Källa\s*\/\s*source:\*?\s+[\s\S]*?(?:https?:\/\/\S+|\bs\. \d|\b\d{4}-\d{2}-\d{2}\b|\]\(\.\.\/\.\.\/schemas\/[\w.-]+\.json\))/i, `no "Källa / Source:" with an address or a page:\n${b}`);
      });
      it('its doc page states the rule\'s severity', () => {
        const doc = fs.readFileSync(path.join(REPO, 'docs/rules', rule.meta.doc), 'utf8');
        const m = /\*\*Allvarlighetsgrad \/ Severity:\*\* (?:\S+ \/ )?(error|warning|info)\b/.exec(doc);
        assert.equal(m?.[1], rule.severity);
      });
      it('has fixtures; fixable ⇔ invalid.fixed.yaml', () => {
        const dir = path.join(FIXTURES, rule.id);
        assert.ok(fs.existsSync(path.join(dir, 'valid.yaml')), 'valid.yaml');
        assert.ok(fs.existsSync(path.join(dir, 'invalid.yaml')), 'invalid.yaml');
        assert.equal(fs.existsSync(path.join(dir, 'invalid.fixed.yaml')), rule.fixable, `fixable=${rule.fixable} ⇔ invalid.fixed.yaml`);
      });
    });
  }
  it('no citation to 6 kap. patientdatalagen (repealed 2023-01-01, now lag 2022:913) or to 4 kap. 9 § HSLF-FS for log content remains', () => {
    const repealed = /6 kap\.[^\n]{0,40}(?:PDL|patientdatalag)|(?:PDL|patientdatalagen)[^\n]{0,3}6 kap\.|ch(?:apter|\.) 6[^\n]{0,20}Patient Data Act/i;
    const oldLog = /4 kap\. 9 §/;
    const hits: string[] = [];
    for (const file of citationFiles()) {
      fs.readFileSync(path.join(REPO, file), 'utf8').split('\n').forEach((line, i) => {
        if (repealed.test(line) || oldLog.test(line)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    for (const rule of RULES) {
      for (const l of rule.legal) {
        if (/patientdatalag/.test(l.act) && /^6 kap\./.test(l.ref)) hits.push(`${rule.id} legal: ${l.ref} ${l.act}`);
        if (/HSLF-FS 2016:40/.test(l.act) && /^4 kap\. 9 §/.test(l.ref)) hits.push(`${rule.id} legal: ${l.ref} ${l.act}`);
      }
    }
    assert.deepEqual(hits, []);
  });
  it('the legal-sources parser of the doc pages sees every bullet (self-check)', () => {
    const page = `${LEGAL_HEADING}\n\n- A\n  Källa / Source: x.\n- B\n  more\n\nText.\n\n## Next\n- not legal\n`;
    assert.deepEqual(legalBullets(page), ['- A\n  Källa / Source: x.', '- B\n  more']);
  });
  it('README rule index matches the registry', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const m = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    assert.ok(m, 'README has the <!-- rules:start --> … <!-- rules:end --> section');
    assert.equal(m[1], ruleIndexMarkdown(), 'README rule index is stale: run `npm run rule-index`');
  });
});

