/**
 * Fast path for `parse()`: a single-pass parser for the block-style YAML subset that analyses are written in
 * (block mappings and sequences, single-line plain and quoted scalars, literal and folded block scalars, one-line
 * flow collections, comments). It builds what yaml@2's `parseDocument` builds with the options of `parse()` — the
 * library's own node classes with the same ranges, flow flags, scalar types and values — and the data `toJS` gives.
 * Anything outside the subset, or anything yaml would report, returns undefined and the caller parses with yaml.
 * Node comments (`comment`, `commentBefore`, `spaceBefore`) are not set: nothing in src/ reads them.
 * test/unit/yaml-fast.test.ts compares both parsers on every sample and thousands of mutations.
 *
 * Ranges follow yaml's concrete syntax tree: a value's end includes the rest of its line and the comment lines after
 * it that are indented deeper than its collection; comment lines left over at the end of a collection extend the
 * range of the first collection (inner to outer, not at column 0) whose indentation they reach.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedNode, Schema } from 'yaml';

export interface FastParse {
  doc: Document.Parsed;
  data: unknown;
  /** Some mapping has two keys with the same string form (only then can there be duplicate keys). */
  collisions: boolean;
}

const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false };

const NL = 10;
const CR = 13;
const SP = 32;
const DQ = 34;
const HASH = 35;
const SQ = 39;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const QM = 63;
const LBRACK = 91;
const BACKSLASH = 92;
const RBRACK = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

/** Thrown to leave the fast path. */
const BAIL = new Error('outside the fast subset');

/** Nesting deeper than this goes to yaml (bounded recursion here). */
const MAX_DEPTH = 200;

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

// the YAML 1.2 core schema, in yaml's order (schema/core/*.js)
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar resolved as the core schema does (compose-scalar.js, findScalarTagByTest). */
function plainScalar(s: string): Scalar {
  const c = s.charCodeAt(0);
  // only these first characters can start a null, bool, int or float
  if (!(c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === PLUS || c === DASH || c === DOT || (c >= 48 && c <= 57)) && s !== '') {
    return new Scalar(s);
  }
  if (NULL.test(s)) return new Scalar(null);
  if (BOOL.test(s)) return new Scalar(c === 116 || c === 84);
  let node: Scalar;
  if (INT_OCT.test(s)) {
    node = new Scalar(parseInt(s.substring(2), 8));
    node.format = 'OCT';
  } else if (INT.test(s)) {
    node = new Scalar(parseInt(s, 10));
  } else if (INT_HEX.test(s)) {
    node = new Scalar(parseInt(s.substring(2), 16));
    node.format = 'HEX';
  } else if (FLOAT_NAN.test(s)) {
    node = new Scalar(s.slice(-3).toLowerCase() === 'nan' ? NaN : c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  } else if (FLOAT_EXP.test(s)) {
    node = new Scalar(parseFloat(s));
    node.format = 'EXP';
  } else if (FLOAT.test(s)) {
    node = new Scalar(parseFloat(s));
    const dot = s.indexOf('.');
    if (dot !== -1 && s[s.length - 1] === '0') node.minFractionDigits = s.length - dot - 1;
  } else {
    node = new Scalar(s);
  }
  return node;
}

/** Lines of a block scalar's source as [indent, content] (resolve-block-scalar.js). */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}

/** The value of a block scalar without indentation indicator (resolve-block-scalar.js; its error cases bail). */
function blockValue(source: string, folded: boolean, chomp: number, parentIndent: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '' || lines[i][1] === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) throw BAIL;
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '' || content === '\r') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent || indent.length === 0) throw BAIL;
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = lines[i][0];
    let content = lines[i][1];
    if (content[content.length - 1] === '\r') content = content.slice(0, -1);
    if (content && indent.length < trimIndent) throw BAIL;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === PLUS) {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== DASH) {
    value += '\n';
  }
  return value;
}

/** A line break (every CR is followed by LF: parse() reads a lone CR as LF before it calls fastParse). */
function isBreak(c: number): boolean {
  return c === NL || c === CR;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE;
}

class FastParser {
  /** Data of the node parsed last. */
  val: unknown = null;
  collisions = false;
  /** Position after the token scanned last. */
  private pos = 0;
  /** The next content line (after `scan`): its first non-space character and indentation, or eof. */
  private eof = false;
  private np = 0;
  private ni = 0;
  /** Trivia after the last node that no node took (yaml: a comment-only collection item): its end, or -1. */
  private pEnd = -1;
  private pComment = false;
  private pMax = -1;
  private depth = 0;

