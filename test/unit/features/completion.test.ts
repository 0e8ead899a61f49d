import * as assert from 'node:assert/strict';
import { complete, yamlSnippet } from '../../../src/features';
import type { CompletionEntry } from '../../../src/features';
import { parse } from '../../../src/yaml';
import { ANALYSIS, caret } from './helpers';

function at(marked: string, lang: 'sv' | 'en' = 'sv', kind: 'analysis' | 'matrix' = 'analysis', analysis?: string): CompletionEntry[] {
  const { text, offset } = caret(marked);
  return complete(text, offset, { kind, lang, analysis: analysis === undefined ? undefined : parse(analysis) });
}
const labels = (c: CompletionEntry[]) => c.map((e) => e.label);

describe('features/completion', () => {
  it('offers the keys the schema allows that are not yet present, with Swedish titles', () => {
    const c = at('schema_version: "1.0"\ndocument:\n  title: x\n  |\n');
    assert.ok(labels(c).includes('status'));
    assert.ok(!labels(c).includes('title'), 'present keys are not offered');
    const status = c.find((e) => e.label === 'status')!;
    assert.equal(status.kind, 'property');
    assert.equal(status.detail, 'Status');
    assert.equal(status.insertText, 'status: ${1|draft,approved,superseded|}');
  });
  it('gives English titles in English', () => {
    const c = at('risks:\n  - id: R1\n    |\n', 'en');
    assert.equal(c.find((e) => e.label === 'probability')!.detail, 'Probability');
    assert.equal(c.find((e) => e.label === 'description')!.detail, 'Scenario');
  });
  it('completes a half-typed key and replaces the word', () => {
    const { text, offset } = caret('risks:\n  - id: R1\n    prob|\n');
    const c = complete(text, offset, { kind: 'analysis', lang: 'sv' });
    const p = c.find((e) => e.label === 'probability')!;
    assert.deepEqual(p.range, { start: text.indexOf('prob'), end: text.indexOf('prob') + 4 });
  });
  it('offers block bodies for lists of objects and flow lists for id lists', () => {
    const c = at('risks:\n  - id: R1\n    |\n');
    assert.equal(c.find((e) => e.label === 'consequences')!.insertText, 'consequences:\n      - $0');
    assert.equal(c.find((e) => e.label === 'systems')!.insertText, 'systems: [$0]');
  });
  it('offers enum codes with their labels', () => {
    const c = at('risks:\n  - id: R1\n    probability: |\n');
    assert.deepEqual(c.map((e) => [e.label, e.detail]), [['1', 'Mycket liten'], ['2', 'Liten'], ['3', 'Stor'], ['4', 'Mycket stor']]);
    const en = at('risks:\n  - id: R1\n    probability: |\n', 'en');
    assert.equal(en[3].detail, 'Very high');
  });
  it('offers codes inside a flow list', () => {
    const c = at('access_matrix:\n  - id: A1\n    conditions: [care_relation_check, |]\n');
    assert.ok(labels(c).includes('active_choice'));
    assert.equal(c.find((e) => e.label === 'active_choice')!.detail, 'Aktivt val');
  });
  it('offers role ids where a role is expected', () => {
    const c = at(ANALYSIS.replace('    role: lak', '    role: |'));
    assert.deepEqual(labels(c), ['lak', 'ssk']);
    assert.equal(c[0].detail, 'Läkare');
    assert.equal(c[0].kind, 'reference');
  });
  it('offers need ids in justified_by, the entry role\'s needs first', () => {
    const c = at(ANALYSIS.replace('justified_by: [N1]', 'justified_by: [|]')).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(labels(c), ['N1', 'N2']);
    assert.equal(c[0].detail, 'lak · journal · inner_secrecy');
  });
  it('offers risk ids, system ids, category ids and unit ids', () => {
    assert.deepEqual(labels(at(ANALYSIS.replace('risks_considered: [R1]', 'risks_considered: [R1, |]'))), ['R1']);
    assert.deepEqual(labels(at(ANALYSIS.replace('    system: journal\n    regime: inner_secrecy\n    justified', '    system: |\n    regime: inner_secrecy\n    justified'))), ['journal']);
    const cats = at(ANALYSIS.replace('    risks_considered: [R1]', '    risks_considered: [R1]\n    data_categories: [|]'));
    assert.ok(labels(cats).includes('mental_health'));
    assert.ok(labels(at(ANALYSIS.replace('    risks_considered: [R1]', '    risks_considered: [R1]\n    data_categories: |'))).includes('all'));
    assert.deepEqual(labels(at(ANALYSIS.replace('    label: Läkare', '    label: Läkare\n    units: [|]'))), ['vc']);
    assert.deepEqual(labels(at(ANALYSIS.replace('    title: Nyfikenhet', '    title: Nyfikenhet\n    registered_categories: [|]'))), ['children']);
  });
  it('wraps an id in a list where a list is expected but none is written', () => {
    const c = at(ANALYSIS.replace('risks_considered: [R1]', 'risks_considered: |'));
    assert.equal(c.find((e) => e.label === 'R1')!.insertText, '[R1]');
  });
  it('takes the ids of a matrix file from its analysis', () => {
    const c = at('schema_version: "1.0"\nanalysis: a.bra.yaml\naccess_matrix:\n  - id: M1\n    role: |\n', 'sv', 'matrix', ANALYSIS);
    assert.deepEqual(labels(c), ['lak', 'ssk']);
  });
  it('offers the schema snippet for a new list item', () => {
    const c = at('roles:\n  - id: lak\nrisks:\n  - |\n');
    const sn = c.find((e) => e.kind === 'snippet')!;
    assert.equal(sn.label, 'Ny risk');
    assert.match(sn.insertText, /^id: \$\{1:R1\}\n    title: /);
  });
  it('says nothing inside a comment', () => {
    assert.deepEqual(at('# risk|\nrisks: []\n'), []);
  });
  it('renders a snippet body as block YAML', () => {
    assert.equal(yamlSnippet({ id: '${1:R1}', systems: ['${2:journal}'], consequences: [{ type: 'x', description: 'y z' }] }, 4),
      'id: ${1:R1}\n    systems: [${2:journal}]\n    consequences:\n      - type: x\n        description: y z');
  });
});
