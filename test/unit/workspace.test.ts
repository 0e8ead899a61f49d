/**
 * src/workspace: the one definition of which files belong together (engine, CLI and extension use it).
 * The reference is the YAML value of a top-level `analysis:` (issue #13, item 1: the CLI read `'it''s.yaml'` as
 * `it''s.yaml` and missed a value on the next line; the extension read `"a#1.bra.yaml"` as `a`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisRef, analysisRefOf, analysisTarget, detectKind, joinRef, matricesOf } from '../../src/workspace';
import { parse } from '../../src/yaml';

const ROOT = path.resolve(__dirname, '../../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('workspace: document grouping', () => {
  it('the reference is the YAML value: quotes, #, escapes, a value on the next line, a comment after it', () => {
    const cases: [string, string | undefined][] = [
      ['schema_version: "1.0"\nanalysis: "a#1.bra.yaml"\naccess_matrix: []\n', 'a#1.bra.yaml'],
      ["analysis: 'it''s.yaml'\n", "it's.yaml"],
      ['analysis:\n  a.yaml\naccess_matrix: []\n', 'a.yaml'],
      ['analysis: "a b.yaml" # kommentar\n', 'a b.yaml'],
      ['analysis: x.yaml#frag\n', 'x.yaml#frag'],
      ['analysis: x.yaml # frag\n', 'x.yaml'],
      ['analysis: "\\u0061.yaml"\n', 'a.yaml'],
      ['analysis:   x.yaml   \r\naccess_matrix: []\r\n', 'x.yaml'],
      ['"analysis": q.yaml\n', 'q.yaml'],
      ['analysis: >-\n  folded\n  name.yaml\n', 'folded name.yaml'],
      ['  analysis: indented.yaml\n  access_matrix: []\n', 'indented.yaml'],
      ['# c\n---\nanalysis: after-marker.yaml\n', 'after-marker.yaml'],
      ['{analysis: flow.yaml, access_matrix: []}\n', 'flow.yaml'],
    ];
    for (const [text, want] of cases) {
      assert.equal(analysisRefOf(text), want, JSON.stringify(text));
      assert.equal(analysisRef(parse(text)), want, `parsed: ${JSON.stringify(text)}`);
    }
  });

  it('no reference: not a matrix file (document:), not top level, empty, not a string', () => {
    for (const text of [
      'document:\n  x: 1\nanalysis: x\n',
      'x:\n  analysis: y\n',
      '- analysis: y\n',
      '---\ndocument: {}\nanalysis: y\n',
      'analysis:\n',
      'analysis: ""\n',
      'analysis: [a.yaml]\n',
      'analysis: 12\n',
      'name: ci\non: push\n',
      'x: |\n  analysis: y\n',
    ]) {
      assert.equal(analysisRefOf(text), undefined, JSON.stringify(text));
      assert.equal(analysisRef(parse(text)), undefined, `parsed: ${JSON.stringify(text)}`);
    }
  });

  it('the cheap text reading equals the full parse on every sample and fixture', () => {
    const files = [...yamlFiles(path.join(ROOT, 'samples')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
    assert.ok(files.length > 50, `${files.length} files`);
    let matrices = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const full = analysisRef(parse(text));
      if (full !== undefined) matrices++;
      assert.equal(analysisRefOf(text), full, f);
    }
    assert.ok(matrices > 0);
  });

  it('kind, joining and the matrix files of an analysis', () => {
    assert.equal(detectKind('schema_version: "1.0"\ndocument: {}\n'), 'analysis');
    assert.equal(detectKind('schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix: []\n'), 'matrix');
    assert.equal(joinRef('a/b/m.bra.yaml', '../c/x.bra.yaml'), 'a/c/x.bra.yaml');
    assert.equal(joinRef('m.bra.yaml', './x.bra.yaml'), 'x.bra.yaml');
    assert.equal(joinRef('a/m.yaml', '/abs/x.yaml'), '/abs/x.yaml');
    assert.equal(analysisTarget('d/m.bra.yaml', "analysis: 'it''s.bra.yaml'\n"), "d/it's.bra.yaml");
    const files = [
      { path: 'd/a#1.bra.yaml', text: 'document: {}\n' },
      { path: 'd/m1.bra.yaml', text: 'analysis: "a#1.bra.yaml"\n' },
      { path: 'd/m2.bra.yaml', text: 'analysis:\n  ./a#1.bra.yaml\n' },
      { path: 'd/other.bra.yaml', text: 'analysis: a.bra.yaml\n' },
      { path: 'e/m3.bra.yaml', text: 'analysis: ../d/a#1.bra.yaml\n' },
    ];
    assert.deepEqual(matricesOf('d/a#1.bra.yaml', files).map((f) => f.path), ['d/m1.bra.yaml', 'd/m2.bra.yaml', 'e/m3.bra.yaml']);
  });
});
