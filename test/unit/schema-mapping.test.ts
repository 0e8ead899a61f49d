/** One invalid document per ajv keyword the schemas use: the finding points at the node to edit, in sv and en. */
import * as assert from 'node:assert/strict';
import { lintOne, positionAt } from '../../src/engine';
import { applyEdits } from '../../src/fixes';
import type { Finding } from '../../src/model';

const AS_OF = '2026-12-01';
const HEAD = 'schema_version: "1.0"\ndocument:\n  title: Analys\n';

function schemaFindings(text: string): Finding[] {
  return lintOne('a.bra.yaml', text, { asOf: AS_OF }).findings.filter((f) => f.rule === 'schema');
}
function view(text: string, f: Finding) {
  const s = positionAt(text, f.span.start);
  const e = positionAt(text, f.span.end);
  return { keyword: f.data?.keyword, location: f.location, range: `${s.line}:${s.column}-${e.line}:${e.column}`, text: text.slice(f.span.start, f.span.end) };
}
function only(text: string): Finding {
  const fs = schemaFindings(text);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => view(text, f))));
  return fs[0];
}

describe('schema findings: one per keyword, at the node to edit', () => {
  it('required (top level) → the first key of the document, with an insert fix', () => {
    const text = 'schema_version: "1.0"\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'required', location: '$', range: '1:1-1:15', text: 'schema_version' });
    assert.equal(f.message.sv, 'Obligatoriska nyckeln "document" saknas på toppnivån.');
    assert.equal(f.message.en, 'The required key "document" is missing at the top level.');
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.equal(fixed, 'schema_version: "1.0"\ndocument: {}\n');
    assert.deepEqual(schemaFindings(fixed), []);
  });
  it('required (list item id) → the item, fix inserts a fresh id', () => {
    const text = HEAD + 'risks:\n  - title: Obehörig läsning\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'required', location: '$.risks[0]', range: '5:5-5:28', text: 'title: Obehörig läsning' });
    assert.equal(f.message.sv, 'Obligatoriska nyckeln "id" saknas i "risks".');
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.equal(fixed, HEAD + 'risks:\n  - title: Obehörig läsning\n    id: ny-1\n');
    assert.deepEqual(schemaFindings(fixed), []);
  });
  it('required valid_from → fix inserts the evaluation date', () => {
    const text = HEAD + 'access_matrix:\n  - id: AM-1\n    role: lakare\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'required', location: '$.access_matrix[AM-1]', range: '5:5-5:13', text: 'id: AM-1' });
    assert.equal(applyEdits(text, f.fixes![0].edits), text + '    valid_from: 2026-12-01\n');
  });
  it('additionalProperties → the unknown key, rename to the nearest allowed key (preferred) or remove', () => {
    const text = HEAD + 'access_matrix:\n  - id: AM-1\n    sytem: journal\n    valid_from: 2026-01-01\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'additionalProperties', location: '$.access_matrix[AM-1].sytem', range: '6:5-6:10', text: 'sytem' });
    assert.equal(f.message.sv, 'Okänd nyckel "sytem" i "access_matrix". Menade du "system"?');
    assert.equal(f.message.en, 'Unknown key "sytem" in "access_matrix". Did you mean "system"?');
    const rename = f.fixes!.find((x) => x.preferred)!;
    assert.equal(rename.title.sv, 'Byt namn till "system"');
    assert.equal(applyEdits(text, rename.edits), text.replace('sytem', 'system'));
    const remove = f.fixes!.find((x) => x.title.en === 'Remove "sytem"')!;
    assert.equal(applyEdits(text, remove.edits), text.replace('    sytem: journal\n', ''));
  });
  it('enum → the value, one fix per allowed value, the nearest preferred', () => {
    const text = HEAD + 'access_matrix:\n  - id: AM-1\n    patient_scope: care_relatoin # stavfel\n    valid_from: 2026-01-01\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'enum', location: '$.access_matrix[AM-1].patient_scope', range: '6:20-6:33', text: 'care_relatoin' });
    assert.match(f.message.sv, /^Ogiltigt värde "care_relatoin" för "patient_scope"\. Menade du "care_relation" \(Pågående vårdrelation\)\? Tillåtna värden: "none", "emergency_only", /);
    assert.match(f.message.en, /^Invalid value "care_relatoin" for "patient_scope"\. Did you mean "care_relation" \(Ongoing care relationship\)\? Allowed values: /);
    const best = f.fixes!.find((x) => x.preferred)!;
    assert.equal(applyEdits(text, best.edits), text.replace('care_relatoin', 'care_relation'));
    assert.equal(f.fixes!.length, 7);
  });
  it('type → the value', () => {
    const text = HEAD + 'roles:\n  - id: lakare\n    headcount: många\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'type', location: '$.roles[lakare].headcount', range: '6:16-6:21', text: 'många' });
    assert.equal(f.message.sv, 'Fel typ för "headcount": ska vara heltal, inte text.');
    assert.equal(f.message.en, 'Wrong type for "headcount": expected integer, not text.');
  });
  it('minimum → the value', () => {
    const text = HEAD + 'log_controls:\n  - id: LK1\n    interval_days: -3\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'minimum', location: '$.log_controls[LK1].interval_days', range: '6:20-6:22', text: '-3' });
    assert.equal(f.message.sv, 'Värdet -3 för "interval_days" får inte vara mindre än 0.');
    assert.equal(f.message.en, 'The value -3 for "interval_days" must not be less than 0.');
  });
  it('anyOf (list or "all") → the value, one message', () => {
    const text = HEAD + 'access_matrix:\n  - id: AM-1\n    data_categories: alla\n    valid_from: 2026-01-01\n';
    const f = only(text);
    assert.deepEqual(view(text, f), { keyword: 'anyOf', location: '$.access_matrix[AM-1].data_categories', range: '6:22-6:26', text: 'alla' });
    assert.equal(f.message.sv, 'Värdet för "data_categories" har fel form: ska vara en lista eller "all".');
    assert.equal(f.message.en, 'The value for "data_categories" has the wrong form: expected a list or "all".');
  });
  it('const/enum on schema_version → the value', () => {
    const text = 'schema_version: "2.0"\ndocument:\n  title: Analys\n';
    const f = only(text);
    assert.equal(view(text, f).range, '1:17-1:22');
    assert.ok(['enum', 'const'].includes(String(f.data?.keyword)));
  });
  it('probability outside 1–4 is left to BRA018 (no duplicate schema finding)', () => {
    const text = HEAD + 'risks:\n  - id: R1\n    probability: 7\n';
    assert.deepEqual(schemaFindings(text), []);
  });
  it('a separate matrix file is validated against the matrix schema', () => {
    const text = 'schema_version: "1.0"\naccess_matrix: []\nanalysis: a.bra.yaml\ndocument_x: 1\n';
    const fs = lintOne('m.bra.yaml', text, { asOf: AS_OF, resolve: () => ({ error: 'ENOENT' }) }).findings.filter((f) => f.rule === 'schema');
    assert.deepEqual(fs.map((f) => view(text, f).location), ['$.document_x']);
  });
});