  constructor(private readonly t: string, private readonly n: number, private readonly schema: Schema) {}

  run(): [ParsedNode, number, number] {
    this.scan(0, -1, false);
    if (this.eof) throw BAIL;
    const docStart = this.np - this.ni;
    // comments before the document are stream-level tokens
    this.pEnd = -1;
    const root = this.block(this.np, this.ni);
    if (!this.eof) throw BAIL;
    const end = root.range[2];
    return [root, docStart, this.pEnd >= 0 ? this.pEnd : end];
  }

  private isDash(p: number): boolean {
    const t = this.t;
    if (t.charCodeAt(p) !== DASH) return false;
    const c = t.charCodeAt(p + 1);
    return p + 1 >= this.n || c === SP || isBreak(c);
  }

  /** Index of the LF ending the line of `p`, or the text's length. */
  private lineEnd(p: number): number {
    const e = this.t.indexOf('\n', p);
    return e === -1 ? this.n : e;
  }

  /** Start of the line break whose LF is at `e` (its CR for CRLF). */
  private breakAt(e: number): number {
    return e > 0 && this.t.charCodeAt(e - 1) === CR ? e - 1 : e;
  }

  /**
   * Skip blank and comment lines from the line start `from` to the next content line. With `absorb`, the leading
   * comment lines indented deeper than `cIndent` belong to the value before (yaml: atIndentedComment); returns where
   * those end. What is left up to the next content (or the end) is the pending trivia.
   */
  private scan(from: number, cIndent: number, absorb: boolean): number {
    const t = this.t;
    const n = this.n;
    let ls = from;
    let absorbEnd = from;
    let comment = false;
    let max = -1;
    while (ls < n) {
      let j = ls;
      while (t.charCodeAt(j) === SP) j++;
      if (j >= n) {
        ls = n;
        break;
      }
      const c = t.charCodeAt(j);
      if (isBreak(c)) {
        ls = c === CR ? j + 2 : j + 1;
        continue;
      }
      if (c === HASH) {
        const e = t.indexOf('\n', j);
        const next = e === -1 ? n : e + 1;
        const k = j - ls;
        if (absorb && k > cIndent) absorbEnd = next;
        else {
          absorb = false;
          comment = true;
          if (k > max) max = k;
        }
        ls = next;
        continue;
      }
      // `---` / `...` at column 0: document markers
      if (j === ls && (c === DASH || c === DOT) && (t.startsWith('---', j) || t.startsWith('...', j))) {
        const d = t.charCodeAt(j + 3);
        if (j + 3 >= n || d === SP || isBreak(d)) throw BAIL;
      }
      this.eof = false;
      this.np = j;
      this.ni = j - ls;
      this.pending(absorbEnd, j, comment, max);
      return absorbEnd;
    }
    this.eof = true;
    this.np = n;
    this.ni = -1;
    this.pending(absorbEnd, n, comment, max);
    return absorbEnd;
  }

  private pending(start: number, end: number, comment: boolean, max: number): void {
    this.pEnd = end > start ? end : -1;
    this.pComment = comment;
    this.pMax = max;
  }

  /** A collection's end: pending comments that reach its indentation stay in it (yaml's Parser.pop), except at column 0. */
  private commentEnd(col: number, end: number): number {
    if (this.pEnd >= 0 && this.pComment && this.pMax >= col && col !== 0) {
      const e = this.pEnd;
      this.pEnd = -1;
      return e;
    }
    return end;
  }

  /** A block collection whose first item starts at `p`, in column `col`. */
  private block(p: number, col: number): ParsedNode {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const node = this.isDash(p) ? this.blockSeq(p, col) : this.blockMap(p, col);
    this.depth--;
    return node;
  }

