import * as assert from 'node:assert/strict';
import { atLeast, diffAccess, durationDays, fails } from '../../../src/diff';
import type { Change, DiffResult } from '../../../src/diff';
import { AS_OF, ANALYSIS_HEAD, BASE, MATRIX, diffFiles, diffText, edit } from './fixture';

const byEntry = (r: DiffResult, entry: string): Change => {
  const c = r.changes.filter((x) => x.entry === entry && x.kind !== 'analysis');
  assert.equal(c.length, 1, `one change for ${entry}: ${JSON.stringify(r.changes.map((x) => [x.kind, x.entry]))}`);
  return c[0];
};
const texts = (c: Change, lang: 'sv' | 'en' = 'en') => c.details.map((x) => x.text[lang]);
const rules = (fs: { finding: { rule: string; location: string } }[]) => fs.map((f) => `${f.finding.rule} ${f.finding.location}`);

describe('diff: entries', () => {
  it('identical revisions → no changes, no new or resolved findings', () => {
    const r = diffText(BASE, BASE);
    assert.deepEqual(r.changes, []);
    assert.deepEqual(r.newFindings, []);
    assert.deepEqual(r.resolvedFindings, []);
  });

  it('formatting, comments and key order alone are not changes', () => {
    const head = edit(BASE, '    conditions: [care_relation_check]\n    time_limit: P4M\n', '    # villkor\n    time_limit: P4M\n    conditions:\n      - care_relation_check\n');
    assert.deepEqual(diffText(BASE, head).changes, []);
  });

  it('patient scope care_relation → all_patients widens, unjustified by BRA032 (new finding on the entry)', () => {
    const head = edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
    const r = diffText(BASE, head);
    const c = byEntry(r, 'AM-1');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['patient scope: care_relation → all_patients']);
    assert.deepEqual(texts(c, 'sv'), ['patientomfång: care_relation → all_patients']);
    assert.deepEqual([c.role, c.system, c.regime, c.path], ['lakare', 'journal', 'inner_secrecy', 'a.bra.yaml']);
    assert.equal(c.justified, false);
    assert.deepEqual(rules(c.unjustifiedBy), ['BRA032 $.access_matrix[AM-1]']);
    assert.deepEqual(rules(c.newFindings), ['BRA032 $.access_matrix[AM-1]']);
    assert.ok(rules(r.newFindings).includes('BRA032 $.access_matrix[AM-1]'));
    assert.equal(r.changes[0], c, 'unjustified widening first');
  });

  it('patient scope listed_units → care_relation narrows (rank decides)', () => {
    const head = edit(BASE, '    patient_scope: listed_units\n    units: [vc]\n', '    patient_scope: care_relation\n    units: [vc]\n');
    const c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'narrowed');
    assert.deepEqual(texts(c), ['patient scope: listed_units → care_relation']);
    assert.equal(c.widens, false);
    assert.equal(c.justified, true);
  });

  it('categories +mental_health widens; −x narrows; both at once is changed', () => {
    let head = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health]\n');
    let c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['categories: +mental_health']);
    assert.deepEqual(texts(c, 'sv'), ['kategorier: +mental_health']);
    assert.equal(c.justified, false, 'N2 does not cover mental_health (BRA032)');
    head = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: []\n');
    c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'narrowed');
    assert.deepEqual(texts(c), ['categories: −somatic_care']);
    head = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [medication]\n');
    c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'changed');
    assert.deepEqual(texts(c), ['categories: +medication', 'categories: −somatic_care']);
    assert.equal(c.widens, true);
    assert.equal(c.justified, true, 'N2 covers medication');
  });

  it('`all` is expanded: a new present category in the system widens an entry whose text did not change', () => {
    const head = edit(BASE, '  - { id: medication, label: Läkemedel, present: true }\n',
      '  - { id: medication, label: Läkemedel, present: true }\n  - { id: sexual_health, label: Sexualliv, present: true, systems: [journal] }\n');
    const r = diffText(BASE, head);
    const c = byEntry(r, 'AM-1');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['categories: +sexual_health (all)', 'supported only by needs added or widened in the same change: N1']);
    // N1 is `all` too, so it widens with the category: the widening rests on a need widened in the same change, and
    // the approved analysis (version 2.0) changed without a new approval
    assert.equal(c.justified, false);
    assert.deepEqual(c.gate, ['approval']);
    assert.deepEqual(r.changes.map((x) => [x.kind, x.entry]), [['widened', 'AM-1'], ['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen'], ['analysis', 'N1']]);
    assert.deepEqual(texts(r.changes[2]), ['need N1 wider: categories +sexual_health', 'access entries resting on it: AM-1']);
  });

  it('a list replaced by `all` that grants the same categories is a neutral change', () => {
    const base = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health, medication]\n');
    const head = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: all\n');
    const c = byEntry(diffText(base, head), 'AM-2');
    assert.equal(c.kind, 'changed');
    assert.deepEqual(texts(c), ['categories: list → all (the same categories today)']);
    assert.equal(c.widens, false);
  });

  it('conditions: losing one widens, gaining one narrows, swapping is changed', () => {
    let head = edit(BASE, '    conditions: [care_relation_check]\n', '');
    let c = byEntry(diffText(BASE, head), 'AM-1');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['conditions: −care_relation_check']);
    head = edit(BASE, '[care_relation_check]', '[care_relation_check, active_choice]');
    c = byEntry(diffText(BASE, head), 'AM-1');
    assert.equal(c.kind, 'narrowed');
    assert.deepEqual(texts(c, 'sv'), ['villkor: +active_choice']);
    head = edit(BASE, '[care_relation_check]', '[active_choice]');
    c = byEntry(diffText(BASE, head), 'AM-1');
    assert.equal(c.kind, 'changed');
    assert.deepEqual(texts(c), ['conditions: −care_relation_check', 'conditions: +active_choice']);
  });

  it('units: +unit widens (unjustified beyond the need), −unit narrows', () => {
    let head = edit(BASE, 'units: [vc]\n', 'units: [vc, akut]\n');
    let c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['care units: +akut']);
    assert.equal(c.justified, false);
    head = edit(BASE, 'units: [vc]\n', 'units: []\n');
    c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'narrowed');
    assert.deepEqual(texts(c, 'sv'), ['vårdenheter: −vc']);
  });

  it('identifiability pseudonymised → identified widens; the reverse narrows', () => {
    const head = edit(BASE, '    identifiability: pseudonymised\n', '');
    let c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['identifiability: pseudonymised → identified']);
    c = byEntry(diffText(head, BASE), 'AM-2');
    assert.equal(c.kind, 'narrowed');
  });

  it('time limit: removed widens, longer widens, shorter narrows, added narrows', () => {
    const cases: [string, string, string][] = [
      ['', 'widened', 'time limit removed (P4M)'],
      ['    time_limit: P1Y\n', 'widened', 'time limit: P4M → P1Y'],
      ['    time_limit: P2W\n', 'narrowed', 'time limit: P4M → P2W'],
    ];
    for (const [to, kind, text] of cases) {
      const c = byEntry(diffText(BASE, edit(BASE, '    time_limit: P4M\n', to)), 'AM-1');
      assert.deepEqual([c.kind, texts(c)], [kind, [text]]);
    }
    const c = byEntry(diffText(edit(BASE, '    time_limit: P4M\n', ''), BASE), 'AM-1');
    assert.deepEqual([c.kind, texts(c, 'sv')], ['narrowed', ['tidsgräns tillagd (P4M)']]);
    assert.equal(durationDays('P1Y2M'), 425);
    assert.equal(durationDays('PT12H'), 0.5);
    assert.equal(durationDays('fyra månader'), undefined);
    assert.equal(durationDays('P'), undefined);
  });

  it('operations: +export widens', () => {
    const c = byEntry(diffText(BASE, edit(BASE, 'operations: [read]', 'operations: [read, export]')), 'AM-2');
    assert.deepEqual([c.kind, texts(c)], ['widened', ['operations: +export']]);
  });

  it('new system or regime on a matched entry widens', () => {
    const head = edit(edit(BASE, '    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy, coherent_record_keeping]\n'),
      '    role: sekr\n    system: journal\n    regime: inner_secrecy\n', '    role: sekr\n    system: journal\n    regime: coherent_record_keeping\n');
    const c = byEntry(diffText(BASE, head), 'AM-2');
    assert.equal(c.kind, 'widened');
    assert.deepEqual(texts(c), ['new regime: inner_secrecy → coherent_record_keeping']);
    assert.equal(c.justified, false, 'sekr has no coherent-record-keeping need (BRA031)');
    assert.ok(rules(c.unjustifiedBy).includes('BRA031 $.access_matrix[AM-2]'));
  });

  it('neutral changes (justified_by, risks_considered, valid_from, other keys) are `changed`', () => {
    const head = edit(edit(BASE, '    risks_considered: [R2]\n    valid_from: 2026-02-01\n', '    risks_considered: [R1, R2]\n    valid_from: 2026-03-01\n'),
      '    justified_by: [N1]\n', '');
    const r = diffText(BASE, head);
    assert.deepEqual(texts(byEntry(r, 'AM-1')), ['justified by needs: −N1']);
    const c = byEntry(r, 'AM-2');
    assert.equal(c.kind, 'changed');
    assert.deepEqual(texts(c), ['risks considered: +R1', 'valid from: 2026-02-01 → 2026-03-01']);
    assert.equal(c.widens, false);
  });

  it('an added entry: kind added, what it grants, new system; widening first in order', () => {
    const head = edit(BASE, '    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n  - id: lab\n    name: Labbsystem\n    regimes: [inner_secrecy]\n')
      + '  - { id: AM-3, role: sekr, system: lab, regime: inner_secrecy, data_categories: all, patient_scope: all_patients, valid_from: 2026-02-01 }\n'
      + '  - { id: AM-4, role: lakare, system: journal, regime: inner_secrecy, data_categories: [somatic_care], patient_scope: care_relation, conditions: [care_relation_check], justified_by: [N1], valid_from: 2026-02-01 }\n';
    const r = diffText(BASE, head);
    const c = byEntry(r, 'AM-3');
    assert.equal(c.kind, 'added');
    assert.equal(c.widens, true);
    assert.equal(c.justified, false);
    assert.deepEqual(texts(c), ['new system: lab', 'patient scope: all_patients', 'categories: all (somatic_care, mental_health, medication)', 'no conditions']);
    const d = byEntry(r, 'AM-4');
    assert.equal(d.kind, 'added');
    assert.equal(d.justified, true);
    assert.deepEqual(texts(d, 'sv'), ['patientomfång: care_relation', 'kategorier: somatic_care', 'villkor: care_relation_check']);
    // the new system is a change to the approved analysis without a new version or approval
    assert.deepEqual(r.changes.map((x) => [x.kind, x.entry]), [['added', 'AM-3'], ['added', 'AM-4'], ['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen']]);
  });

  it('an added entry for a system the role had no access to says so', () => {
    const head = BASE + '  - { id: AM-5, role: sekr, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: listed_units, units: [bvc], valid_from: 2026-02-01 }\n'
      + '  - { id: AM-6, role: lakare, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: care_relation, valid_from: 2026-02-01 }\n';
    const noSys = edit(BASE, '  - id: AM-1\n', '  - id: AM-0\n    role: sekr\n    system: journal\n    regime: nope\n    valid_from: 2026-02-01\n  - id: AM-1\n');
    const r = diffText(noSys.replace(/role: lakare\n    system: journal/, 'role: lakare\n    system: annat'), head);
    assert.ok(texts(byEntry(r, 'AM-6')).includes('new system for the role: journal'));
  });

  it('a removed entry: kind removed, narrows, justified', () => {
    const head = ANALYSIS_HEAD + MATRIX.slice(0, MATRIX.indexOf('  - id: AM-2'));
    const r = diffText(BASE, head);
    const c = byEntry(r, 'AM-2');
    assert.deepEqual([c.kind, c.widens, c.justified, texts(c)], ['removed', false, true, ['the access is removed']]);
    assert.deepEqual([c.role, c.system, c.regime], ['sekr', 'journal', 'inner_secrecy']);
  });

  it('an id changed: matched by role × system × regime; findings are not new or resolved because of it', () => {
    const base = edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
    const head = edit(base, '  - id: AM-1\n', '  - id: AM-10\n');
    const r = diffText(base, head);
    assert.equal(r.changes.length, 1);
    const c = r.changes[0];
    assert.deepEqual([c.kind, c.entry, texts(c)], ['changed', 'AM-10', ['id: AM-1 → AM-10']]);
    assert.equal(c.justified, false, 'the BRA032 finding is still there');
    assert.deepEqual(rules(r.newFindings), []);
    assert.deepEqual(rules(r.resolvedFindings), []);
  });

  it('an id changed together with a widening: widened, with the id detail', () => {
    const head = edit(edit(BASE, '  - id: AM-2\n', '  - id: AM-20\n'), 'units: [vc]\n', 'units: [vc, bvc]\n');
    const c = byEntry(diffText(BASE, head), 'AM-20');
    assert.deepEqual([c.kind, texts(c)], ['widened', ['id: AM-2 → AM-20', 'care units: +bvc']]);
    assert.equal(c.justified, true, 'N2 lists vc and bvc');
  });
});

