/**
 * The fast parser (src/yaml/fast.ts) against yaml's own parseDocument: on every sample, fixture and benchmark
 * document, on generated analyses, on thousands of seeded mutations of them and on thousands of generated snippets,
 * with LF and CRLF line breaks, it either bails out (undefined) or gives the same tree — node classes, ranges, flow flags, scalar types, values and
 * sources, key order — and the same data as toJS, and yaml reports nothing on that text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { parse, reparse } from '../../src/yaml';
import { fastParse } from '../../src/yaml/fast';
import { generateAnalysis, rnd } from '../support/generate';

const REPO = path.resolve(__dirname, '../../..');
const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false };

const xorshift = rnd;

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(path.join(REPO, dir));
  return out.sort();
}

interface Props {
  range?: unknown;
  flow?: boolean;
  items?: unknown[];
  value?: unknown;
  key?: unknown;
  type?: string;
  format?: string;
  source?: string;
  minFractionDigits?: number;
  tag?: string;
}

/** The first difference between two yaml nodes, or undefined. */
function diffNode(a: unknown, b: unknown, at: string): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b) ? undefined : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: ${a.constructor.name} ≠ ${b.constructor.name}`;
  const x = a as Props;
  const y = b as Props;
  if (JSON.stringify(x.range) !== JSON.stringify(y.range)) return `${at}: range ${JSON.stringify(x.range)} ≠ ${JSON.stringify(y.range)}`;
  if (isPair(a)) return diffNode(x.key, y.key, `${at}.key`) ?? diffNode(x.value, y.value, `${at}.value`);
  if (isAlias(a)) return (a as { source: string }).source === (b as { source: string }).source ? undefined : `${at}: alias *${(a as { source: string }).source} ≠ *${(b as { source: string }).source}`;
  if (isScalar(a)) {
    for (const k of ['value', 'type', 'format', 'source', 'minFractionDigits', 'tag'] as const) {
      if (!Object.is(x[k], y[k])) return `${at}: ${k} ${JSON.stringify(x[k])} ≠ ${JSON.stringify(y[k])}`;
    }
    return undefined;
  }
  if (isMap(a) || isSeq(a)) {
    if (Boolean(x.flow) !== Boolean(y.flow)) return `${at}: flow ${String(x.flow)} ≠ ${String(y.flow)}`;
    if (x.items!.length !== y.items!.length) return `${at}: ${x.items!.length} items ≠ ${y.items!.length}`;
    for (let i = 0; i < x.items!.length; i++) {
      const d = diffNode(x.items![i], y.items![i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  return `${at}: unexpected node ${a.constructor.name}`;
}

/** The first difference between two plain values, key order and prototypes included, or undefined. */
function diffData(a: unknown, b: unknown, at: string): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b) ? undefined : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: kind`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys ${JSON.stringify(ka)} ≠ ${JSON.stringify(kb)}`;
  for (const k of ka) {
    const d = diffData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return undefined;
}

/** A mapping with two scalar keys that `duplicateKeys` in src/yaml/index.ts would report. */
function hasDuplicateKeys(n: unknown): boolean {
  if (isMap(n)) {
    const seen = new Set<string>();
    for (const it of n.items) {
      if (isScalar(it.key)) {
        const k = `${typeof it.key.value}:${String(it.key.value)}`;
        if (seen.has(k)) return true;
        seen.add(k);
      }
      if (hasDuplicateKeys(it.value)) return true;
    }
  } else if (isSeq(n)) return n.items.some(hasDuplicateKeys);
  return false;
}

/** 'fast' when the fast parser gives exactly yaml's result, 'bail' when it declines, else the difference. */
function compare(text: string): string {
  const f = fastParse(text);
  if (!f) return 'bail';
  const d = parseDocument(text, OPTIONS);
  const problems = [...d.errors, ...d.warnings];
  if (problems.length > 0) return `yaml reports ${problems.map((e) => `${e.code}@${e.pos[0]}`).join(', ')}`;
  if (JSON.stringify(d.range) !== JSON.stringify(f.doc.range)) return `document range ${JSON.stringify(f.doc.range)} ≠ ${JSON.stringify(d.range)}`;
  if (f.doc.errors.length + f.doc.warnings.length > 0) return 'fast errors';
  const dn = diffNode(f.doc.contents, d.contents, '$');
  if (dn) return dn;
  const dd = diffData(f.data, d.toJS(), 'data');
  if (dd) return dd;
  if (hasDuplicateKeys(d.contents) && !f.collisions) return 'duplicate keys without collisions';
  return 'fast';
}

function expectSame(text: string, name: string): void {
  const r = compare(text);
  assert.equal(r, 'fast', `${name}: ${r}\n${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}`);
}

const MUTATION_INSERTS = ['\r\n', '\r\n  ', '\r\n- ', '"', "'", '#', ':', '-', '[', ']', '{', '}', ',', '&', '*', '!', '\t', '\r', '\r\n', 'ä', '😀', '\u2028', '\u00a0', ' ', '  ', '\n',
  '|', '>', '?', '%', '@', '`', '\\', 'x', '0', '.', '~', '- ', ': ', ' #', '\n  ', '\n- ', '\n#', '|-\n', '>\n  ', '"\\x4', '"\\u00e4"', '""', "''",
  '[]', '{}', '\uFEFF', '---', '...', 'null', '0x1F', '0o17', '1.50', '1e3', '.inf', 'true', '__proto__: 1\n', '<<: x\n', '&a ', '*a', '!!str '];