  private blockMap(p: number, col: number): ParsedNode {
    const map = new YAMLMap<ParsedNode, ParsedNode>(this.schema);
    const obj: Record<string, unknown> = {};
    let k = p;
    let end = p;
    for (;;) {
      const key = this.key(k);
      const jk = this.val;
      const value = this.mapValue(this.pos, col);
      map.items.push(new Pair<ParsedNode, ParsedNode>(key, value));
      this.add(obj, jk === null ? '' : String(jk), this.val);
      end = value.range[2];
      if (this.eof || this.ni < col) break;
      if (this.ni > col || this.isDash(this.np)) throw BAIL;
      this.pEnd = -1; // pending trivia become the next key's start
      k = this.np;
    }
    map.range = [p, end, this.commentEnd(col, end)];
    this.val = obj;
    return map as ParsedNode;
  }

  private blockSeq(p: number, col: number): ParsedNode {
    const seq = new YAMLSeq<ParsedNode>(this.schema);
    const arr: unknown[] = [];
    let d = p;
    let end = p;
    let pre = false;
    for (;;) {
      const item = this.seqItem(d, col, pre);
      seq.items.push(item);
      arr.push(this.val);
      end = item.range[2];
      if (this.eof || this.ni < col) break;
      if (this.ni > col) throw BAIL;
      if (!this.isDash(this.np)) break; // a key in the same column: the parent mapping's next key
      // pending trivia become the start of the next item, together with its dash
      pre = this.pEnd >= 0 && this.pComment;
      this.pEnd = -1;
      d = this.np;
    }
    seq.range = [p, end, this.commentEnd(col, end)];
    this.val = arr;
    return seq as ParsedNode;
  }

  /** toJS's addPairToJSMap for scalar keys (a `__proto__` key becomes an own property). */
  private add(obj: Record<string, unknown>, k: string, v: unknown): void {
    if (k === '__proto__') {
      if (Object.prototype.hasOwnProperty.call(obj, k)) this.collisions = true;
      Object.defineProperty(obj, k, { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      // (also true for inherited names such as `constructor`: then the duplicate-key check just runs)
      if (obj[k] !== undefined) this.collisions = true;
      obj[k] = v;
    }
  }

  /** An implicit key at `k`; `pos` is left after its `:`. */
  private key(k: number): ParsedNode {
    const t = this.t;
    const n = this.n;
    const c = t.charCodeAt(k);
    let node: Scalar;
    let e: number;
    let colon: number;
    if (c === DQ || c === SQ) {
      node = this.quoted(k, this.lineEnd(k));
      e = this.pos;
      colon = e;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON) throw BAIL;
      const a = t.charCodeAt(colon + 1);
      if (!(colon + 1 >= n || a === SP || isBreak(a))) throw BAIL;
    } else {
      this.plainStart(k, false);
      let i = k;
      let last = k;
      for (;;) {
        if (i >= n) throw BAIL;
        const ch = t.charCodeAt(i);
        if (ch === COLON) {
          const a = t.charCodeAt(i + 1);
          if (i + 1 >= n || a === SP || isBreak(a)) break;
          last = i;
        } else if (ch === SP) {
          if (t.charCodeAt(i + 1) === HASH) throw BAIL;
        } else if (isBreak(ch)) throw BAIL;
        else last = i;
        i++;
      }
      colon = i;
      e = last + 1;
      node = this.plain(k, e);
    }
    // yaml: KEY_OVER_1024_CHARS (with a margin)
    if (colon - k > 1000) throw BAIL;
    node.range = [k, e, e];
    this.pos = colon + 1;
    return node as ParsedNode;
  }

  /** Whether an implicit key (`key:` or `"key":`) starts at `q`. */
  private isKey(q: number): boolean {
    const t = this.t;
    const n = this.n;
    const c = t.charCodeAt(q);
    let i = q;
    if (c === LBRACK || c === LBRACE) return false; // a flow collection (as a key it goes to yaml)
    if (c === DQ || c === SQ) {
      const le = this.lineEnd(q);
      i = q + 1;
      for (;;) {
        i = t.indexOf(c === DQ ? '"' : "'", i);
        if (i === -1 || i >= le) return false;
        if (c === SQ && t.charCodeAt(i + 1) === SQ) {
          i += 2;
          continue;
        }
        if (c === DQ) {
          let b = 0;
          while (t.charCodeAt(i - 1 - b) === BACKSLASH) b++;
          if (b % 2 === 1) {
            i++;
            continue;
          }
        }
        break;
      }
      i++;
      while (t.charCodeAt(i) === SP) i++;
      if (t.charCodeAt(i) !== COLON) return false;
      const a = t.charCodeAt(i + 1);
      return i + 1 >= n || a === SP || isBreak(a);
    }
    for (; i < n; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON) {
        const a = t.charCodeAt(i + 1);
        if (i + 1 >= n || a === SP || isBreak(a)) return true;
      } else if (isBreak(ch) || (ch === SP && t.charCodeAt(i + 1) === HASH)) return false;
    }
    return false;
  }