describe('diff: findings', () => {
  it('new and resolved findings are compared by rule + location + data, not by line', () => {
    // widen AM-1 (new BRA032) and insert lines above everything (every line moves)
    const base = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health]\n'); // BRA032 on AM-2
    const head = `# En kommentar\n# som flyttar alla rader\n${edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions')}`;
    const r = diffText(base, head);
    assert.deepEqual(rules(r.newFindings), ['BRA032 $.access_matrix[AM-1]']);
    assert.deepEqual(rules(r.resolvedFindings), ['BRA032 $.access_matrix[AM-2]']);
    assert.equal(byEntry(r, 'AM-2').kind, 'narrowed');
  });

  it('findings elsewhere in the analysis (a BRA009 code) are new or resolved by their data', () => {
    const head = edit(BASE, '  - { id: medication, label: Läkemedel, present: true }\n',
      '  - { id: medication, label: Läkemedel, present: true }\n  - { id: substance_abuse, label: Missbruk, present: false, rationale: Förekommer inte. }\n');
    const r = diffText(BASE, head);
    const resolved = r.resolvedFindings.filter((f) => f.finding.rule === 'BRA009').map((f) => f.finding.data);
    assert.deepEqual(resolved, [{ code: 'substance_abuse' }]);
    assert.deepEqual(r.newFindings.filter((f) => f.finding.rule === 'BRA009'), []);
  });

  it('fails(): a new finding at or above --fail-on, or an unjustified widening whose finding is at or above it', () => {
    const widened = diffText(BASE, edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions'));
    assert.equal(fails(widened, 'error'), true);
    const none = diffText(BASE, BASE);
    assert.equal(fails(none, 'info'), false);
    // an entry that was already unjustified at the base and is widened further fails although its finding is not new
    const base = edit(BASE, 'data_categories: [somatic_care]\n', 'data_categories: [somatic_care, mental_health]\n');
    const head = edit(base, 'units: [vc]\n', 'units: [vc, bvc]\n');
    const r = diffText(base, head);
    assert.equal(r.newFindings.filter((f) => f.finding.rule === 'BRA032').length, 0);
    assert.equal(byEntry(r, 'AM-2').justified, false);
    assert.equal(fails(r, 'error'), true);
    // a narrowing of an unjustified entry does not fail by itself
    const n = diffText(base, edit(base, 'units: [vc]\n', 'units: []\n'));
    assert.equal(fails(n, 'error'), false);
    assert.equal(atLeast('warning', 'error'), false);
    assert.equal(atLeast('error', 'info'), true);
  });
});

