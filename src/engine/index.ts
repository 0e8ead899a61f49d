/**
 * lint(inputs, options) → findings per file. Text in, findings out: no fs, no vscode.
 * Order (rules-and-model.md §2.3): parse → schema → rules (on an analysis with its matrices) → suppressions →
 * severity overrides → sort.
 */
import type { BraConfig, DocumentKind, FileResult, Finding, Thresholds } from '../model';
import { bi, formatBoth } from '../i18n';
import { commentLines, isBlankOrComment, lineStartsOf, locate, parse, positionAt as posAt, reparse, rootSpan } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { validate } from '../schema';
import { locationOf } from '../schema';
import { RULES } from '../rules';
import type { At, Report, RuleContext } from '../domain/context';
import { buildModel, isRec } from '../domain/model';
import type { Ent, Model } from '../domain/model';
import { DEFAULT_GLOBS } from './config';
import { globMatch } from './glob';
import { watchRoots } from './cascade';
import { rootSyntax } from './indent';
import { analysisRef, joinRef, kindOf } from '../workspace';

export const DEFAULT_THRESHOLDS: Thresholds = {
  consequenceMinChars: 40,
  coarseHeadcount: 10,
  sjfMirrorMinRoles: 2,
  reviewMaxMonths: 12,
  logIntervalMaxDays: 92,
  logRetentionMinYears: 5,
};

export interface LintInput {
  path: string;
  text: string;
  /** false: context only (e.g. a sibling matrix file of a checked analysis); its findings are not returned. */
  report?: boolean;
}

export type Resolved = { path: string; text: string } | { error: string };

export interface LintOptions {
  /** Evaluation date of every date rule, YYYY-MM-DD. */
  asOf: string;
  config?: BraConfig;
  /** Reads a matrix file's `analysis:` reference (relative to the matrix file's directory). */
  resolve?: (fromPath: string, ref: string) => Resolved;
  /**
   * Parse cache by path (the extension keeps one per session). With it, an edit inside one item of a top-level
   * list re-parses only that item; the result equals a full lint.
   */
  cache?: Map<string, ParsedDoc>;
}

interface Doc {
  path: string;
  p: ParsedDoc;
  kind: DocumentKind;
  report: boolean;
  findings: Finding[];
  /** For a matrix file: the path of its analysis as resolved. */
  analysisPath?: string;
}

/** Schema findings that a catalogue rule reports better: BRA018 (probability/severity), BRA005 (scale of a system). */
const COVERED_BY_RULES = [
  /^\$\.risks\[[^\]]+\](\.residual)?\.(probability|severity)$/,
  /^\$\.systems\[[^\]]+\]\.(patients_registered|users_with_access)$/,
];

/** Whether a YAML file is one of ours by content: top-level `schema_version` with `document` or `access_matrix`. */
export function sniff(text: string): boolean {
  return /^schema_version\s*:/m.test(text) && /^(document|access_matrix)\s*:/m.test(text);
}

/** Whether the product checks this file: it matches the globs, or it is YAML whose content is ours. */
export function isCheckedFile(path: string, text: string, globs: string[] = DEFAULT_GLOBS): boolean {
  if (globs.some((g) => globMatch(g, path))) return true;
  return /\.ya?ml$/i.test(path) && sniff(text);
}