  /** Bail on a plain scalar yaml would not start here (indicators, reserved characters, yaml's BAD_SCALAR_START). */
  private plainStart(q: number, inFlow: boolean): void {
    const t = this.t;
    if (q >= this.n) throw BAIL;
    const c = t.charCodeAt(q);
    switch (c) {
      case NL: case CR: case HASH: case LBRACE: case RBRACE: case LBRACK: case RBRACK: case 42 /* * */: case 38 /* & */:
      case 33 /* ! */: case PIPE: case GT: case 37 /* % */: case 64 /* @ */: case 96 /* ` */: case COMMA: case SQ: case DQ:
        throw BAIL;
      case DASH: case QM: case COLON: {
        const a = t.charCodeAt(q + 1);
        if (q + 1 >= this.n || a === SP || isBreak(a) || (inFlow && isFlowIndicator(a))) throw BAIL;
      }
    }
  }

  private plain(q: number, e: number): Scalar {
    const s = this.t.slice(q, e);
    const node = plainScalar(s);
    node.source = s;
    node.type = Scalar.PLAIN;
    this.val = node.value;
    return node;
  }

  /** A quoted scalar closed before `le`, the end of its line; `pos` is left after the closing quote. */
  private quoted(q: number, le: number): Scalar {
    const t = this.t;
    let j = q + 1;
    let value: string;
    if (t.charCodeAt(q) === SQ) {
      for (;;) {
        j = t.indexOf("'", j);
        if (j === -1 || j >= le) throw BAIL;
        if (t.charCodeAt(j + 1) === SQ) {
          j += 2;
          continue;
        }
        break;
      }
      const inner = t.slice(q + 1, j);
      value = inner.indexOf("''") === -1 ? inner : inner.replace(/''/g, "'");
    } else {
      let escapes = false;
      for (;;) {
        j = t.indexOf('"', j);
        if (j === -1 || j >= le) throw BAIL;
        let b = 0;
        while (t.charCodeAt(j - 1 - b) === BACKSLASH) b++;
        if (b > 0) escapes = true;
        if (b % 2 === 0) break;
        j++;
      }
      for (let k = q + 1; !escapes && k < j; k++) escapes = t.charCodeAt(k) === BACKSLASH;
      value = escapes ? this.unescape(q + 1, j) : t.slice(q + 1, j);
    }
    this.pos = j + 1;
    const node = new Scalar(value);
    node.source = value;
    node.type = t.charCodeAt(q) === SQ ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    this.val = value;
    return node;
  }