describe('diff: the analysis an entry rests on', () => {
  it('a need removed that entries rest on → an `analysis` change; the entry becomes unjustified (BRA031)', () => {
    const head = edit(BASE, '    needs:\n      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [somatic_care, medication], patient_scope: listed_units, units: [vc, bvc] }\n', '');
    const r = diffText(BASE, head);
    const a = r.changes.filter((c) => c.kind === 'analysis');
    assert.equal(a.length, 1);
    assert.deepEqual([a[0].entry, a[0].role, a[0].system, a[0].regime], ['N2', 'sekr', 'journal', 'inner_secrecy']);
    assert.deepEqual(texts(a[0]), ['need N2 (sekr, journal, inner_secrecy) is removed from the analysis', 'access entries resting on it: AM-2']);
    assert.deepEqual(a[0].dependents, ['AM-2']);
    assert.equal(a[0].justified, false);
    assert.ok(rules(a[0].newFindings).includes('BRA031 $.access_matrix[AM-2]'));
  });

  it('a need named in justified_by and removed is reported too', () => {
    const head = edit(BASE, '      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }\n',
      '      - { id: N9, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }\n');
    const a = diffText(BASE, head).changes.filter((c) => c.kind === 'analysis');
    assert.deepEqual(a.map((c) => [c.entry, c.change, c.dependents]), [['N1', 'removed', ['AM-1']], ['N9', 'added', []]]);
  });

  it('a need narrowed → an `analysis` change with how; the entry it justified is now wider than the need', () => {
    const head = edit(BASE, 'data_categories: [somatic_care, medication], patient_scope: listed_units, units: [vc, bvc]',
      'data_categories: [medication], patient_scope: listed_units, units: [bvc]');
    const r = diffText(BASE, head);
    const a = r.changes.filter((c) => c.kind === 'analysis');
    assert.equal(a.length, 1);
    assert.deepEqual(texts(a[0]), ['need N2 narrower: categories −somatic_care', 'need N2 narrower: care units −vc', 'access entries resting on it: AM-2']);
    assert.deepEqual(texts(a[0], 'sv')[0], 'behovet N2 snävare: kategorier −somatic_care');
    assert.equal(a[0].justified, false);
    // the entry itself did not change; the approved analysis did, without a new approval
    assert.deepEqual(r.changes.filter((c) => c.kind !== 'analysis').map((c) => c.kind), ['approval']);
  });

  it('a need widened is an analysis change of its own (issue 12); an unchanged need is not', () => {
    const head = edit(BASE, 'patient_scope: listed_units, units: [vc, bvc] }', 'patient_scope: all_patients }');
    const a = diffText(BASE, head).changes.filter((c) => c.kind === 'analysis');
    assert.deepEqual(a.map((c) => [c.entry, c.subject, c.change, c.dependents, c.justified]), [['N2', 'need', 'widened', ['AM-2'], true]]);
    assert.deepEqual(texts(a[0], 'sv'), ['behovet N2 vidare: patientomfång listed_units → all_patients', 'behörigheter som grundas på det: AM-2']);
    assert.deepEqual(a[0].details.map((x) => x.shown?.sv ?? x.text.sv), ['behovet N2 vidare: patientomfång angivna vårdenheter → samtliga patienter', 'behörigheter som grundas på det: AM-2']);
    assert.deepEqual(diffText(BASE, BASE).changes, []);
  });

  it('a risk removed that an entry considered → an `analysis` change', () => {
    const head = edit(BASE, '  - id: R2\n    title: Sekreterare läser fel enhets journaler\n    systems: [journal]\n', '');
    const a = diffText(BASE, head).changes.filter((c) => c.kind === 'analysis');
    assert.equal(a.length, 1);
    assert.deepEqual([a[0].entry, a[0].system, a[0].dependents], ['R2', 'journal', ['AM-2']]);
    assert.deepEqual(texts(a[0], 'sv'), ['risken R2 (Sekreterare läser fel enhets journaler) är borttagen ur analysen', 'behörigheter som grundas på det: AM-2']);
  });

  it('a need removed with its entry is not reported (nothing rests on it)', () => {
    const head = edit(ANALYSIS_HEAD, '    needs:\n      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [somatic_care, medication], patient_scope: listed_units, units: [vc, bvc] }\n', '')
      + MATRIX.slice(0, MATRIX.indexOf('  - id: AM-2'));
    const r = diffText(BASE, head);
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry]), [['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen'], ['removed', 'AM-2']]);
  });
});

