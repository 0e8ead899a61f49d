import * as assert from 'node:assert/strict';
import { stylish } from '../../../src/report';
import { CTX, results } from './fixtures';

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const DOCS = 'https://github.com/behorighet/behorighet/blob/main/docs/rules/';
/** Our OSC 8 links to rule docs, replaced by the text a terminal shows (the rule id). */
const unlink = (s: string) => s.replace(/\u001b\]8;;([^\u001b]*)\u001b\\([^\u001b]*)\u001b\]8;;\u001b\\/g, '$2');
/** The addresses written after the rule ids without colour. */
const noAddress = (s: string) => s.replace(/ {2}https:\/\/\S+$/gm, '');

describe('report: stylish', () => {
  it('prints a header per file with findings, aligned 1-based rows, related lines and a Swedish summary', () => {
    assert.equal(
      stylish(results(), CTX),
      [
        'samples/vård,data:a.bra.yaml',
        `  2:1   info     Tvärfunktionellt?                                                   BRA004  ${DOCS}BRA004-cross-functional.md`,
        `  6:11  warning  Okänd nyckel "note".                                                schema  ${DOCS}schema.md`,
        `  7:18  error    Risken "R1" har en ogiltig sannolikhet: 100 % säker? Rätta värdet.  BRA018  ${DOCS}BRA018-probability-severity.md`,
        '    ↳ samples/vård,data:a.bra.yaml:5:5  Risken definieras här',
        '',
        'samples/matris.bra.yaml',
        `  4:5  error  Behörigheten AM-1 saknar behov.  BRA031  ${DOCS}BRA031-access-without-need.md`,
        '    ↳ samples/vård,data:a.bra.yaml:4:1  Analysens risker',
        '    ↳ elsewhere/unknown.yaml  Okänd fil',
        '',
        '✖ 2 fel, 1 varning, 1 information',
        '',
      ].join('\n'),
    );
  });
  it('English summary and messages; severity tokens stay error|warning|info (for $eslint-stylish)', () => {
    const out = stylish(results(), { ...CTX, lang: 'en' });
    assert.match(out, /^ {2}6:11 {2}warning {2}Unknown key "note"\. +schema {2}https:\/\/github\.com\/behorighet\/behorighet\/blob\/main\/docs\/rules\/schema\.md$/m);
    assert.ok(out.endsWith('✖ 2 errors, 1 warning, 1 info\n'));
    const matcher = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)$/;
    const rows = out.split('\n').filter((l) => matcher.test(l));
    assert.equal(rows.length, 4);
  });
  it('plural and singular counts', () => {
    const r = results();
    r[0].findings.push({ ...r[0].findings[1] }, { ...r[0].findings[0] });
    assert.ok(stylish(r, CTX).endsWith('✖ 2 fel, 2 varningar, 2 information\n'));
    assert.ok(stylish(r, { ...CTX, lang: 'en' }).endsWith('✖ 2 errors, 2 warnings, 2 info\n'));
  });
  it('no findings: one line saying how many files were checked', () => {
    const clean = results().map((r) => ({ ...r, findings: [] }));
    assert.equal(stylish(clean, CTX), '✔ 3 filer kontrollerade, inga problem\n');
    assert.equal(stylish(clean.slice(0, 1), { ...CTX, lang: 'en' }), '✔ 1 file checked, no problems\n');
  });
  it('ANSI colours and OSC 8 doc links only when ctx.color; without colour the doc address follows the rule id', () => {
    const plain = stylish(results(), CTX);
    assert.doesNotMatch(plain, /\u001b/);
    const coloured = stylish(results(), { ...CTX, color: true });
    assert.match(coloured, /\u001b\[31merror/);
    assert.match(coloured, /\u001b\[33mwarning/);
    // the rule id is a hyperlink to its doc page; the visible text is the id alone
    assert.ok(strip(coloured).includes(`\u001b]8;;${DOCS}BRA018-probability-severity.md\u001b\\BRA018\u001b]8;;\u001b\\`));
    assert.equal(unlink(strip(coloured)), noAddress(plain));
  });
  it('a long message is not padded to the width of others', () => {
    const r = results();
    r[2].findings[0] = { ...r[2].findings[0], message: { sv: 'x'.repeat(200), en: 'x' } };
    r[2].findings.push({ ...r[2].findings[0], message: { sv: 'kort', en: 'short' } });
    const lines = stylish(r, CTX).split('\n');
    assert.ok(lines.includes(`  4:5  error  ${'x'.repeat(200)}  BRA031  ${DOCS}BRA031-access-without-need.md`));
    assert.ok(lines.includes(`  4:5  error  kort${' '.repeat(76)}  BRA031  ${DOCS}BRA031-access-without-need.md`));
  });
});
