/** src/i18n/escape.ts: the one escaping of YAML text for Markdown (PR comment, Markdown report) and terminals/logs. */
import * as assert from 'node:assert/strict';
import { lineBreaksToSpace, mdCode, mdText, terminalLine, terminalPath, visibleControls } from '../../src/i18n/escape';

describe('escape (security report D3, D9)', () => {
  it('mdText: one line, no structure, no link, no mention; words with _ stay as written', () => {
    assert.equal(mdText('Obs! 2 filer'), 'Obs! 2 filer');
    assert.equal(mdText('Obs!'), 'Obs\\!');
    assert.equal(mdText('a\r## b\r\nc\nd\u2028e\u2029f\u0085g\vh\fi'), 'a \\#\\# b c d e f g h i');
    assert.equal(mdText('![x](https://e.example/p.png) [l](u) <b> | `c` *e* ~s~ _u_ inner_secrecy'),
      '\\!\\[x\\](https\\://e.example/p.png) \\[l\\](u) \\<b\\> \\| \\`c\\` \\*e\\* \\~s\\~ \\_u\\_ inner_secrecy');
    assert.equal(mdText('@octocat @org/team a@b.se'), '@\u200boctocat @\u200borg/team a@\u200bb.se');
    assert.equal(mdText('www.evil.example ftp://x &lt; &amp a\\b'), 'www\\.evil.example ftp\\://x \\&lt; &amp a\\\\b');
    for (const [s, e] of [['- x', '\\- x'], ['+ x', '\\+ x'], ['= x', '\\= x'], ['1. x', '1\\. x'], ['2) x', '2\\) x'], ['> x', '\\> x'], ['# x', '\\# x']]) {
      assert.equal(mdText(s), e);
    }
    assert.equal(mdText('\u001b[31mx\u202E\u0007'), '\\\\x1B\\[31mx\\\\u202E\\\\x07');
  });

  it('mdCode: verbatim in a code span, fence longer than any backtick run, | as ¦, one line', () => {
    assert.equal(mdCode('a`b``c'), '```a`b``c```');
    assert.equal(mdCode('`x'), '`` `x ``');
    assert.equal(mdCode('a|b\rc\u2028d'), '`a¦b c d`');
    assert.equal(mdCode('\u001b]0;t\u0007'), '`\\x1B]0;t\\x07`');
  });

  it('terminal: controls and bidi visible; lines joined; file names keep their line breaks visible', () => {
    assert.equal(visibleControls('\u001b[2K\u009b\u0085\u202A\u2066\u2069\u007f\tx\ny'), '\\x1B[2K\\x9B\u0085\\u202A\\u2066\\u2069\\x7F\tx\ny');
    assert.equal(terminalLine('  a \r\n b\rc\u0085d\u001b]8;;u\u001b\\  '), 'a b c d\\x1B]8;;u\\x1B\\');
    assert.equal(terminalPath('nl\n::error::x\r\t\u001b.bra.yaml'), 'nl\\n::error::x\\r\\t\\x1B.bra.yaml');
    assert.equal(lineBreaksToSpace('a\r\nb\rc'), 'a b c');
  });
});