const LINE_TAILS = [' # t', '  ', ' x', ':', ' [a]', ' "q"', "'", ' |', ' >-', ' {a: b}', ': v', ' - x'];

function mutate(text: string, r: () => number): string {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const lines = text.split('\n');
  const i = Math.floor(r() * lines.length);
  const at = Math.floor(r() * text.length);
  switch (Math.floor(r() * 12)) {
    case 0: lines.splice(i, 1); break;
    case 1: lines.splice(i, 0, lines[i] ?? ''); break;
    case 2: lines[i] = ' '.repeat(1 + Math.floor(r() * 3)) + (lines[i] ?? ''); break;
    case 3: lines[i] = (lines[i] ?? '').replace(/^ {1,2}/, ''); break;
    case 4: lines.splice(i, 0, `${' '.repeat(Math.floor(r() * 8))}# c`); break;
    case 5: lines.splice(i, 0, ' '.repeat(Math.floor(r() * 5))); break;
    case 6: return text.slice(0, at);
    case 7: return text.slice(0, at) + pick(MUTATION_INSERTS) + text.slice(at);
    case 8: return text.slice(0, at) + pick(MUTATION_INSERTS) + text.slice(at + 1);
    case 9: return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    case 10: {
      const j = Math.floor(r() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    default: lines[i] = (lines[i] ?? '') + pick(LINE_TAILS);
  }
  return lines.join('\n');
}

/** Small random documents of the subset: nested collections, comments and blank lines at any indentation, all scalar forms. */
function snippet(r: () => number): string {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const SCALARS = ['a', 'b c', 'x:y', 'a#b', '1', '-2', '0x1F', '0o17', '1.50', '1e3', '.inf', '-.Inf', '.nan', 'true', 'False', 'null', '~', 'NULL',
    '"q"', '"e\\n\\"\\u00e4\\x41"', "'s''t'", "''", '""', '[]', '{}', '[a, b]', '[ a , "b" ]', '{ k: v, n: 1 }', '{k: [1, 2], j: {a: b}}',
    '[{a: b}, [c]]', '{a: , b: 1}', 'é ü', '2026-01-15', '+1', '0123', '1.', '.5', 'Yes', 'a b  ', 'a\\b', 'x, y', 'a[1]', '-x', '?x', ':x'];
  const KEYS = ['a', 'b', 'id', 'x y', '"q k"', "'s k'", '1', 'null', 'true', '__proto__', 'constructor', '<<', 'k:x', 'a', 'b'];
  const out: string[] = [];
  const trivia = (ind: number) => {
    if (r() >= 0.4) return;
    for (let m = 1 + Math.floor(r() * 3); m > 0; m--) {
      const c = r();
      if (c < 0.35) out.push('');
      else if (c < 0.4) out.push(' '.repeat(1 + Math.floor(r() * 4)));
      else out.push(`${' '.repeat(Math.max(0, ind + Math.floor(r() * 7) - 3))}#${pick(['', ' c', 'x'])}`);
    }
  };
  const tail = () => {
    const c = r();
    return c < 0.15 ? ' # t' : c < 0.2 ? '   ' : '';
  };
  const blockScalar = (ind: number, head: string) => {
    out.push(`${head}${pick(['|', '>', '|-', '>-', '|+', '>+'])}${r() < 0.1 ? ' # h' : ''}`);
    const ci = ind + 1 + Math.floor(r() * 3);
    for (let m = 1 + Math.floor(r() * 4); m > 0; m--) {
      const c = r();
      if (c < 0.2) out.push('');
      else if (c < 0.3) out.push(`${' '.repeat(ci + 1 + Math.floor(r() * 2))}more`);
      else if (c < 0.35) out.push(`${' '.repeat(ci)}# not a comment`);
      else out.push(' '.repeat(ci) + pick(['text', 'a b', 'x: y', '- z']));
    }
    if (r() < 0.3) out.push('');
  };
  const node = (ind: number, head: string, depth: number) => {
    if (depth > 3 || r() < 0.45) {
      if (r() < 0.08) blockScalar(ind, `${head} `);
      else if (r() < 0.1) out.push(head + tail());
      else out.push(`${head} ${pick(SCALARS)}${tail()}`);
      return;
    }
    const isSeq = r() < 0.45;
    const childInd = ind + (r() < 0.85 ? 2 : r() < 0.5 ? 4 : 1);
    out.push(head + (r() < 0.1 ? ' # hc' : ''));
    trivia(childInd);
    if (isSeq) seq(head.endsWith(':') && r() < 0.3 ? ind : childInd, depth + 1);
    else map(childInd, depth + 1);
  };
  const map = (ind: number, depth: number, first?: string) => {
    for (let m = 1 + Math.floor(r() * 4), i = 0; i < m; i++) {
      node(ind, `${i === 0 && first !== undefined ? first : ' '.repeat(ind)}${pick(KEYS)}:`, depth);
      trivia(ind);
    }
  };
  const seq = (ind: number, depth: number) => {
    for (let m = 1 + Math.floor(r() * 4); m > 0; m--) {
      const pre = `${' '.repeat(ind)}-${r() < 0.9 ? ' ' : '   '}`;
      const c = r();
      if (c < 0.4 && depth < 4) map(pre.length, depth + 1, pre);
      else if (c < 0.45) {
        out.push(`${' '.repeat(ind)}-${r() < 0.2 ? ' # d' : ''}`);
        if (r() < 0.5 && depth < 4) map(ind + 2, depth + 1);
      } else node(ind, pre.trimEnd(), depth);
      trivia(ind);
    }
  };
  trivia(0);
  const rootIndent = r() < 0.1 ? 2 : 0;
  if (r() < 0.2) seq(rootIndent, 0);
  else map(rootIndent, 0);
  trivia(0);
  const nl = r() < 0.3 ? '\r\n' : '\n';
  return out.join(nl) + (r() < 0.8 ? nl : '');
}

describe('yaml fast path', () => {
  const samples = yamlFiles('samples');
  const fixtures = yamlFiles('test/fixtures');
  // the documents `npm run bench` measures (bench/docs/ is generated, not part of a clean checkout)
  const bench = [1000, 5000, 20000, 50000].map((lines) => ({ name: `bench ${lines / 1000}k`, text: generateAnalysis({ lines, findings: true }) }));
  const generated = [
    generateAnalysis({ lines: 300 }),
    generateAnalysis({ lines: 1500, findings: true }),
    generateAnalysis({ lines: 3000, seed: 7, findings: true }),
  ];
  const stats = { fast: 0, bail: 0 };
  const count = (r: string) => {
    if (r === 'fast' || r === 'bail') stats[r]++;
  };
  after(() => console.log(`      differential: ${stats.fast} on the fast path, ${stats.bail} bailed out`));

  it('takes the fast path on every sample, bench document and generated analysis, with yaml\'s exact result', function () {
    this.timeout(60000);
    assert.ok(samples.length >= 6);
    const docs = [...samples.map((f) => ({ name: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') })), ...bench];
    for (const { name, text } of docs) {
      expectSame(text, name);
      stats.fast++;
      if (text.length < 500000) {
        expectSame(text.replace(/\n/g, '\r\n'), `${name} with CRLF`);
        stats.fast++;
      }
    }
    for (const [i, t] of generated.entries()) {
      expectSame(t, `generated ${i}`);
      stats.fast++;
    }
  });

  it('reads lone CR line breaks (YAML 1.2): parse() of every sample and bench document with CR-only and mixed breaks gives yaml\'s exact result for the LF text, on the fast path', function () {
    this.timeout(60000);
    const docs = [...samples.map((f) => ({ name: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') })), ...bench.slice(0, 3)];
    for (const { name, text } of docs) {
      let i = 0;
      for (const [variant, t] of [['CR', text.replace(/\n/g, '\r')], ['CR/CRLF/LF', text.replace(/\n/g, () => ['\r', '\r\n', '\n'][i++ % 3])]]) {
        const lf = t.replace(/\r(?!\n)/g, '\n');
        assert.equal(fastParse(t), undefined, 'the fast parser itself is only given normalised text');
        const p = parse(t);
        assert.equal(p.source, t);
        assert.equal(p.text, lf);
        const d = parseDocument(lf, OPTIONS);
        assert.deepEqual(p.syntaxFindings, [], `${name} ${variant}`);
        assert.equal(diffNode(p.doc!.contents, d.contents, '$') ?? diffData(p.data, d.toJS(), 'data'), undefined, `${name} ${variant}`);
        assert.ok(fastParse(lf), `${name} ${variant}: fast path`);
        stats.fast++;
      }
    }
  });

  it('gives yaml\'s exact result on every test fixture', () => {
    assert.ok(fixtures.length > 50);
    for (const f of fixtures) {
      const r = compare(fs.readFileSync(f, 'utf8'));
      count(r);
      assert.ok(r === 'fast' || r === 'bail', `${path.relative(REPO, f)}: ${r}`);
    }
  });

  it('bails out or gives yaml\'s exact result on 4000 seeded mutations', function () {
    this.timeout(120000);
    const r = xorshift(2026);
    const lf = [...samples, ...fixtures].map((f) => fs.readFileSync(f, 'utf8')).concat(generated.slice(0, 2));
    const corpus = [...lf, ...lf.map((t) => t.replace(/\n/g, '\r\n'))];
    let fast = 0;
    for (let c = 0; c < 4000; c++) {
      let t = corpus[Math.floor(r() * corpus.length)];
      for (let m = 1 + Math.floor(r() * 3); m > 0; m--) t = mutate(t, r);
      const res = compare(t);
      count(res);
      if (res === 'fast') fast++;
      assert.ok(res === 'fast' || res === 'bail', `mutation ${c}: ${res}\n${JSON.stringify(t)}`);
    }
    assert.ok(fast > 1000, `only ${fast} mutations on the fast path`);
  });

  it('1000 seeded mutations with lone CR line breaks: the same tree, data and findings (same offsets) as with LF', function () {
    this.timeout(120000);
    const r = xorshift(4777);
    const lf = [...samples, ...fixtures].map((f) => fs.readFileSync(f, 'utf8')).concat(generated.slice(0, 1));
    for (let c = 0; c < 1000; c++) {
      let t = lf[Math.floor(r() * lf.length)];
      for (let m = 1 + Math.floor(r() * 3); m > 0; m--) t = mutate(t, r);
      // a region of lone CRs (as the audit's fuzzer made them)
      const a = Math.floor(r() * t.length);
      const b = a + Math.floor(r() * (t.length - a));
      const withCr = t.slice(0, a) + t.slice(a, b).replace(/\r?\n/g, '\r') + t.slice(b);
      const norm = withCr.replace(/\r(?!\n)/g, '\n');
      const p = parse(withCr);
      const q = parse(norm);
      const spans = (x: typeof p) => x.syntaxFindings.map((f) => [f.data?.code, f.span.start, f.span.end]);
      assert.deepEqual(spans(p), spans(q), `mutation ${c}\n${JSON.stringify(withCr)}`);
      assert.deepEqual(p.lineStarts, q.lineStarts);
      if (p.doc && q.doc) assert.equal(diffNode(p.doc.contents, q.doc.contents, '$') ?? diffData(p.data, q.data, 'data'), undefined, `mutation ${c}`);
    }
  });

  it('bails out or gives yaml\'s exact result on 4000 generated snippets', function () {
    this.timeout(120000);
    const r = xorshift(7);
    let fast = 0;
    for (let c = 0; c < 4000; c++) {
      const t = snippet(r);
      const res = compare(t);
      count(res);
      if (res === 'fast') fast++;
      assert.ok(res === 'fast' || res === 'bail', `snippet ${c}: ${res}\n${JSON.stringify(t)}`);
    }
    assert.ok(fast > 2500, `only ${fast} snippets on the fast path`);
  });

  describe('scalar forms (value and type as yaml gives them)', () => {
    const cases: [string, unknown, string][] = [
      ['Region Exempel – vård', 'Region Exempel – vård', 'PLAIN'],
      ['a#b x:y # comment', 'a#b x:y', 'PLAIN'],
      ['~', null, 'PLAIN'],
      ['null', null, 'PLAIN'],
      ['Null', null, 'PLAIN'],
      ['NULL', null, 'PLAIN'],
      ['true', true, 'PLAIN'],
      ['False', false, 'PLAIN'],
      ['TRUE', true, 'PLAIN'],
      ['yes', 'yes', 'PLAIN'],
      ['42', 42, 'PLAIN'],
      ['-7', -7, 'PLAIN'],
      ['+3', 3, 'PLAIN'],
      ['0123', 123, 'PLAIN'],
      ['0x1F', 31, 'PLAIN'],
      ['0o17', 15, 'PLAIN'],
      ['1.50', 1.5, 'PLAIN'],
      ['.5', 0.5, 'PLAIN'],
      ['1e3', 1000, 'PLAIN'],
      ['-.inf', Number.NEGATIVE_INFINITY, 'PLAIN'],
      ['.NaN', NaN, 'PLAIN'],
      ['2026-01-15', '2026-01-15', 'PLAIN'],
      ["'it''s'", "it's", 'QUOTE_SINGLE'],
      ["''", '', 'QUOTE_SINGLE'],
      ['"1.0"', '1.0', 'QUOTE_DOUBLE'],
      ['"a\\"b\\\\c\\n\\t\\/"', 'a"b\\c\n\t/', 'QUOTE_DOUBLE'],
      ['"\\x41\\u00e4\\U0001F600\\_\\0"', 'A\u00e4\u{1F600}\u00a0\0', 'QUOTE_DOUBLE'],
      ['|\n  line 1\n  line 2\n', 'line 1\nline 2\n', 'BLOCK_LITERAL'],
      ['|-\n  line 1\n\n    more\n', 'line 1\n\n  more', 'BLOCK_LITERAL'],
      ['|+\n  keep\n\n', 'keep\n\n', 'BLOCK_LITERAL'],
      ['>\n  folded\n  text\n\n  para\n', 'folded text\npara\n', 'BLOCK_FOLDED'],
      ['>-\n  folded\n    more indented\n  back\n', 'folded\n  more indented\nback', 'BLOCK_FOLDED'],
      ['>+ # keep\n  a\n\n', 'a\n\n', 'BLOCK_FOLDED'],
    ];
    for (const [src, value, type] of cases) {
      it(`a: ${src.split('\n')[0]}`, () => {
        const text = `a: ${src}${src.endsWith('\n') ? '' : '\n'}b: 1\n`;
        const f = fastParse(text);
        assert.ok(f, 'fast path');
        const pair = (f.doc.contents as { items: { value: Props }[] }).items[0];
        assert.deepEqual([(f.data as Record<string, unknown>).a, pair.value.type], [value, type]);
        expectSame(text, src);
      });
    }

    it('flow collections, empty values and a __proto__ key', () => {
      const text = 'a: [x, "y", [1, {k: v}]]\nb: { k: , j: [] }\nc: {}\nd:\ne:\n  - \n__proto__: p\nf: [ a b , c ] # t\n';
      const f = fastParse(text);
      assert.ok(f);
      const data = f.data as Record<string, unknown>;
      assert.deepEqual(JSON.parse(JSON.stringify(data)), { a: ['x', 'y', [1, { k: 'v' }]], b: { k: null, j: [] }, c: {}, d: null, e: [null], ['__proto__']: 'p', f: ['a b', 'c'] });
      assert.ok(Object.prototype.hasOwnProperty.call(data, '__proto__') && Object.getPrototypeOf(data) === Object.prototype);
      expectSame(text, 'flow');
    });

    it('comments at every indentation keep yaml\'s ranges', () => {
      expectSame('# head\na:\n  # c\n  - x # t\n    # deeper\n\n  # same\n  - y\n  # after\nb: # c\n\n# top\nc: 1\n', 'comments');
      expectSame('- a: 1\n  b:\n# c\n-\n  # d\n- # e\n', 'comments in sequences');
    });

    it('CRLF line breaks', () => {
      const text = 'a: 1 # c\r\nb:\r\n  - x\r\n\r\n    # deeper\r\n  -\r\nc: |\r\n  x\r\n\r\n  y\r\n\r\nd: >-\r\n  p\r\n  q\r\ne: [a, "b"]\r\n';
      const f = fastParse(text);
      assert.ok(f);
      assert.deepEqual(f.data, { a: 1, b: ['x', null], c: 'x\n\ny\n', d: 'p q', e: ['a', 'b'] });
      expectSame(text, 'crlf');
    });
  });

  describe('bails out (yaml parses it, with its messages)', () => {
    const cases: [string, string][] = [
      ['a tab', 'a:\tb\n'],
      ['a carriage return without line feed', 'a: b\rc: d\n'],
      ['a byte order mark', '\uFEFFa: b\n'],
      ['a document start', '---\na: b\n'],
      ['a document end', 'a: b\n...\n'],
      ['a directive', '%YAML 1.2\n---\na: b\n'],
      ['an anchor', 'a: &x b\nc: d\n'],
      ['an alias', 'a: b\nc: *x\n'],
      ['a tag', 'a: !!str 1\n'],
      ['an explicit key', '? a\n: b\n'],
      ['a multi-line plain scalar', 'a: b\n  c\n'],
      ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
      ['an unterminated quote', 'a: "b\nc: d\n'],
      ['a multi-line flow collection', 'a: [b,\n  c]\n'],
      ['a comment in a flow collection', 'a: [b, # c\n  d]\n'],
      ['a flow collection as key', '[a]: b\n'],
      ['a flow map entry without value', 'a: {b}\n'],
      ['a trailing comma', 'a: [b, ]\n'],
      ['a compact nested mapping', 'a: b: c\n'],
      ['a sequence on the line of its key', 'a: - b\n'],
      ['a key over 1000 characters', `${'k'.repeat(1100)}: v\n`],
      ['a comment without space after a quote', 'a: "b"#c\n'],
      ['a value starting with @', 'a: @b\n'],
      ['a value starting with a backtick', 'a: `b`\n'],
      ['a value starting with %', 'a: %b\n'],
      ['a block scalar indentation indicator', 'a: |2\n   b\n'],
      ['an empty block scalar', 'a: |\nb: c\n'],
      ['a line of spaces in a block scalar', 'a: |\n  b\n  \n  c\n'],
      ['an invalid escape', 'a: "\\q"\n'],
      ['an over-long code point', 'a: "\\U00110000"\n'],
      ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
      ['content indented after a value', 'a: 1\n  b: 2\n'],
      ['a scalar document', 'just text\n'],
      ['an empty document', '# only a comment\n'],
      ['a key without value', 'a: 1\nb\n'],
    ];
    for (const [name, text] of cases) {
      it(name, () => assert.equal(fastParse(text), undefined));
    }
  });

  it('parse() on the fast path reports duplicate keys like the yaml path', () => {
    const p = parse('a: 1\nb:\n  c: 1\n  c: 2\na: 3\n');
    assert.deepEqual(p.syntaxFindings.map((f) => [f.data?.code, f.span.start, f.span.end]), [['DUPLICATE_KEY', 17, 18], ['DUPLICATE_KEY', 22, 23]]);
    assert.equal(p.data, undefined);
  });

  it('reparse() splices a fast-parsed item whose ranges and data equal a full parse', () => {
    const base = generateAnalysis({ lines: 1500 });
    const eol = base.indexOf('\n', base.indexOf('title:', base.indexOf('  - id: R2\n')));
    const text = `${base.slice(0, eol)} # a comment${base.slice(eol)}`;
    const q = reparse(parse(base), text);
    assert.ok(q, 'incremental path taken');
    assert.equal(diffData(q.data, parse(text).data, 'data'), undefined);
  });
});