  /** The escapes of a single-line double-quoted scalar (resolve-flow-scalar.js); invalid ones bail. */
  private unescape(s: number, e: number): string {
    const t = this.t;
    let res = '';
    for (let i = s; i < e; i++) {
      const ch = t[i];
      if (ch !== '\\') {
        res += ch;
        continue;
      }
      const next = t[++i];
      const cc = ESCAPES[next];
      if (cc !== undefined) res += cc;
      else if (next === 'x' || next === 'u' || next === 'U') {
        const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = t.substr(i + 1, len);
        if (i + len >= e || hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw BAIL;
        res += String.fromCodePoint(code);
        i += len;
      } else throw BAIL;
    }
    return res;
  }

  /** The value after `key:` (at `after`, just past the colon) of a mapping in column `col`. */
  private mapValue(after: number, col: number): ParsedNode {
    const t = this.t;
    const n = this.n;
    let q = after;
    while (t.charCodeAt(q) === SP) q++;
    const c = q < n ? t.charCodeAt(q) : NL;
    if (!isBreak(c) && c !== HASH) return this.inline(q, col);
    // nothing after the colon: a block collection on the next lines, or an empty value
    const le = this.lineEnd(q);
    this.scan(le < n ? le + 1 : n, -1, false);
    if (!this.eof && this.ni > col) {
      this.pEnd = -1;
      return this.block(this.np, this.ni);
    }
    if (!this.eof && this.ni === col && this.isDash(this.np)) {
      this.pEnd = -1;
      return this.block(this.np, col);
    }
    return this.emptyValue(q, c === HASH ? q : -1, le, col);
  }

  /**
   * An empty mapping value: a null scalar right after the colon and its spaces. yaml keeps the trivia after the
   * colon in the pair's separator; when a comment ends up there, the scalar's range reaches the separator's end. When
   * the next key follows, the separator is cut at the second newline after the colon or a deeper comment
   * (Parser.blockMap, "assign newline-separated not indented empty tokens to following node").
   */
  private emptyValue(q: number, lineComment: number, le: number, col: number): ParsedNode {
    const t = this.t;
    const n = this.n;
    let firstComment = lineComment;
    let nl0 = le < n ? this.breakAt(le) : -1;
    let nl1 = -1;
    const stop = this.eof ? n : this.np - this.ni;
    let ls = le < n ? le + 1 : n;
    while (ls < stop) {
      let j = ls;
      while (t.charCodeAt(j) === SP) j++;
      if (t.charCodeAt(j) === HASH) {
        if (j - ls > col) nl0 = nl1 = -1;
        if (firstComment < 0) firstComment = j;
      }
      const e = this.lineEnd(j);
      if (e < n) {
        if (nl0 < 0) nl0 = this.breakAt(e);
        else if (nl1 < 0) nl1 = this.breakAt(e);
      }
      ls = e + 1;
    }
    let end: number;
    let comment: boolean;
    if (!this.eof && this.ni === col && nl1 >= 0) {
      end = nl1;
      comment = firstComment >= 0 && firstComment < nl1;
    } else {
      end = this.eof ? n : this.np;
      comment = firstComment >= 0;
    }
    this.pEnd = -1;
    const node = this.empty(q);
    if (comment) node.range[2] = end;
    return node;
  }

  /** An empty node: a null plain scalar at `q` (compose-node.js, composeEmptyNode); `pos` is left at `q`. */
  private empty(q: number): ParsedNode {
    const node = new Scalar(null);
    node.range = [q, q, q];
    node.source = '';
    node.type = Scalar.PLAIN;
    this.pos = q;
    this.val = null;
    return node as ParsedNode;
  }

  /**
   * A sequence item: the dash at `d` in column `col`; `pre`: comment lines before the dash. yaml keeps all trivia
   * around the dash of an item in its start; when the item is empty and a comment is among them, its range reaches
   * their end.
   */
  private seqItem(d: number, col: number, pre: boolean): ParsedNode {
    const t = this.t;
    const n = this.n;
    let q = d + 1;
    while (t.charCodeAt(q) === SP) q++;
    const c = q < n ? t.charCodeAt(q) : NL;
    if (isBreak(c) || c === HASH) {
      this.scan(Math.min(this.lineEnd(q) + 1, n), -1, false);
      if (!this.eof && this.ni > col) {
        this.pEnd = -1;
        return this.block(this.np, this.ni);
      }
      const comment = pre || c === HASH || this.pComment;
      this.pEnd = -1;
      const node = this.empty(q);
      if (comment) node.range[2] = this.eof ? n : this.np;
      return node;
    }
    const col2 = col + (q - d);
    if (this.isDash(q) || this.isKey(q)) return this.block(q, col2);
    return this.inline(q, col);
  }

  /** A value on the line of its key or dash, in a collection in column `cIndent`. */
  private inline(q: number, cIndent: number): ParsedNode {
    const t = this.t;
    const n = this.n;
    const c = t.charCodeAt(q);
    let node: ParsedNode;
    let e: number;
    if (c === DQ || c === SQ) {
      node = this.quoted(q, this.lineEnd(q)) as ParsedNode;
      e = this.pos;
    } else if (c === LBRACK || c === LBRACE) {
      node = this.flow(q, 0, this.lineEnd(q));
      e = this.pos;
    } else if (c === PIPE || c === GT) {
      return this.blockScalar(q, cIndent);
    } else {
      this.plainStart(q, false);
      let i = q;
      let last = q;
      for (; i < n; i++) {
        const ch = t.charCodeAt(i);
        if (isBreak(ch)) break;
        if (ch === SP) {
          if (t.charCodeAt(i + 1) === HASH) break;
        } else if (ch === COLON) {
          const a = t.charCodeAt(i + 1);
          if (i + 1 >= n || a === SP || isBreak(a)) throw BAIL; // a mapping on the line of a key or inside a value
          last = i;
        } else last = i;
      }
      e = last + 1;
      node = this.plain(q, e) as ParsedNode;
    }
    // the rest of the line: spaces, a comment after a space
    let i = e;
    while (t.charCodeAt(i) === SP) i++;
    if (i < n && !isBreak(t.charCodeAt(i)) && (t.charCodeAt(i) !== HASH || i === e)) throw BAIL;
    i = this.lineEnd(i);
    const end = this.scan(i < n ? i + 1 : n, cIndent, true);
    // deeper content after a value: a multi-line scalar or an indentation error
    if (!this.eof && this.ni > cIndent) throw BAIL;
    node.range = [q, e, end];
    return node;
  }

  /** A flow collection at `q`, closed before `le` (its line's end); `pos` is left after its closing bracket. */
  private flow(q: number, depth: number, le: number): ParsedNode {
    if (depth > 64) throw BAIL;
    const t = this.t;
    const isMap = t.charCodeAt(q) === LBRACE;
    const close = isMap ? RBRACE : RBRACK;
    let i = q + 1;
    while (t.charCodeAt(i) === SP) i++;
    let coll: YAMLMap<ParsedNode, ParsedNode> | YAMLSeq<ParsedNode>;
    let data: Record<string, unknown> | unknown[];
    if (isMap) {
      const map = new YAMLMap<ParsedNode, ParsedNode>(this.schema);
      const obj: Record<string, unknown> = {};
      if (t.charCodeAt(i) !== close) {
        for (;;) {
          const kc = t.charCodeAt(i);
          let key: Scalar;
          let ke: number;
          if (kc === DQ || kc === SQ) {
            key = this.quoted(i, le);
            ke = this.pos;
          } else {
            this.plainStart(i, true);
            ke = this.flowPlainEnd(i);
            key = this.plain(i, ke);
          }
          key.range = [i, ke, ke];
          const jk = this.val;
          let j = ke;
          while (t.charCodeAt(j) === SP) j++;
          if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SP) throw BAIL;
          j += 2;
          while (t.charCodeAt(j) === SP) j++;
          const vc = t.charCodeAt(j);
          const value = vc === COMMA || vc === close ? this.empty(j) : this.flowItem(j, depth, le);
          map.items.push(new Pair<ParsedNode, ParsedNode>(key as ParsedNode, value));
          this.add(obj, jk === null ? '' : String(jk), this.val);
          i = this.flowNext(close);
          if (i < 0) break;
        }
      }
      coll = map;
      data = obj;
    } else {
      const seq = new YAMLSeq<ParsedNode>(this.schema);
      const arr: unknown[] = [];
      if (t.charCodeAt(i) !== close) {
        for (;;) {
          seq.items.push(this.flowItem(i, depth, le));
          arr.push(this.val);
          i = this.flowNext(close);
          if (i < 0) break;
        }
      }
      coll = seq;
      data = arr;
    }
    coll.flow = true;
    const ce = (t.charCodeAt(i) === close ? i : this.pos) + 1;
    coll.range = [q, ce, ce];
    this.pos = ce;
    this.val = data;
    return coll as ParsedNode;
  }

