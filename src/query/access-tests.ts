/**
 * Access tests: a `*.access-tests.yaml` file of expectations about who can see what, in the domain's words
 * (schemas/access-tests.schema.json), run by `bra check`. Like a policy engine's tests, but each test names a
 * role, unit, data category, patient group and system and expects `allow` or `deny`.
 *
 * ```yaml
 * analysis: analys.bra.yaml          # relative to this file
 * matrices: [behorighetsmatris.bra.yaml]   # optional; default: the matrix files beside the analysis that refer to it
 * tests:
 *   - { name: Undersköterskor läser inte PHV-anteckningar, role: usk, category: mental_health, system: journal, expect: deny }
 * ```
 *
 * Findings: `yaml-syntax` and `schema` for the file itself; `access-test` (error) for a failing expectation (with
 * the chain need → risk → entry), for a test that names an id the analysis does not have, and for an analysis that
 * cannot be read.
 */
import type { Bilingual, Finding, RelatedInfo } from '../model';
import { bi, formatBoth } from '../i18n';
import { locate, parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { isRec } from '../domain/model';
import { OPERATIONS, PATIENT_SCOPES, answer, checkQuestion } from './index';
import type { Question, QueryContext } from './index';

export const ACCESS_TESTS_FILE = /\.access-tests\.ya?ml$/i;

const TEST_KEYS = ['name', 'role', 'unit', 'category', 'patients', 'system', 'regime', 'identifiability', 'operation', 'expect'];
const REQUIRED = ['name', 'role', 'category', 'system', 'expect'];
const TOP_KEYS = ['schema_version', 'analysis', 'matrices', 'tests'];

export interface AccessTestsFile {
  p: ParsedDoc;
  /** `analysis:` (relative to the tests file), when given as a string. */
  analysis?: string;
  /** `matrices:`, when given. */
  matrices?: string[];
  /** Findings about the file's own structure (yaml-syntax, schema). */
  findings: Finding[];
  tests: { index: number; q: Question; name: string; expect: 'allow' | 'deny' }[];
}

const err = (rule: string, p: ParsedDoc, path: (string | number)[], location: string, message: Bilingual, part: 'key' | 'value' | 'anchor' = 'anchor', data?: Record<string, unknown>): Finding => ({
  rule, severity: 'error', message, location, span: locate(p, path, part), ...(data ? { data } : {}),
});

/** Parse and check the structure of an access-tests file (what the JSON schema says, with our messages). */
export function readAccessTests(text: string): AccessTestsFile {
  const p = parse(text);
  const out: AccessTestsFile = { p, findings: [...p.syntaxFindings], tests: [] };
  if (p.syntaxFindings.length > 0) return out;
  if (!isRec(p.data)) {
    out.findings.push(err('schema', p, [], '$', bi('Filen ska vara en mappning med analysis och tests.', 'The file must be a mapping with analysis and tests.'), 'anchor', { keyword: 'type' }));
    return out;
  }
  const root = p.data;
  for (const k of Object.keys(root)) {
    if (!TOP_KEYS.includes(k)) out.findings.push(err('schema', p, [k], `$.${k}`, formatBoth({ sv: 'Okänd nyckel "{k}" (tillåtna: {a}).', en: 'Unknown key "{k}" (allowed: {a}).' }, { k, a: TOP_KEYS.join(', ') }), 'key', { keyword: 'additionalProperties' }));
  }
  if (typeof root.analysis === 'string' && root.analysis.trim() !== '') out.analysis = root.analysis.trim();
  else out.findings.push(err('schema', p, ['analysis'], '$.analysis', bi('Ange analysfilen: analysis: analys.bra.yaml (sökväg från denna fil).', 'Give the analysis file: analysis: analysis.bra.yaml (path from this file).'), 'anchor', { keyword: 'required' }));
  if (root.matrices !== undefined) {
    if (Array.isArray(root.matrices) && root.matrices.every((x) => typeof x === 'string' && x.trim() !== '')) out.matrices = (root.matrices as string[]).map((x) => x.trim());
    else out.findings.push(err('schema', p, ['matrices'], '$.matrices', bi('matrices ska vara en lista med sökvägar till matrisfiler.', 'matrices must be a list of paths to matrix files.'), 'value', { keyword: 'type' }));
  }
  if (!Array.isArray(root.tests)) {
    out.findings.push(err('schema', p, ['tests'], '$.tests', bi('Ange testerna som en lista: tests: [{ name, role, category, system, expect }].', 'Give the tests as a list: tests: [{ name, role, category, system, expect }].'), root.tests === undefined ? 'anchor' : 'value', { keyword: root.tests === undefined ? 'required' : 'type' }));
    return out;
  }
  root.tests.forEach((t, i) => {
    const loc = `$.tests[${i}]`;
    if (!isRec(t)) {
      out.findings.push(err('schema', p, ['tests', i], loc, bi('Ett test ska vara en mappning med name, role, category, system och expect.', 'A test must be a mapping with name, role, category, system and expect.'), 'anchor', { keyword: 'type' }));
      return;
    }
    let ok = true;
    for (const k of Object.keys(t)) {
      if (!TEST_KEYS.includes(k)) {
        ok = false;
        out.findings.push(err('schema', p, ['tests', i, k], `${loc}.${k}`, formatBoth({ sv: 'Okänd nyckel "{k}" i ett test (tillåtna: {a}).', en: 'Unknown key "{k}" in a test (allowed: {a}).' }, { k, a: TEST_KEYS.join(', ') }), 'key', { keyword: 'additionalProperties' }));
      }
    }
    const missing = REQUIRED.filter((k) => t[k] === undefined || t[k] === null || t[k] === '');
    if (missing.length) {
      ok = false;
      out.findings.push(err('schema', p, ['tests', i], loc, formatBoth({ sv: 'Testet saknar {k}.', en: 'The test lacks {k}.' }, { k: missing.join(', ') }), 'anchor', { keyword: 'required', missing }));
    }
    for (const k of TEST_KEYS) {
      const v = t[k];
      if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') {
        ok = false;
        out.findings.push(err('schema', p, ['tests', i, k], `${loc}.${k}`, formatBoth({ sv: '"{k}" ska vara text.', en: '"{k}" must be text.' }, { k }), 'value', { keyword: 'type' }));
      }
    }
    const enumOf = (k: string, values: string[]) => {
      const v = t[k];
      if (v === undefined || v === null || values.includes(String(v))) return;
      ok = false;
      out.findings.push(err('schema', p, ['tests', i, k], `${loc}.${k}`, formatBoth({ sv: 'Ogiltigt värde "{v}" för "{k}". Tillåtna värden: {a}.', en: 'Invalid value "{v}" for "{k}". Allowed values: {a}.' }, { v: String(v), k, a: values.join(', ') }), 'value', { keyword: 'enum' }));
    };
    enumOf('expect', ['allow', 'deny']);
    enumOf('patients', PATIENT_SCOPES);
    enumOf('regime', ['inner_secrecy', 'coherent_record_keeping']);
    enumOf('identifiability', ['identified', 'pseudonymised']);
    enumOf('operation', OPERATIONS);
    if (!ok) return;
    const s = (k: string) => (t[k] === undefined || t[k] === null ? undefined : String(t[k]));
    out.tests.push({
      index: i,
      name: s('name')!,
      expect: s('expect') as 'allow' | 'deny',
      q: {
        role: s('role')!,
        category: s('category')!,
        system: s('system')!,
        patients: s('patients'),
        unit: s('unit'),
        regime: s('regime'),
        identifiability: s('identifiability') as Question['identifiability'],
        operation: s('operation'),
      },
    });
  });
  return out;
}

