/**
 * Security report D9 (terminal and log injection) and D3 (Markdown report): YAML's `\e` escape puts real ESC, BEL,
 * CSI/OSC sequences and bidi overrides into values, and a file name may contain newlines. stylish, github and the
 * Markdown evidence report show them as visible escapes; nothing reaches a terminal or log viewer raw.
 */
import * as assert from 'node:assert/strict';
import { lint, lintOne } from '../../../src/engine';
import { github, stylish } from '../../../src/report';
import { renderMarkdown } from '../../../src/evidence';
import { BASE, edit } from '../diff/fixture';

const AS_OF = '2026-12-01';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (o: Record<string, unknown>) => { render(s: string): string };
const render = (md: string) => new MarkdownIt({ html: true, linkify: true }).render(md);
/** The report's payload: erase line, cursor up, a fake green "no problems", OSC 0 (title), OSC 52 (clipboard), OSC 8 (link). */
const PAYLOAD_YAML = '"\\e[2K\\e[1A\\e[32m✔ 2 files checked, no problems\\e[0m\\e]0;pwned-title\\a\\e]52;c;cHduZWQ=\\a\\e]8;;https://evil.example\\e\\\\click\\e]8;;\\e\\\\ \\u202Eevil"';
const PAYLOAD_SHOWN = '\\x1B[2K\\x1B[1A\\x1B[32m✔ 2 files checked, no problems\\x1B[0m\\x1B]0;pwned-title\\x07\\x1B]52;c;cHduZWQ=\\x07\\x1B]8;;https://evil.example\\x1B\\click\\x1B]8;;\\x1B\\ \\u202Eevil';
const NL_FILE = 'nl\n::error::forged-by-filename\n.bra.yaml';
// in a free-text field (a system's name): an invalid id would be a schema finding whose message shows a shortened
// value, and the rule findings about the same value would follow from it (hidden, issue #12)
const TEXT = edit(BASE, '    name: Journalsystem\n', `    name: ${PAYLOAD_YAML}\n`);
/** Anything a terminal would interpret: C0 except TAB/LF, DEL, C1, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal and log injection (security report D9)', () => {
  const [r] = lint([{ path: NL_FILE, text: TEXT }], { asOf: AS_OF });
  const f = r.findings.find((x) => x.rule === 'BRA005' && x.message.en.includes('pwned-title'));

  it('the payload reaches a finding message raw (the premise)', () => {
    assert.ok(f, r.findings.map((x) => x.message.en).join('\n'));
    assert.ok(f.message.en.includes('\u001b]0;pwned-title\u0007'));
  });

  it('stylish: control characters and bidi overrides as visible escapes; the file name on one line with \\n', () => {
    for (const color of [false, true]) {
      const out = stylish([r], { lang: 'en', asOf: AS_OF, version: '1', color });
      // our own SGR colours and OSC 8 links to our rule docs are the only escape sequences
      const plain = color ? out.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;(https:\/\/github\.com\/behorighet\/behorighet\/blob\/main\/docs\/rules\/[\w.-]+)?\u001b\\/g, '') : out;
      assert.ok(!RAW_CONTROL.test(plain), JSON.stringify(plain.match(RAW_CONTROL)));
      const lines = plain.split('\n');
      assert.equal(lines[0], 'nl\\n::error::forged-by-filename\\n.bra.yaml');
      assert.ok(!lines.some((l) => l.startsWith('::')), 'no line starts a workflow command');
      const row = lines.find((l) => l.includes('pwned-title'))!;
      assert.match(row, /^ {2}\d+:\d+ +error +System (.*) lacks the number of registered patients .* +BRA005( {2}https:\/\/github\.com\/behorighet\/behorighet\/blob\/main\/docs\/rules\/BRA005-system-scale\.md)?$/);
      assert.equal(row.endsWith('.md'), !color, 'the doc address is written out only without colour');
      assert.equal(/System (.*) lacks the number/.exec(row)![1], PAYLOAD_SHOWN);
    }
  });

  it('github: the same visible escapes in the message; the file name stays one property', () => {
    const out = github([r], { lang: 'en', asOf: AS_OF, version: '1' });
    assert.ok(!RAW_CONTROL.test(out), JSON.stringify(out.match(RAW_CONTROL)));
    const lines = out.split('\n').filter(Boolean);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=nl%0A%3A%3Aerror%3A%3Aforged-by-filename%0A\.bra\.yaml,line=/);
    assert.ok(lines.some((l) => l.includes(`,title=BRA005::System ${PAYLOAD_SHOWN} lacks the number`)), out);
  });

  it('Markdown report: visible escapes, no raw control characters', () => {
    const md = renderMarkdown(lintOne('a.bra.yaml', TEXT, { asOf: AS_OF }), { lang: 'en', asOf: AS_OF, version: '1' });
    assert.ok(!RAW_CONTROL.test(md), JSON.stringify(md.match(RAW_CONTROL)));
    assert.ok(md.includes('\\\\x1B\\[2K\\\\x1B\\[1A\\\\x1B\\[32m✔ 2 files checked, no problems'), 'escaped as text outside code');
  });
});

describe('Markdown report: a lone CR in a free-text field (security report D3)', () => {
  it('opens no heading and no list item; every value stays on its line', () => {
    const text = edit(BASE, '    name: Journalsystem\n', '    name: "Journal\\r## FORGED HEADING\\r- forged list item\\u2028# x\\u0085> y\\r\\n* z"\n');
    const r = lintOne('a.bra.yaml', text, { asOf: AS_OF });
    for (const lang of ['sv', 'en'] as const) {
      const md = renderMarkdown(r, { lang, asOf: AS_OF, version: '1' });
      assert.ok(!/[\r\u2028\u2029\u0085]/.test(md), 'no line break besides LF');
      assert.ok(md.includes('Journal \\#\\# FORGED HEADING - forged list item \\# x \\> y \\* z'), md);
      assert.ok(!/^(#+ FORGED|- forged|# x|> y|\* z)/m.test(md));
      // rendered (markdown-it, CommonMark + GFM tables, with linkify): the forged heading and list item are text
      const html = render(md);
      // (our own legal sources may name a bare domain such as tryggleg.se, which markdown-it's fuzzy linkify links and
      // GitHub does not: only a link made of the forged value counts)
      assert.ok(!/<h\d[^>]*>[^<]*FORGED|<li>forged|<img|<a [^>]*>[^<]*(FORGED|forged|Journal)/.test(html), html);
      assert.ok(html.includes('Journal ## FORGED HEADING - forged list item # x &gt; y * z'));
    }
  });
});
