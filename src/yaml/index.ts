/**
 * With fast.ts, the only importer of the `yaml` package. Parses text into a ParsedDoc that keeps source ranges
 * (fast.ts for the block-style subset analyses use, yaml's parseDocument otherwise), turns YAML problems into
 * `yaml-syntax` findings, guards against hostile input, and locates paths as spans.
 * All spans are UTF-16 offsets, end-exclusive.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, DocumentOptions, Node, Pair, ParseOptions, ScalarTag, SchemaOptions, ToJSOptions, YAMLMap, YAMLSeq } from 'yaml';
import type { Bilingual, Finding, Span } from '../model';
import { bi } from '../i18n';
import { fastParse } from './fast';

export { isAlias, isCollection, isMap, isPair, isScalar, isSeq };

let fastPathOn = true;
/** Off: every parse goes through yaml's parseDocument (the tests' second run of the rules, BRA_YAML_FAST=0). Returns the previous setting. */
export function setFastPath(on: boolean): boolean {
  const was = fastPathOn;
  fastPathOn = on;
  return was;
}
export type { Node, Pair, YAMLMap, YAMLSeq };

export type PathSegment = string | number;
export type Path = PathSegment[];
/** Which part of a located node: the key, the value, the whole `key: value` pair, or the entity's anchor. */
export type Part = 'key' | 'value' | 'pair' | 'anchor';

/** Limits that keep hostile input bounded (see README, "Hostile input"). */
export const LIMITS = {
  /** Larger texts are not parsed. */
  maxChars: 8 * 1024 * 1024,
  /** Deeper flow nesting (`[[[[…`) is not parsed: the `yaml` lexer can exhaust memory on it. */
  maxFlowDepth: 500,
  /** Alias expansions before toJS gives up (billion laughs). */
  maxAliasCount: 100,
};

/** `!!timestamp 2027-03-16` keeps the text as written: dates reach the schema and the rules as the string the user wrote. */
const TIMESTAMP_AS_TEXT: ScalarTag = { tag: 'tag:yaml.org,2002:timestamp', default: false, identify: () => false, resolve: (s: string) => s };

/**
 * Options of every parseDocument here. YAML 1.2's core schema whatever a `%YAML` directive says (`%YAML 1.1` would
 * turn plain dates into Date objects and `yes` into true), `!!timestamp` as text, and no other YAML 1.1 type tags
 * (`!!binary`, `!!set` … keep their plain value). `logLevel: 'error'`: yaml prints nothing (a collection used as a
 * key is a COMPLEX_KEY finding instead of a process warning on stderr).
 */
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {
  prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false,
  schema: 'core', resolveKnownTags: false, customTags: [TIMESTAMP_AS_TEXT], logLevel: 'error',
};

/** An anchor (`&a`) or alias (`*a`) somewhere in a text (conservative). */
const ANCHOR_OR_ALIAS = /(^|[\s[{,:-])[&*][^\s,\]}]/m;

export interface ParsedDoc {
  /**
   * The text as parsed: the input with every lone CR read as LF (YAML 1.2 §5.4: CR, LF and CRLF are all line
   * breaks). One code unit for one, so every offset and span is valid for the input too.
   */
  text: string;
  /** The input when it differs from `text` (it has lone CRs); fixes take its line ending (see `eolOf`). */
  source?: string;
  /** Undefined when the text was refused before parsing (binary, too large, too deep). */
  doc?: Document.Parsed;
  /** Plain JS data (undefined when parsing failed hard). Prototype-safe: `__proto__` is an own key. */
  data: unknown;
  /** `yaml-syntax` findings. Non-empty means: do not run the schema or the rules. */
  syntaxFindings: Finding[];
  /** Offsets of line starts, for positionAt. */
  lineStarts: number[];
  /** The text uses anchors or aliases (incremental re-parse is then not attempted). */
  anchors?: boolean;
  /** Incremental re-parses since the last full parse; nodes' raw ranges are shifted lazily (see nodeRange). */
  gen?: number;
  shifts?: Shift[];
}

/** An edit's effect on the ranges of the nodes older than `gen`: positions ≥ `from` move by `delta`. */
export interface Shift {
  gen: number;
  from: number;
  delta: number;
}

/** The generation at which a node's raw `range` is valid (absent = 0, the full parse). */
const GEN = new WeakMap<object, number>();
/** After this many lazy shifts, they are written into the tree once. */
const MAX_SHIFTS = 64;