  /** After a flow item (at `pos`): the start of the next item after a comma, or -1 at the closing bracket (left in `pos`). */
  private flowNext(close: number): number {
    const t = this.t;
    let i = this.pos;
    const c = t.charCodeAt(i);
    if (c === close) return -1;
    if (c !== COMMA) throw BAIL;
    i++;
    while (t.charCodeAt(i) === SP) i++;
    if (t.charCodeAt(i) === close) throw BAIL; // a trailing comma
    return i;
  }

  /** An item or a mapping value inside a flow collection, with its trailing spaces; `pos` is left after them. */
  private flowItem(i: number, depth: number, le: number): ParsedNode {
    const t = this.t;
    const c = t.charCodeAt(i);
    let node: ParsedNode;
    let e: number;
    if (c === LBRACK || c === LBRACE) {
      node = this.flow(i, depth + 1, le);
      e = this.pos;
    } else if (c === DQ || c === SQ) {
      node = this.quoted(i, le) as ParsedNode;
      e = this.pos;
    } else {
      this.plainStart(i, true);
      e = this.flowPlainEnd(i);
      node = this.plain(i, e) as ParsedNode;
    }
    let j = e;
    while (t.charCodeAt(j) === SP) j++;
    node.range = [i, e, j];
    this.pos = j;
    return node;
  }

