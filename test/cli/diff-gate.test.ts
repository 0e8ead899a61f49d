/**
 * Security report D6 end to end: `bra diff --base main` in a git repository where the change adds a .bra.jsonc that
 * turns BRA031-BRA033 off, or a suppression, next to a widening.
 */
import * as assert from 'node:assert/strict';
import { TempRepo } from './git-repo';
import { BASE, edit } from '../unit/diff/fixture';

const AS_OF = '2026-12-01';
const WIDEN_AM1 = (t: string) => edit(t, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
const SUPPRESS_AM1 = (t: string, reason: string) => edit(t, '  - id: AM-1\n', `  # bra-disable-next-line BRA032, BRA033, BRA011 -- ${reason}\n  - id: AM-1\n`);

describe('cli: bra diff reports changes to the gate (security report D6)', function () {
  this.timeout(60000);
  const repos: TempRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  const repo = () => {
    const r = new TempRepo().write({ 'psy/a.bra.yaml': BASE }).commit();
    repos.push(r);
    return r;
  };

  it('a .bra.jsonc added in the change that turns BRA031-BRA033 off: exit 1, the config rows in Markdown and JSON', async () => {
    const r = repo().write({ 'psy/a.bra.yaml': WIDEN_AM1(BASE), '.bra.jsonc': '{"rules":{"BRA031":"off","BRA032":"off","BRA033":"off","BRA011":"off"}}\n' });
    const md = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF]);
    assert.equal(md.stderr, '');
    assert.equal(md.code, 1);
    assert.ok(md.stdout.includes('**1 entry widens access, 1 without support in the analysis** · **4 changes to the configuration**'), md.stdout);
    assert.ok(md.stdout.includes('| rules.BRA032 (.bra.jsonc) | – | – | configuration changed | rules.BRA032: (default) → off (weakens the gate on access) | ❌ configuration |'));
    assert.ok(!md.stdout.includes('all supported by the analysis'));
    const js = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'json']);
    assert.equal(js.code, 1);
    const j = JSON.parse(js.stdout) as { changes: { kind: string; entry: string; justified: boolean }[] };
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.justified]), [
      ['widened', 'AM-1', false], ['config', 'rules.BRA031', false], ['config', 'rules.BRA032', false], ['config', 'rules.BRA033', false], ['config', 'rules.BRA011', true],
    ]);
    // sarif and github carry the gate rows too, not only the new findings
    const gh = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'github']);
    assert.equal(gh.code, 1);
    assert.deepEqual(gh.stdout.split('\n').filter((l) => l.includes('bra-diff/')), [
      '::error file=.bra.jsonc,title=bra-diff/config::rules.BRA031: (default) → off (weakens the gate on access)',
      '::error file=.bra.jsonc,title=bra-diff/config::rules.BRA032: (default) → off (weakens the gate on access)',
      '::error file=.bra.jsonc,title=bra-diff/config::rules.BRA033: (default) → off (weakens the gate on access)',
      '::notice file=.bra.jsonc,title=bra-diff/config::rules.BRA011: (default) → off',
    ]);
    const sa = JSON.parse((await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'sarif'])).stdout);
    const gate = sa.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'bra-diff/config');
    assert.deepEqual(gate.map((x: { level: string; message: { text: string } }) => [x.level, x.message.text]), [
      ['error', 'rules.BRA031: (default) → off (weakens the gate on access)'], ['error', 'rules.BRA032: (default) → off (weakens the gate on access)'],
      ['error', 'rules.BRA033: (default) → off (weakens the gate on access)'], ['note', 'rules.BRA011: (default) → off'],
    ]);
    assert.equal(gate[0].locations[0].physicalLocation.artifactLocation.uri, '.bra.jsonc');
    // committed at the base, the same configuration is no change: the gate is what the base says
    r.commit('config');
    const after = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'json']);
    assert.deepEqual((JSON.parse(after.stdout) as typeof j).changes.map((c) => c.kind), []);
  });

  it('a .bra.jsonc at the base that is not valid JSONC is a row of its own (not read as {}); with a widening ❌, exit 1', async () => {
    const r = repo().write({ '.bra.jsonc': '{"rules": {"BRA011": "off"\n' }).commit('broken config');
    r.write({ '.bra.jsonc': '{}\n' });
    let res = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'json']);
    const j = JSON.parse(res.stdout) as { changes: { kind: string; entry: string; details: string[]; justified: boolean }[] };
    assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.justified]), [['config', '.bra.jsonc', true]]);
    assert.match(j.changes[0].details[0], /^\.bra\.jsonc at the base revision cannot be read \(.+\): changes to the gate cannot be compared$/);
    assert.equal(res.code, 0);
    r.write({ 'psy/a.bra.yaml': edit(BASE, 'units: [vc]\n', 'units: [vc, bvc]\n') });
    res = await r.diff(['--base', 'main', '--as-of', AS_OF]);
    assert.equal(res.code, 1, res.stdout);
    assert.match(res.stdout, /^\| \.bra\.jsonc \| – \| – \| konfiguration ändrad \| \.bra\.jsonc i basrevisionen kan inte läsas \(.+\): ändringar av kontrollen kan inte jämföras \| ❌ konfiguration \|$/m);
    const gh = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF, '--format', 'github']);
    assert.match(gh.stdout, /^::error file=\.bra\.jsonc,title=bra-diff\/config::\.bra\.jsonc at the base revision cannot be read/m);
  });

  it('a new suppression with reason "ok": exit 1 and a row; with "dnr 2026/114": exit 0, the row with the reference', async () => {
    const r = repo().write({ 'psy/a.bra.yaml': SUPPRESS_AM1(WIDEN_AM1(BASE), 'ok') });
    let res = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF]);
    assert.equal(res.code, 1, res.stdout);
    assert.ok(res.stdout.includes('| AM-1 | Läkare | Journalsystem (internal confidentiality) | new suppression | new suppression of BRA032, BRA033, BRA011 on line 42: "ok" (no approval reference) | ❌ suppression without approval |'), res.stdout);
    r.write({ 'psy/a.bra.yaml': SUPPRESS_AM1(WIDEN_AM1(BASE), 'godkänt av verksamhetschefen, dnr 2026/114') });
    res = await r.diff(['--base', 'main', '--lang', 'en', '--as-of', AS_OF]);
    assert.equal(res.code, 0, res.stdout);
    assert.ok(res.stdout.includes('| AM-1 | Läkare | Journalsystem (internal confidentiality) | widened | patient scope: ongoing care relationship → all patients | ✅ |'), res.stdout);
    assert.ok(res.stdout.includes('new suppression of BRA032, BRA033, BRA011 on line 42: "godkänt av verksamhetschefen, dnr 2026/114" (approval: dnr 2026/114) | ✅ |'));
  });
});