/** 1-based line and column (UTF-16 units) of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  // callers ask for many offsets of one text (every finding of a file): keep the line table of the last text
  if (lastText !== text) {
    lastText = text;
    lastLines = lineStartsOf(text);
  }
  return posAt({ lineStarts: lastLines }, offset);
}

let lastText: string | undefined;
let lastLines: number[] = [0];

function parseCached(input: LintInput, cache: Map<string, ParsedDoc> | undefined): ParsedDoc {
  if (!cache) return parse(input.text);
  const prev = cache.get(input.path);
  const p = (prev && ((prev.source ?? prev.text) === input.text ? prev : reparse(prev, input.text))) || parse(input.text);
  cache.set(input.path, p);
  return p;
}

function prepare(input: LintInput, asOf: string, cache?: Map<string, ParsedDoc>): Doc {
  const p = parseCached(input, cache);
  const kind = kindOf(p);
  // one indentation mistake: one finding, not the parser's burst after it (indent.ts)
  const findings = rootSyntax(p.text, [...p.syntaxFindings]);
  if (findings.length === 0) {
    if (input.text.trim() === '' || p.data === null || p.data === undefined) {
      findings.push({
        rule: 'schema', severity: 'error', location: '$', span: { start: 0, end: 0 }, data: { keyword: 'type' },
        message: bi('Filen är tom. En behovs- och riskanalys börjar med schema_version och document.',
          'The file is empty. A needs-and-risk analysis starts with schema_version and document.'),
      });
    } else {
      findings.push(...validate(p, kind, asOf).filter((f) => !COVERED_BY_RULES.some((re) => re.test(f.location))));
    }
  }
  return { path: input.path, p, kind, report: input.report !== false, findings };
}

const ANALYSIS_REF_MESSAGE = {
  sv: 'Analysfilen "{ref}" som behörighetsmatrisen hänvisar till kan inte läsas ({reason}). Matrisens regler kan inte kontrolleras mot analysen.',
  en: 'The analysis file "{ref}" that the access matrix refers to cannot be read ({reason}). The matrix rules cannot be checked against the analysis.',
};
const ANALYSIS_REF_KIND_MESSAGE = {
  sv: 'Filen "{ref}" som behörighetsmatrisen hänvisar till är inte en behovs- och riskanalys.',
  en: 'The file "{ref}" that the access matrix refers to is not a needs-and-risk analysis.',
};

function runnable(d: Doc): boolean {
  return d.p.syntaxFindings.length === 0 && isRec(d.p.data);
}

function makeContext(docs: Map<ParsedDoc, Doc>, m: Model, asOf: string, t: Thresholds, sink: (d: ParsedDoc, f: Finding) => void, rule: (typeof RULES)[number]): RuleContext {
  const spanOf = (at: At) => at.span ?? locate(at.doc, at.path ?? [], at.part ?? 'anchor');
  return {
    m,
    asOf,
    t,
    at(e: Ent, key?: string | (string | number)[], part?) {
      const sub = key === undefined ? [] : Array.isArray(key) ? key : [key];
      return { doc: e.doc, path: [...e.path, ...sub], part: part ?? (sub.length ? 'key' : 'anchor') };
    },
    report(r: Report) {
      const tpl = rule.messages[r.message ?? 'default'] ?? rule.messages.default;
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        message: formatBoth(tpl, r.args ?? {}),
        location: r.location,
        span: spanOf(r.at),
        data: r.data,
        fixes: r.fixes?.filter((f) => f.edits.length > 0),
        related: r.related?.map((x) => ({ path: docs.get(x.at.doc)?.path, span: spanOf(x.at), message: x.message })),
      };
      if (!finding.data) delete finding.data;
      if (!finding.fixes?.length) delete finding.fixes;
      if (!finding.related?.length) delete finding.related;
      sink(r.at.doc, finding);
    },
  };
}

function runRules(docs: Map<ParsedDoc, Doc>, analysis: Doc, matrices: Doc[], asOf: string, t: Thresholds): void {
  // root causes once: a rule finding that follows from a value a schema finding is about is left out (cascade.ts)
  const watch = watchRoots([analysis, ...matrices]);
  const found: [ParsedDoc, Finding][] = [];
  const sink = (p: ParsedDoc, f: Finding) => found.push([p, f]);
  try {
    // one model for every rule (rules only read it)
    const model = buildModel(analysis.p, matrices.map((x) => x.p));
    for (const rule of RULES) {
      watch.setRule(rule.id);
      try {
        rule.check(makeContext(docs, model, asOf, t, sink, rule));
      } catch (e) {
        analysis.findings.push({
          rule: rule.id, severity: 'error', location: '$', span: rootSpan(analysis.p), data: { internal: true },
          message: bi(`Internt fel i regeln ${rule.id}: ${(e as Error).message}`, `Internal error in rule ${rule.id}: ${(e as Error).message}`),
        });
      }
    }
  } finally {
    watch.restore();
  }
  for (const [p, f] of found) if (!watch.isConsequence(p, f)) docs.get(p)?.findings.push(f);
  watch.annotate();
}

const SUPPRESS = /^#\s*bra-disable-next-line\b(.*)$/;

/** Apply `# bra-disable-next-line ID[, ID] -- reason` comments; report bad and unused ones. */
function applySuppressions(d: Doc): void {
  if (!d.p.text.includes('bra-disable-next-line')) return;
  const comments = commentLines(d.p);
  if (comments.length === 0) return;
  const p = d.p;
  const lineOf = (offset: number) => posAt(p, offset).line - 1;
  const extra: Finding[] = [];
  const suppressed = new Set<Finding>();
  for (const c of comments) {
    const m = SUPPRESS.exec(c.text);
    if (!m) continue;
    const [idsPart, ...reasonParts] = m[1].split(/\s--(?:\s|$)/);
    const reason = reasonParts.join(' -- ').trim();
    const ids = idsPart.split(/[\s,]+/).filter(Boolean);
    const span = { start: c.start, end: c.end };
    const loc = `$`;
    if (ids.length === 0) {
      extra.push({ rule: 'suppression', severity: 'warning', location: loc, span, data: { problem: 'no-rule' },
        message: bi('Undertryckningen anger ingen regel. Skriv t.ex. "# bra-disable-next-line BRA033 -- motivering".',
          'The suppression names no rule. Write e.g. "# bra-disable-next-line BRA033 -- reason".') });
      continue;
    }
    if (!reason) {
      extra.push({ rule: 'suppression', severity: 'warning', location: loc, span, data: { problem: 'no-reason', rules: ids },
        message: formatBoth({ sv: 'Undertryckningen av {ids} saknar motivering. Motiveringen är obligatorisk: skriv den efter " -- ".',
          en: 'The suppression of {ids} has no reason. A reason is mandatory: write it after " -- ".' }, { ids: ids.join(', ') }) });
      continue;
    }
    let target = c.line + 1;
    while (target < p.lineStarts.length && isBlankOrComment(p, target)) target++;
    for (const id of ids) {
      const hits = d.findings.filter((f) => f.rule === id && f.rule !== 'suppression' && lineOf(f.span.start) === target);
      hits.forEach((h) => suppressed.add(h));
      if (hits.length === 0) {
        extra.push({ rule: 'suppression', severity: 'warning', location: loc, span, data: { problem: 'unused', rule: id },
          message: formatBoth({ sv: 'Undertryckningen av {id} undertrycker inget på nästa rad. Ta bort den eller flytta den till raden ovanför fyndet.',
            en: 'The suppression of {id} suppresses nothing on the next line. Remove it or move it to the line above the finding.' }, { id }) });
      }
    }
  }
  d.findings = d.findings.filter((f) => !suppressed.has(f)).concat(extra);
}