const KEY_OF: Record<string, string> = { role: 'role', system: 'system', category: 'category', unit: 'unit', patients: 'patients', regime: 'regime', operation: 'operation' };

/**
 * Run the tests of a read file against an analysis context (or the reason the analysis cannot be used).
 * Returns every finding of the file (its structure findings first).
 */
export function runAccessTests(file: AccessTestsFile, ctx: QueryContext | { error: Bilingual }, asOf: string): Finding[] {
  const { p } = file;
  const out = [...file.findings];
  if ('error' in ctx) {
    if (file.analysis !== undefined) out.push(err('access-test', p, ['analysis'], '$.analysis', ctx.error, 'value', { problem: 'analysis' }));
    return out;
  }
  if (ctx.problems.length > 0) {
    out.push(err('access-test', p, ['analysis'], '$.analysis', formatBoth({ sv: 'Testerna kan inte köras: {f} kan inte läsas ({m}).', en: 'The tests cannot run: {f} cannot be read ({m}).' }, { f: ctx.problems[0].path, m: ctx.problems[0].message }), 'value', { problem: 'analysis' }));
    return out;
  }
  for (const t of file.tests) {
    const loc = `$.tests[${t.index}]`;
    const bad = checkQuestion(ctx.m, t.q);
    if (bad) {
      out.push(err('access-test', p, ['tests', t.index, KEY_OF[bad.field] ?? 'name'], `${loc}.${bad.field}`, formatBoth({ sv: 'Testet "{n}": {m}.', en: 'Test "{n}": {m}.' }, { n: t.name, m: capitalise(bad.message) }), 'value', { problem: 'unknown', field: bad.field }));
      continue;
    }
    const a = answer(ctx, t.q, asOf);
    if ((a.allowed ? 'allow' : 'deny') === t.expect) continue;
    const chain = a.chain.filter((l) => l.kind !== 'entry' || !a.allowed || l.covers);
    const chainText = joinArrow(chain.map((l) => l.id));
    const related: RelatedInfo[] = a.chain
      .filter((l) => l.kind === 'entry' || l.kind === 'need')
      .map((l) => ({ path: l.path, span: l.span, message: formatBoth({ sv: '{k} {id}: {t}', en: '{k} {id}: {t}' }, { k: l.kind === 'entry' ? bi('behörighet', 'access entry') : bi('behov', 'need'), id: l.id, t: l.text }) }));
    const message = formatBoth(
      {
        sv: 'Testet "{n}" väntar sig {exp}, men svaret är {got}: {why}{chain}',
        en: 'Test "{n}" expects {exp}, but the answer is {got}: {why}{chain}',
      },
      {
        n: t.name,
        exp: t.expect === 'allow' ? bi('ja (allow)', 'yes (allow)') : bi('nej (deny)', 'no (deny)'),
        got: a.allowed ? bi('ja', 'yes') : bi('nej', 'no'),
        why: joinSpace(a.reasons),
        chain: chainText ? formatBoth({ sv: ' Kedja: {c}.', en: ' Chain: {c}.' }, { c: chainText }) : '',
      },
    );
    out.push({ ...err('access-test', p, ['tests', t.index], loc, message, 'anchor', { expect: t.expect, answer: a.allowed ? 'allow' : 'deny', allowedBy: a.allowedBy }), ...(related.length ? { related } : {}) });
  }
  return out;
}

function capitalise(b: Bilingual): Bilingual {
  return bi(b.sv.charAt(0).toUpperCase() + b.sv.slice(1), b.en.charAt(0).toUpperCase() + b.en.slice(1));
}
function joinSpace(items: Bilingual[]): Bilingual {
  return bi(items.map((x) => x.sv).join(' '), items.map((x) => x.en).join(' '));
}
function joinArrow(ids: string[]): string {
  return ids.join(' → ');
}