/** The effective [start, valueEnd, nodeEnd] of a node in the document's current text. */
export function nodeRange(p: Pick<ParsedDoc, 'shifts'>, n: unknown): [number, number, number] | undefined {
  const r = (n as { range?: [number, number, number] } | null)?.range;
  if (!r) return undefined;
  const shifts = p.shifts;
  if (!shifts || shifts.length === 0) return r;
  const g = GEN.get(n as object) ?? 0;
  let a = r[0];
  let b = r[1];
  let c = r[2];
  for (const s of shifts) {
    if (s.gen <= g) continue;
    if (a >= s.from) a += s.delta;
    if (b >= s.from) b += s.delta;
    if (c >= s.from) c += s.delta;
  }
  return [a, b, c];
}

const CODE_TEXT: Record<string, Bilingual> = {
  DUPLICATE_KEY: bi('Nyckeln förekommer flera gånger i samma mappning', 'The key occurs more than once in the same mapping'),
  BAD_INDENT: bi('Felaktig indragning', 'Bad indentation'),
  TAB_AS_INDENT: bi('Tabb används som indragning; använd mellanslag', 'A tab is used as indentation; use spaces'),
  MISSING_CHAR: bi('Ett tecken saknas (t.ex. kolon efter nyckel eller avslutande citattecken/parentes)', 'A character is missing (e.g. a colon after a key or a closing quote/bracket)'),
  MULTILINE_IMPLICIT_KEY: bi('En nyckel måste stå på en rad', 'A key must be on a single line'),
  UNEXPECTED_TOKEN: bi('Oväntat innehåll', 'Unexpected content'),
  BLOCK_AS_IMPLICIT_KEY: bi('Ett block kan inte användas som nyckel', 'A block cannot be used as a key'),
  BAD_SCALAR_START: bi('Ett värde kan inte börja med detta tecken; sätt värdet inom citattecken', 'A value cannot start with this character; quote the value'),
  BAD_DQ_ESCAPE: bi('Ogiltig escape-sekvens i sträng med dubbla citattecken', 'Invalid escape sequence in a double-quoted string'),
  MULTIPLE_DOCS: bi('Filen innehåller flera YAML-dokument; en analys ska vara ett dokument', 'The file contains several YAML documents; an analysis must be one document'),
  BAD_ALIAS: bi('Ogiltigt alias', 'Invalid alias'),
  KEY_OVER_1024_CHARS: bi('Nyckeln är längre än 1024 tecken', 'The key is longer than 1024 characters'),
  BLOCK_IN_FLOW: bi('Blockinnehåll inuti flödesstil ({ } eller [ ])', 'Block content inside flow style ({ } or [ ])'),
  TAG_RESOLVE_FAILED: bi('Okänd YAML-tagg', 'Unknown YAML tag'),
  COMPLEX_KEY: bi('En nyckel måste vara en enkel text, inte en lista eller mappning (som `? { id: x }`)', 'A key must be plain text, not a list or a mapping (such as `? { id: x }`)'),
  RESOURCE_EXHAUSTION: bi('Dokumentet är för djupt nästlat eller för stort för att läsas; det kontrolleras inte', 'The document is nested too deeply or too large to read; it is not checked'),
};

/** A lone CR: a CR not followed by LF. */
const LONE_CR = /\r(?!\n)/;
const LONE_CRS = /\r(?!\n)/g;

/** Offsets of the line starts of a text (0 first). CR, LF and CRLF each end a line (YAML 1.2 §5.4, as editors count). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') !== -1 && LONE_CR.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    return starts;
  }
  return lfLineStarts(text);
}

/** Line starts of a text without lone CRs (parse's normalised text). */
function lfLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The text with every lone CR read as LF (YAML 1.2 §5.4; the `yaml` package breaks lines only at LF). CRLF stays;
 * the length and every offset stay the same.
 */
export function normalizeBreaks(text: string): string {
  return text.indexOf('\r') !== -1 && LONE_CR.test(text) ? text.replace(LONE_CRS, '\n') : text;
}

/** The line break of each document with lone CRs (counted once per document). */
const EOL = new WeakMap<object, string>();

/**
 * The line break a fix inserts: the document's own. CRLF when it has any; with lone CRs, the more frequent of CR and
 * LF; else LF.
 */
export function eolOf(p: Pick<ParsedDoc, 'text' | 'source'>): string {
  const src = p.source;
  if (src === undefined) return p.text.includes('\r\n') ? '\r\n' : '\n';
  let eol = EOL.get(p);
  if (eol === undefined) {
    let lf = 0;
    let cr = 0;
    let crlf = false;
    for (let i = p.text.indexOf('\n'); i !== -1; i = p.text.indexOf('\n', i + 1)) {
      if (src.charCodeAt(i) === 13) cr++;
      else if (src.charCodeAt(i - 1) === 13) crlf = true;
      else lf++;
    }
    eol = crlf ? '\r\n' : cr >= lf ? '\r' : '\n';
    EOL.set(p, eol);
  }
  return eol;
}