function applySeverities(d: Doc, config: BraConfig | undefined): void {
  const over = config?.rules;
  if (!over) return;
  d.findings = d.findings.flatMap((f) => {
    const s = over[f.rule];
    if (s === undefined) return [f];
    if (s === 'off') return [];
    return [{ ...f, severity: s }];
  });
}

/** Lint a set of files together (a matrix file is checked against its analysis). */
/** Code-unit order: the same in every locale (and no ICU collator to start). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function lint(inputs: LintInput[], options: LintOptions): FileResult[] {
  const asOf = options.asOf;
  const t: Thresholds = { ...DEFAULT_THRESHOLDS, ...(options.config?.thresholds ?? {}) };
  const docs = new Map<ParsedDoc, Doc>();
  const byPath = new Map<string, Doc>();
  for (const input of inputs) {
    const d = prepare(input, asOf, options.cache);
    docs.set(d.p, d);
    byPath.set(input.path, d);
  }
  // attach each matrix file to its analysis (from the inputs, or resolved)
  const matricesOf = new Map<Doc, Doc[]>();
  for (const d of [...byPath.values()]) {
    if (d.kind !== 'matrix' || !runnable(d)) continue;
    const ref = analysisRef(d.p);
    if (ref === undefined) continue; // the schema reports it
    const target = joinRef(d.path, ref);
    let a = byPath.get(target);
    if (!a) {
      const r = options.resolve ? options.resolve(d.path, ref) : { error: 'no resolver' };
      if ('error' in r) {
        d.findings.push({ rule: 'BRA045', severity: 'error', location: '$.analysis', span: locate(d.p, ['analysis'], 'value'), data: { reference: 'analysis' },
          message: formatBoth(ANALYSIS_REF_MESSAGE, { ref, reason: r.error }) });
        continue;
      }
      a = byPath.get(r.path) ?? prepare({ path: r.path, text: r.text, report: false }, asOf);
      if (!byPath.has(r.path)) {
        docs.set(a.p, a);
        byPath.set(r.path, a);
      }
    }
    if (a.kind !== 'analysis' || !runnable(a)) {
      d.findings.push({ rule: 'BRA045', severity: 'error', location: '$.analysis', span: locate(d.p, ['analysis'], 'value'), data: { reference: 'analysis' },
        message: formatBoth(a.kind !== 'analysis' ? ANALYSIS_REF_KIND_MESSAGE : ANALYSIS_REF_MESSAGE, { ref, reason: 'YAML-fel / YAML error' }) });
      continue;
    }
    d.analysisPath = a.path;
    matricesOf.set(a, [...(matricesOf.get(a) ?? []), d]);
  }
  for (const d of byPath.values()) {
    if (d.kind !== 'analysis' || !runnable(d)) continue;
    const ms = matricesOf.get(d) ?? [];
    if (!d.report && !ms.some((m) => m.report)) continue;
    runRules(docs, d, ms, asOf, t);
  }
  const out: FileResult[] = [];
  for (const input of inputs) {
    const d = byPath.get(input.path)!;
    if (!d.report) continue;
    applySuppressions(d);
    applySeverities(d, options.config);
    d.findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || cmp(a.rule, b.rule) || cmp(a.location, b.location));
    out.push({ path: d.path, kind: d.kind, text: d.p.text, findings: d.findings });
  }
  return out;
}

/** Lint one file on its own (a matrix file needs `resolve` for its analysis). */
export function lintOne(path: string, text: string, options: LintOptions): FileResult {
  return lint([{ path, text }], options)[0];
}

export { locationOf, DEFAULT_GLOBS, globMatch };
/** Document grouping lives in src/workspace; these names stay importable from the engine. */
export { detectKind, joinRef } from '../workspace';
export { parseConfig } from './config';
