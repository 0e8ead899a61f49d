/**
 * Issue #12 item 5, with the user journey's own mistakes (shared/reviews/user-journey.md §3, "Deliberate newcomer
 * mistakes") made in the Solgläntan sample: one mistake gives one finding, not the cascade the journey counted.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { types } from 'node:util';
import { lint, lintOne } from '../../src/engine';
import type { ParsedDoc } from '../../src/yaml';
import { closest, didYouMean, editDistance } from '../../src/i18n/suggest';
import type { Finding } from '../../src/model';

const REPO = path.resolve(__dirname, '../../..');
const SAMPLE = fs.readFileSync(path.join(REPO, 'samples/vardcentralen-solglantan.bra.yaml'), 'utf8');
const AS_OF = '2026-12-03';

function lines(text: string): string[] {
  return text.split('\n');
}
/** The sample with line `n` (1-based) re-indented to `spaces`. */
function indentLine(n: number, spaces: number): string {
  const ls = lines(SAMPLE);
  ls[n - 1] = ' '.repeat(spaces) + ls[n - 1].trimStart();
  return ls.join('\n');
}
function pos(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
function brief(text: string, f: Finding) {
  return { rule: f.rule, location: f.location, range: `${pos(text, f.span.start)}-${pos(text, f.span.end)}` };
}
function check(text: string) {
  return lintOne('vc.bra.yaml', text, { asOf: AS_OF }).findings;
}
function apply(text: string, f: Finding): string {
  const edits = [...f.fixes!.find((x) => x.preferred)!.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('root causes once (issue #12)', () => {
  it('the sample itself is clean (the premise)', () => {
    assert.deepEqual(check(SAMPLE), []);
  });

  it('status: fastställd → one schema finding with "Menade du approved (Fastställd)?", not 1 + 12 × BRA002', () => {
    const text = SAMPLE.replace('  status: approved', '  status: fastställd');
    const f = check(text);
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'schema', location: '$.document.status', range: '9:11-9:21' }]);
    assert.equal(f[0].message.sv, 'Ogiltigt värde "fastställd" för "status". Menade du "approved" (Fastställd)? Tillåtna värden: "draft", "approved", "superseded". 12 följdfynd (BRA002) som följer av detta visas inte förrän det är rättat.');
    assert.equal(f[0].message.en, 'Invalid value "fastställd" for "status". Did you mean "approved"? Allowed values: "draft", "approved", "superseded". 12 consequent findings (BRA002) that follow from this are hidden until it is fixed.');
    assert.deepEqual(f[0].data, { keyword: 'enum', hides: { BRA002: 12 } });
    // the fix that the suggestion names, and after it nothing is hidden any more: the sample is clean again
    assert.equal(apply(text, f[0]), SAMPLE);
  });

  it('approved: 2026-03-16 (a date where a mapping belongs) → the schema finding and BRA001 on the document, not 12 × BRA002 on the entries', () => {
    const text = SAMPLE.replace('approved: { by: Maria Lindqvist, role: Verksamhetschef, date: 2026-03-16 }', 'approved: 2026-03-16');
    const f = check(text);
    assert.deepEqual(f.map((x) => [x.rule, x.location]), [['BRA001', '$.document'], ['schema', '$.document.approved']]);
    assert.deepEqual(f[1].data, { keyword: 'type', hides: { BRA002: 12 } });
  });

  it('date: 20/11/2026 → one finding that names the day in our notation, with the fix', () => {
    const text = SAMPLE.replace('date: 2026-03-16 }', 'date: 20/11/2026 }');
    const f = check(text);
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'schema', location: '$.document.approved.date', range: '17:65-17:75' }]);
    assert.equal(f[0].message.sv, 'Värdet "20/11/2026" för "date" har fel format (datum ÅÅÅÅ-MM-DD). Menade du 2026-11-20?');
    assert.equal(f[0].message.en, 'The value "20/11/2026" for "date" has the wrong format (date YYYY-MM-DD). Did you mean 2026-11-20?');
    assert.equal(apply(text, f[0]), SAMPLE.replace('date: 2026-03-16 }', 'date: 2026-11-20 }'));
  });

  it('a misspelt list of definitions (systemer:) → one finding, not 1 + 46 × BRA045', () => {
    const text = SAMPLE.replace(/^systems:/m, 'systemer:');
    const f = check(text);
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'schema', location: '$.systemer', range: '30:1-30:9' }]);
    assert.equal(f[0].message.sv, 'Okänd nyckel "systemer" på toppnivån. Menade du "systems"? 46 följdfynd (BRA045) som följer av detta visas inte förrän det är rättat.');
  });

  it('a misspelt required key (valid_form) → one finding that names it, not also "valid_from is missing"', () => {
    const text = SAMPLE.replace('valid_from: 2026-04-01', 'valid_form: 2026-04-01');
    const f = check(text);
    assert.deepEqual(f.map((x) => [x.rule, x.location, (x.data as { keyword: string }).keyword]), [['schema', '$.access_matrix[AM-01].valid_form', 'additionalProperties']]);
    assert.match(f[0].message.sv, /Menade du "valid_from" \(Gäller från\)\?$/);
  });

  it('tidpunkt: for when: → "Menade du when (Tidpunkt)?" (a key written by its Swedish title)', () => {
    const text = SAMPLE.replace('        when: ', '        tidpunkt: ');
    const f = check(text).filter((x) => x.rule === 'schema');
    assert.equal(f.length, 1);
    assert.equal(f[0].message.sv, 'Okänd nyckel "tidpunkt" i "needs". Menade du "when" (Tidpunkt)?');
    assert.equal(f[0].message.en, 'Unknown key "tidpunkt" in "needs". Did you mean "when"?');
  });

  it('patient_scope: [care_relation] → one schema finding (the type, not also the enum) and the rule finding on the need', () => {
    const text = SAMPLE.replace('patient_scope: care_relation', 'patient_scope: [care_relation]');
    const f = check(text);
    assert.deepEqual(f.map((x) => [x.rule, x.location, (x.data as { keyword?: string } | undefined)?.keyword]), [
      ['BRA026', '$.roles[lakare].needs[N-LAK-J]', undefined],
      ['schema', '$.roles[lakare].needs[N-LAK-J].patient_scope', 'type'],
    ]);
  });

  it('one line indented 3 spaces instead of 4 → one finding that says so, not 8 syntax errors', () => {
    const text = indentLine(211, 3);
    const f = check(text);
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'yaml-syntax', location: '$', range: '211:1-211:4' }]);
    assert.equal(f[0].message.sv, 'Fel indragning på rad 211: 3 blanksteg, förväntat 4 som raderna i samma block. YAML läser strukturen ur indragningen. 8 följdfynd (yaml-syntax) som följer av detta visas inte förrän det är rättat.');
    assert.equal(f[0].message.en, 'Wrong indentation on line 211: 3 spaces, expected 4 like the lines in the same block. YAML reads the structure from the indentation. 8 consequent findings (yaml-syntax) that follow from this are hidden until it is fixed.');
    assert.equal(apply(text, f[0]), SAMPLE);
  });

  it('7 spaces among 8, 9 among 8, 5 where an item of a 2-step document belongs → one finding each, at the line', () => {
    for (const [line, spaces, expected] of [[219, 7, 8], [219, 9, 8], [217, 5, 6], [216, 3, 4], [210, 3, 2]]) {
      const text = indentLine(line, spaces);
      const f = check(text);
      assert.deepEqual(f.map((x) => [x.rule, pos(text, x.span.start), (x.data as { expected: number }).expected]), [['yaml-syntax', `${line}:1`, expected]], `line ${line}, ${spaces} spaces`);
      assert.equal(apply(text, f[0]), SAMPLE);
    }
  });

  it('a syntax error that is not an indentation mistake is left as the parser reports it', () => {
    const text = SAMPLE.replace('  - id: journal', '  - id: journal journal: x');
    const f = check(text);
    assert.deepEqual(f.map((x) => (x.data as { code: string }).code), ['BLOCK_AS_IMPLICIT_KEY']);
  });

  it('status: 3 → one finding (the allowed codes), not also "wrong type"; a key written with no value → the type', () => {
    const three = check(SAMPLE.replace('  status: approved', '  status: 3'));
    assert.deepEqual(three.map((x) => [x.rule, (x.data as { keyword: string }).keyword]), [['schema', 'enum']]);
    const empty = check(SAMPLE.replace('  status: approved', '  status:'));
    assert.deepEqual(empty.filter((x) => x.rule === 'schema').map((x) => (x.data as { keyword: string }).keyword), ['type']);
  });

  it('across files: an invalid status in the analysis hides BRA002 in its matrix file, unless the analysis is read only for context', () => {
    const dir = 'samples/psykiatri-norrby/';
    const analysis = fs.readFileSync(path.join(REPO, dir, 'analys.bra.yaml'), 'utf8').replace('  status: approved', '  status: fastställd');
    const matrix = { path: `${dir}behorighetsmatris.bra.yaml`, text: fs.readFileSync(path.join(REPO, dir, 'behorighetsmatris.bra.yaml'), 'utf8') };
    const both = lint([{ path: `${dir}analys.bra.yaml`, text: analysis }, matrix], { asOf: AS_OF });
    const status = both[0].findings.find((x) => x.location === '$.document.status')!;
    const hidden = (status.data as { hides: Record<string, number> }).hides.BRA002;
    assert.ok(hidden > 0);
    assert.deepEqual(both.flatMap((r) => r.findings.filter((x) => x.rule === 'BRA002')), []);
    // `bra check behorighetsmatris.bra.yaml`: the analysis is context, its finding is not shown, so nothing is hidden
    const alone = lint([{ path: `${dir}analys.bra.yaml`, text: analysis, report: false }, matrix], { asOf: AS_OF });
    assert.equal(alone.length, 1);
    assert.equal(alone[0].findings.filter((x) => x.rule === 'BRA002').length, hidden);
  });

  it('the parsed document is left as it was: no watcher stays in the cached data, and a second lint gives the same', () => {
    const cache = new Map<string, ParsedDoc>();
    const text = SAMPLE.replace('  status: approved', '  status: fastställd');
    const first = lintOne('vc.bra.yaml', text, { asOf: AS_OF, cache });
    const data = cache.get('vc.bra.yaml')!.data as Record<string, unknown>;
    assert.equal(types.isProxy(data), false);
    assert.equal(types.isProxy(data.document), false);
    const second = lintOne('vc.bra.yaml', text, { asOf: AS_OF, cache });
    assert.deepEqual(second.findings.map((x) => x.message.en), first.findings.map((x) => x.message.en));
  });
});

