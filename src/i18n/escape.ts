/**
 * Escaping of text from YAML (and file names) for the outputs a person reads: GitHub-flavoured Markdown (the PR
 * comment of `bra diff`, the Markdown evidence report) and terminals / CI logs (stylish, github annotations).
 * One module, used by src/diff, src/evidence and src/report, so that every output escapes the same way.
 *
 * Pure string functions; no I/O.
 */

/** Every line break a Markdown renderer, a terminal or an editor may honour: CRLF, lone CR, LF, VT, FF, NEL, LS, PS. */
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * Control characters that a terminal or a log viewer interprets (C0 except TAB/LF/CR, DEL, C1 — ESC starts CSI/OSC
 * sequences, BEL ends OSC) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * that reorder what is shown (Trojan Source).
 */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1B`, `\u202E`: a control character as visible text. */
function visible(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Control characters and bidi controls as visible escapes (`\x1B`, `\u202E`); line breaks and TAB are kept. */
export function visibleControls(s: string): string {
  return s.replace(CONTROLS, visible);
}

/** Every line break (CRLF, lone CR, LF, VT, FF, U+0085, U+2028, U+2029) as one space. */
export function lineBreaksToSpace(s: string): string {
  return s.replace(LINE_BREAKS, ' ');
}

/**
 * One line of terminal text (a message in stylish output): line breaks and the spaces around them become one space,
 * control and bidi characters become visible escapes (no ANSI/OSC sequence reaches the terminal).
 */
export function terminalLine(s: string): string {
  return visibleControls(s.replace(/\s*(?:\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029])+\s*/g, ' ').trim());
}

/**
 * A file name for a terminal or log: every line break, TAB and control character as a visible escape
 * (`nl\n::error::x` is printed as `nl\n::error::x` with a literal backslash-n, on one line).
 */
export function terminalPath(s: string): string {
  return s.replace(/[\r\n\t\u000b\u000c\u0085\u2028\u2029]/g, (c) => ({ '\r': '\\r', '\n': '\\n', '\t': '\\t' } as Record<string, string>)[c] ?? visible(c)).replace(CONTROLS, visible);
}

/** A letter or digit: `_` between two of them cannot open or close emphasis (`inner_secrecy` stays as written). */
const WORD = /^[\p{L}\p{N}]$/u;

/**
 * Plain text as inline GitHub-flavoured Markdown that renders as exactly that text and opens no structure, in any of
 * the places we put it: a table cell, a heading, a list item, a paragraph, inside `**…**`.
 * - every line break (also a lone CR, U+2028/2029/0085) becomes a space: one value stays on one line / in one cell;
 * - control and bidi characters become visible escapes (`\x1B`, `\u202E`);
 * - ASCII punctuation that can start Markdown structure is backslash-escaped: `\` `` ` `` `*` `_` `[` `]` `<` `>`
 *   `|` `~` `#`, and `!` before `[` or at the end, where our own link could follow (`_` only where it could delimit emphasis, not inside a word; "Obs!" stays as written) (so no image, link, autolink `<…>`, emphasis, code span, HTML, heading or table cell), and at the
 *   start `-` `+` `=` and `1.` / `1)` (no list item, no setext underline);
 * - `&` before an entity name is escaped (`&lt;` stays text);
 * - bare URLs and e-mail addresses cannot be autolinked (`https\://`, `www\.`), and `@` is followed by a zero-width
 *   space so that `@user` / `@org/team` mentions nobody.
 */
export function mdText(s: string): string {
  return visibleControls(lineBreaksToSpace(s))
    .replace(/[\\`*_[\]<>|~#!]/g, (c, i: number, t: string) =>
      (c === '_' && WORD.test(t[i - 1] ?? '') && WORD.test(t[i + 1] ?? '')) || (c === '!' && t[i + 1] !== '[' && i + 1 < t.length) ? c : `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '@\u200b')
    .replace(/^[+\-=]/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text as a Markdown code span (shown verbatim, never a link or mention): line breaks become spaces, control and bidi
 * characters visible escapes, `|` becomes `¦` (GitHub splits table cells at `|` even inside code), and the fence is
 * longer than any run of backticks inside.
 */
export function mdCode(s: string): string {
  const t = visibleControls(lineBreaksToSpace(s)).replace(/\|/g, '¦');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
