/**
 * The extension manifest without VS Code: the `$bra` problem matcher reads `bra check --format stylish` output the
 * way VS Code applies a multi-line matcher, every `%key%` has Swedish and English text, the suppression grammar
 * matches a suppression comment, and nothing contributes yamlValidation.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintOne } from '../../../src/engine';
import { stylish } from '../../../src/report';
import { allRuleMeta } from '../../../src/rules';

/** What `bra check --format stylish` prints for a deficient sample and a small file with an info finding. */
function formatStylish(): string {
  const rel = 'samples/brister/utkast-generiska-konsekvenser.bra.yaml';
  const sample = lintOne(rel, fs.readFileSync(path.join(REPO, rel), 'utf8'), { asOf: '2026-11-22' });
  sample.findings = [sample.findings.find((f) => f.rule === 'BRA007')!, sample.findings.find((f) => f.rule === 'BRA019')!];
  const text = 'a\nb\nc: 1\n';
  const small = { path: 'samples/x.bra.yaml', kind: 'analysis' as const, text, findings: [
    { rule: 'BRA034', severity: 'info' as const, message: { sv: 'Info här.', en: 'Info here.' }, location: '$', span: { start: 4, end: 5 } },
  ] };
  return stylish([sample, small], { lang: 'sv', asOf: '2026-11-22', version: '0' });
}

const REPO = path.resolve(__dirname, '../../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));
const pkg = read('package.json');

interface Pattern { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }

/** VS Code's multi-line matcher, reduced: the first pattern matches a file line, the looping one each problem below it. */
function match(patterns: Pattern[], text: string) {
  const [head, row] = patterns.map((p) => ({ ...p, re: new RegExp(p.regexp) }));
  const out: { file: string; line: number; column: number; severity: string; message: string; code: string }[] = [];
  let file: string | undefined;
  for (const l of text.split('\n')) {
    const r = file !== undefined ? row.re.exec(l) : null;
    if (r) {
      if (r[row.line!]) out.push({ file: file as string, line: +r[row.line!], column: +r[row.column!], severity: r[row.severity!], message: r[row.message!], code: r[row.code!] });
      continue;
    }
    const h = head.re.exec(l);
    file = h ? h[head.file!] : undefined;
  }
  return out;
}

describe('extension manifest', () => {
  it('the behorighet.rules setting accepts every finding id the engine can report (rules and the others), nothing else', () => {
    const pattern = new RegExp(pkg.contributes.configuration.properties['behorighet.rules'].propertyNames.pattern);
    for (const m of allRuleMeta()) assert.ok(pattern.test(m.id), m.id);
    for (const bad of ['BRA1000', 'bra001', 'access-tests', 'BRA01']) assert.ok(!pattern.test(bad), bad);
  });
  it('the $bra problem matcher reads stylish output: file, line, column, severity, message, rule id', () => {
    const pm = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'bra');
    assert.ok(pm);
    assert.equal(pm.owner, 'bra');
    const out = match(pm.pattern, formatStylish());
    assert.deepEqual(out.map((o) => [o.file, o.line, o.column, o.severity, o.code]), [
      ['samples/brister/utkast-generiska-konsekvenser.bra.yaml', 134, 5, 'warning', 'BRA007'],
      ['samples/brister/utkast-generiska-konsekvenser.bra.yaml', 146, 12, 'warning', 'BRA019'],
      ['samples/x.bra.yaml', 3, 1, 'info', 'BRA034'],
    ]);
    assert.match(out[1].message, /^Angiven risknivå 'medium'/);
  });

  it('every %key% of the manifest has an English and a Swedish text', () => {
    const en = read('package.nls.json');
    const sv = read('package.nls.sv.json');
    const keys = [...JSON.stringify({ contributes: pkg.contributes, capabilities: pkg.capabilities }).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json: ${k}`);
      assert.ok(sv[k], `package.nls.sv.json: ${k}`);
    }
    assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
  });

  it('every contributed command is one the extension registers', () => {
    const src = fs.readdirSync(path.join(REPO, 'src/extension')).map((f) => fs.readFileSync(path.join(REPO, 'src/extension', f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands) assert.ok(src.includes(`'${c.command}'`), c.command);
  });

  it('runs as a workspace extension, in untrusted (limited) and virtual workspaces, and leaves yamlValidation alone', () => {
    assert.deepEqual(pkg.extensionKind, ['workspace']);
    // everything but the review command (it runs git), which refuses in an untrusted workspace
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(pkg.capabilities.untrustedWorkspaces.description, '%capabilities.untrusted%');
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.contributes.yamlValidation, undefined);
    assert.equal(pkg.contributes.languages, undefined);
    assert.ok(pkg.activationEvents.includes('onLanguage:yaml'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.bra.yaml'));
  });

  it('the suppression grammar highlights the directive, the rule ids and the reason', () => {
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'bra.suppression.injection');
    assert.deepEqual(g.injectTo, ['source.yaml']);
    const grammar = JSON.parse(fs.readFileSync(path.join(REPO, g.path), 'utf8'));
    const re = new RegExp(grammar.repository.suppression.match);
    const m = re.exec('  # bra-disable-next-line BRA033, BRA034 -- beslut 2024-05, dnr 12');
    assert.ok(m);
    assert.equal(m[1], 'bra-disable-next-line');
    assert.deepEqual(m[2].match(new RegExp(grammar.repository.ruleId.match, 'g')), ['BRA033', 'BRA034']);
    assert.equal(m[4], 'beslut 2024-05, dnr 12');
  });
});