describe('did you mean (src/i18n/suggest.ts)', () => {
  it('edit distance, case-insensitive', () => {
    assert.equal(editDistance('N-DSK-NP0', 'N-DSK-NPO'), 1);
    assert.equal(editDistance('Tidpunkt', 'tidpunkt'), 0);
    assert.equal(editDistance('', 'abc'), 3);
  });
  it('only close candidates, nearest first, a candidate counts by its nearest name', () => {
    assert.deepEqual(closest('jornal', ['npo', 'jurnal', 'journaler', 'journal']), ['journal', 'jurnal']);
    assert.deepEqual(closest('kassasystem', ['journal', 'npo']), []);
    assert.deepEqual(closest('fastställd', ['draft', 'approved'], (c) => (c === 'approved' ? ['Fastställd'] : ['Utkast'])), ['approved']);
  });
  it('the label per language, left out when it only repeats the code', () => {
    assert.deepEqual(didYouMean('approved', { sv: 'Fastställd', en: 'Approved' }), { sv: ' Menade du "approved" (Fastställd)?', en: ' Did you mean "approved"?' });
    assert.deepEqual(didYouMean('systems', { sv: 'System', en: 'Systems' }), { sv: ' Menade du "systems"?', en: ' Did you mean "systems"?' });
  });
});