function syntax(span: Span, message: Bilingual, code: string): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, location: '$', span, data: { code } };
}

/** First offset of a character YAML does not allow (C0 controls other than tab/LF/CR, DEL, U+FFFD from bad decoding). */
function firstBinaryChar(text: string): number {
  const m = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFD\uFFFE\uFFFF]/.exec(text);
  return m ? m.index : -1;
}

/**
 * UTF-16 or UTF-32 read as UTF-8: the encoding's name, else undefined. YAML 1.2 §5.2 tells them by the first bytes;
 * read as UTF-8, a byte order mark becomes two U+FFFD and the ASCII characters' zero bytes become NULs in a fixed
 * pattern (every second code unit for UTF-16, three of every four for UTF-32).
 */
function wideEncoding(text: string): string | undefined {
  if (text.indexOf('\0') === -1 || text.indexOf('\0') > 8) return undefined;
  const bom4 = text.startsWith('\uFFFD\uFFFD\0\0') || text.startsWith('\0\0\uFFFD\uFFFD');
  const bom = bom4 || text.startsWith('\uFFFD\uFFFD');
  const t = text.slice(bom4 ? 4 : bom ? 2 : 0, 260);
  const nul = [0, 0, 0, 0];
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 0) nul[i % 4]++;
  const quads = Math.floor(t.length / 4);
  const pairs = Math.floor(t.length / 2);
  if (t.length >= 4 && nul[1] + nul[2] + nul[3] >= 2.7 * quads && nul[0] === 0) return 'UTF-32LE';
  if (t.length >= 4 && nul[0] + nul[1] + nul[2] >= 2.7 * quads && nul[3] === 0) return 'UTF-32BE';
  if ((bom || t.length >= 4) && nul[1] + nul[3] >= Math.max(1, pairs / 2) && nul[0] + nul[2] === 0) return 'UTF-16LE';
  if ((bom || t.length >= 4) && nul[0] + nul[2] >= Math.max(1, pairs / 2) && nul[1] + nul[3] === 0) return 'UTF-16BE';
  return undefined;
}

function maxFlowDepth(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

/**
 * Keys yaml does not report: those that repeat an earlier key of the same mapping (scalar keys), and collections used
 * as keys (`? { id: x }`: toJS would stringify them), anywhere in the tree.
 */
function keyFindings(root: unknown): Finding[] {
  const out: Finding[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      const seen = new Set<string>();
      for (const it of n.items) {
        if (isScalar(it.key)) {
          const k = `${typeof it.key.value}:${String(it.key.value)}`;
          const r = it.key.range;
          if (seen.has(k) && r) out.push(syntax({ start: r[0], end: r[1] }, bi(`${CODE_TEXT.DUPLICATE_KEY.sv}.`, `${CODE_TEXT.DUPLICATE_KEY.en}.`), 'DUPLICATE_KEY'));
          seen.add(k);
        } else if (isCollection(it.key)) {
          const r = it.key.range;
          if (r) out.push(syntax({ start: r[0], end: r[1] }, bi(`${CODE_TEXT.COMPLEX_KEY.sv}.`, `${CODE_TEXT.COMPLEX_KEY.en}.`), 'COMPLEX_KEY'));
        }
        stack.push(it.value);
      }
    } else if (isSeq(n)) {
      for (const it of n.items) stack.push(it);
    }
  }
  return out;
}

/** Parse YAML text. Never throws. Lone CRs are line breaks (see `normalizeBreaks`); offsets refer to the input. */
export function parse(input: string): ParsedDoc {
  if (input.length > LIMITS.maxChars) return parseText(input);
  const text = normalizeBreaks(input);
  const p = parseText(text);
  if (text !== input) p.source = input;
  return p;
}