  /** End of a plain scalar inside a flow collection (the lexer's parsePlainScalar in flow). */
  private flowPlainEnd(i: number): number {
    const t = this.t;
    const n = this.n;
    let last = i;
    for (let j = i; ; j++) {
      if (j >= n) throw BAIL;
      const ch = t.charCodeAt(j);
      if (isBreak(ch)) throw BAIL;
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const a = t.charCodeAt(j + 1);
        if (j + 1 >= n || a === SP || isBreak(a) || isFlowIndicator(a)) break;
        last = j;
      } else if (ch === SP) {
        if (t.charCodeAt(j + 1) === HASH) throw BAIL;
      } else last = j;
    }
    return last + 1;
  }

  /** A literal or folded block scalar whose header is at `q`, in a collection in column `cIndent`. */
  private blockScalar(q: number, cIndent: number): ParsedNode {
    const t = this.t;
    const n = this.n;
    const folded = t.charCodeAt(q) === GT;
    let i = q + 1;
    let chomp = 0;
    const h = t.charCodeAt(i);
    if (h === DASH || h === PLUS) {
      chomp = h;
      i++;
    }
    const a = t.charCodeAt(i);
    if (i < n && a !== SP && !isBreak(a)) throw BAIL; // indentation indicator or other header characters
    while (t.charCodeAt(i) === SP) i++;
    if (i < n && t.charCodeAt(i) !== HASH && !isBreak(t.charCodeAt(i))) throw BAIL;
    i = this.lineEnd(i);
    if (i >= n) throw BAIL;
    const cs = i + 1;
    // leading empty lines, then the first content line fixes the indentation (lexer: parseBlockScalar)
    let j = cs;
    let ind = 0;
    for (;;) {
      if (j >= n) throw BAIL;
      const ch = t.charCodeAt(j);
      if (ch === SP) ind++;
      else if (isBreak(ch)) {
        if (ind > 0) throw BAIL; // a line of spaces only
      } else break;
      j++;
    }
    if (ind <= cIndent) throw BAIL; // empty block scalar
    let nl = t.indexOf('\n', j);
    while (nl !== -1) {
      let k = nl + 1;
      while (t.charCodeAt(k) === SP) k++;
      if (k >= n) {
        if (k > nl + 1) throw BAIL;
        break;
      }
      if (isBreak(t.charCodeAt(k))) {
        if (k > nl + 1) throw BAIL;
        nl = this.lineEnd(k);
        continue;
      }
      if (k - nl - 1 < ind) break;
      nl = t.indexOf('\n', k);
    }
    if (nl === -1) nl = n;
    // without keep, trailing empty lines are not part of the scalar
    if (chomp !== PLUS) {
      for (;;) {
        const b = this.breakAt(nl) - 1;
        if (b >= cs && t.charCodeAt(b) === NL) nl = b;
        else break;
      }
    }
    const end = Math.min(nl + 1, n);
    const value = blockValue(t.slice(cs, end), folded, chomp, cIndent);
    const node = new Scalar(value);
    node.range = [q, end, end];
    node.source = value;
    node.type = folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    this.scan(end, cIndent, false);
    if (!this.eof && this.ni > cIndent) throw BAIL;
    this.val = value;
    return node as ParsedNode;
  }
}

/** Parse `text` on the fast path, or undefined when it is outside the subset (then use yaml's parseDocument). */
export function fastParse(text: string): FastParse | undefined {
  if (text.indexOf('\t') !== -1 || text.indexOf('\uFEFF') !== -1) return undefined;
  // CRLF line breaks are handled; a lone CR never reaches here from parse() (it reads one as LF), else it goes to yaml
  if (text.indexOf('\r') !== -1 && /\r(?!\n)/.test(text)) return undefined;
  const doc = new Document(undefined, OPTIONS) as unknown as Document.Parsed;
  const p = new FastParser(text, text.length, doc.schema);
  let r: [ParsedNode, number, number];
  try {
    r = p.run();
  } catch {
    return undefined;
  }
  const [root, docStart, docEnd] = r;
  doc.contents = root;
  doc.range = [docStart, root.range[2], docEnd];
  return { doc, data: p.val, collisions: p.collisions };
}
