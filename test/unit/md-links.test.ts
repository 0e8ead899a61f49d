/** Meta-tests of the documentation: every relative link in a Markdown file resolves; docs/model.md is current. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SKIP = new Set(['node_modules', 'out', 'dist', '.git', '.vscode-test', 'test-results']);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) || abs === path.join(ROOT, 'bench/docs') ? [] : markdownFiles(abs);
    return e.isFile() && e.name.endsWith('.md') ? [abs] : [];
  });
}

/** Relative link targets of a Markdown text (outside code), as written. */
export function relativeLinks(md: string): string[] {
  const text = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s.*)?$/gm)].map((m) => m[1]),
    ...[...text.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#') && !t.startsWith('/'));
}

describe('docs: relative links', () => {
  it('the link extraction sees links and reference links, not code or external links', () => {
    assert.deepEqual(relativeLinks('[a](x.md) [b](<y z.md>) ![c](img/p.png "t") [d](https://e.se) [e](#top) `[f](g.md)`\n```\n[h](i.md)\n```\n[r]: ref.md\n<a href="k.md">k</a>'), [
      'x.md', 'img/p.png', 'ref.md', 'k.md',
    ]);
  });
  for (const file of markdownFiles(ROOT)) {
    const rel = path.relative(ROOT, file);
    it(`${rel}: every relative link resolves to a file in the repository`, () => {
      const broken = relativeLinks(fs.readFileSync(file, 'utf8')).filter((t) => {
        const target = decodeURIComponent(t.replace(/[#?].*$/, ''));
        return target !== '' && !fs.existsSync(path.resolve(path.dirname(file), target));
      });
      assert.deepEqual(broken, []);
    });
  }
});

describe('docs: named Markdown files', () => {
  const all = markdownFiles(ROOT);
  const names = new Set(all.map((f) => path.basename(f)));
  for (const file of all.filter((f) => /^(README\.md|docs\/|samples\/|walkthrough\/|examples\/)/.test(path.relative(ROOT, f)))) {
    it(`${path.relative(ROOT, file)}: every *.md file it names (also in code) is in the repository`, () => {
      const text = fs.readFileSync(file, 'utf8').replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '');
      const named = [...new Set([...text.matchAll(/[\w.-]+\.md\b/g)].map((m) => m[0]))];
      assert.deepEqual(named.filter((n) => !names.has(n) && !/^(\*|NAME|NAMN)/.test(n)), []);
    });
  }
});

describe('docs/model.md', () => {
  it('is what npm run model-doc generates from the schemas (run it after changing a schema)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { render } = require(path.join(ROOT, 'scripts/model-doc.js')) as { render(): string };
    assert.equal(fs.readFileSync(path.join(ROOT, 'docs/model.md'), 'utf8'), render());
  });
  it('has one section per object of the schemas, in Swedish and English', () => {
    const md = fs.readFileSync(path.join(ROOT, 'docs/model.md'), 'utf8');
    for (const [id, title] of [['need', 'Behov / Need'], ['access_entry', 'Behörighet / Access entry'], ['risk', 'Risk / Risk'], ['access-tests', 'Åtkomsttester (toppnivå) / Access tests (top level)']]) {
      assert.ok(md.includes(`<a id="${id}"></a>\n\n## ${title}\n`), id);
    }
  });
});