function parseText(text: string): ParsedDoc {
  // a text over the limit is refused before anything else looks at it (even line starts cost time at 50 MB)
  const lineStarts = text.length > LIMITS.maxChars ? [0] : lfLineStarts(text);
  const refuse = (span: Span, message: Bilingual, code: string): ParsedDoc => ({
    text, data: undefined, syntaxFindings: [syntax(span, message, code)], lineStarts,
  });
  if (text.length > LIMITS.maxChars) {
    return refuse({ start: 0, end: 0 }, bi(
      `Filen är för stor för att kontrolleras (${(text.length / 1048576).toFixed(1)} MB; gränsen är ${LIMITS.maxChars / 1048576} MB). Dela upp analysen, t.ex. med behörighetsmatrisen i en egen fil.`,
      `The file is too large to check (${(text.length / 1048576).toFixed(1)} MB; the limit is ${LIMITS.maxChars / 1048576} MB). Split the analysis, e.g. with the access matrix in a file of its own.`,
    ), 'TOO_LARGE');
  }
  const wide = wideEncoding(text);
  if (wide !== undefined) {
    return refuse({ start: 0, end: 0 }, bi(
      `Filen är sparad som ${wide}, inte som UTF-8. Spara den som UTF-8 (i VS Code: "Spara med kodning" → UTF-8) och kontrollera igen.`,
      `The file is encoded as ${wide}, not UTF-8. Save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8) and check it again.`,
    ), 'ENCODING');
  }
  const bin = firstBinaryChar(text);
  if (bin !== -1 && text.charCodeAt(bin) === 0xfffd) {
    return refuse({ start: bin, end: bin + 1 }, bi(
      'Filen innehåller ersättningstecknet U+FFFD (�): den är troligen inte sparad som UTF-8, eller skadades när den konverterades. Spara den som UTF-8 och kontrollera tecknet.',
      'The file contains the replacement character U+FFFD (�): it is probably not saved as UTF-8, or was damaged in a conversion. Save it as UTF-8 and check that character.',
    ), 'ENCODING');
  }
  if (bin !== -1) {
    return refuse({ start: bin, end: bin + 1 }, bi(
      'Filen är inte en YAML-text (den innehåller binära tecken eller styrtecken som YAML inte tillåter).',
      'The file is not YAML text (it contains binary or control characters that YAML does not allow).',
    ), 'BINARY');
  }
  // the fast path for the block-style subset analyses are written in (it bails on deep flow nesting: TOO_DEEP is for yaml)
  const fast = fastPathOn ? fastParse(text) : undefined;
  if (fast) return finish(text, fast.doc, [], fast.collisions, fast.data, lineStarts, false);
  const deep = maxFlowDepth(text, LIMITS.maxFlowDepth);
  if (deep !== -1) {
    return refuse({ start: deep, end: deep + 1 }, bi(
      `Nästlingen är för djup (mer än ${LIMITS.maxFlowDepth} nivåer); dokumentet kontrolleras inte.`,
      `The nesting is too deep (more than ${LIMITS.maxFlowDepth} levels); the document is not checked.`,
    ), 'TOO_DEEP');
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (e) {
    return refuse({ start: 0, end: 0 }, bi(
      `YAML-texten kunde inte läsas: ${(e as Error).message}`,
      `The YAML text could not be read: ${(e as Error).message}`,
    ), 'PARSE_FAILED');
  }
  const syntaxFindings: Finding[] = doc.errors.map((err) => {
    const [s, e0] = err.pos;
    let e = e0;
    if (err.code === 'DUPLICATE_KEY') {
      // underline the whole repeated key, not just its first character
      const colon = text.indexOf(':', s);
      const eolAt = lineEnd(text, s);
      if (colon !== -1 && colon <= eolAt) e = Math.max(e, s + text.slice(s, colon).trimEnd().length);
    }
    const known = CODE_TEXT[err.code];
    const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const message = known ?? bi(`YAML-syntaxfel: ${detail}`, `YAML syntax error: ${detail}`);
    return syntax({ start: s, end: Math.max(e, s) }, bi(`${message.sv}.`.replace(/\.\.$/, '.'), `${message.en}.`.replace(/\.\.$/, '.')), err.code);
  });
  return finish(text, doc, syntaxFindings, true, undefined, lineStarts, ANCHOR_OR_ALIAS.test(text));
}

/** Duplicate keys, the findings' final form, and the data (`data` from the fast path, else toJS). */
function finish(text: string, doc: Document.Parsed, syntaxFindings: Finding[], mayHaveDuplicates: boolean, fastData: unknown, lineStarts: number[], anchors: boolean): ParsedDoc {
  // Duplicate keys, in linear time (yaml's own uniqueKeys check is quadratic in the number of keys of a map).
  if (mayHaveDuplicates) {
    syntaxFindings.push(...keyFindings(doc.contents));
  }
  // inside the text (the parser may point one past the end), one per place and code
  const seenErr = new Set<string>();
  for (let i = syntaxFindings.length - 1; i >= 0; i--) {
    const f = syntaxFindings[i];
    f.span = { start: Math.min(f.span.start, text.length), end: Math.min(Math.max(f.span.end, f.span.start), text.length) };
    // one RESOURCE_EXHAUSTION per file is enough: the parser reports it once per nesting level it gives up on
    const k = f.data?.code === 'RESOURCE_EXHAUSTION' ? 'RESOURCE_EXHAUSTION' : `${String(f.data?.code)}|${f.span.start}|${f.span.end}`;
    if (seenErr.has(k)) syntaxFindings.splice(i, 1);
    seenErr.add(k);
  }
  syntaxFindings.sort((a, b) => a.span.start - b.span.start);
  let data: unknown;
  if (syntaxFindings.length === 0 && fastData !== undefined) data = fastData;
  else if (syntaxFindings.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    } catch (e) {
      const alias = /alias/i.test((e as Error).message);
      syntaxFindings.push(syntax({ start: 0, end: 0 }, alias
        ? bi('Dokumentet använder alias (*) i en omfattning som tyder på en resursattack ("billion laughs"); det kontrolleras inte.',
          'The document uses aliases (*) to an extent that indicates a resource exhaustion attack ("billion laughs"); it is not checked.')
        : bi(`YAML-texten kunde inte tolkas: ${(e as Error).message}`, `The YAML text could not be interpreted: ${(e as Error).message}`),
        alias ? 'ALIAS_BOMB' : 'TOJS_FAILED'));
    }
  }
  // the fast path bails on every anchor and alias: its `false` is exact (the regex also matches text like `*viktigt*`)
  return { text, doc, data, syntaxFindings, lineStarts, anchors };
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function positionAt(p: Pick<ParsedDoc, 'lineStarts'>, offset: number): { line: number; column: number } {
  const ls = p.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - ls[lo] + 1 };
}

