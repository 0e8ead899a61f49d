/**
 * Input that other YAML tools read and `bra` must read the same way (security audit D4, L4, L5, L7): lone CR line
 * breaks (YAML 1.2 §5.4), typed scalars and `%YAML 1.1`, collections as keys, UTF-16/UTF-32 files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, positionAt } from '../../src/engine';
import { applyEdits } from '../../src/fixes';
import type { FileResult, Finding } from '../../src/model';
import { eolOf, lineStartsOf, parse, reparse } from '../../src/yaml';
import type { ParsedDoc } from '../../src/yaml';

const AS_OF = '2026-12-01';
const REPO = path.resolve(__dirname, '../../..');
const sample = (p: string) => fs.readFileSync(path.join(REPO, 'samples', p), 'utf8');
const ANALYSIS = sample('psykiatri-norrby/analys.bra.yaml');
const MATRIX = sample('psykiatri-norrby/behorighetsmatris.bra.yaml');
const SOLGLANTAN = sample('vardcentralen-solglantan.bra.yaml');
const KRY = sample('brister/kry-liknande-2019.bra.yaml');
const cr = (t: string) => t.replace(/\n/g, '\r');

/** Lint an analysis and its matrix together, as `bra check` does for the folder. */
function lintPair(analysis: string, matrix: string): FileResult[] {
  return lint([{ path: 'psy/analys.bra.yaml', text: analysis }, { path: 'psy/behorighetsmatris.bra.yaml', text: matrix }], { asOf: AS_OF });
}
const at = (text: string, f: Finding) => {
  const s = positionAt(text, f.span.start);
  const e = positionAt(text, f.span.end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
};
const brief = (r: FileResult) => r.findings.map((f) => [f.rule, f.location, at(r.text, f), f.data ?? {}]);
const same = (r: FileResult) => r.findings.map((f) => ({ rule: f.rule, location: f.location, span: f.span, message: f.message, data: f.data }));

describe('yaml input: lone CR line breaks are line breaks (YAML 1.2 §5.4)', () => {
  it('`a: 1   # c\\rb: 2` reads {a: 1, b: 2}, as YAML 1.2 does', () => {
    const p = parse('a: 1   # c\rb: 2');
    assert.deepEqual(p.syntaxFindings, []);
    assert.deepEqual(p.data, { a: 1, b: 2 });
  });

  it('an analysis saved with CR-only line endings is checked like the LF file (not "empty"), at the same places', () => {
    for (const text of [SOLGLANTAN, ANALYSIS, KRY]) {
      const lf = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF })[0];
      const onlyCr = lint([{ path: 'a.bra.yaml', text: cr(text) }], { asOf: AS_OF })[0];
      assert.ok(!onlyCr.findings.some((f) => f.message.en.startsWith('The file is empty')));
      assert.deepEqual(same(onlyCr), same(lf));
      // line:column count a lone CR as a line break, as editors do
      assert.deepEqual(brief(onlyCr), brief(lf));
    }
  });

  it('mixed CR / CRLF / LF line breaks read as the LF file', () => {
    let i = 0;
    const mixed = SOLGLANTAN.replace(/\n/g, () => ['\r', '\r\n', '\n'][i++ % 3]);
    const lf = lint([{ path: 'a.bra.yaml', text: SOLGLANTAN }], { asOf: AS_OF })[0];
    const m = lint([{ path: 'a.bra.yaml', text: mixed }], { asOf: AS_OF })[0];
    assert.deepEqual(m.findings.map((f) => [f.rule, f.location, at(m.text, f)]), lf.findings.map((f) => [f.rule, f.location, at(lf.text, f)]));
  });

  it('the hidden widening `patient_scope: care_relation   # granskad 2026-03\\r    patient_scope: all_patients` is seen', () => {
    const edited = MATRIX.replace('    patient_scope: care_relation\n', '    patient_scope: care_relation   # granskad 2026-03\r    patient_scope: all_patients\n');
    assert.notEqual(edited, MATRIX);
    const [, m] = lintPair(ANALYSIS, edited);
    // the second patient_scope is on its own line (13), as PyYAML and editors see it: a duplicate key
    assert.deepEqual(brief(m), [['yaml-syntax', '$', '13:5-13:18', { code: 'DUPLICATE_KEY' }]]);
  });

  it('line starts and positions count CR, LF and CRLF once each', () => {
    assert.deepEqual(lineStartsOf('a\rb\r\nc\nd\r'), [0, 2, 5, 7, 9]);
    const text = 'a: 1\rb: 2\r\nc: 3\nd: 4';
    assert.deepEqual([0, 5, 11, 16].map((o) => positionAt(text, o)), [1, 2, 3, 4].map((line) => ({ line, column: 1 })));
    assert.deepEqual(parse(text).lineStarts, [0, 5, 11, 16]);
  });

  it('fixes use the document\'s line ending: a fix on the CR-only file is the LF file\'s fix with CR', () => {
    const lf = lint([{ path: 'a.bra.yaml', text: KRY }], { asOf: AS_OF })[0];
    const onlyCr = lint([{ path: 'a.bra.yaml', text: cr(KRY) }], { asOf: AS_OF })[0];
    const syntaxAfter = (t: string) => lint([{ path: 'a.bra.yaml', text: t }], { asOf: AS_OF })[0].findings.filter((x) => x.rule === 'yaml-syntax').length;
    let n = 0;
    for (const [i, f] of lf.findings.entries()) {
      for (const [j, fix] of (f.fixes ?? []).entries()) {
        const want = applyEdits(KRY, fix.edits);
        const got = applyEdits(cr(KRY), onlyCr.findings[i].fixes![j].edits);
        assert.equal(got, cr(want), `${f.rule}: ${fix.title.en}`);
        assert.equal(syntaxAfter(got), syntaxAfter(want), `${f.rule}: ${fix.title.en} leaves YAML as valid as on the LF file`);
        n++;
      }
    }
    assert.ok(n >= 30, `${n} fixes compared`);
    assert.equal(eolOf(parse('a: 1\rb: 2\r')), '\r');
    assert.equal(eolOf(parse('a: 1\r\nb: 2\r')), '\r\n');
    assert.equal(eolOf(parse('a: 1\nb: 2\nc: 3\r')), '\n');
  });

  describe('the audit\'s minimised BRA034 case: a matrix beside the psykiatri analysis, lines separated by lone CR', () => {
    const comment = MATRIX.match(/time_limit: P6M +(#[^\n]*)/)![1];
    const head = `analysis: analys.bra.yaml\naccess_matrix:\n  - id: PM-01\n    system: journal\n    time_limit: P6M   ${comment}\r`;

    it('reads justified_by and risks_considered after the CR: no BRA034 for PM-01', () => {
      const matrix = `${head}    justified_by: [N-NPU-J]\r    risks_considered: [R1, R4, R8]\r`;
      const [, m] = lintPair(ANALYSIS, matrix);
      assert.deepEqual(parse(matrix).data, { analysis: 'analys.bra.yaml', access_matrix: [{ id: 'PM-01', system: 'journal', time_limit: 'P6M', justified_by: ['N-NPU-J'], risks_considered: ['R1', 'R4', 'R8'] }] });
      assert.ok(!m.findings.some((f) => f.rule === 'BRA034' || f.rule === 'yaml-syntax'), JSON.stringify(brief(m)));
      // every quick-fix offered keeps the file valid YAML
      for (const f of m.findings) {
        for (const fix of f.fixes ?? []) {
          const after = lintPair(ANALYSIS, applyEdits(matrix, fix.edits))[1];
          assert.ok(!after.findings.some((x) => x.rule === 'yaml-syntax'), `${f.rule}: ${fix.title.en}`);
        }
      }
    });

    it('without risks_considered, all lines ending in CR: BRA034\'s fix appends it with a CR and leaves valid YAML', () => {
      const matrix = cr(`${head}    justified_by: [N-NPU-J]\r`);
      const [, m] = lintPair(ANALYSIS, matrix);
      const f = m.findings.find((x) => x.rule === 'BRA034');
      assert.ok(f, JSON.stringify(brief(m)));
      assert.equal(at(matrix, f), '3:5-3:14');
      const fixed = applyEdits(matrix, f.fixes![0].edits);
      assert.equal(fixed, cr(`${head}    justified_by: [N-NPU-J]\r    risks_considered: [R1, R2, R3, R4, R7, R8, R9]\r`));
      const after = lintPair(ANALYSIS, fixed)[1];
      assert.ok(!after.findings.some((x) => x.rule === 'yaml-syntax' || x.rule === 'BRA034'), JSON.stringify(brief(after)));
    });

    it('without risks_considered, LF and CR lines as in the audit: the fix leaves valid YAML and removes BRA034', () => {
      const matrix = `${head}    justified_by: [N-NPU-J]\r`;
      const f = lintPair(ANALYSIS, matrix)[1].findings.find((x) => x.rule === 'BRA034');
      assert.ok(f);
      const after = lintPair(ANALYSIS, applyEdits(matrix, f.fixes![0].edits))[1];
      assert.ok(!after.findings.some((x) => x.rule === 'yaml-syntax' || x.rule === 'BRA034'), JSON.stringify(brief(after)));
    });
  });

  it('the incremental re-parse of a CR-only document equals a full parse, and a cached lint equals a full lint', () => {
    const text = cr(KRY);
    const p = parse(text);
    assert.equal(p.source, text);
    const pos = text.indexOf('title: ', text.indexOf('- id: R2')) + 'title: '.length;
    const edited = `${text.slice(0, pos)}x${text.slice(pos)}`;
    const q = reparse(p, edited);
    assert.ok(q, 'incremental path taken');
    assert.equal(q.source, edited);
    const full = parse(edited);
    assert.deepEqual([q.data, q.lineStarts], [full.data, full.lineStarts]);
    const cache = new Map<string, ParsedDoc>();
    lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF, cache });
    // a CR → LF change is an edit too (same normalised text, other source)
    for (const t of [edited, `${edited.slice(0, -1)}\n`, edited]) {
      const inc = lint([{ path: 'a.bra.yaml', text: t }], { asOf: AS_OF, cache })[0];
      assert.equal(JSON.stringify(inc), JSON.stringify(lint([{ path: 'a.bra.yaml', text: t }], { asOf: AS_OF })[0]));
      assert.equal(eolOf(cache.get('a.bra.yaml')!), '\r');
    }
  });
});

