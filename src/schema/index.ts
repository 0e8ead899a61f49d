/**
 * The only importer of `ajv`. Validates parsed data against the published schemas and maps every ajv error to the
 * node the user must edit (missing key → parent key, extra key → that key, wrong value → the value), with our own
 * Swedish and English messages and quick-fixes.
 */
import type { ErrorObject } from 'ajv';
import type { Bilingual, DocumentKind, Finding, Fix } from '../model';
import { format } from '../i18n';
import { closest, didYouMean } from '../i18n/suggest';
import type { Arg } from '../i18n';
import { locate, walk } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';
import { insertEntries, removeAt, renameKey, replaceValue, scalarText } from '../fixes';
import type { Stub } from '../fixes';
import { DATE_PATTERN, KEYWORD_MESSAGES, PATTERN_NAMES, TYPE_NAMES } from './messages';
import { compiled } from './compiled-validators';
import analysisSchema from '../../schemas/analysis.schema.json';
import matrixSchema from '../../schemas/access-matrix.schema.json';

export { analysisSchema, matrixSchema };

/** Decode a JSON Pointer (`/risks/0/x~1y`) into path segments (numbers for array indices). */
export function pointerToPath(pointer: string, data: unknown): Path {
  if (pointer === '') return [];
  const out: Path = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** Id-based location of a path: `$.risks[R1].probability`, `[index]` for items without an id. */
export function locationOf(path: Path, data: unknown): string {
  let loc = '$';
  let cur: unknown = data;
  for (const seg of path) {
    if (typeof seg === 'number' && Array.isArray(cur)) {
      const item = cur[seg];
      const id = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).id : undefined;
      loc += typeof id === 'string' || typeof id === 'number' ? `[${id}]` : `[${seg}]`;
      cur = item;
    } else {
      loc += `.${seg}`;
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[String(seg)] : undefined;
    }
  }
  return loc;
}

/** Candidates close to `word` (see src/i18n/suggest.ts), nearest first. */
export function nearest(word: string, candidates: string[], aliases?: (c: string) => string[]): string[] {
  return closest(word, candidates, aliases);
}

/**
 * The data path each schema finding is about, and for a value that is wrong or absent by mistake the path of the
 * value a rule would read (an unknown key that is a typo of a missing key: the missing key's path). The engine uses
 * it to hide rule findings that follow from the same mistake (src/engine/cascade.ts). Not part of the output.
 */
const ROOTS = new WeakMap<Finding, Path>();
/** The path of the key a `required` finding says is missing. */
const MISSING = new WeakMap<Finding, Path>();
/** The data path of every schema finding's value. */
const PATHS = new WeakMap<Finding, Path>();

/** The path of the value a schema finding says is invalid or missing, when it is a root cause; else undefined. */
export function rootPathOf(f: Finding): Path | undefined {
  return ROOTS.get(f);
}

/** Keywords about the value itself (not about a key around it). */
const VALUE_KEYWORDS = new Set(['type', 'enum', 'const', 'pattern', 'format', 'anyOf', 'oneOf', 'minimum', 'maximum', 'exclusiveMinimum']);
/**
 * Keywords about the shape or range of a value (not a misspelt code, id or date): the rule that judges the value at
 * the same place says more (it reads another type as missing and offers a fix), so only rule findings elsewhere
 * follow from it.
 */
const SHAPE_KEYWORDS = new Set(['type', 'anyOf', 'oneOf', 'minimum', 'maximum', 'exclusiveMinimum']);

/** Whether a root cause is about the shape or range of a value (see SHAPE_KEYWORDS). */
export function isShapeRoot(f: Finding): boolean {
  return SHAPE_KEYWORDS.has(String((f.data as { keyword?: string } | undefined)?.keyword));
}

/** An empty value (a key written with no value, "", [], {}) is an absence, not a mistake in a value: the rules that
 * judge the absence say more and offer to fill it in, as for a missing key. */
function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

function labelOf(schema: Record<string, unknown> | undefined, code: string): Bilingual | undefined {
  const sv = (schema?.['x-label-sv'] as Record<string, string> | undefined)?.[code];
  const en = (schema?.['x-label-en'] as Record<string, string> | undefined)?.[code];
  return sv || en ? { sv: sv ?? '', en: en ?? '' } : undefined;
}

function titleOf(prop: Record<string, unknown> | undefined): Bilingual | undefined {
  const sv = typeof prop?.title === 'string' ? prop.title : undefined;
  const en = typeof prop?.['x-title-en'] === 'string' ? (prop['x-title-en'] as string) : undefined;
  return sv || en ? { sv: sv ?? '', en: en ?? '' } : undefined;
}