function keyOf(k: unknown): string | undefined {
  if (isScalar(k)) return k.value === null ? '' : String(k.value);
  return undefined;
}

export interface Located {
  node: unknown;
  /** The pair whose value `node` is (undefined for the root and sequence items). */
  pair?: Pair;
  /** How many path segments were found. */
  depth: number;
}

/** Walk `path` as far as it exists. */
export function walk(p: ParsedDoc, path: Path): Located {
  let node: unknown = p.doc?.contents ?? null;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const found = node.items.find((it) => keyOf(it.key) === String(seg));
      if (!found) break;
      pair = found as Pair;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg < 0 || seg >= node.items.length) break;
      pair = undefined;
      node = node.items[seg];
    } else break;
    depth++;
  }
  return { node, pair, depth };
}

/** The node at `path`, or undefined when the path does not exist completely. */
export function nodeAt(p: ParsedDoc, path: Path): unknown {
  const l = walk(p, path);
  return l.depth === path.length ? l.node : undefined;
}

/** Whether `path` exists in the document (a key written with no value exists). */
export function has(p: ParsedDoc, path: Path): boolean {
  return walk(p, path).depth === path.length;
}

function rangeOf(p: Pick<ParsedDoc, 'shifts'>, n: unknown): Span | undefined {
  const r = nodeRange(p, n);
  return r ? { start: r[0], end: r[1] } : undefined;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  const e = i === -1 ? text.length : i;
  return e > offset && text[e - 1] === '\r' ? e - 1 : e;
}

/** Span of the entity itself: its key when it is a map value, else its `id` pair, else its first line. */
function anchorSpan(p: ParsedDoc, l: Located): Span {
  if (l.pair) {
    const k = rangeOf(p, l.pair.key);
    if (k) return k;
  }
  if (isMap(l.node)) {
    const idPair = l.node.items.find((it) => keyOf(it.key) === 'id');
    if (idPair) {
      const k = rangeOf(p, idPair.key)!;
      const v = rangeOf(p, idPair.value);
      return { start: k.start, end: v && v.end > v.start ? v.end : k.end };
    }
  }
  const r = rangeOf(p, l.node);
  if (r) return { start: r.start, end: Math.max(r.start, Math.min(r.end, lineEnd(p.text, r.start))) };
  return { start: 0, end: 0 };
}

/**
 * Span for a path. When the path does not exist completely, the nearest existing ancestor's anchor
 * (a missing key points at its parent key).
 */
