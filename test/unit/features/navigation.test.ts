import * as assert from 'node:assert/strict';
import { codeLenses, definitions, documentSymbols, references, rename } from '../../../src/features';
import { applyEdits } from '../../../src/fixes';
import { parse } from '../../../src/yaml';
import { ANALYSIS } from './helpers';

const MATRIX = 'schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix:\n  - id: M1\n    role: "lak"\n    system: journal\n    regime: inner_secrecy\n    justified_by: [N1]\n';

describe('features/navigation, outline and code lens', () => {
  const a = { path: '/w/a.bra.yaml', p: parse(ANALYSIS) };
  const m = { path: '/w/m.bra.yaml', p: parse(MATRIX) };
  const docs = [a, m];

  it('goes from a reference in a matrix file to the definition in the analysis', () => {
    const d = definitions(docs, m, MATRIX.indexOf('lak') + 1);
    assert.deepEqual(d, [{ path: a.path, span: { start: ANALYSIS.indexOf('id: lak') + 4, end: ANALYSIS.indexOf('id: lak') + 7 }, def: true }]);
  });
  it('finds the references of a need in both files', () => {
    const r = references(docs, a, ANALYSIS.indexOf('id: N1') + 5);
    assert.deepEqual(r.map((x) => [x.path, x.def]), [[a.path, true], [a.path, false], [m.path, false]]);
  });
  it('renames an id everywhere, keeping quotes', () => {
    const res = rename(docs, a, ANALYSIS.indexOf('id: lak') + 5, 'lakare');
    assert.ok(res && 'edits' in res);
    assert.match(applyEdits(MATRIX, res.edits.get(m.path)!), /role: "lakare"/);
    const renamed = applyEdits(ANALYSIS, res.edits.get(a.path)!);
    assert.match(renamed, /- id: lakare\n/);
    assert.match(renamed, /role: lakare\n/);
    assert.ok(rename(docs, a, ANALYSIS.indexOf('id: lak') + 5, 'not valid') && 'error' in rename(docs, a, ANALYSIS.indexOf('id: lak') + 5, 'not valid')!);
  });
  it('outlines the sections with their entities', () => {
    const s = documentSymbols(a.p, 'analysis', 'sv');
    const roles = s.find((x) => x.name === 'roles')!;
    assert.equal(roles.detail, 'Personalkategorier/roller');
    assert.deepEqual(roles.children.map((c) => [c.name, c.detail, c.children.map((n) => n.name)]), [['lak', 'Läkare', ['N1']], ['ssk', 'Sjuksköterska', ['N2']]]);
    assert.deepEqual(s.find((x) => x.name === 'access_matrix')!.children.map((c) => [c.name, c.detail]), [['A1', 'lak · journal · inner_secrecy']]);
    assert.deepEqual(s.find((x) => x.name === 'scope')!.children.map((c) => c.name), ['vc']);
    for (const sym of s) assert.ok(sym.span.start <= sym.selection.start && sym.selection.end <= sym.span.end);
  });
  it('puts the risk level from the matrix and the matched need in code lenses', () => {
    assert.deepEqual(codeLenses(a.p, 'sv').map((l) => l.title), ['Visa riskkarta', 'Risknivå: Hög (8)', 'Behov: N1 (lak)']);
    assert.deepEqual(codeLenses(a.p, 'en').map((l) => l.title), ['Show risk map', 'Risk level: High (8)', 'Need: N1 (lak)']);
    assert.deepEqual(codeLenses(m.p, 'en', { analysis: a.p }).map((l) => l.title), ['Need: N1 (lak)']);
    // the analysis's own scale (risk_method): the stated level with the values as written; a value off the scale or a
    // missing one is not "not assessed" unless both are missing (issue #11)
    const own = parse('schema_version: "1.0"\nrisk_method: { probability: [Osannolik, Möjlig, Sannolik], severity: [1, 2, 3, 4, 5] }\nrisks:\n'
      + '  - { id: R1, probability: Sannolik, severity: 5, level: very_high, residual: { probability: Möjlig, severity: 5, level: high } }\n'
      + '  - { id: R2, probability: Stor, severity: 2 }\n  - { id: R3, title: x }\n');
    assert.deepEqual(codeLenses(own, 'sv').slice(1).map((l) => l.title), [
      'Risknivå: Mycket hög (Sannolik × 5, analysens skala) → efter åtgärder: Hög (Möjlig × 5, analysens skala)',
      'Risknivå: kan inte bestämmas (sannolikhet eller konsekvens saknas eller finns inte på skalan)',
      'Risknivå: ej bedömd (sannolikhet och konsekvens saknas)',
    ]);
    assert.equal(codeLenses(own, 'en')[1].title, "Risk level: Very high (Sannolik × 5, the analysis's scale) → after measures: High (Möjlig × 5, the analysis's scale)");
    const noNeed = parse(ANALYSIS.replace('    justified_by: [N1]\n', '').replace('role: lak', 'role: ssk'));
    assert.equal(codeLenses(noNeed, 'sv')[2].title, 'Inget dokumenterat behov');
    // the risk-map lens sits on the `risks` key; no risks, no lens
    const map = codeLenses(a.p, 'sv')[0];
    assert.deepEqual([map.about, ANALYSIS.slice(map.span.start, map.span.end)], ['riskmap', 'risks']);
    assert.equal(ANALYSIS.lastIndexOf('\n', map.span.start) + 1, map.span.start);
    const noRisks = parse(ANALYSIS.replace(/^risks:\n(  .*\n|\n)*/m, 'risks: []\n'));
    assert.equal(codeLenses(noRisks, 'sv').some((l) => l.about === 'riskmap'), false);
  });
});
