import * as assert from 'node:assert/strict';
import { appendItems, applyEdits, insertEntries, removeAt, renameKey, replaceValue, setValue } from '../../src/fixes';
import { parse } from '../../src/yaml';

const fix = (text: string, f: (p: ReturnType<typeof parse>) => ReturnType<typeof insertEntries>) => applyEdits(text, f(parse(text)));

describe('fixes: minimal edits that keep comments and formatting', () => {
  const doc = ['# Analys', 'document:', '  title: Analys   # rubrik', '  version: "1"', 'risks:', '  - id: R1 # första', '    probability: 2', ''].join('\n');

  it('inserts entries after the last pair of a block map, same indentation', () => {
    assert.equal(fix(doc, (p) => insertEntries(p, ['document'], { status: 'draft', approved: { by: '', date: null } })),
      ['# Analys', 'document:', '  title: Analys   # rubrik', '  version: "1"', '  status: draft', '  approved:', '    by: ""', '    date:', 'risks:', '  - id: R1 # första', '    probability: 2', ''].join('\n'));
  });
  it('skips keys already present', () => {
    assert.deepEqual(insertEntries(parse(doc), ['document'], { title: 'x' }), []);
  });
  it('inserts into a flow map', () => {
    assert.equal(fix('a: { b: 1 }\n', (p) => insertEntries(p, ['a'], { c: 2 })), 'a: { b: 1, c: 2 }\n');
  });
  it('creates a missing parent map', () => {
    assert.equal(fix(doc, (p) => insertEntries(p, ['access_governance', 'review'], { interval_months: 12 })),
      doc + 'access_governance:\n  review:\n    interval_months: 12\n');
  });
  it('fills a key written with no value', () => {
    assert.equal(fix('a: 1\nb:\nc: 2\n', (p) => insertEntries(p, ['b'], { x: 1 })), 'a: 1\nb:\n  x: 1\nc: 2\n');
  });
  it('inserts into a list item map', () => {
    assert.equal(fix(doc, (p) => insertEntries(p, ['risks', 0], { severity: 3 })), doc.replace('probability: 2\n', 'probability: 2\n    severity: 3\n'));
  });
  it('appends to a block sequence with the dash indentation', () => {
    assert.equal(fix(doc, (p) => appendItems(p, ['risks'], [{ id: 'R2', systems: ['journal'] }])),
      doc.replace('probability: 2\n', 'probability: 2\n  - id: R2\n    systems: [journal]\n'));
  });
  it('appends to a flow sequence', () => {
    assert.equal(fix('t: [a, b] # x\n', (p) => appendItems(p, ['t'], ['c'])), 't: [a, b, c] # x\n');
    assert.equal(fix('t: []\n', (p) => appendItems(p, ['t'], ['c'])), 't: [c]\n');
  });
  it('creates a missing sequence under its parent', () => {
    assert.equal(fix('a: 1\n', (p) => appendItems(p, ['log_controls'], [{ id: 'LK1' }])), 'a: 1\nlog_controls:\n  - id: LK1\n');
  });
  it('replaces a scalar value and keeps the comment', () => {
    assert.equal(fix('level: high # hög\n', (p) => replaceValue(p, ['level'], 'medium')), 'level: medium # hög\n');
  });
  it('sets an empty value', () => {
    assert.equal(fix('level:\nx: 1\n', (p) => setValue(p, [], 'level', 'low')), 'level: low\nx: 1\n');
  });
  it('removes a pair with its line', () => {
    assert.equal(fix('a: 1\nsytem: x\nb: 2\n', (p) => removeAt(p, ['sytem'])), 'a: 1\nb: 2\n');
  });
  it('renames a key', () => {
    assert.equal(fix('a: 1\nsytem: x\n', (p) => renameKey(p, ['sytem'], 'system')), 'a: 1\nsystem: x\n');
  });
  it('keeps CRLF line endings', () => {
    assert.equal(fix('a:\r\n  b: 1\r\n', (p) => insertEntries(p, ['a'], { c: 2 })), 'a:\r\n  b: 1\r\n  c: 2\r\n');
  });
  it('keeps lone CR line endings (YAML 1.2 line breaks): inserts, appends and removes line by line', () => {
    assert.equal(fix('a:\r  b: 1\rc: 2\r', (p) => insertEntries(p, ['a'], { d: 2 })), 'a:\r  b: 1\r  d: 2\rc: 2\r');
    assert.equal(fix('a:\rb: 1\r', (p) => insertEntries(p, ['a'], { x: 1, y: { z: 2 } })), 'a:\r  x: 1\r  y:\r    z: 2\rb: 1\r');
    assert.equal(fix('t:\r  - x # c\ru: 1\r', (p) => appendItems(p, ['t'], [{ id: 'y', n: 1 }])), 't:\r  - x # c\r  - id: y\r    n: 1\ru: 1\r');
    assert.equal(fix('a: 1\r', (p) => appendItems(p, ['log_controls'], [{ id: 'LK1' }])), 'a: 1\rlog_controls:\r  - id: LK1\r');
    assert.equal(fix('a: 1\rsytem: x\rb: 2\r', (p) => removeAt(p, ['sytem'])), 'a: 1\rb: 2\r');
    assert.equal(fix('a: 1\rsytem: x\rb: 2\r', (p) => renameKey(p, ['sytem'], 'system')), 'a: 1\rsystem: x\rb: 2\r');
  });
  it('quotes strings that YAML would read as something else', () => {
    assert.equal(fix('a: 1\n', (p) => insertEntries(p, [], { v: '1.0', w: 'yes', x: 'Text: med kolon', y: 'vanlig text' })),
      'a: 1\nv: "1.0"\nw: "yes"\nx: "Text: med kolon"\ny: vanlig text\n');
  });
});

describe('fixes: flow collections', () => {
  it('fills a null item of a flow sequence inline', () => {
    assert.equal(fix('a: [null, 1]\n', (p) => insertEntries(p, ['a', 0], { id: 'x' })), 'a: [{ id: x }, 1]\n');
  });
});
