/**
 * Security report D3: text from the YAML must not open Markdown structure in the PR comment of `bra diff`
 * (images, links, autolinks, mentions, headings, extra table rows). The comment is also rendered with markdown-it
 * (a CommonMark + GFM-tables renderer, present in node_modules through @vscode/vsce) to check what a reader sees.
 */
import * as assert from 'node:assert/strict';
import { formatMarkdown } from '../../../src/diff/format';
import { BASE, diffText, edit } from './fixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (o: Record<string, unknown>) => { render(s: string): string };
const render = (md: string) => new MarkdownIt({ html: true, linkify: true }).render(md);

/** The schema-valid attack of the report: a system name with an image, a mention and a forged heading after a lone CR. */
const NAME = 'PsykJournal ![ok](https://evil.example/all-checks-passed.png) @octocat\r## ✅ All access changes are justified\r';
const NAME_YAML = '"PsykJournal ![ok](https://evil.example/all-checks-passed.png) @octocat\\r## ✅ All access changes are justified\\r"';
const NAME_MD = 'PsykJournal \\!\\[ok\\](https\\://evil.example/all-checks-passed.png) @\u200boctocat \\#\\# ✅ All access changes are justified';

const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('|'));

describe('diff markdown: injection (security report D3)', () => {
  it('a schema-valid system name quoted by a new BRA006 warning: no image, no mention, no forged heading', () => {
    const head = edit(BASE, '    name: Journalsystem\n', `    name: ${NAME_YAML}\n    users_with_access: 100\n`);
    const r = diffText(BASE, head);
    const f = r.newFindings.find((x) => x.finding.rule === 'BRA006');
    assert.ok(f, 'BRA006 is a new finding');
    assert.ok(f.finding.message.en.startsWith(`${NAME.trimEnd()} has 100 users`), 'the message quotes the raw name');
    const md = formatMarkdown(r, { lang: 'en', baseLabel: 'main' });
    const line = md.split('\n').find((l) => l.includes('**BRA006**'));
    assert.equal(line, `- ⚠️ **BRA006** (warning) \`a.bra.yaml:10:5\` — ${NAME_MD} has 100 users, but the analysed roles with access total 16 people. 84 accounts have no matching role in the analysis.`);
    assert.ok(!/[\r\u2028\u2029\u0085]/.test(md), 'no other line breaks than LF');
    assert.ok(!md.includes('\n## ✅'), 'no forged heading');
    const html = render(md);
    assert.equal((html.match(/<h2>/g) ?? []).length, 1, 'only our own heading');
    assert.ok(!/<img|<a /.test(html), html);
    assert.ok(!html.includes('@octocat'), 'no mention');
    assert.ok(html.includes('PsykJournal ![ok](https://evil.example/all-checks-passed.png) @\u200boctocat ## ✅ All access changes are justified'));
  });

  it('ids, roles and systems with images, links, mentions, backticks and a lone CR: escaped, one row per entry', () => {
    const added = [
      '  - { id: "![](https://evil.example/pixel.png)", role: "[click](https://evil.example/role.png)", system: "journal\\r| x | y | z |\\r## H", regime: inner_secrecy, patient_scope: all_patients }',
      '  - { id: "@org/team `x` <https://evil.example>", role: "www.evil.example", system: "a\\u2028b\\u2029c\\u0085d\\r\\ne", patient_scope: all_patients }',
      '  - { id: "x\\u001b[31m\\u202Ey", role: "*a* _b_ ~c~ &lt;", system: "1. z", patient_scope: all_patients }',
    ].join('\n');
    const r = diffText(BASE, `${BASE}${added}\n`);
    assert.equal(r.changes.length, 3);
    const md = formatMarkdown(r, { lang: 'en' });
    const rows = tableRows(md);
    assert.equal(rows.length, 2 + 3, md);
    const cells = rows.slice(2).map((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
    for (const c of cells) assert.equal(c.length, 6, `six cells: ${JSON.stringify(c)}`);
    const byEntry = new Map(cells.map((c) => [c[0], c] as const));
    const a = byEntry.get('\\!\\[\\](https\\://evil.example/pixel.png)')!;
    assert.ok(a, [...byEntry.keys()].join(' / '));
    assert.equal(a[1], '\\[click\\](https\\://evil.example/role.png)');
    assert.equal(a[2], 'journal \\| x \\| y \\| z \\| \\#\\# H (internal confidentiality)', 'the regime by its label; the system id (no name) escaped');
    const b = byEntry.get('@\u200borg/team \\`x\\` \\<https\\://evil.example\\>')!;
    assert.ok(b);
    assert.equal(b[1], 'www\\.evil.example');
    assert.equal(b[2], 'a b c d e');
    const c = byEntry.get('x\\\\x1B\\[31m\\\\u202Ey')!;
    assert.ok(c);
    assert.equal(c[1], '\\*a\\* \\_b\\_ \\~c\\~ \\&lt;');
    assert.equal(c[2], '1\\. z');
    const html = render(md);
    assert.equal((html.match(/<tr>/g) ?? []).length, 1 + 3, 'one header row and one row per entry');
    assert.ok(!/<img|<a |<em>|<s>|<del>|<h1>|<h4>/.test(html), html);
    // (the invalid role and system values are schema findings; the rule findings that read them follow from them and
    // are hidden: issue #12)
    assert.deepEqual(html.match(/<h\d>[^<]*/g), ['<h2>Access changes', '<h3>New findings (11)']);
    assert.ok(html.includes('<td>![](https://evil.example/pixel.png)</td>\n<td>[click](https://evil.example/role.png)</td>\n<td>journal | x | y | z | ## H (internal confidentiality)</td>'));
    assert.ok(!html.replace(/@\u200b/g, '').includes('@'), 'every @ is followed by a zero-width space: no mention');
  });

  it('labels now shown in the table (role label, system name, category label, unit name) are escaped like ids', () => {
    let base = edit(BASE, '    name: Journalsystem\n', `    name: ${NAME_YAML}\n`);
    base = edit(base, '    label: Läkare\n', '    label: "[Läkare](https://evil.example/x) <img src=x> @team"\n');
    base = edit(base, '  - { id: medication, label: Läkemedel, present: true }', '  - { id: medication, label: "Läkemedel ![i](https://evil.example/c.png)", present: true }');
    const head = `${base}  - { id: AM-3, role: lakare, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: care_relation, conditions: [care_relation_check], justified_by: [N1], risks_considered: [R1], valid_from: 2026-02-01 }\n`;
    const md = formatMarkdown(diffText(base, head), { lang: 'sv' });
    const rows = tableRows(md);
    assert.equal(rows.length, 3, md);
    assert.equal(rows[2], `| AM-3 | \\[Läkare\\](https\\://evil.example/x) \\<img src=x\\> @\u200bteam | ${NAME_MD} (inre sekretess) | ny | patientomfång: pågående vårdrelation<br>kategorier: Läkemedel \\!\\[i\\](https\\://evil.example/c.png)<br>villkor: kontroll av vårdrelation | ✅ |`);
    const html = render(md);
    assert.ok(!/<img|<a |<h\d>[^<]*All access/.test(html), html);
    assert.equal((html.match(/<tr>/g) ?? []).length, 2);
  });
});
