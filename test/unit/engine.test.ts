import * as assert from 'node:assert/strict';
import { detectKind, globMatch, isCheckedFile, joinRef, lint, lintOne, positionAt } from '../../src/engine';
import type { Finding } from '../../src/model';

const AS_OF = '2026-12-01';
const one = (text: string, path = 'a.bra.yaml') => lintOne(path, text, { asOf: AS_OF });
const pos = (text: string, f: Finding) => {
  const s = positionAt(text, f.span.start);
  const e = positionAt(text, f.span.end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
};

describe('engine: bad input gives a clear finding, never a crash', () => {
  it('an empty file → one schema finding at 1:1', () => {
    const r = one('');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location, pos('', f), f.data]), [['schema', '$', '1:1-1:1', { keyword: 'type' }]]);
    assert.equal(r.findings[0].message.sv, 'Filen är tom. En behovs- och riskanalys börjar med schema_version och document.');
    assert.equal(r.findings[0].message.en, 'The file is empty. A needs-and-risk analysis starts with schema_version and document.');
  });
  it('a comment-only file → the same empty-file finding', () => {
    assert.deepEqual(one('# bara en kommentar\n').findings.map((f) => f.rule), ['schema']);
  });
  it('binary content → one yaml-syntax finding and nothing else', () => {
    const r = one('\u0000\u0001PK\u0003\u0004');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.data]), [['yaml-syntax', { code: 'BINARY' }]]);
  });
  it('invalid YAML → yaml-syntax findings only (the schema and rules do not run)', () => {
    const r = one('schema_version: "1.0"\ndocument:\n  title: [oavslutad\n');
    assert.ok(r.findings.length > 0);
    assert.ok(r.findings.every((f) => f.rule === 'yaml-syntax'));
  });
  it('a YAML list at the top level → one schema type finding at the root', () => {
    const text = '- a\n- b\n';
    const r = one(text);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location, f.data]), [['schema', '$', { keyword: 'type' }]]);
    assert.equal(r.findings[0].message.sv, 'Fel typ: ska vara en mappning (nyckel: värde), inte en lista.');
    assert.equal(r.findings[0].message.en, 'Wrong type: expected a mapping (key: value), not a list.');
  });
  it('duplicate keys → yaml-syntax DUPLICATE_KEY at the second key', () => {
    const text = 'schema_version: "1.0"\ndocument: {}\ndocument: {}\n';
    const r = one(text);
    assert.deepEqual(r.findings.map((f) => [f.rule, pos(text, f), f.data]), [['yaml-syntax', '3:1-3:9', { code: 'DUPLICATE_KEY' }]]);
  });
});

describe('engine: kinds, globs and references', () => {
  it('detects an analysis and a separate matrix file', () => {
    assert.equal(detectKind('schema_version: "1.0"\ndocument: {}\n'), 'analysis');
    assert.equal(detectKind('schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix: []\n'), 'matrix');
  });
  it('checks files by glob or by content', () => {
    assert.ok(isCheckedFile('x/y/analys.bra.yaml', ''));
    assert.ok(isCheckedFile('x/y/analys.bra.yml', ''));
    assert.ok(isCheckedFile('other.yaml', 'schema_version: "1.0"\ndocument:\n  id: x\n'));
    assert.ok(!isCheckedFile('other.yaml', 'name: ci\non: push\n'));
    assert.ok(!isCheckedFile('notes.txt', 'schema_version: "1.0"\ndocument: {}\n'));
  });
  it('matches globs with **, *, ? and {a,b}', () => {
    assert.ok(globMatch('**/*.bra.yaml', 'a.bra.yaml'));
    assert.ok(globMatch('**/*.bra.yaml', 'a/b/c.bra.yaml'));
    assert.ok(globMatch('analyser/*.{yaml,yml}', 'analyser/x.yml'));
    assert.ok(!globMatch('analyser/*.yaml', 'analyser/sub/x.yaml'));
    assert.ok(globMatch('?.yaml', 'a.yaml'));
  });
  it('joins relative references', () => {
    assert.equal(joinRef('a/b/m.bra.yaml', '../c/x.bra.yaml'), 'a/c/x.bra.yaml');
    assert.equal(joinRef('m.bra.yaml', './x.bra.yaml'), 'x.bra.yaml');
  });
  it('a matrix file whose analysis cannot be read → one BRA045 finding on the analysis value', () => {
    const text = 'schema_version: "1.0"\nanalysis: saknas.bra.yaml\naccess_matrix: []\n';
    const r = lintOne('m.bra.yaml', text, { asOf: AS_OF, resolve: () => ({ error: 'ENOENT' }) });
    assert.deepEqual(r.findings.map((f) => [f.rule, f.location, pos(text, f)]), [['BRA045', '$.analysis', '2:11-2:26']]);
    assert.match(r.findings[0].message.sv, /Analysfilen "saknas.bra.yaml" .* kan inte läsas \(ENOENT\)/);
    assert.match(r.findings[0].message.en, /The analysis file "saknas.bra.yaml" .* cannot be read \(ENOENT\)/);
  });
});

describe('engine: suppressions and severities', () => {
  const base = 'schema_version: "1.0"\ndocument: {}\n';
  it('suppresses a finding on the next line when a reason is given', () => {
    const text = 'schema_version: "1.0"\ndocument: {}\n# bra-disable-next-line schema -- provtext\nokänd: 1\n';
    assert.deepEqual(one(text).findings.filter((f) => f.rule === 'schema'), []);
    assert.deepEqual(one(text).findings.filter((f) => f.rule === 'suppression'), []);
  });
  it('a suppression without a reason is a finding and does not suppress', () => {
    const text = 'schema_version: "1.0"\ndocument: {}\n# bra-disable-next-line schema\nokänd: 1\n';
    const r = one(text).findings;
    assert.ok(r.some((f) => f.rule === 'schema'));
    const s = r.filter((f) => f.rule === 'suppression');
    assert.deepEqual(s.map((f) => [pos(text, f), f.severity, f.data]), [['3:1-3:31', 'warning', { problem: 'no-reason', rules: ['schema'] }]]);
    assert.equal(s[0].message.sv, 'Undertryckningen av schema saknar motivering. Motiveringen är obligatorisk: skriv den efter " -- ".');
  });
  it('a suppression that suppresses nothing is a finding', () => {
    const text = base + '# bra-disable-next-line BRA033 -- gammal\nscope: {}\n';
    const s = one(text).findings.filter((f) => f.rule === 'suppression');
    assert.deepEqual(s.map((f) => f.data), [{ problem: 'unused', rule: 'BRA033' }]);
    assert.equal(s[0].message.en, 'The suppression of BRA033 suppresses nothing on the next line. Remove it or move it to the line above the finding.');
  });
  it('applies severity overrides and off', () => {
    const text = base + 'okänd: 1\n';
    const warn = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF, config: { rules: { schema: 'warning' } } })[0].findings.filter((f) => f.rule === 'schema');
    assert.ok(warn.length > 0 && warn.every((f) => f.severity === 'warning'));
    const off = lint([{ path: 'a.bra.yaml', text }], { asOf: AS_OF, config: { rules: { schema: 'off' } } })[0].findings.filter((f) => f.rule === 'schema');
    assert.deepEqual(off, []);
  });
  it('returns findings sorted by position and never the context-only files', () => {
    const r = lint([{ path: 'a.bra.yaml', text: base }, { path: 'b.bra.yaml', text: '', report: false }], { asOf: AS_OF });
    assert.deepEqual(r.map((x) => x.path), ['a.bra.yaml']);
    const starts = r[0].findings.map((f) => f.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});
