/**
 * One clear indentation finding instead of a burst of YAML syntax errors (issue #12). A line indented 3 spaces among
 * lines indented 4 makes the parser report "a character is missing", "a block cannot be a key", "a key must be on one
 * line" and a "bad indentation" per following line. When such a burst starts at (or next to) a line whose indentation
 * matches no open block, that line is the root cause: one finding says so ("rad 216: 3 blanksteg, förväntat 4") with a
 * fix, and the syntax findings of the same top-level section are left out (counted in the message and `data.hides`).
 * Bursts not near such a line are left as the parser reports them.
 */
import type { Finding, Span } from '../model';
import { formatBoth } from '../i18n';
import { lineStartsOf, positionAt } from '../yaml';
import { hiddenNote } from './cascade';

export interface OddLine {
  /** 0-based line */
  line: number;
  actual: number;
  expected: number;
}

interface Level {
  indent: number;
  seq: boolean;
  map: boolean;
}

/**
 * Visit the characters of a line that are outside quotes (a quote opens only at the start or after a space, bracket,
 * comma, colon or dash); stop at the first for which `visit` returns true and give its index, else -1.
 */
function unquoted(t: string, visit: (c: string, i: number) => boolean | void): number {
  let q: string | undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (q) {
      if (c === q && !(q === '"' && t[i - 1] === '\\')) q = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:-]/.test(t[i - 1])) q = c;
    } else if (visit(c, i)) return i;
  }
  return -1;
}

/** The content of a line without a trailing comment (quotes respected) and without trailing spaces. */
function content(t: string): string {
  const hash = unquoted(t, (c, i) => c === '#' && (i === 0 || /\s/.test(t[i - 1])));
  return (hash < 0 ? t : t.slice(0, hash)).trimEnd();
}

/** Open minus closed flow brackets outside quotes. */
function flowBalance(t: string): number {
  let n = 0;
  unquoted(t, (c) => {
    if (c === '[' || c === '{') n++;
    else if (c === ']' || c === '}') n--;
  });
  return n;
}

