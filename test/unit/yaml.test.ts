import * as assert from 'node:assert/strict';
import { LIMITS, locate, parse, positionAt, walk } from '../../src/yaml';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('yaml: parse', () => {
  it('keeps data and ranges of a normal document', () => {
    const text = 'schema_version: "1.0"\nrisks:\n  - id: R1\n    probability: 2\n';
    const p = parse(text);
    assert.deepEqual(p.syntaxFindings, []);
    assert.deepEqual(p.data, { schema_version: '1.0', risks: [{ id: 'R1', probability: 2 }] });
  });
  it('reads unquoted dates as strings (YAML 1.2 core schema)', () => {
    assert.deepEqual(parse('d: 2026-01-20\n').data, { d: '2026-01-20' });
  });
  it('reports a duplicate key as yaml-syntax on the second key', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    const p = parse(text);
    assert.equal(p.syntaxFindings.length, 1);
    const f = p.syntaxFindings[0];
    assert.equal(f.rule, 'yaml-syntax');
    assert.deepEqual(f.data, { code: 'DUPLICATE_KEY' });
    assert.equal(f.span.start, text.lastIndexOf('a: 3'));
    assert.equal(f.message.sv, 'Nyckeln förekommer flera gånger i samma mappning.');
    assert.equal(f.message.en, 'The key occurs more than once in the same mapping.');
  });
  it('reports invalid YAML without throwing', () => {
    const p = parse('a: [1, 2\nb: "x\n');
    assert.ok(p.syntaxFindings.length > 0);
    assert.ok(p.syntaxFindings.every((f) => f.rule === 'yaml-syntax' && f.severity === 'error'));
  });
  it('refuses binary content with one finding at the first bad byte', () => {
    const p = parse('abc\u0000\u0001\u0002');
    assert.equal(p.syntaxFindings.length, 1);
    assert.deepEqual(p.syntaxFindings[0].data, { code: 'BINARY' });
    assert.deepEqual(p.syntaxFindings[0].span, { start: 3, end: 4 });
    assert.equal(p.doc, undefined);
  });
  it('refuses an alias bomb (billion laughs) in bounded time', () => {
    let bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      bomb += `b${i}: &b${i} [${Array(10).fill(`*${prev}`).join(',')}]\n`;
      prev = `b${i}`;
    }
    const p = parse(bomb);
    assert.deepEqual(p.syntaxFindings.map((f) => f.data), [{ code: 'ALIAS_BOMB' }]);
  });
  it('refuses flow nesting deeper than the limit without parsing', () => {
    const n = 10000;
    const p = parse('a: ' + '['.repeat(n) + ']'.repeat(n));
    assert.deepEqual(p.syntaxFindings.map((f) => f.data), [{ code: 'TOO_DEEP' }]);
    assert.equal(p.syntaxFindings[0].span.start, 3 + LIMITS.maxFlowDepth);
  });
  it('refuses a text over the size limit', () => {
    const p = parse('#'.repeat(LIMITS.maxChars + 1));
    assert.deepEqual(p.syntaxFindings.map((f) => f.data), [{ code: 'TOO_LARGE' }]);
  });
  it('keeps __proto__ and constructor as own keys (no prototype pollution)', () => {
    const p = parse('__proto__:\n  polluted: 1\nconstructor: {x: 1}\n');
    const d = p.data as Record<string, unknown>;
    assert.deepEqual(Object.keys(d), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(d), Object.prototype);
  });
  it('reports several documents in one file', () => {
    const p = parse('a: 1\n---\nb: 2\n');
    assert.equal(p.syntaxFindings[0]?.rule, 'yaml-syntax');
  });
});

describe('yaml: locate', () => {
  const text = [
    'document:', //                                  line 1
    '  title: Analys', //                            line 2
    '  approved: { by: Sara, date: 2026-01-20 }', // line 3
    'risks:', //                                     line 4
    '  - id: R1', //                                 line 5
    '    probability: 2 # kommentar', //             line 6
    '    level:', //                                 line 7
    '  - title: Utan id', //                         line 8
    '',
  ].join('\n');
  const p = parse(text);
  it('finds the key, the value and the pair of a map entry', () => {
    assert.equal(at(text, locate(p, ['document', 'title'], 'key')), 'title');
    assert.equal(at(text, locate(p, ['document', 'title'], 'value')), 'Analys');
    assert.equal(at(text, locate(p, ['document', 'title'], 'pair')), 'title: Analys');
  });
  it('finds values in flow maps', () => {
    assert.equal(at(text, locate(p, ['document', 'approved', 'date'], 'value')), '2026-01-20');
  });
  it('anchors a list item at its id pair, or its first line without an id', () => {
    assert.equal(at(text, locate(p, ['risks', 0])), 'id: R1');
    assert.equal(at(text, locate(p, ['risks', 1])), 'title: Utan id');
  });
  it('does not include a trailing comment in a value', () => {
    assert.equal(at(text, locate(p, ['risks', 0, 'probability'], 'value')), '2');
  });
  it('points an empty value at its key', () => {
    assert.equal(at(text, locate(p, ['risks', 0, 'level'], 'value')), 'level');
  });
  it('points a missing key at the nearest existing parent', () => {
    assert.equal(at(text, locate(p, ['risks', 0, 'severity'], 'key')), 'id: R1');
    assert.equal(at(text, locate(p, ['document', 'version'], 'key')), 'document');
    assert.equal(at(text, locate(p, ['systems'], 'key')), 'document');
  });
  it('walks as far as the path exists', () => {
    assert.equal(walk(p, ['risks', 0, 'nope', 'x']).depth, 2);
  });
  it('gives 1-based positions', () => {
    const s = locate(p, ['risks', 0, 'probability'], 'key');
    assert.deepEqual(positionAt(p, s.start), { line: 6, column: 5 });
  });
});