export function locate(p: ParsedDoc, path: Path, part: Part = 'anchor'): Span {
  const l = walk(p, path);
  if (l.depth < path.length) {
    if (l.depth === 0) return rootSpan(p);
    return anchorSpan(p, l);
  }
  if (path.length === 0) return rootSpan(p);
  const kr = l.pair ? rangeOf(p, l.pair.key) : undefined;
  const vr = rangeOf(p, l.node);
  const valueSpan = vr && vr.end > vr.start ? trimEnd(p.text, vr) : undefined;
  switch (part) {
    case 'key':
      return kr ?? anchorSpan(p, l);
    case 'value':
      return valueSpan ?? kr ?? anchorSpan(p, l);
    case 'pair':
      if (kr) return { start: kr.start, end: valueSpan ? valueSpan.end : kr.end };
      return valueSpan ?? anchorSpan(p, l);
    default:
      return anchorSpan(p, l);
  }
}

function trimEnd(text: string, s: Span): Span {
  let e = s.end;
  while (e > s.start && /\s/.test(text[e - 1])) e--;
  return { start: s.start, end: e };
}

/** The first key of the document (or 0..0): where findings about the whole document point. */
export function rootSpan(p: ParsedDoc): Span {
  const c = p.doc?.contents;
  if (isMap(c) && c.items.length > 0) {
    const k = rangeOf(p, c.items[0].key);
    if (k) return k;
  }
  const r = rangeOf(p, c);
  if (r) return { start: r.start, end: Math.min(lineEnd(p.text, r.start), r.end) };
  return { start: 0, end: 0 };
}

/** Top-level keys with the span of their key (for kind detection and outline). */
export function topLevelKeys(p: ParsedDoc): string[] {
  const c = p.doc?.contents;
  return isMap(c) ? c.items.map((it) => keyOf(it.key) ?? '').filter(Boolean) : [];
}

/** A comment line found in the text: `# bra-disable-next-line …`. */
export interface CommentLine {
  /** 0-based line index. */
  line: number;
  start: number;
  end: number;
  text: string;
}

/** Comment-only lines (`   # …`), cheap line scan (a `#` inside a block scalar is content, not a comment: skipped when indented deeper inside one). */
export function commentLines(p: ParsedDoc): CommentLine[] {
  const out: CommentLine[] = [];
  const t = p.text;
  for (let i = 0; i < p.lineStarts.length; i++) {
    const s = p.lineStarts[i];
    let j = s;
    while (t[j] === ' ' || t[j] === '\t') j++;
    if (t[j] === '#') {
      const e = lineEnd(t, j);
      out.push({ line: i, start: j, end: e, text: t.slice(j, e) });
    }
  }
  return out;
}

/** Whether a 0-based line is blank or comment-only. */
export function isBlankOrComment(p: ParsedDoc, line: number): boolean {
  const s = p.lineStarts[line];
  const e = lineEnd(p.text, s);
  const l = p.text.slice(s, e).trim();
  return l === '' || l.startsWith('#');
}

export { lineEnd };

/** What is under an offset: the path of the innermost node, and whether the offset is on a key or in a value. */
export interface PathAt {
  path: Path;
  part: 'key' | 'value';
  /** Span of the key or scalar value under the offset (undefined between nodes). */
  span?: Span;
}

/** The innermost key or value containing `offset` (ends inclusive, so a cursor right after a word counts). */
export function pathAt(p: ParsedDoc, offset: number): PathAt {
  const inside = (r: [number, number, number] | undefined) => r !== undefined && r[0] <= offset && offset <= r[1];
  const rng = (n: unknown) => nodeRange(p, n);
  let node: unknown = p.doc?.contents ?? null;
  const path: Path = [];
  for (;;) {
    if (isMap(node)) {
      let next: unknown;
      for (const it of node.items) {
        const kr = rng(it.key);
        if (inside(kr)) return { path: [...path, keyOf(it.key) ?? ''], part: 'key', span: { start: kr![0], end: kr![1] } };
        if (inside(rng(it.value))) {
          path.push(keyOf(it.key) ?? '');
          next = it.value;
          break;
        }
      }
      if (next === undefined) return { path, part: 'value' };
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((it) => inside(rng(it)));
      if (i === -1) return { path, part: 'value' };
      path.push(i);
      node = node.items[i];
    } else {
      const r = rng(node);
      return { path, part: 'value', span: r ? { start: r[0], end: r[1] } : undefined };
    }
  }
}


function shiftRanges(root: unknown, from: number, delta: number): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop() as { range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown } | null;
    if (!n || typeof n !== 'object') continue;
    const r = n.range;
    if (r) {
      if (r[2] < from) continue; // the whole subtree lies before the edit
      for (let i = 0; i < 3; i++) if (r[i] >= from) r[i] += delta;
    }
    if (Array.isArray(n.items)) for (const it of n.items) stack.push(it);
    if ('key' in n) stack.push(n.key);
    if ('value' in n && typeof n.value === 'object') stack.push(n.value);
  }
}

