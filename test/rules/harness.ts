/**
 * Rule test harness: lint inline YAML or fixture files, render golden squiggle snapshots, apply fixes text to text,
 * and `ruleTester`, the declarative valid/invalid form of a rule test (typescript-eslint's RuleTester).
 * Golden files are written only with BRA_UPDATE_GOLDEN=1 (reviewed in the diff); a missing one fails.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Bilingual, BraConfig, Finding } from '../../src/model';
import type { Rule } from '../../src/rules/define';
import { lint, positionAt } from '../../src/engine';
import type { LintInput } from '../../src/engine';
import { applyEdits } from '../../src/fixes';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures/rules');
export const AS_OF = '2026-12-01';
/** BRA_UPDATE_GOLDEN=1 (or the older UPDATE_SNAPSHOTS=1) writes golden files instead of comparing. */
export const UPDATE = process.env.BRA_UPDATE_GOLDEN === '1' || process.env.UPDATE_SNAPSHOTS === '1';

export interface LintTextOptions {
  asOf?: string;
  config?: BraConfig;
  /** Extra files by path (e.g. a separate matrix file and its analysis); the main text is `main.bra.yaml`. */
  files?: Record<string, string>;
  path?: string;
}

/** Findings of the main document. */
export function lintText(text: string, o: LintTextOptions = {}): Finding[] {
  const main = o.path ?? 'main.bra.yaml';
  const inputs: LintInput[] = [{ path: main, text }, ...Object.entries(o.files ?? {}).map(([p, t]) => ({ path: p, text: t, report: false }))];
  const files = o.files ?? {};
  return lint(inputs, {
    asOf: o.asOf ?? AS_OF,
    config: o.config,
    resolve: (from, ref) => {
      const p = path.posix.join(path.posix.dirname(from), ref);
      return p in files ? { path: p, text: files[p] } : { error: 'ENOENT' };
    },
  })[0].findings;
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** `{ rule, line, col, endLine, endCol, location }` (1-based) — compact form for exact assertions. */
export function brief(text: string, f: Finding): { rule: string; severity: string; location: string; range: string } {
  const s = positionAt(text, f.span.start);
  const e = positionAt(text, f.span.end);
  return { rule: f.rule, severity: f.severity, location: f.location, range: `${s.line}:${s.column}-${e.line}:${e.column}` };
}

/** typescript-eslint-style golden text: each finding under its source line with a ~~~ underline and both messages. */
export function renderSnapshot(text: string, findings: Finding[]): string {
  const lines = text.split('\n');
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    const l = positionAt(text, f.span.start).line;
    byLine.set(l, [...(byLine.get(l) ?? []), f]);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    for (const f of byLine.get(i + 1) ?? []) {
      const s = positionAt(text, f.span.start);
      const e = positionAt(text, f.span.end);
      const width = e.line === s.line ? Math.max(1, e.column - s.column) : Math.max(1, line.length - s.column + 1);
      const pad = ' '.repeat(s.column - 1);
      out.push(`${pad}${'~'.repeat(width)} ${f.rule} ${f.severity} ${f.location}${f.data ? ' ' + JSON.stringify(f.data) : ''}`);
      out.push(`${pad}  sv: ${f.message.sv}`);
      out.push(`${pad}  en: ${f.message.en}`);
    }
  });
  return out.join('\n');
}