/** The document's indentation step (4 or 2) when all but a few indented lines keep to it; else undefined. */
function stepOf(lines: string[]): number | undefined {
  const indents = lines.filter((l) => /^ +[^\s#]/.test(l)).map((l) => l.length - l.trimStart().length);
  for (const step of [4, 2]) {
    const off = indents.filter((n) => n % step !== 0).length;
    if (indents.length >= 8 && off <= Math.max(1, indents.length / 50)) return step;
  }
  return undefined;
}

/** Lines whose indentation matches no open block (up to `lastLine`), with the indentation the block expects. */
export function oddIndentation(text: string, lastLine: number): OddLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const stack: Level[] = [{ indent: 0, seq: false, map: true }];
  const out: OddLine[] = [];
  let opens = false;
  let prevIndent = 0;
  let flow = 0;
  let blockScalarOf: number | undefined;
  const step = stepOf(lines);
  for (let i = 0; i < lines.length && i <= lastLine; i++) {
    const raw = lines[i];
    const t = raw.trimStart();
    let n = raw.length - t.length;
    if (t === '' || t.startsWith('#')) continue;
    if (blockScalarOf !== undefined) {
      if (n > blockScalarOf) continue;
      blockScalarOf = undefined;
    }
    if (flow > 0) {
      flow += flowBalance(content(t));
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(t) || t.startsWith('%') || /\t/.test(raw.slice(0, n))) {
      opens = false;
      continue;
    }
    const c = content(t);
    const isItem = c === '-' || c.startsWith('- ');
    if (opens && n > prevIndent) {
      // legal YAML, but off the document's own step (5 spaces where every other line steps by 2): the likely mistake
      if (step && n % step !== 0 && (prevIndent + step) % step === 0) {
        out.push({ line: i, actual: n, expected: prevIndent + step });
        n = prevIndent + step;
      }
      stack.push({ indent: n, seq: isItem, map: !isItem });
    } else if (stack.some((l) => l.indent === n)) {
      while (stack[stack.length - 1].indent > n) stack.pop();
      const top = stack[stack.length - 1];
      if (isItem) top.seq = true;
      else top.map = true;
    } else if (!(opens && n === prevIndent && isItem)) {
      const fits = stack.filter((l) => (isItem ? l.seq : l.map));
      const pool = fits.length ? fits : stack;
      const best = pool.reduce((a, b) => (Math.abs(b.indent - n) < Math.abs(a.indent - n) || (Math.abs(b.indent - n) === Math.abs(a.indent - n) && b.indent > a.indent) ? b : a));
      out.push({ line: i, actual: n, expected: best.indent });
      while (stack[stack.length - 1].indent > best.indent) stack.pop();
      opens = false;
      prevIndent = best.indent;
      continue;
    }
    // an item's mapping starts after "- "
    let inner = c;
    let innerIndent = n;
    while (inner.startsWith('- ')) {
      const rest = inner.slice(2).trimStart();
      innerIndent += inner.length - rest.length;
      inner = rest;
      if (inner !== '' && !stack.some((l) => l.indent === innerIndent)) stack.push({ indent: innerIndent, seq: inner.startsWith('- '), map: !inner.startsWith('- ') });
    }
    flow = Math.max(0, flowBalance(c));
    if (/(^-|:)\s+[|>][0-9+-]*$/.test(c) || /^[|>][0-9+-]*$/.test(c)) {
      blockScalarOf = n;
      opens = false;
    } else {
      opens = c.endsWith(':') || c === '-';
    }
    prevIndent = inner === c ? n : innerIndent;
    if (c === '-') prevIndent = n;
  }
  return out;
}

const MESSAGE = {
  sv: 'Fel indragning på rad {line}: {actual} blanksteg, förväntat {expected} som raderna i samma block. YAML läser strukturen ur indragningen.',
  en: 'Wrong indentation on line {line}: {actual} spaces, expected {expected} like the lines in the same block. YAML reads the structure from the indentation.',
};

/**
 * Replace a burst of syntax findings that an indentation mistake causes with one finding about that line. `findings`
 * are a document's `yaml-syntax` findings; returned unchanged when no such line is near the first of them.
 */
export function rootSyntax(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  if (findings.some((f) => (f.data as { code?: string } | undefined)?.code === 'TAB_AS_INDENT')) return findings;
  const starts = lineStartsOf(text);
  const lineOf = (offset: number) => positionAt({ lineStarts: starts }, offset).line - 1;
  const first = Math.min(...findings.map((f) => lineOf(f.span.start)));
  const odd = oddIndentation(text, first + 1).find((o) => o.line >= first - 2 && o.line <= first + 1);
  if (!odd) return findings;
  // the top-level section the line is in: from the key at column 0 above it to the next one
  const lines = text.split(/\r\n|\r|\n/);
  const topLevel = (i: number) => /^[^\s#-]/.test(lines[i] ?? '') && !/^(---|\.\.\.)/.test(lines[i]);
  let from = odd.line;
  while (from > 0 && !topLevel(from)) from--;
  let to = odd.line + 1;
  while (to < lines.length && !topLevel(to)) to++;
  const inSection = findings.filter((f) => {
    const l = lineOf(f.span.start);
    return l >= from && l < to;
  });
  const start = starts[odd.line];
  const span: Span = { start, end: start + odd.actual };
  const message = formatBoth(MESSAGE, { line: odd.line + 1, actual: odd.actual, expected: odd.expected });
  const hidden = inSection.length;
  const finding: Finding = {
    rule: 'yaml-syntax',
    severity: 'error',
    location: '$',
    span,
    message: hidden ? (() => {
      const note = hiddenNote(hidden, ['yaml-syntax']);
      return { sv: `${message.sv} ${note.sv}`, en: `${message.en} ${note.en}` };
    })() : message,
    data: { code: 'INDENTATION', line: odd.line + 1, actual: odd.actual, expected: odd.expected, ...(hidden ? { hides: { 'yaml-syntax': hidden } } : {}) },
    fixes: [{
      title: { sv: `Dra in raden ${odd.expected} blanksteg`, en: `Indent the line by ${odd.expected} spaces` },
      edits: [{ start, end: start + odd.actual, newText: ' '.repeat(odd.expected) }],
      preferred: true,
    }],
  };
  return [finding, ...findings.filter((f) => !inSection.includes(f))];
}
