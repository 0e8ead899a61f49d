/** The incremental re-parse gives exactly what a full lint gives, on random edits of a generated document. */
import * as assert from 'node:assert/strict';
import { lint } from '../../src/engine';
import type { FileResult } from '../../src/model';
import { parse, reparse } from '../../src/yaml';
import type { ParsedDoc } from '../../src/yaml';
import { generateAnalysis } from '../support/generate';

const AS_OF = '2026-12-01';

function strip(r: FileResult) {
  return r.findings.map((f) => ({ rule: f.rule, severity: f.severity, location: f.location, span: f.span, data: f.data, message: f.message, fixes: f.fixes, related: f.related }));
}

function rnd(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

describe('incremental re-parse', () => {
  const base = generateAnalysis({ lines: 1500, findings: true });

  it('the generator hits its size and plants findings', () => {
    const lines = base.split('\n').length;
    assert.ok(lines > 1200 && lines < 1800, `lines ${lines}`);
    const r = lint([{ path: 'g.bra.yaml', text: base }], { asOf: AS_OF })[0];
    assert.ok(r.findings.length > 0);
  });

  it('re-parses only the edited item: an edit inside a risk keeps the other items\' nodes', () => {
    const p = parse(base);
    const at = base.indexOf('probability: ', base.indexOf('  - id: R2\n'));
    const text = base.slice(0, at + 13) + '9' + base.slice(at + 14);
    const before = (p.doc!.contents as { items: { value: { items: unknown[] } }[] }).items;
    const q = reparse(p, text);
    assert.ok(q, 'incremental path taken');
    assert.deepEqual(q.data, parse(text).data);
    assert.equal((q.doc!.contents as { items: unknown[] }).items, before);
  });

  it('joining an item\'s last line with the next item or key gives the full parse\'s syntax error', () => {
    const a = 'risks:\n  - id: R1\n    title: a\n  - id: R2\n    title: b\nroles: []\n';
    for (const cut of [a.indexOf('title: a') + 8, a.indexOf('title: b') + 8]) {
      const b = a.slice(0, cut) + a.slice(cut + 1);
      assert.equal(reparse(parse(a), b), undefined, JSON.stringify(b));
      const p = parse(b);
      assert.ok(p.syntaxFindings.length > 0, JSON.stringify(b));
      const cache = new Map<string, ParsedDoc>();
      lint([{ path: 'j.bra.yaml', text: a }], { asOf: AS_OF, cache });
      assert.deepEqual(strip(lint([{ path: 'j.bra.yaml', text: b }], { asOf: AS_OF, cache })[0]), strip(lint([{ path: 'j.bra.yaml', text: b }], { asOf: AS_OF })[0]));
    }
  });

  it('text that only looks like an alias (`*viktigt*`) does not turn the incremental path off', () => {
    const at = base.indexOf('title: ', base.indexOf('  - id: R2\n')) + 'title: '.length;
    const marked = `${base.slice(0, at)}Läs *viktigt* först – ${base.slice(at)}`;
    const p = parse(marked);
    assert.equal(p.anchors, false);
    const q = reparse(p, marked.replace('*viktigt*', '*viktigast*'));
    assert.ok(q, 'incremental path taken');
    assert.deepEqual(q.data, parse(marked.replace('*viktigt*', '*viktigast*')).data);
    assert.equal(parse('a: &x 1\nb: *x\n').anchors, true);
  });

  it('falls back (undefined) for edits across items, at top level or that break indentation', () => {
    const cases: [number, number, string][] = [
      [base.indexOf('schema_version'), base.indexOf('schema_version') + 6, 'x'], // a top-level key
      [base.indexOf('  - id: R1\n'), base.indexOf('  - id: R1\n') + 2, ''], // dash indentation changed
      [base.indexOf('  - id: R1\n') - 5, base.indexOf('  - id: R1\n') + 5, 'z'], // across two items
      [base.indexOf('  - id: R2\n') - 1, base.indexOf('  - id: R2\n'), ''], // the line break before the next item
    ];
    for (const [s, e, t] of cases) assert.equal(reparse(parse(base), base.slice(0, s) + t + base.slice(e)), undefined, `${s}-${e}`);
  });

  it('equals a full lint after 300 random edits (with a cache, like the extension), mostly on the incremental path', function () {
    this.timeout(120000); // 600 lints: over mocha's 20 s on a loaded shared machine
    const r = rnd(7);
    const cache = new Map<string, ParsedDoc>();
    let text = base;
    let chain = parse(text);
    let incremental = 0;
    lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF, cache });
    const structural = 'abcxyz019 :-\n#"[]{}';
    const word = 'abcdefghijklmnopqrstuvwxyzåäö0123456789';
    for (let i = 0; i < 300; i++) {
      let pos: number;
      let ch: string;
      if (r() < 0.75) {
        // typing inside a value: after the ": " of a random line
        const line = text.indexOf(': ', Math.floor(r() * text.length));
        if (line === -1) continue;
        const eol = text.indexOf('\n', line);
        pos = line + 2 + Math.floor(r() * Math.max(1, eol - line - 2));
        ch = word[Math.floor(r() * word.length)];
      } else {
        pos = Math.floor(r() * text.length);
        ch = structural[Math.floor(r() * structural.length)];
      }
      const k = r();
      text = k < 0.5 ? text.slice(0, pos) + ch + text.slice(pos) : k < 0.8 ? text.slice(0, pos) + text.slice(pos + 1) : text.slice(0, pos) + ch + text.slice(pos + 1);
      const q = reparse(chain, text);
      if (q) incremental++;
      chain = q ?? parse(text);
      const fresh = parse(text);
      assert.deepEqual(chain.data, fresh.data, `data after edit ${i}`);
      assert.deepEqual(chain.lineStarts, fresh.lineStarts, `line starts after edit ${i}`);
      const inc = lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF, cache })[0];
      const full = lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF })[0];
      assert.deepEqual(strip(inc), strip(full), `edit ${i} at ${pos}`);
      if (chain.syntaxFindings.length > 0) {
        text = base; // start again from a valid document so that the incremental path keeps being exercised
        chain = parse(text);
      }
    }
    assert.ok(incremental >= 150, `incremental path taken ${incremental}/300 times`);
  });

  it('a comment appended after the last item: the cached lint equals the full lint (insert-fixes at 88, not 92)', () => {
    const a = 'schema_version: "1.0"\ndocument:\n  id: X\nlog_controls:\n  - id: LK1\n    on_suspicion: true\n';
    const r = rnd(9426);
    const tails = ['# c\n'];
    for (let i = 0; i < 12; i++) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () => (r() < 0.2 ? '' : `${' '.repeat(Math.floor(r() * 7))}#${r() < 0.5 ? ' ' : ''}${'kommentar'.slice(0, 1 + Math.floor(r() * 9))}`));
      tails.push(lines.join('\n') + (r() < 0.8 ? '\n' : ''));
    }
    for (const tail of tails) {
      const cache = new Map<string, ParsedDoc>();
      lint([{ path: 'l.bra.yaml', text: a }], { asOf: AS_OF, cache });
      const b = a + tail;
      const inc = lint([{ path: 'l.bra.yaml', text: b }], { asOf: AS_OF, cache })[0];
      const full = lint([{ path: 'l.bra.yaml', text: b }], { asOf: AS_OF })[0];
      assert.equal(JSON.stringify(inc), JSON.stringify(full), JSON.stringify(tail));
      if (tail === '# c\n') {
        const bra008 = inc.findings.find((f) => f.rule === 'BRA008')!;
        assert.equal(bra008.fixes![0].edits[0].start, 88);
      }
    }
  });

  it('comment lines inserted at any line and indentation: the cached lint equals the full lint', function () {
    this.timeout(60000);
    const r = rnd(2376);
    const small = generateAnalysis({ lines: 300, findings: true });
    const starts = [0];
    for (let i = small.indexOf('\n'); i !== -1 && i < small.length - 1; i = small.indexOf('\n', i + 1)) starts.push(i + 1);
    starts.push(small.length);
    for (let i = 0; i < 60; i++) {
      const at = starts[Math.floor(r() * starts.length)];
      const text = `${small.slice(0, at)}${' '.repeat(Math.floor(r() * 7))}# c${i}\n${small.slice(at)}`;
      const cache = new Map<string, ParsedDoc>();
      lint([{ path: 'c.bra.yaml', text: small }], { asOf: AS_OF, cache });
      const inc = lint([{ path: 'c.bra.yaml', text }], { asOf: AS_OF, cache })[0];
      const full = lint([{ path: 'c.bra.yaml', text }], { asOf: AS_OF })[0];
      assert.equal(JSON.stringify(inc), JSON.stringify(full), `comment at ${at}`);
    }
  });

  it('stays equal to a full lint over 150 consecutive incremental edits (lazy range shifts and their compaction)', () => {
    const r = rnd(11);
    const cache = new Map<string, ParsedDoc>();
    let text = base;
    lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF, cache });
    let incremental = 0;
    for (let i = 1; i <= 150; i++) {
      // insert or delete a letter inside a `title:`/`context:`/`role:` value (the document stays valid YAML)
      const re = /\b(title|context|role|label): /g;
      re.lastIndex = Math.floor(r() * text.length);
      const m = re.exec(text) ?? /\b(title|context|role|label): /g.exec(text)!;
      const pos = m.index + m[0].length;
      const before = cache.get('g.bra.yaml');
      text = r() < 0.6 ? text.slice(0, pos) + 'x' + text.slice(pos) : text.slice(0, pos) + text.slice(pos + 1);
      const inc = lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF, cache })[0];
      if (cache.get('g.bra.yaml')?.doc === before?.doc) incremental++;
      if (i % 10 === 0 || i > 60 && i < 70) {
        const full = lint([{ path: 'g.bra.yaml', text }], { asOf: AS_OF })[0];
        assert.deepEqual(strip(inc), strip(full), `after edit ${i}`);
      }
    }
    assert.ok(incremental >= 140, `incremental ${incremental}/150`);
  });
});