/** Compare with a golden file; a missing one fails. Written only when asked (BRA_UPDATE_GOLDEN=1), never under npm test. */
export function expectGolden(file: string, actual: string, update = UPDATE): void {
  const rel = path.relative(REPO, file);
  if (update) {
    if (process.env.BRA_TEST_LAYER) assert.fail(`BRA_UPDATE_GOLDEN=1 under npm test: run the test file on its own to write ${rel}`);
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `golden ${rel} is missing (BRA_UPDATE_GOLDEN=1 writes it; review it in the diff)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `golden ${rel} differs (BRA_UPDATE_GOLDEN=1 rewrites it)`);
}

/** Apply the preferred (else first) fix of each finding; overlapping edits of later findings are skipped. */
export function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => {
    const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
    return fix ? fix.edits : [];
  });
  return applyEdits(text, edits);
}

/** Keys that tell findings apart for "is it still there" comparisons. */
export function key(f: Finding): string {
  return `${f.rule}|${f.location}|${JSON.stringify(f.data ?? {})}`;
}

/**
 * The fixture contract for one rule: valid.yaml has no finding of the rule; invalid.yaml's findings of the rule
 * equal invalid.snap; when invalid.fixed.yaml exists, applying the fixes gives exactly that text, the fixed
 * findings are gone and no new yaml-syntax or schema finding appears.
 */
export function checkRuleFixtures(rule: string, o: LintTextOptions & { fixKeepsFinding?: boolean } = {}): void {
  const dir = path.join(FIXTURES, rule);
  const valid = fs.readFileSync(path.join(dir, 'valid.yaml'), 'utf8');
  assert.deepEqual(ofRule(lintText(valid, o), rule).map((f) => brief(valid, f)), [], `${rule}: valid.yaml must have no ${rule} finding`);
  const invalid = fs.readFileSync(path.join(dir, 'invalid.yaml'), 'utf8');
  const all = lintText(invalid, o);
  const mine = ofRule(all, rule);
  assert.ok(mine.length > 0, `${rule}: invalid.yaml must give at least one ${rule} finding`);
  expectGolden(path.join(dir, 'invalid.snap'), renderSnapshot(invalid, mine));
  const fixedFile = path.join(dir, 'invalid.fixed.yaml');
  const fixable = mine.filter((f) => f.fixes?.length);
  if (fs.existsSync(fixedFile) || fixable.length > 0) {
    assert.ok(fixable.length > 0, `${rule}: invalid.fixed.yaml exists but no finding offers a fix`);
    const fixed = applyFixes(invalid, fixable);
    expectGolden(fixedFile, fixed);
    const after = lintText(fixed, o);
    const structural = (fs: Finding[]) => fs.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').map(key);
    assert.deepEqual(structural(after).filter((k) => !structural(all).includes(k)), [], `${rule}: the fix must not add a yaml-syntax or schema finding`);
    const before = new Set(fixable.map(key));
    // A skeleton fix (e.g. BRA005 inserts empty keys for the user to fill in) keeps its finding by design.
    if (!o.fixKeepsFinding) assert.deepEqual(ofRule(after, rule).map(key).filter((k) => before.has(k)), [], `${rule}: the fixed findings must be gone`);
  }
}

/** One expected finding of the rule under test: where it is, and (optionally) which message and text. */
export interface ExpectedFinding<M extends string = string> {
  location: string;
  /** `line:col-endLine:endCol`, 1-based (as `brief` writes it). */
  range: string;
  /** The message id; the finding's sv and en text must be that template filled in. Typed by the rule's messages. */
  message?: M;
  /** The exact text in both languages. */
  text?: Bilingual;
  data?: Record<string, unknown>;
}

export interface ValidCase {
  name?: string;
  code: string;
  options?: LintTextOptions;
}

export interface InvalidCase<M extends string = string> extends ValidCase {
  /** Every finding of the rule, in the engine's order (nothing more, nothing less). */
  findings: ExpectedFinding<M>[];
  /**
   * The text after applying each finding's preferred (else first) fix; then the fixed findings must be gone
   * (unless `fixKeepsFinding`) and no yaml-syntax or schema finding may be new. Absent: no finding may offer a fix.
   */
  output?: string;
  fixKeepsFinding?: boolean;
}

/** Whether a text is `template` filled in: each `{placeholder}` stands for any text. */
export function matchesTemplate(text: string, template: string): boolean {
  const parts = template.split(/\{[A-Za-z0-9_]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^]*')}$`).test(text);
}

const caseName = (c: ValidCase) => c.name ?? (c.code.length > 60 ? `${c.code.slice(0, 57).replace(/\n/g, '⏎')}…` : c.code.replace(/\n/g, '⏎'));

/**
 * The declarative rule test: one `it` per case. A valid case has no finding of the rule; an invalid case has
 * exactly `findings` (location, range, and the message id and text when given), and `output` is the fixed text.
 * The message ids are checked by the compiler against the rule's own messages.
 */
export function ruleTester<M extends string>(rule: Rule<M>, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase<NoInfer<M>>[] }): void {
  describe(`${rule.id} valid`, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(caseName(c), () => {
        assert.deepEqual(ofRule(lintText(c.code, c.options), rule.id).map((f) => brief(c.code, f)), []);
      });
    }
  });
  describe(`${rule.id} invalid`, () => {
    for (const c of cases.invalid) {
      it(caseName(c), () => {
        const all = lintText(c.code, c.options);
        const mine = ofRule(all, rule.id);
        const got = mine.map((f, i) => {
          const want = c.findings[i];
          const g: ExpectedFinding = { location: f.location, range: brief(c.code, f).range };
          if (want?.message !== undefined) {
            const tpl = rule.messages[want.message];
            g.message = tpl && matchesTemplate(f.message.sv, tpl.sv) && matchesTemplate(f.message.en, tpl.en) ? want.message : `not '${want.message}': ${f.message.en}`;
          }
          if (want?.text !== undefined) g.text = f.message;
          if (want?.data !== undefined) g.data = f.data;
          return g;
        });
        assert.deepEqual(got, c.findings);
        const fixable = mine.filter((f) => f.fixes?.length);
        if (c.output === undefined) {
          assert.deepEqual(fixable.map((f) => f.location), [], 'a finding offers a fix: give the expected output');
          return;
        }
        const fixed = applyFixes(c.code, fixable);
        assert.equal(fixed, c.output);
        const after = lintText(fixed, c.options);
        const structural = (fs: Finding[]) => fs.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').map(key);
        assert.deepEqual(structural(after).filter((k) => !structural(all).includes(k)), [], 'the fix must not add a yaml-syntax or schema finding');
        const before = new Set(fixable.map(key));
        if (!c.fixKeepsFinding) assert.deepEqual(ofRule(after, rule.id).map(key).filter((k) => before.has(k)), [], 'the fixed findings must be gone');
      });
    }
  });
}
