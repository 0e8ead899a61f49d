/**
 * `.bra.jsonc`: JSON with comments (and trailing commas). Parsed with jsonc-parser and checked by hand, so that
 * every error is one English line with the file, the 1-based line and column, and what is wrong:
 * `.bra.jsonc:3:12: unknown rule 'BRA999'`. The CLI prints them and exits 2; the extension shows them.
 *
 * Pure: text in, config and errors out (no fs).
 */
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { BraConfig, SeverityOverride, Thresholds } from '../model';
import { ruleMeta } from '../rules';
import { SPECIALTY } from '../domain/labels';

/** Files checked when the config names none. */
export const DEFAULT_GLOBS = ['**/*.bra.yaml', '**/*.bra.yml'];

/** Every key of Thresholds (the `satisfies` keeps this list in step with the type). */
const THRESHOLD_KEYS = {
  consequenceMinChars: true,
  coarseHeadcount: true,
  sjfMirrorMinRoles: true,
  reviewMaxMonths: true,
  logIntervalMaxDays: true,
  logRetentionMinYears: true,
  sensitiveSpecialties: true,
} satisfies Record<keyof Thresholds, true>;

const TOP_KEYS = ['rules', 'thresholds', 'files', 'language'];
const SEVERITIES: SeverityOverride[] = ['error', 'warning', 'info', 'off'];
const LANGUAGES = ['sv', 'en', 'auto'];
const RULE_ID = /^(BRA\d{3}|yaml-syntax|schema|suppression|access-test)$/;

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character',
};

/** 1-based line and column (UTF-16 units) of an offset. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function describe(n: Node): string {
  if (n.type === 'string') return `'${String(n.value)}'`;
  if (n.type === 'object' || n.type === 'array') return `an ${n.type}`;
  return String(n.value);
}

function show(s: string): string {
  return s.length > 60 ? `'${s.slice(0, 57)}...'` : `'${s}'`;
}

/**
 * Parse and check a `.bra.jsonc`. `path` is only used in the error lines (default `.bra.jsonc`).
 * On errors the config holds every part that was valid, but callers should stop (the CLI exits 2).
 * An empty file (or one with only comments) is an empty config.
 */
export function parseConfig(text: string, path = '.bra.jsonc'): { config: BraConfig; errors: string[] } {
  const errors: string[] = [];
  const err = (offset: number, message: string) => errors.push(`${path}:${lineCol(text, offset)}: ${message}`);
  const config: BraConfig = {};

  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (parseErrors.length > 0) {
    // only the first: the ones after it are mostly its consequences
    for (const e of parseErrors.slice(0, 1)) err(e.offset, `syntax error: ${SYNTAX[printParseErrorCode(e.error)] ?? 'invalid JSON'}`);
    return { config: {}, errors };
  }
  if (!root) return { config, errors };
  if (root.type !== 'object') {
    err(root.offset, `the config must be an object ({ ... }), not ${describe(root)}`);
    return { config: {}, errors };
  }

  const seen = new Set<string>();
  for (const prop of root.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) {
      err(keyNode.offset, `duplicate key ${show(key)}`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'rules':
        config.rules = parseRules(value, err);
        break;
      case 'thresholds':
        config.thresholds = parseThresholds(value, err);
        break;
      case 'files':
        config.files = parseFiles(value, err);
        break;
      case 'language':
        if (value.type === 'string' && LANGUAGES.includes(value.value)) config.language = value.value;
        else err(value.offset, `invalid language ${describe(value)} (expected 'sv', 'en' or 'auto')`);
        break;
      default:
        err(keyNode.offset, `unknown key ${show(key)} (expected ${TOP_KEYS.map((k) => `'${k}'`).join(', ')})`);
    }
  }
  return { config, errors };
}

type Err = (offset: number, message: string) => void;

function parseRules(node: Node, err: Err): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  if (node.type !== 'object') {
    err(node.offset, `'rules' must be an object of rule id to severity, not ${describe(node)}`);
    return out;
  }
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const id = String(keyNode.value);
    // ruleMeta: the id must be a rule that exists, not only look like one (BRA999)
    if (!RULE_ID.test(id) || !ruleMeta(id)) {
      err(keyNode.offset, `unknown rule ${show(id)}`);
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(out, id)) {
      err(keyNode.offset, `duplicate rule '${id}'`);
      continue;
    }
    if (value.type === 'string' && (SEVERITIES as string[]).includes(value.value)) out[id] = value.value;
    else err(value.offset, `invalid severity ${describe(value)} for rule '${id}' (expected 'error', 'warning', 'info' or 'off')`);
  }
  return out;
}

function parseThresholds(node: Node, err: Err): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  if (node.type !== 'object') {
    err(node.offset, `'thresholds' must be an object, not ${describe(node)}`);
    return out;
  }
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (!Object.prototype.hasOwnProperty.call(THRESHOLD_KEYS, key)) {
      err(keyNode.offset, `unknown threshold ${show(key)} (expected ${Object.keys(THRESHOLD_KEYS).map((k) => `'${k}'`).join(', ')})`);
      continue;
    }
    if (key === 'sensitiveSpecialties') {
      const list = parseSpecialties(value, err);
      if (list) out.sensitiveSpecialties = list;
      continue;
    }
    if (value.type === 'number' && Number.isFinite(value.value) && value.value >= 0) out[key as Exclude<keyof Thresholds, 'sensitiveSpecialties'>] = value.value;
    else err(value.offset, `threshold '${key}' must be a non-negative number, not ${describe(value)}`);
  }
  return out;
}

/** BRA016's list of specialty codes: an array of known codes (`[]` turns the list off). */
function parseSpecialties(node: Node, err: Err): string[] | undefined {
  if (node.type !== 'array') {
    err(node.offset, `threshold 'sensitiveSpecialties' must be an array of specialty codes, not ${describe(node)}`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && Object.prototype.hasOwnProperty.call(SPECIALTY, item.value)) out.push(item.value);
    else err(item.offset, `unknown specialty ${item.type === 'string' ? show(item.value) : describe(item)} in 'sensitiveSpecialties'`);
  }
  return out;
}

function parseFiles(node: Node, err: Err): string[] {
  if (node.type !== 'array') {
    err(node.offset, `'files' must be an array of glob strings, not ${describe(node)}`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && item.value.trim() !== '') out.push(item.value);
    else err(item.offset, `'files' entries must be non-empty glob strings, not ${item.type === 'string' ? 'an empty string' : describe(item)}`);
  }
  return out;
}