function eachNode(root: unknown, f: (n: { range?: [number, number, number] }) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop() as { range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown } | null;
    if (!n || typeof n !== 'object') continue;
    f(n);
    if (Array.isArray(n.items)) for (const it of n.items) stack.push(it);
    if ('key' in n) stack.push(n.key);
    if ('value' in n && typeof n.value === 'object') stack.push(n.value);
  }
}

/** Mark a freshly parsed subtree as valid at generation `gen`. */
function stamp(root: unknown, gen: number): void {
  eachNode(root, (n) => {
    if (n.range) GEN.set(n, gen);
  });
}

/** Write the pending shifts into the raw ranges of the whole tree (then the shift list can start empty). */
function compact(root: unknown, p: Pick<ParsedDoc, 'shifts'>): void {
  const updates: [number[], [number, number, number]][] = [];
  eachNode(root, (n) => {
    const r = n.range ? nodeRange(p, n) : undefined;
    if (r && n.range) updates.push([n.range, r]);
  });
  for (const [raw, eff] of updates) {
    raw[0] = eff[0];
    raw[1] = eff[1];
    raw[2] = eff[2];
  }
}

/** Length of the common prefix: a binary search over native comparisons of slices (no per-character loop). */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ends of the differing region in a and b (the common suffix is not part of it and does not overlap the prefix). */
function commonSuffix(a: string, b: string, s: number): [number, number] {
  // the longest n with a.slice(-n) === b.slice(-n), n ≤ the room left after the prefix in both
  let lo = 0;
  let hi = Math.min(a.length, b.length) - s;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return [a.length - lo, b.length - lo];
}

/**
 * The line starts of `text` from those of the previous text, after an edit of [s, eOld) into [s, eOld + delta):
 * starts up to s stay, starts inside the edit are found anew, later ones move by delta.
 */
function shiftLineStarts(prev: number[], text: string, s: number, eOld: number, delta: number): number[] {
  let i = 0;
  let hi = prev.length;
  while (i < hi) {
    const mid = (i + hi) >>> 1;
    if (prev[mid] <= s) i = mid + 1;
    else hi = mid;
  }
  const out = prev.slice(0, i);
  const eNew = eOld + delta;
  for (let j = text.indexOf('\n', s); j !== -1 && j < eNew; j = text.indexOf('\n', j + 1)) out.push(j + 1);
  let k = i;
  while (k < prev.length && prev[k] <= eOld) k++;
  for (; k < prev.length; k++) out.push(prev[k] + delta);
  return out;
}

/**
 * Incremental re-parse after an edit: when the change lies inside one item of a top-level block sequence
 * (a risk, a role, an access entry …), parse only that item and splice it into the previous document.
 * Returns undefined when that is not safe (the caller then parses the whole text); the result equals a full
 * parse (a test checks this on random edits). `prev` is consumed: its syntax tree is reused and shifted.
 */
export function reparse(prev: ParsedDoc, input: string): ParsedDoc | undefined {
  if (input.length > LIMITS.maxChars) return undefined;
  const text = normalizeBreaks(input);
  const q = reparseText(prev, text);
  if (q) {
    if (text !== input) q.source = input;
    else delete q.source;
  }
  return q;
}