describe('yaml input: typed scalars and %YAML 1.1 keep dates as the text written', () => {
  const plain = lint([{ path: 'a.bra.yaml', text: ANALYSIS }], { asOf: AS_OF })[0];

  it('`next_review: !!timestamp 2027-02-09` reaches the schema and the rules as the string', () => {
    const text = ANALYSIS.replace('next_review: 2027-02-09', 'next_review: !!timestamp 2027-02-09');
    assert.notEqual(text, ANALYSIS);
    assert.equal((parse(text).data as { document: { next_review: unknown } }).document.next_review, '2027-02-09');
    const r = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF })[0];
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location]), plain.findings.map((f) => [f.rule, f.location]));
  });

  it('`approved: { …, date: !!timestamp 2026-02-09 }` likewise (no BRA001/BRA002 "missing date")', () => {
    const text = ANALYSIS.replace('date: 2026-02-09 }', 'date: !!timestamp 2026-02-09 }');
    assert.notEqual(text, ANALYSIS);
    const r = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF })[0];
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location]), plain.findings.map((f) => [f.rule, f.location]));
  });

  it('a `%YAML 1.1` directive reads with the YAML 1.2 core schema: dates stay text, `yes` stays text', () => {
    const text = `%YAML 1.1\n---\n${ANALYSIS}`;
    const p = parse(text);
    assert.deepEqual(p.syntaxFindings, []);
    assert.deepEqual(p.data, parse(ANALYSIS).data);
    assert.deepEqual(parse('%YAML 1.1\n---\na: yes\nb: 2026-01-01\nc: 0755\n').data, { a: 'yes', b: '2026-01-01', c: 755 });
    const r = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF })[0];
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location]), plain.findings.map((f) => [f.rule, f.location]));
  });
});

