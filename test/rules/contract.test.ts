/**
 * The rule contract (src/rules/define.ts): a rule's message ids are a type. `ctx.report({ message })` accepts only
 * the ids of the rule's own `messages`, and `default` is required. The `@ts-expect-error` lines below are the
 * compile-time half of this test: if a typo ever compiled again, tsc would fail the build ("Unused '@ts-expect-error'
 * directive"), as typescript-eslint's type tests do.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineRule } from '../../src/rules/define';
import type { Report, RuleContext } from '../../src/rules/define';
import { RULES } from '../../src/rules';
import { parse } from '../../src/yaml';
import { buildModel } from '../../src/domain/model';
import BRA005 from '../../src/rules/BRA005-system-scale';
import { FIXTURES, REPO, matchesTemplate, ruleTester } from './harness';

const noText = { sv: '–', en: '–' };

/** A rule that reports once with each message id it is given, through the typed context. */
const probe = defineRule({
  id: 'BRA999',
  name: 'probe',
  severity: 'info',
  title: noText,
  messages: { default: noText, other: noText },
  legal: [],
  fixable: false,
  check(ctx) {
    const at = { doc: ctx.m.analysis };
    ctx.report({ location: '$', at });
    ctx.report({ location: '$', at, message: 'other' });
    // @ts-expect-error a message id the rule does not declare fails to compile
    ctx.report({ location: '$', at, message: 'othr' });
  },
});

// @ts-expect-error a rule without a `default` message fails to compile
defineRule({ id: 'BRA998', name: 'probe', severity: 'info', title: noText, messages: { other: noText }, legal: [], fixable: false, check() {} });

/** Never called: the compile-time half of ruleTester's typing (expected message ids are the rule's own). */
export function ruleTesterTyping(): void {
  ruleTester(BRA005, { valid: [], invalid: [{ code: '', findings: [{ location: '$', range: '1:1-1:1', message: 'invalid' }] }] });
  // @ts-expect-error BRA005 has no message 'invalidd'
  ruleTester(BRA005, { valid: [], invalid: [{ code: '', findings: [{ location: '$', range: '1:1-1:1', message: 'invalidd' }] }] });
}

describe('rule contract: typed message ids', () => {
  it('report() passes the ids through as written (the typo above is the one the compiler refuses)', () => {
    const got: Report[] = [];
    const doc = parse('schema_version: "1.0"\n');
    const ctx: RuleContext = { m: buildModel(doc), asOf: '2026-12-01', t: {} as RuleContext['t'], report: (r) => got.push(r), at: () => ({ doc }) };
    probe.check(ctx);
    assert.deepEqual(got.map((r) => r.message), [undefined, 'other', 'othr']);
    assert.deepEqual(probe.meta.doc, 'BRA999-probe.md');
  });

  it('every catalogue rule declares a default message, and only messages with both languages', () => {
    for (const r of RULES) {
      assert.ok('default' in r.messages, r.id);
      for (const [id, m] of Object.entries(r.messages)) assert.ok(m.sv.trim() && m.en.trim(), `${r.id}.${id}`);
    }
  });
});

describe('ruleTester: a message id is checked against the finding text', () => {
  it('a text is its template filled in; another template or a changed word does not match', () => {
    const invalid = 'Risk {risk} states {what} with an invalid value ({values}). Use an integer 1–4.';
    const residual = 'The residual risk of {risk} states {what} with an invalid value ({values}). Use an integer 1–4.';
    const text = 'Risk R1 states probability with an invalid value (probability: 5). Use an integer 1–4.';
    assert.equal(matchesTemplate(text, invalid), true);
    assert.equal(matchesTemplate(text, residual), false);
    assert.equal(matchesTemplate(text.replace('integer', 'number'), invalid), false);
    assert.equal(matchesTemplate('a (b) [c] $1 {x}.', 'a (b) [c] $1 {name}.'), true);
  });
});

describe('the registry (src/rules/index.ts) and the files of the rules', () => {
  const registered = RULES.map((r) => `${r.id}-${r.name}`);
  it('every rule file is registered, and nothing else is a rule file', () => {
    const files = fs.readdirSync(path.join(REPO, 'src/rules')).filter((f) => /^BRA\d{3}-/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    assert.deepEqual(files, registered);
  });
  it('every rule page and every fixture folder belongs to a registered rule', () => {
    const pages = fs.readdirSync(path.join(REPO, 'docs/rules')).filter((f) => /^BRA\d{3}-/.test(f)).map((f) => f.replace(/\.md$/, '')).sort();
    assert.deepEqual(pages, registered);
    assert.deepEqual(fs.readdirSync(FIXTURES).filter((f) => /^BRA\d{3}$/.test(f)).sort(), RULES.map((r) => r.id));
  });
  it('every registered rule has its test file, and every rule test file a registered rule', () => {
    const tests = fs.readdirSync(path.join(REPO, 'test/rules')).filter((f) => /^BRA\d{3}\.test\.ts$/.test(f)).map((f) => f.slice(0, 6)).sort();
    assert.deepEqual(tests, RULES.map((r) => r.id));
  });
});
