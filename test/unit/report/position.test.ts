import * as assert from 'node:assert/strict';
import { lineIndex } from '../../../src/report';

describe('report: lineIndex (offsets → 1-based positions)', () => {
  const text = 'ab\r\ncd\n\n😀x';
  const at = (o: number) => {
    const p = lineIndex(text).at(o);
    return `${p.line}:${p.column}`;
  };
  it('counts lines at \\n and columns in UTF-16 code units, 1-based', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7, 8, 10, 11].map(at), ['1:1', '1:2', '1:3', '1:4', '2:1', '2:3', '3:1', '4:1', '4:3', '4:4']);
  });
  it('clamps offsets outside the text', () => {
    assert.equal(at(-5), '1:1');
    assert.equal(at(999), '4:4');
    assert.equal(at(Number.NaN), '1:1');
  });
  it('an empty text has one line', () => {
    assert.deepEqual(lineIndex('').at(0), { line: 1, column: 1 });
  });
});