function reparseText(prev: ParsedDoc, text: string): ParsedDoc | undefined {
  const old = prev.text;
  if (!prev.doc || prev.syntaxFindings.length > 0 || prev.data === undefined || prev.anchors) return undefined;
  const root = prev.doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  // the changed region: common prefix and suffix
  const s = commonPrefix(old, text);
  if (s === old.length && s === text.length) return { ...prev, text };
  const [eOld] = commonSuffix(old, text, s);
  const delta = text.length - old.length;
  // find the top-level pair and the item containing [s, eOld)
  const rng = (n: unknown) => nodeRange(prev, n);
  let keyIndex = -1;
  for (let i = 0; i < root.items.length; i++) {
    const v = root.items[i].value;
    const r = rng(v);
    if (isSeq(v) && !v.flow && r && r[0] <= s && eOld <= r[1]) {
      keyIndex = i;
      break;
    }
  }
  if (keyIndex === -1) return undefined;
  const pair = root.items[keyIndex];
  const seq = pair.value as YAMLSeq;
  // item boundaries: from the line start of its dash to the line start of the next item's dash
  const dashLine = (item: unknown): number => {
    const r = rng(item);
    if (!r) return -1;
    const dash = old.lastIndexOf('-', r[0]);
    return old.lastIndexOf('\n', dash) + 1;
  };
  let idx = -1;
  for (let i = 0; i < seq.items.length; i++) {
    const start = dashLine(seq.items[i]);
    const end = i + 1 < seq.items.length ? dashLine(seq.items[i + 1]) : rng(seq)![1];
    if (start <= s && eOld <= end && !(eOld === end && i + 1 < seq.items.length && s === end)) {
      idx = i;
      break;
    }
  }
  if (idx === -1) return undefined;
  const itemStart = dashLine(seq.items[idx]);
  const oldEnd = idx + 1 < seq.items.length ? dashLine(seq.items[idx + 1]) : rng(seq)![1];
  if (itemStart < 0 || s < itemStart || eOld > oldEnd) return undefined;
  const newEnd = oldEnd + delta;
  // the item ended at a line start (the next item's or key's line): the edit must not have joined those lines
  if (oldEnd > 0 && old.charCodeAt(oldEnd - 1) === 10 && text.charCodeAt(newEnd - 1) !== 10) return undefined;
  const chunk = text.slice(itemStart, newEnd);
  // the chunk must still be exactly one item at the same indentation, with nothing at or left of its dash after line 1
  const firstLine = old.slice(itemStart, old.indexOf('\n', itemStart) === -1 ? old.length : old.indexOf('\n', itemStart));
  const indent = /^( *)- /.exec(firstLine)?.[1].length;
  if (indent === undefined || !chunk.startsWith(`${' '.repeat(indent)}- `)) return undefined;
  const lines = chunk.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    if (l.length - l.trimStart().length <= indent) return undefined;
  }
  if (firstBinaryChar(chunk) !== -1) return undefined;
  // prev has no anchors (checked above); a chunk the fast path takes has none either
  const fast = fastPathOn ? fastParse(chunk) : undefined;
  let part: Document.Parsed;
  if (fast) part = fast.doc;
  else {
    if (ANCHOR_OR_ALIAS.test(chunk) || maxFlowDepth(chunk, LIMITS.maxFlowDepth) !== -1) return undefined;
    try {
      part = parseDocument(chunk, PARSE_OPTIONS);
    } catch {
      return undefined;
    }
  }
  if (part.errors.length > 0 || part.warnings.length > 0 || !isSeq(part.contents) || part.contents.items.length !== 1) return undefined;
  if ((!fast || fast.collisions) && keyFindings(part.contents).length > 0) return undefined;
  const item = part.contents.items[0];
  // a trailing comment-only chunk tail belongs to the item in both parses; the item's own range must end inside the chunk
  shiftRanges(item, 0, itemStart);
  // everything from the old chunk's end on moves by delta: the enclosing collections end with their last item, so
  // the item must reach the chunk's end in both texts (a comment appended at column 0 after the last item belongs
  // to no item, and the collections end before it)
  if (rng(seq.items[idx])?.[2] !== oldEnd || (item as { range?: number[] } | null)?.range?.[2] !== newEnd) return undefined;
  let itemData: unknown;
  if (fast) itemData = (fast.data as unknown[])[0];
  else {
    try {
      itemData = item === null ? null : (item as Node).toJS(part, { maxAliasCount: LIMITS.maxAliasCount });
    } catch {
      return undefined;
    }
  }
  const key = keyOf(pair.key);
  if (key === undefined) return undefined;
  const oldData = prev.data as Record<string, unknown>;
  const list = Array.isArray(oldData[key]) ? [...(oldData[key] as unknown[])] : undefined;
  if (!list || list.length !== seq.items.length) return undefined;
  list[idx] = itemData;
  // only now touch the previous tree: record the shift of everything after the old item (applied lazily by
  // nodeRange), stamp the new item's nodes with the new generation, and splice it in
  const gen = (prev.gen ?? 0) + 1;
  let shifts = [...(prev.shifts ?? []), { gen, from: oldEnd, delta }];
  stamp(item, gen);
  seq.items[idx] = item as never;
  if (shifts.length > MAX_SHIFTS) {
    compact(prev.doc.contents, { shifts });
    shifts = [];
  }
  // copy without [[Set]] so that a `__proto__` key stays an own key
  const data: Record<string, unknown> = {};
  for (const k of Object.keys(oldData)) Object.defineProperty(data, k, { value: k === key ? list : oldData[k], enumerable: true, writable: true, configurable: true });
  return { text, doc: prev.doc, data, syntaxFindings: [], lineStarts: shiftLineStarts(prev.lineStarts, text, s, eOld, delta), anchors: false, gen, shifts };
}
