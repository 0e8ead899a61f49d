/**
 * Security report D6: a pull request cannot switch the gate off silently. Configuration changes and new suppressions
 * are rows of the diff; a head configuration that weakens BRA031–BRA033 makes every widening unjustified; a new
 * suppression of those rules hides nothing unless its reason carries an approval reference; entry ids with `]` work.
 */
import * as assert from 'node:assert/strict';
import { approvalReference, fails } from '../../../src/diff';
import { diffJson, formatMarkdown } from '../../../src/diff/format';
import { BASE, diffText, edit } from './fixture';

const WIDEN_AM1 = (t: string) => edit(t, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
const NARROW_AM2 = (t: string) => edit(t, 'units: [vc]\n', 'units: []\n');
const SUPPRESS_AM1 = (t: string, reason: string) => edit(t, '  - id: AM-1\n', `  # bra-disable-next-line BRA032, BRA033, BRA011 -- ${reason}\n  - id: AM-1\n`);
const OFF = { rules: { BRA031: 'off', BRA032: 'off', BRA033: 'off', BRA011: 'off' } } as const;
const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ')).slice(1);
const brief = (r: ReturnType<typeof diffText>) => r.changes.map((c) => [c.kind, c.entry, c.justified]);

describe('diff: the gate cannot be switched off silently (security report D6)', () => {
  it('the head configuration turns BRA031-BRA033 off while AM-1 widens: config rows, the widening unjustified, exit 1', () => {
    const r = diffText(BASE, WIDEN_AM1(BASE), { baseConfig: {}, config: { ...OFF } });
    assert.deepEqual(brief(r), [
      ['widened', 'AM-1', false],
      ['config', 'rules.BRA031', false], ['config', 'rules.BRA032', false], ['config', 'rules.BRA033', false],
      ['config', 'rules.BRA011', true],
    ]);
    assert.equal(fails(r, 'error'), true);
    const md = formatMarkdown(r, { lang: 'en' });
    assert.match(md, /^\*\*1 entry widens access, 1 without support in the analysis\*\* · \*\*4 changes to the configuration\*\* · /m);
    assert.deepEqual(rows(md), [
      '| AM-1 | Läkare | Journalsystem (internal confidentiality) | widened | patient scope: ongoing care relationship → all patients<br>this change weakens the gate in .bra.jsonc (rules.BRA031, rules.BRA032, rules.BRA033): a widening cannot be judged with it | ❌ configuration |',
      '| rules.BRA031 (.bra.jsonc) | – | – | configuration changed | rules.BRA031: (default) → off (weakens the gate on access) | ❌ configuration |',
      '| rules.BRA032 (.bra.jsonc) | – | – | configuration changed | rules.BRA032: (default) → off (weakens the gate on access) | ❌ configuration |',
      '| rules.BRA033 (.bra.jsonc) | – | – | configuration changed | rules.BRA033: (default) → off (weakens the gate on access) | ❌ configuration |',
      '| rules.BRA011 (.bra.jsonc) | – | – | configuration changed | rules.BRA011: (default) → off | ✅ |',
    ]);
    const j = diffJson(r, 'sv') as { changes: { entry: string }[] };
    assert.deepEqual(j.changes.find((c) => c.entry === 'rules.BRA032'), {
      kind: 'config', entry: 'rules.BRA032', role: null, system: null, regime: null,
      details: ['rules.BRA032: (standard) → off (försvagar kontrollen av behörigheter)'], justified: false, verdict: 'error', gate: ['config'], newFindings: [],
    });
  });

  it('lowered severities, a higher coarseHeadcount and dropped globs weaken the gate; other changes are reported only', () => {
    const cases: [object, object, string, boolean][] = [
      [{ rules: { BRA032: 'error' } }, { rules: { BRA032: 'warning' } }, 'rules.BRA032: error → warning (weakens the gate on access)', true],
      [{}, { rules: { BRA033: 'info' } }, 'rules.BRA033: (default) → info (weakens the gate on access)', true],
      [{ rules: { BRA033: 'info' } }, { rules: { BRA033: 'error' } }, 'rules.BRA033: info → error', false],
      [{}, { thresholds: { coarseHeadcount: 500 } }, 'thresholds.coarseHeadcount: (default) → 500 (weakens the gate on access)', true],
      [{ thresholds: { coarseHeadcount: 50 } }, { thresholds: { coarseHeadcount: 10 } }, 'thresholds.coarseHeadcount: 50 → 10', false],
      [{}, { files: ['nothing/**'] }, 'files: (default) → ["nothing/**"] (weakens the gate on access)', true],
      [{}, { files: ['**/*.bra.yaml', '**/*.bra.yml', 'extra/*.yaml'] }, 'files: (default) → ["**/*.bra.yaml","**/*.bra.yml","extra/*.yaml"]', false],
      [{}, { rules: { BRA004: 'off' } }, 'rules.BRA004: (default) → off', false],
    ];
    for (const [base, head, detail, weakens] of cases) {
      const r = diffText(BASE, WIDEN_AM1(BASE), { baseConfig: base, config: head });
      const c = r.changes.find((x) => x.kind === 'config')!;
      assert.equal(c.details[0].text.en, detail);
      assert.equal(c.justified, !weakens, detail);
      assert.equal(r.changes.find((x) => x.entry === 'AM-1')!.justified, false, 'BRA032 or the weakened gate');
      assert.equal(fails(r, 'error'), true);
    }
    // without a widening, a weakening is reported but nothing fails
    const narrow = diffText(BASE, NARROW_AM2(BASE), { baseConfig: {}, config: { ...OFF } });
    assert.deepEqual(brief(narrow).filter(([k]) => k !== 'config'), [['narrowed', 'AM-2', true]]);
    assert.ok(narrow.changes.filter((c) => c.kind === 'config').every((c) => c.justified));
    assert.equal(fails(narrow, 'error'), false);
  });

  it('a new suppression of BRA032 on the widened entry with reason "ok": the entry ❌ BRA032, the suppression a row, exit 1', () => {
    const r = diffText(BASE, SUPPRESS_AM1(WIDEN_AM1(BASE), 'ok'));
    assert.deepEqual(brief(r), [['widened', 'AM-1', false], ['suppression', 'AM-1', false]]);
    assert.equal(fails(r, 'error'), true);
    assert.ok(!r.newFindings.some((f) => f.finding.rule === 'BRA032'), 'the suppression itself still works for bra check');
    const md = formatMarkdown(r, { lang: 'sv' });
    assert.match(md, /\*\*1 behörighet vidgas, varav 1 utan stöd i analysen\*\* · \*\*1 ny undertryckning\*\*/);
    assert.deepEqual(rows(md), [
      '| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter<br>BRA032 undertryckt utan beslutsreferens: vidgningen bedöms utan undertryckningen | ❌ BRA032, undertryckning utan beslut |',
      '| AM-1 | Läkare | Journalsystem (inre sekretess) | ny undertryckning | ny undertryckning av BRA032, BRA033, BRA011 på rad 42: "ok" (ingen beslutsreferens) | ❌ undertryckning utan beslut |',
    ]);
  });

  it('the same suppression with an approval reference: the widening is accepted, the suppression shown with it', () => {
    const r = diffText(BASE, SUPPRESS_AM1(WIDEN_AM1(BASE), 'beslutat av verksamhetschefen, dnr 2026/114'));
    assert.deepEqual(brief(r), [['widened', 'AM-1', true], ['suppression', 'AM-1', true]]);
    assert.equal(fails(r, 'error'), false);
    assert.deepEqual(r.changes[1].details.map((x) => x.text.en), ['new suppression of BRA032, BRA033, BRA011 on line 42: "beslutat av verksamhetschefen, dnr 2026/114" (approval: dnr 2026/114)']);
  });

  it('a suppression already at the base is not new, but a widening is judged without it unless approved; one of another rule is a row but no gate', () => {
    const base = SUPPRESS_AM1(BASE, 'ok');
    const same = diffText(base, NARROW_AM2(base));
    assert.deepEqual(brief(same), [['narrowed', 'AM-2', true]]);
    // a widening of an entry whose suppression (no approval reference) is already at the base: judged without it
    const widened = diffText(base, WIDEN_AM1(base));
    assert.deepEqual(brief(widened), [['widened', 'AM-1', false]]);
    assert.deepEqual(widened.changes[0].details.map((x) => x.text.en), [
      'patient scope: care_relation → all_patients', 'BRA032 suppressed without an approval reference: the widening is judged without the suppression',
    ]);
    assert.equal(fails(widened, 'error'), true);
    const approvedBase = SUPPRESS_AM1(BASE, 'dnr 2025/9');
    assert.deepEqual(brief(diffText(approvedBase, WIDEN_AM1(approvedBase))), [['widened', 'AM-1', true]]);
    const other = diffText(BASE, edit(NARROW_AM2(BASE), '  - id: AM-2\n', '  # bra-disable-next-line BRA034 -- hanteras i risk R2\n  - id: AM-2\n'));
    assert.deepEqual(brief(other), [['narrowed', 'AM-2', true], ['suppression', 'AM-2', true]]);
    assert.equal(fails(other, 'error'), false);
  });

  it('an entry id with ] [ | or \\ carrying BRA032 is ❌, not ✅', () => {
    for (const id of ['AM]1', 'AM[1]', 'A|M]1', 'AM\\\\1', 'AM-1]']) {
      const r = diffText(BASE, WIDEN_AM1(BASE).replace('  - id: AM-1\n', `  - id: "${id}"\n`));
      const c = r.changes.find((x) => x.kind === 'widened' || x.kind === 'changed')!;
      assert.ok(c, `${id}: ${JSON.stringify(brief(r))}`);
      assert.equal(c.justified, false, `${id}: ${JSON.stringify(brief(r))}`);
      assert.deepEqual([...new Set(c.unjustifiedBy.map((f) => f.finding.rule))], ['BRA032'], id);
      // every new finding on the entry is in the cell: here also the schema error of the id's format
      assert.match(formatMarkdown(r, { lang: 'en' }), /❌ BRA032, schema \|$/m);
    }
  });

  it('a patient scope named like a prototype member (constructor, __proto__) is not ranked: a neutral change, not a narrowing', () => {
    for (const v of ['constructor', '__proto__', 'toString']) {
      const r = diffText(BASE, edit(BASE, '    patient_scope: care_relation\n    conditions', `    patient_scope: ${v}\n    conditions`));
      assert.deepEqual(r.changes.map((c) => [c.kind, c.entry, c.details.map((x) => [x.aspect, x.direction])]), [['changed', 'AM-1', [['patient_scope', 'neutral']]]], v);
    }
  });

  it('approval references: the documented format, nothing looser', () => {
    for (const ok of ['dnr 2026/114', 'Dnr: RS-2026-0114', 'enligt beslut 2026:14', 'ärende VO 2026/7', 'diarienummer 2025.88', 'DNR 26/1', 'godkänt (dnr. 2026/114)']) {
      assert.ok(approvalReference(ok), ok);
    }
    for (const no of ['ok', 'godkänt', 'dnr 2026', 'beslut finns', 'dnr', 'dnr/2026', 'ärendet 2026/1', 'xdnr 2026/1', 'dnr 2026/', 'beslutat 2026/114', 'dnr abc 2026/1']) {
      assert.equal(approvalReference(no), undefined, no);
    }
    assert.equal(approvalReference('Beslutat av VC, dnr 2026/114.'), 'dnr 2026/114');
  });
});