describe('yaml input: a collection as a key', () => {
  it('`? { id: x }` gives one COMPLEX_KEY finding on the key and prints nothing on stderr', () => {
    const warnings: unknown[] = [];
    const onWarning = (w: unknown) => warnings.push(w);
    const emit = process.emitWarning;
    process.emitWarning = ((w: unknown) => warnings.push(w)) as typeof process.emitWarning;
    process.on('warning', onWarning);
    try {
      const text = 'schema_version: "1.0"\n? { id: x }\n: 1\n';
      const r = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF })[0];
      assert.deepEqual(brief(r), [['yaml-syntax', '$', '2:3-2:12', { code: 'COMPLEX_KEY' }]]);
      assert.equal(r.findings[0].message.en, 'A key must be plain text, not a list or a mapping (such as `? { id: x }`).');
      assert.equal(r.findings[0].message.sv, 'En nyckel måste vara en enkel text, inte en lista eller mappning (som `? { id: x }`).');
      assert.deepEqual(brief(lint([{ path: 'a.bra.yaml', text: 'a:\n  ? [b, c]\n  : 1\n' }], { asOf: AS_OF })[0]), [['yaml-syntax', '$', '2:5-2:11', { code: 'COMPLEX_KEY' }]]);
    } finally {
      process.emitWarning = emit;
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, []);
  });
});