describe('diff: files', () => {
  const matrixFile = (analysis: string) => `schema_version: "1.0"\nanalysis: ${analysis}\n${MATRIX}`;

  it('a matrix moved from the analysis into its own file is not a change', () => {
    const r = diffFiles({ 'a.bra.yaml': BASE }, { 'a.bra.yaml': ANALYSIS_HEAD, 'a.matrix.bra.yaml': matrixFile('a.bra.yaml') });
    assert.deepEqual(r.changes, []);
    assert.deepEqual(rules(r.newFindings), []);
  });

  it('a matrix in its own file: widening there, justified against the analysis it names', () => {
    const base = { 'x/a.bra.yaml': ANALYSIS_HEAD, 'x/m.bra.yaml': matrixFile('a.bra.yaml') };
    const head = { 'x/a.bra.yaml': ANALYSIS_HEAD, 'x/m.bra.yaml': edit(matrixFile('a.bra.yaml'), 'units: [vc]\n', 'units: [vc, akut]\n') };
    const r = diffFiles(base, head);
    const c = byEntry(r, 'AM-2');
    assert.deepEqual([c.kind, c.path, c.justified], ['widened', 'x/m.bra.yaml', false]);
    assert.deepEqual(rules(c.newFindings), ['BRA032 $.access_matrix[AM-2]']);
    assert.equal(r.newFindings[0].path, 'x/m.bra.yaml');
  });

  it('a matrix file alone: its analysis is read through resolve (options.resolve when the side has none)', () => {
    const m = matrixFile('a.bra.yaml');
    const resolve = (_from: string, ref: string) => (ref === 'a.bra.yaml' ? { path: ref, text: ANALYSIS_HEAD } : { error: 'ENOENT' });
    const r = diffAccess({ inputs: [{ path: 'm.bra.yaml', text: m }] }, { inputs: [{ path: 'm.bra.yaml', text: edit(m, 'units: [vc]\n', 'units: [vc, akut]\n') }] },
      { asOf: AS_OF, resolve });
    const c = byEntry(r, 'AM-2');
    assert.deepEqual([c.kind, c.justified], ['widened', false]);
    assert.deepEqual(rules(c.newFindings), ['BRA032 $.access_matrix[AM-2]']);
    assert.deepEqual(r.head.map((f) => f.path), ['m.bra.yaml'], 'the resolved analysis is context only');
  });

  it('a matrix file whose analysis cannot be read: entries are still compared by their own fields', () => {
    const m = matrixFile('saknas.bra.yaml');
    const r = diffFiles({ 'm.bra.yaml': m }, { 'm.bra.yaml': edit(m, '    conditions: [care_relation_check]\n', '') });
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry, texts(c)]), [['widened', 'AM-1', ['conditions: −care_relation_check']]]);
  });

  it('a renamed file: compared under its new name (no added/removed, no new findings)', () => {
    const r = diffFiles({ 'old.bra.yaml': BASE }, { 'new.bra.yaml': BASE }, { renames: { 'old.bra.yaml': 'new.bra.yaml' } });
    assert.deepEqual(r.changes, []);
    assert.deepEqual(r.newFindings, []);
    assert.deepEqual(r.resolvedFindings, []);
  });

  it('a new file: every entry added; a deleted file: every entry removed, its findings resolved', () => {
    let r = diffFiles({}, { 'a.bra.yaml': BASE });
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry]), [['added', 'AM-1'], ['added', 'AM-2']]);
    assert.ok(r.newFindings.length > 0);
    assert.ok(!texts(r.changes[0]).some((t) => t.startsWith('new system')), 'no base analysis: not "new system"');
    r = diffFiles({ 'a.bra.yaml': BASE }, {});
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry]), [['removed', 'AM-1'], ['removed', 'AM-2']]);
    assert.deepEqual(r.newFindings, []);
    assert.ok(r.resolvedFindings.length > 0);
  });

  it('the same entry ids in two analyses are kept apart', () => {
    const r = diffFiles({ 'a.bra.yaml': BASE, 'b.bra.yaml': BASE }, { 'a.bra.yaml': BASE, 'b.bra.yaml': edit(BASE, 'units: [vc]\n', 'units: [vc, bvc]\n') });
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry, c.path]), [['widened', 'AM-2', 'b.bra.yaml']]);
  });

  it('a file that is not valid YAML at head: a yaml-syntax finding is new; its entries count as removed', () => {
    const r = diffText(BASE, `${BASE}  - [oavslutad\n`);
    assert.ok(rules(r.newFindings).some((x) => x.startsWith('yaml-syntax')));
    assert.equal(fails(r, 'error'), true);
  });
});