/** `20/11/2026`, `20.11.2026`, `2026/11/20`, `20261120`, `2026-3-16` → the ISO date, when it is one; else undefined. */
export function isoFromWritten(v: string): string | undefined {
  const t = v.trim();
  let y: string, mo: string, d: string;
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (m) [, d, mo, y] = m;
  else if ((m = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(t))) [, y, mo, d] = m;
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(t))) [, y, mo, d] = m;
  else return undefined;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return new RegExp(DATE_PATTERN).test(iso) ? iso : undefined;
}

function typeName(t: unknown): Bilingual {
  const list = Array.isArray(t) ? t : [t];
  const names = list.map((x) => TYPE_NAMES[String(x)] ?? { sv: String(x), en: String(x) });
  return { sv: names.map((n) => n.sv).join(' eller '), en: names.map((n) => n.en).join(' or ') };
}

function actualType(v: unknown): Bilingual {
  if (v === null || v === undefined) return TYPE_NAMES.null;
  if (Array.isArray(v)) return TYPE_NAMES.array;
  if (typeof v === 'number') return Number.isInteger(v) ? TYPE_NAMES.integer : TYPE_NAMES.number;
  return TYPE_NAMES[typeof v] ?? { sv: typeof v, en: typeof v };
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s === undefined ? 'null' : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function keyText(path: Path): Bilingual {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last === undefined ? { sv: '', en: '' } : { sv: ` för "${last}"`, en: ` for "${last}"` };
}

function inKey(path: Path): Bilingual {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return last === undefined ? { sv: ' på toppnivån', en: ' at the top level' } : { sv: ` i "${last}"`, en: ` in "${last}"` };
}

function message(keyword: string, args: Record<string, Arg>): Bilingual {
  const t = KEYWORD_MESSAGES[keyword] ?? KEYWORD_MESSAGES.fallback;
  return { sv: format(t.sv, args, 'sv'), en: format(t.en, args, 'en') };
}

/** A placeholder value that satisfies the schema for an inserted required key. */
function placeholderFor(key: string, parentSchema: Record<string, unknown> | undefined, siblings: unknown, asOf: string): Stub {
  const props = (parentSchema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const s = props[key] ?? {};
  if (key === 'schema_version') return '1.0';
  if (key === 'id') {
    const used = new Set(Array.isArray(siblings) ? siblings.map((x) => (x && typeof x === 'object' ? String((x as Record<string, unknown>).id) : '')) : []);
    let i = 1;
    while (used.has(`ny-${i}`)) i++;
    return `ny-${i}`;
  }
  if (s.default !== undefined) return s.default as Stub;
  if (typeof s.pattern === 'string' && s.pattern.includes('\\d{4}')) return asOf;
  if (s.type === 'object' || s.$ref) return {};
  if (s.type === 'array') return [];
  return '';
}

interface Ctx {
  p: ParsedDoc;
  asOf: string;
  /** The keys present per mapping (by instancePath), built once per validation: a map with 465k unknown keys
   * must not be scanned once per finding (security report D8). */
  present: Map<string, Set<string>>;
}

function toFinding(err: ErrorObject, ctx: Ctx): Finding {
  const { p } = ctx;
  const data = p.data;
  const path = pointerToPath(err.instancePath, data);
  const parentSchema = err.parentSchema as Record<string, unknown> | undefined;
  const fixes: Fix[] = [];
  let span = locate(p, path, 'value');
  let findingPath = path;
  let args: Record<string, Arg> = { key: keyText(path) };
  let messageKey = err.keyword;
  // the value a rule would read that this finding says is wrong or missing (see ROOTS)
  let root: Path | undefined = VALUE_KEYWORDS.has(err.keyword) && !isEmpty(err.data) ? path : undefined;
  // a missing required key is not a root: the rules that judge its absence say more (BRA001, BRA026 …)
  let missingPath: Path | undefined;
  switch (err.keyword) {
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      span = locate(p, path, 'anchor');
      args = { property: missing, key: inKey(path) };
      missingPath = [...path, missing];
      const value = placeholderFor(missing, parentSchema, walkSiblings(p, path), ctx.asOf);
      const edits = insertEntries(p, path, { [missing]: value });
      if (edits.length) fixes.push({ title: { sv: `Lägg till "${missing}"`, en: `Add "${missing}"` }, edits, preferred: true, safe: false });
      break;
    }
    case 'additionalProperties': {
      const extra = (err.params as { additionalProperty: string }).additionalProperty;
      findingPath = [...path, extra];
      span = locate(p, findingPath, 'key');
      const allowed = Object.keys((parentSchema?.properties ?? {}) as object);
      let present = ctx.present.get(err.instancePath);
      if (!present) {
        const obj = walk(p, path).node as { items?: { key?: { value?: unknown } }[] } | null;
        present = new Set((obj?.items ?? []).map((it) => String(it.key?.value)));
        ctx.present.set(err.instancePath, present);
      }
      const props = (parentSchema?.properties ?? {}) as Record<string, Record<string, unknown>>;
      // a key written by its Swedish or English title (`tidpunkt:` for `when:`) counts as close too
      const close = nearest(extra, allowed.filter((a) => !present!.has(a)), (c) => {
        const t = titleOf(props[c]);
        return t ? [t.sv, t.en].filter(Boolean) : [];
      });
      args = {
        property: extra,
        key: inKey(path),
        suggestion: close.length ? didYouMean(close[0], titleOf(props[close[0]])) : '',
      };
      // the key the user meant is missing because of the typo: rules that read it follow from this finding
      if (close.length) root = [...path, close[0]];
      close.slice(0, 3).forEach((c, i) =>
        fixes.push({ title: { sv: `Byt namn till "${c}"`, en: `Rename to "${c}"` }, edits: renameKey(p, findingPath, c), preferred: i === 0, safe: false }));
      const rm = removeAt(p, findingPath);
      if (rm.length) fixes.push({ title: { sv: `Ta bort "${extra}"`, en: `Remove "${extra}"` }, edits: rm });
      break;
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      // a value written as its Swedish or English label (`fastställd` for `approved`) counts as close too
      const close = typeof err.data === 'string' || typeof err.data === 'number'
        ? nearest(String(err.data), allowed.map(String), (c) => {
          const l = labelOf(parentSchema, c);
          return l ? [l.sv, l.en].filter(Boolean) : [];
        })
        : [];
      args = {
        value: show(err.data), key: keyText(path), allowed: allowed.map((a) => show(a)).join(', '),
        suggestion: close.length ? didYouMean(close[0], labelOf(parentSchema, close[0])) : '',
      };
      const ordered = [...close, ...allowed.map(String).filter((a) => !close.includes(a))];
      ordered.slice(0, 8).forEach((a, i) =>
        fixes.push({
          title: { sv: `Ändra till "${a}"`, en: `Change to "${a}"` },
          edits: replaceValue(p, path, typeof allowed[0] === 'number' ? a : scalarText(a)),
          preferred: i === 0 && close.length > 0,
        }));
      break;
    }
    case 'const':
      args = { key: keyText(path), allowed: show((err.params as { allowedValue: unknown }).allowedValue) };
      break;
    case 'type':
      args = { key: keyText(path), type: typeName((err.params as { type: unknown }).type), actual: actualType(err.data) };
      break;
    case 'pattern': {
      const pat = (err.params as { pattern: string }).pattern;
      args = { key: keyText(path), value: show(err.data), expected: PATTERN_NAMES[pat] ?? pat, suggestion: '' };
      // the right shape but no such day (2026-02-30, 2026-13-45): say so, not "wrong format"
      if (pat === DATE_PATTERN && typeof err.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(err.data)) messageKey = 'invalidDate';
      else if (pat === DATE_PATTERN && typeof err.data === 'string') {
        // 20/11/2026, 2026-3-16: a date in another notation; say which day it is in ours
        const iso = isoFromWritten(err.data);
        if (iso) {
          args.suggestion = { sv: ` Menade du ${iso}?`, en: ` Did you mean ${iso}?` };
          const edits = replaceValue(p, path, iso);
          if (edits.length) fixes.push({ title: { sv: `Ändra till ${iso}`, en: `Change to ${iso}` }, edits, preferred: true });
        }
      }
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      args = { key: keyText(path), value: show(err.data), limit: String((err.params as { limit: number }).limit) };
      break;
    case 'minItems':
    case 'maxItems':
    case 'maxLength':
      args = { key: keyText(path), limit: String((err.params as { limit: number }).limit) };
      break;
    case 'anyOf':
    case 'oneOf': {
      const branches = ((parentSchema?.[err.keyword] ?? []) as Record<string, unknown>[]).map(describeBranch);
      args = { key: keyText(path), expected: { sv: branches.map((b) => b.sv).join(' eller '), en: branches.map((b) => b.en).join(' or ') } };
      break;
    }
    default:
      args = { key: keyText(path), keyword: err.keyword };
  }
  const finding: Finding = {
    rule: 'schema',
    severity: 'error',
    message: message(messageKey, args),
    location: locationOf(findingPath, data),
    span,
    data: { keyword: err.keyword },
    fixes: fixes.filter((f) => f.edits.length > 0),
  };
  if (root) ROOTS.set(finding, root);
  if (missingPath) MISSING.set(finding, missingPath);
  PATHS.set(finding, path);
  return finding;
}

function walkSiblings(p: ParsedDoc, path: Path): unknown {
  if (path.length === 0 || typeof path[path.length - 1] !== 'number') return undefined;
  let cur: unknown = p.data;
  for (const seg of path.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

function describeBranch(b: Record<string, unknown>): Bilingual {
  if (Array.isArray(b.enum)) return { sv: b.enum.map((x) => show(x)).join(', '), en: b.enum.map((x) => show(x)).join(', ') };
  if (b.const !== undefined) return { sv: show(b.const), en: show(b.const) };
  if (b.type) return typeName(b.type);
  return { sv: 'annan form', en: 'another form' };
}

/** Keep one error per place: a failed anyOf/oneOf hides its branches' errors; duplicates go. */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (unions.length > 0 && e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && unions.some((u) => e.schemaPath.startsWith(`${u.schemaPath}/`) && e.instancePath.startsWith(u.instancePath))) return false;
    // the common case of a flood (unknown keys) without JSON.stringify
    const k = e.keyword === 'additionalProperties'
      ? `a|${e.instancePath}|${(e.params as { additionalProperty: string }).additionalProperty}`
      : `${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One finding per mistake (issue #12): at one value, `type` and `enum`/`const` say the same thing twice (keep the
 * one that helps: the list of allowed values for a scalar, the type for a list or mapping); a required key that an
 * unknown key next to it is a typo of ("Menade du …?") is the same mistake as that unknown key.
 */
function rootsOnce(findings: Finding[], data: unknown): Finding[] {
  const kw = (f: Finding) => (f.data as { keyword?: string } | undefined)?.keyword;
  const byLoc = new Map<string, Finding[]>();
  for (const f of findings) byLoc.set(f.location, [...(byLoc.get(f.location) ?? []), f]);
  const drop = new Set<Finding>();
  for (const group of byLoc.values()) {
    const type = group.find((f) => kw(f) === 'type');
    const choice = group.find((f) => kw(f) === 'enum' || kw(f) === 'const');
    if (!type || !choice) continue;
    const path = PATHS.get(type);
    let v: unknown = data;
    for (const seg of path ?? []) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
    // a list or mapping (or an empty value) where a code belongs: the type says it; a wrong scalar: the allowed codes
    drop.add(v === null || v === undefined || typeof v === 'object' ? choice : type);
  }
  const meant = new Set(findings.filter((f) => kw(f) === 'additionalProperties' && rootPathOf(f)).map((f) => JSON.stringify(rootPathOf(f))));
  for (const f of findings) if (kw(f) === 'required' && meant.has(JSON.stringify(MISSING.get(f)))) drop.add(f);
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings;
}

/** Schema findings for a parsed document of a known kind. The root must be a mapping. */
export function validate(p: ParsedDoc, kind: DocumentKind, asOf: string): Finding[] {
  if (kind === 'unknown' || kind === 'access-tests') return [];
  const v = compiled[kind];
  if (v(p.data)) return [];
  const errors = prune(v.errors ?? []);
  const ctx: Ctx = { p, asOf, present: new Map() };
  const shown = rootsOnce(errors.slice(0, MAX_SCHEMA_FINDINGS).map((e) => toFinding(e, ctx)), p.data);
  if (errors.length > MAX_SCHEMA_FINDINGS) {
    const rest = errors.length - MAX_SCHEMA_FINDINGS;
    shown.push({
      rule: 'schema', severity: 'error', location: '$', span: locate(p, [], 'anchor'), data: { keyword: 'truncated', more: rest },
      message: {
        sv: `Ytterligare ${rest} strukturfel visas inte (högst ${MAX_SCHEMA_FINDINGS} per fil). Rätta de första och kontrollera igen.`,
        en: `${rest} further structural errors are not shown (at most ${MAX_SCHEMA_FINDINGS} per file). Fix the first ones and check again.`,
      },
    });
  }
  return shown;
}

/** Schema findings per file; more would flood the editor and cost quadratic time on hostile documents. */
export const MAX_SCHEMA_FINDINGS = 100;