describe('yaml input: UTF-16 and UTF-32 files', () => {
  const text = 'schema_version: "1.0"\ndocument:\n  title: Åtkomst\n';
  const asUtf8 = (b: Buffer) => b.toString('utf8');
  const utf16le = (t: string) => Buffer.from(t, 'utf16le');
  const utf16be = (t: string) => utf16le(t).swap16();
  const utf32le = (t: string) => {
    const cps = [...t].map((c) => c.codePointAt(0)!);
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((c, i) => b.writeUInt32LE(c, i * 4));
    return b;
  };
  const cases: [string, Buffer, string][] = [
    ['UTF-16LE with BOM', utf16le(`\uFEFF${text}`), 'UTF-16LE'],
    ['UTF-16BE with BOM', utf16be(`\uFEFF${text}`), 'UTF-16BE'],
    ['UTF-16LE without BOM', utf16le(text), 'UTF-16LE'],
    ['UTF-16BE without BOM', utf16be(text), 'UTF-16BE'],
    ['UTF-32LE with BOM', utf32le(`\uFEFF${text}`), 'UTF-32LE'],
    ['UTF-32BE without BOM', utf32le(text).swap32(), 'UTF-32BE'],
  ];
  for (const [name, bytes, enc] of cases) {
    it(`${name} read as UTF-8 → one clear ENCODING finding naming ${enc}`, () => {
      const r = lint([{ path: 'a.bra.yaml', text: asUtf8(bytes) }], { asOf: AS_OF })[0];
      assert.deepEqual(r.findings.map((f) => [f.rule, f.span, f.data]), [['yaml-syntax', { start: 0, end: 0 }, { code: 'ENCODING' }]]);
      assert.equal(r.findings[0].message.en, `The file is encoded as ${enc}, not UTF-8. Save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8) and check it again.`);
      assert.equal(r.findings[0].message.sv, `Filen är sparad som ${enc}, inte som UTF-8. Spara den som UTF-8 (i VS Code: "Spara med kodning" → UTF-8) och kontrollera igen.`);
    });
  }

  it('a U+FFFD (an undecodable byte) → ENCODING at that character, naming the cause', () => {
    const t = asUtf8(Buffer.concat([Buffer.from('schema_version: "1.0"\ndocument:\n  title: V'), Buffer.from([0xe5]), Buffer.from('rd\n')]));
    const r = lint([{ path: 'a.bra.yaml', text: t }], { asOf: AS_OF })[0];
    assert.deepEqual(brief(r), [['yaml-syntax', '$', '3:11-3:12', { code: 'ENCODING' }]]);
    assert.match(r.findings[0].message.en, /replacement character U\+FFFD .*not saved as UTF-8/);
  });

  it('binary content that is not UTF-16 stays BINARY', () => {
    const r = lint([{ path: 'a.bra.yaml', text: '\u0000\u0001PK\u0003\u0004' }], { asOf: AS_OF })[0];
    assert.deepEqual(r.findings.map((f) => f.data), [{ code: 'BINARY' }]);
  });
});
