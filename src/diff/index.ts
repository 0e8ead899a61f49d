/**
 * `bra diff`, the pure part: compare the access matrices (and the findings) of two revisions.
 * Text in, changes out: no fs, no child_process (the CLI's git adapter reads the revisions).
 *
 * Each side is linted with the engine and modelled (an analysis with its matrices, in the document or in their
 * own files). Access entries are matched by id within their analysis, and by role × system × regime when ids
 * changed; each matched, added or removed entry becomes a change with details in plain words (sv and en). The
 * analysis itself is compared too (./analysis.ts): needs, risks and measures that changed are rows of their own, and
 * an approved analysis changed without a new version or approval is a row that fails. The phases are small functions
 * below (matchEntries, compareFindings, judge, entryRows, analysisRows, the gate); diffAccess only runs them.
 */
import type { Bilingual, BraConfig, FileResult, Finding, Lang, Severity, SeverityOverride } from '../model';
import { commentLines, isBlankOrComment, locate, parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { DEFAULT_GLOBS, DEFAULT_THRESHOLDS, joinRef, lint, positionAt } from '../engine';
import { ruleMeta } from '../rules';
import type { LintInput, LintOptions, Resolved } from '../engine';
import { buildModel, isRec, str, strList } from '../domain/model';
import type { Ent, Model } from '../domain/model';
import { matchedNeed } from '../domain/shared';
import { addedDetails, arrow, d, entryDetails, labelsOf, stable } from './details';
import type { Detail } from './details';
import { needItems, riskItems, staleApproval, supportWidened } from './analysis';
import type { AnalysisChange, AnalysisSubject } from './analysis';

export type ChangeKind = 'added' | 'removed' | 'widened' | 'narrowed' | 'changed' | 'analysis' | 'approval' | 'config' | 'suppression';
export type { AnalysisChange, AnalysisSubject } from './analysis';
export type { Detail, Direction } from './details';
export { durationDays, entryDetails } from './details';

/** A finding with the file it is in (and that file's text, for line and column). */
export interface DiffFinding {
  path: string;
  text: string;
  finding: Finding;
}

export interface Change {
  kind: ChangeKind;
  /** Entry id (for `analysis`: the id of the need or risk that changed). */
  entry: string;
  role?: string;
  system?: string;
  regime?: string;
  /** The file the entry is in (head; base for a removed entry). */
  path: string;
  details: Detail[];
  /** The change gives access that the base did not (added, or any detail that widens). */
  widens: boolean;
  /** No BRA031/BRA032/BRA033 finding on the entry at head (for `analysis`: on any entry resting on it). */
  justified: boolean;
  /** The head findings (BRA031/BRA032/BRA033) that make the entry unjustified. */
  unjustifiedBy: DiffFinding[];
  /** New findings on this entry (for `analysis`: on the entries resting on the need or risk). */
  newFindings: DiffFinding[];
  /** For `analysis`: the head entries that rest on the changed need or risk. */
  dependents?: string[];
  /**
   * Why the change is unjustified besides `unjustifiedBy`: `config` (the PR weakens the gate in the configuration
   * while it widens access), `suppression` (a new suppression without an approval reference).
   */
  gate?: Gate[];
  /** For `analysis`: what changed (a need, a risk or the measures of a risk) and how. */
  subject?: AnalysisSubject;
  change?: AnalysisChange;
  /**
   * A widening (or an added entry) whose support at the head rests only on needs added or widened in the same change:
   * those needs (⚠️; ❌ with gate `approval` when the approved analysis changed without a new version or approval).
   */
  supportChangedBy?: string[];
  /** Labels instead of codes for the Markdown table: the role's label, the system's name (with the regime's label). */
  shown?: { role?: string; system?: Bilingual };
}

/**
 * Why a change is judged unjustified besides its findings: `config` (the configuration weakens the gate, or the base's
 * cannot be read), `suppression` (a suppression without an approval reference), `approval` (an approved analysis changed
 * without a new version or approval).
 */
export type Gate = 'config' | 'suppression' | 'approval';

/** What a reviewer sees in the table: ❌ error, ⚠️ warning, ✅ (with ℹ️ for an info finding) ok. */
export type Verdict = 'error' | 'warning' | 'info' | 'ok';

/** The verdict of a change: every new finding on it counts, not only BRA031–BRA033. */
export function verdictOf(c: Change): Verdict {
  if (c.kind === 'removed') return 'ok';
  const sev = new Set(c.newFindings.map((f) => f.finding.severity));
  // unjustified by a gate, or by a BRA031–BRA033 error: ❌; by a finding configured lower (a warning): ⚠️
  const gated = (c.gate?.length ?? 0) > 0 && !c.justified;
  if (gated || sev.has('error') || c.unjustifiedBy.some((f) => f.finding.severity === 'error')) return 'error';
  if (!c.justified || (c.supportChangedBy?.length ?? 0) > 0 || sev.has('warning')) return 'warning';
  return sev.has('info') ? 'info' : 'ok';
}

export interface DiffResult {
  /** Sorted: unjustified widening, other widening, unjustified rest, the rest. */
  changes: Change[];
  newFindings: DiffFinding[];
  resolvedFindings: DiffFinding[];
  base: FileResult[];
  head: FileResult[];
}

export interface DiffSide {
  inputs: LintInput[];
  /** Reads a matrix file's `analysis:` reference on this side (overrides options.resolve). */
  resolve?: (fromPath: string, ref: string) => Resolved;
}

export interface DiffOptions extends LintOptions {
  /** Renamed files: base path → head path (base findings and entries are compared under the head path). */
  renames?: Record<string, string>;
  /**
   * The configuration at the base (`config` is the head's). When given, every difference is a `config` change, and a
   * head that weakens the gate (BRA031/BRA032/BRA033 off or lower, a higher `coarseHeadcount`, files no longer
   * matched) makes every widening of the same diff unjustified: a pull request cannot judge its own widening.
   */
  baseConfig?: BraConfig;
  /** How the configuration file is shown (default `.bra.jsonc`). */
  configPath?: string;
  /** Why the configuration at the base cannot be read (it is not valid JSONC): a row of its own, not `{}`. */
  baseConfigError?: string;
}

/** The rules whose finding on an entry means the analysis does not justify it (issue 5, product.md). */
export const JUSTIFYING_RULES = ['BRA031', 'BRA032', 'BRA033'];

// ---------------------------------------------------------------------------------------------------------------
// sides: lint, parse, group each analysis with its matrices

interface Group {
  /** The analysis path, in head terms (renames applied); a matrix without a readable analysis: its own path. */
  key: string;
  model: Model;
}

interface EntryRef {
  group: Group;
  ent: Ent;
  /** File the entry is written in (side's own path). */
  path: string;
  /** Same, in head terms. */
  normPath: string;
  key: string;
  rss: string;
  order: number;
}

interface Side {
  /** The parsed inputs by path (this side's own paths). */
  byPath: Map<string, ParsedDoc>;
  results: FileResult[];
  groups: Group[];
  pathOf: Map<ParsedDoc, string>;
  entries: EntryRef[];
  findings: DiffFinding[];
}


function buildSide(side: DiffSide, options: DiffOptions, norm: (p: string) => string): Side {
  const cache = new Map<string, ParsedDoc>();
  const resolve = side.resolve ?? options.resolve;
  const results = lint(side.inputs, { ...options, resolve, cache });
  const pathOf = new Map<ParsedDoc, string>();
  const byPath = new Map<string, ParsedDoc>();
  for (const input of side.inputs) {
    const p = cache.get(input.path) ?? parse(input.text);
    byPath.set(input.path, p);
    pathOf.set(p, input.path);
  }
  const ok = (p: ParsedDoc) => p.syntaxFindings.length === 0 && isRec(p.data);
  const isMatrix = (p: ParsedDoc) => isRec(p.data) && 'analysis' in p.data && !('document' in p.data);
  const analyses = new Map<string, { doc: ParsedDoc; matrices: ParsedDoc[] }>();
  const orphans: { path: string; doc: ParsedDoc }[] = [];
  for (const [path, p] of byPath) if (ok(p) && !isMatrix(p)) analyses.set(path, { doc: p, matrices: [] });
  for (const [path, p] of byPath) {
    if (!ok(p) || !isMatrix(p)) continue;
    const ref = (p.data as Record<string, unknown>).analysis;
    let target: string | undefined;
    if (typeof ref === 'string' && ref.trim() !== '') {
      target = joinRef(path, ref.trim());
      if (!analyses.has(target) && !byPath.has(target) && resolve) {
        const r = resolve(path, ref.trim());
        if (!('error' in r)) {
          const a = parse(r.text);
          if (ok(a) && !isMatrix(a)) {
            target = r.path;
            if (!analyses.has(target)) {
              analyses.set(target, { doc: a, matrices: [] });
              pathOf.set(a, target);
            }
          }
        }
      }
    }
    const a = target !== undefined ? analyses.get(target) : undefined;
    if (a) a.matrices.push(p);
    else orphans.push({ path, doc: p });
  }
  const groups: Group[] = [];
  for (const [path, a] of analyses) groups.push({ key: norm(path), model: buildModel(a.doc, a.matrices) });
  for (const o of orphans) groups.push({ key: norm(o.path), model: buildModel(parse('{}'), [o.doc]) });

  const entries: EntryRef[] = [];
  let order = 0;
  for (const g of groups) {
    const seen = new Set<string>();
    for (const ent of g.model.entries) {
      const path = pathOf.get(ent.doc) ?? g.key;
      let id = ent.id ?? `#${norm(path)}[${ent.index}]`;
      while (seen.has(id)) id = `${id}#dup`;
      seen.add(id);
      entries.push({
        group: g, ent, path, normPath: norm(path), key: `${g.key}\u0000${id}`,
        rss: `${g.key}\u0000${str(ent.v, 'role') ?? ''}\u0000${str(ent.v, 'system') ?? ''}\u0000${str(ent.v, 'regime') ?? ''}`,
        order: order++,
      });
    }
  }
  const findings: DiffFinding[] = results.flatMap((r) => r.findings.map((finding) => ({ path: r.path, text: r.text, finding })));
  return { byPath, results, groups, pathOf, entries, findings };
}

// ---------------------------------------------------------------------------------------------------------------
// findings: new and resolved, compared by file + rule + location + data (never by line)

function findingKey(path: string, f: Finding): string {
  return `${path}\u0000${f.rule}\u0000${f.location}\u0000${stable(f.data ?? {})}`;
}

// ---------------------------------------------------------------------------------------------------------------
// the gate: configuration changes and new suppressions (security report D6)

/**
 * An approval reference in a suppression's reason: a keyword — `dnr`, `diarienr`, `diarienummer`, `ärende`,
 * `beslut` (lower case, capitalised, or `DNR`; optionally followed by `.` and/or `:`) — and a registration number of at
 * least two digit groups joined by `/`, `-`, `.` or `:`, optionally with an upper-case prefix of 1–6 letters:
 * `dnr 2026/114`, `Dnr: RS-2026-0114`,
 * `beslut 2026:14`, `ärende VO 2026/7`. A bare "ok", "godkänt" or a year alone is not one.
 */
export const APPROVAL_REFERENCE = /(?<![\p{L}\p{N}])(?:dnr|Dnr|DNR|diarienr|Diarienr|diarienummer|Diarienummer|ärende|Ärende|beslut|Beslut)(?![\p{L}\p{N}])\.?\s*:?\s*((?:\p{Lu}{1,6}[ -]?)?\d{1,6}(?:[/.:-]\d{1,6})+)(?![\p{L}\p{N}])/u;

/** The approval reference in a suppression reason (`dnr 2026/114`), or undefined. */
export function approvalReference(reason: string): string | undefined {
  return APPROVAL_REFERENCE.exec(reason)?.[0];
}

const SUPPRESS = /^#\s*bra-disable-next-line\b(.*)$/;

/** A `# bra-disable-next-line ID[, ID] -- reason` comment. */
export interface Suppression {
  path: string;
  /** 0-based line of the comment and of the line it applies to. */
  line: number;
  target: number;
  rules: string[];
  reason: string;
  /** Offsets of the comment. */
  start: number;
  end: number;
  /** The comment and its target line as written (what makes it "the same" suppression at both revisions). */
  key: string;
}

function suppressionsOf(path: string, p: ParsedDoc): Suppression[] {
  if (!p.text.includes('bra-disable-next-line')) return [];
  const out: Suppression[] = [];
  for (const c of commentLines(p)) {
    const m = SUPPRESS.exec(c.text);
    if (!m) continue;
    const [idsPart, ...reasonParts] = m[1].split(/\s--(?:\s|$)/);
    const rules = idsPart.split(/[\s,]+/).filter(Boolean);
    let target = c.line + 1;
    while (target < p.lineStarts.length && isBlankOrComment(p, target)) target++;
    const ts = p.lineStarts[target] ?? p.text.length;
    const te = p.lineStarts[target + 1] ?? p.text.length;
    out.push({
      path, line: c.line, target, rules, reason: reasonParts.join(' -- ').trim(), start: c.start, end: c.end,
      key: `${c.text.trim()}\u0000${p.text.slice(ts, te).trim()}`,
    });
  }
  return out;
}

/** Rank of a severity setting; `undefined` is the rule's default. */
function settingRank(rule: string, s: SeverityOverride | undefined): number {
  const eff = s ?? ruleMeta(rule)?.severity ?? 'error';
  return { off: 0, info: 1, warning: 2, error: 3 }[eff];
}

interface ConfigDelta {
  key: string;
  from: string | undefined;
  to: string | undefined;
  /** It weakens the gate on access (BRA031–BRA033 off or lower, a higher coarseHeadcount, globs removed). */
  weakens: boolean;
}

function configDeltas(base: BraConfig, head: BraConfig): ConfigDelta[] {
  const out: ConfigDelta[] = [];
  const show = (v: unknown) => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
  const rules = [...new Set([...Object.keys(base.rules ?? {}), ...Object.keys(head.rules ?? {})])].sort();
  for (const r of rules) {
    const x = base.rules?.[r];
    const y = head.rules?.[r];
    if (x === y) continue;
    out.push({ key: `rules.${r}`, from: x, to: y, weakens: JUSTIFYING_RULES.includes(r) && settingRank(r, y) < settingRank(r, x) });
  }
  const th = [...new Set([...Object.keys(base.thresholds ?? {}), ...Object.keys(head.thresholds ?? {})])].sort() as (keyof typeof DEFAULT_THRESHOLDS)[];
  for (const k of th) {
    const x = base.thresholds?.[k];
    const y = head.thresholds?.[k];
    if (x === y) continue;
    const weakens = k === 'coarseHeadcount' && (y ?? DEFAULT_THRESHOLDS.coarseHeadcount) > (x ?? DEFAULT_THRESHOLDS.coarseHeadcount);
    out.push({ key: `thresholds.${k}`, from: show(x), to: show(y), weakens });
  }
  const bf = base.files && base.files.length > 0 ? base.files : DEFAULT_GLOBS;
  const hf = head.files && head.files.length > 0 ? head.files : DEFAULT_GLOBS;
  if (stable(bf) !== stable(hf)) {
    out.push({ key: 'files', from: show(base.files), to: show(head.files), weakens: bf.some((g) => !hf.includes(g)) });
  }
  if (base.language !== head.language) out.push({ key: 'language', from: base.language, to: head.language, weakens: false });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

type Row = Change & { order: number };

function kindOf(details: Detail[]): ChangeKind {
  const wider = details.some((x) => x.direction === 'wider');
  const narrower = details.some((x) => x.direction === 'narrower');
  if (wider && !narrower) return 'widened';
  if (narrower && !wider) return 'narrowed';
  return 'changed';
}

/** Matched, added and removed entries: by id within the analysis, then by role × system × regime. */
function matchEntries(B: Side, H: Side): { pairs: [EntryRef, EntryRef][]; added: EntryRef[]; removed: EntryRef[] } {
  const pairs: [EntryRef, EntryRef][] = [];
  const headByKey = new Map(H.entries.map((e) => [e.key, e] as const));
  const matchedHead = new Set<EntryRef>();
  const unmatchedBase: EntryRef[] = [];
  for (const b of B.entries) {
    const h = headByKey.get(b.key);
    if (h && !matchedHead.has(h)) {
      pairs.push([b, h]);
      matchedHead.add(h);
    } else unmatchedBase.push(b);
  }
  const removed: EntryRef[] = [];
  const baseKeys = new Set(B.entries.map((e) => e.key));
  const spare = new Map<string, EntryRef[]>();
  for (const h of H.entries) {
    if (matchedHead.has(h) || baseKeys.has(h.key)) continue;
    const list = spare.get(h.rss);
    if (list) list.push(h);
    else spare.set(h.rss, [h]);
  }
  for (const b of unmatchedBase) {
    const h = spare.get(b.rss)?.shift();
    if (h) {
      pairs.push([b, h]);
      matchedHead.add(h);
    } else removed.push(b);
  }
  return { pairs, added: H.entries.filter((h) => !matchedHead.has(h)), removed };
}

/** New and resolved findings; a base finding on a matched entry is compared under the head entry's file and location. */
function compareFindings(B: Side, H: Side, pairs: [EntryRef, EntryRef][], normBase: (p: string) => string): { newFindings: DiffFinding[]; resolvedFindings: DiffFinding[] } {
  const baseLocs = new Set(B.entries.map((e) => e.ent.loc));
  const moved = new Map(pairs
    .filter(([b, h]) => b.normPath !== h.path || b.ent.loc !== h.ent.loc)
    .map(([b, h]) => [`${b.normPath}\u0000${b.ent.loc}`, { loc: b.ent.loc, toPath: h.path, toLoc: h.ent.loc }] as const));
  const baseKey = (f: DiffFinding) => {
    let path = normBase(f.path);
    let loc = f.finding.location;
    const prefix = entryPrefix(loc, baseLocs);
    const m = prefix === undefined ? undefined : moved.get(`${path}\u0000${prefix}`);
    if (m) {
      loc = m.toLoc + loc.slice(m.loc.length);
      path = m.toPath;
    }
    return findingKey(path, { ...f.finding, location: loc });
  };
  const unmatched = <T>(list: T[], key: (x: T) => string, other: string[]): T[] => {
    const count = new Map<string, number>();
    for (const k of other) count.set(k, (count.get(k) ?? 0) + 1);
    return list.filter((x) => {
      const n = count.get(key(x)) ?? 0;
      if (n > 0) count.set(key(x), n - 1);
      return n === 0;
    });
  };
  const headKey = (f: DiffFinding) => findingKey(f.path, f.finding);
  return {
    newFindings: unmatched(H.findings, headKey, B.findings.map(baseKey)),
    resolvedFindings: unmatched(B.findings, baseKey, H.findings.map(headKey)),
  };
}

/** The findings of a list on each head entry (at its location or inside it). */
function byEntry(list: DiffFinding[], headLocs: Set<string>): (e: EntryRef) => DiffFinding[] {
  const m = new Map<string, DiffFinding[]>();
  for (const f of list) {
    const prefix = entryPrefix(f.finding.location, headLocs);
    if (prefix === undefined) continue;
    const k = `${f.path}\u0000${prefix}`;
    const l = m.get(k);
    if (l) l.push(f);
    else m.set(k, [f]);
  }
  return (e: EntryRef) => m.get(`${e.path}\u0000${e.ent.loc}`) ?? [];
}

/** Suppressions at the head that are not at the base (same comment, same line after it, same file). */
function newSuppressions(B: Side, H: Side, normBase: (p: string) => string): Suppression[] {
  const baseSupp = new Map<string, number>();
  for (const [p, doc] of B.byPath) {
    for (const x of suppressionsOf(normBase(p), doc)) baseSupp.set(`${x.path}\u0000${x.key}`, (baseSupp.get(`${x.path}\u0000${x.key}`) ?? 0) + 1);
  }
  const out: Suppression[] = [];
  for (const [p, doc] of H.byPath) {
    for (const x of suppressionsOf(p, doc)) {
      const k = `${x.path}\u0000${x.key}`;
      const n = baseSupp.get(k) ?? 0;
      if (n > 0) baseSupp.set(k, n - 1);
      else out.push(x);
    }
  }
  return out;
}

const unapproved = (x: Suppression) => x.rules.some((r) => JUSTIFYING_RULES.includes(r)) && approvalReference(x.reason) === undefined;

/**
 * The BRA031/BRA032/BRA033 findings a widening is judged by: the head linted once more without any suppression of them
 * that carries no approval reference (new, or already at the base: that one was written for the access before the
 * change); the comments are blanked (same length, same offsets). Lazy: only when a widening asks and there is one.
 * `hidden` receives the keys of the findings only those suppressions hid.
 */
function judge(H: Side, head: DiffSide, options: DiffOptions, headOn: (e: EntryRef) => DiffFinding[], headLocs: Set<string>, hidden: Set<string>): (e: EntryRef) => DiffFinding[] {
  let judgedOn: ((e: EntryRef) => DiffFinding[]) | undefined;
  return (e) => {
    if (judgedOn !== undefined) return judgedOn(e);
    const blank = new Map<string, Suppression[]>();
    for (const [p, doc] of H.byPath) {
      const xs = suppressionsOf(p, doc).filter(unapproved);
      if (xs.length > 0) blank.set(p, xs);
    }
    if (blank.size === 0) judgedOn = headOn;
    else {
      const inputs = head.inputs.map((input) => {
        const xs = blank.get(input.path);
        if (!xs) return input;
        let text = input.text;
        for (const x of xs) text = text.slice(0, x.start) + text.slice(x.start, x.end).replace(/\bBRA03[123]\b/g, (m) => '_'.repeat(m.length)) + text.slice(x.end);
        return { ...input, text };
      });
      const J = lint(inputs, { ...options, resolve: head.resolve ?? options.resolve });
      const all = J.flatMap((r) => r.findings.map((finding) => ({ path: r.path, text: r.text, finding })));
      const inHead = new Set(H.findings.map((f) => findingKey(f.path, f.finding)));
      for (const f of all) if (!inHead.has(findingKey(f.path, f.finding))) hidden.add(findingKey(f.path, f.finding));
      judgedOn = byEntry(all.filter((f) => JUSTIFYING_RULES.includes(f.finding.rule)), headLocs);
    }
    return judgedOn(e);
  };
}

interface Ctx {
  B: Side;
  H: Side;
  options: DiffOptions;
  pairs: [EntryRef, EntryRef][];
  newOn: (e: EntryRef) => DiffFinding[];
  unjustifiedBy: (e: EntryRef, widens?: boolean) => DiffFinding[];
  /** Analysis groups (by key) whose approval is stale: changed without a new version or approval. */
  stale: Set<string>;
  changes: Row[];
  order: number;
}

const who = (e: Ent) => ({ role: str(e.v, 'role'), system: str(e.v, 'system'), regime: str(e.v, 'regime') });

function shownOf(e: Ent, m: Model, mb?: Model): Change['shown'] {
  const n = labelsOf(m, mb);
  const role = str(e.v, 'role');
  const system = str(e.v, 'system');
  const regime = str(e.v, 'regime');
  const sys = (lang: Lang) => (system === undefined ? undefined : regime ? `${n('system', system, lang)} (${n('regime', regime, lang)})` : n('system', system, lang));
  return { role: role === undefined ? undefined : n('role', role, 'sv'), system: system === undefined ? undefined : { sv: sys('sv')!, en: sys('en')! } };
}

/** A widening (or an added entry) whose support at the head rests only on needs added or widened in the same change. */
function markSupport(ctx: Ctx, c: Row, h: EntryRef, mb: Model | undefined): void {
  if (!c.widens) return;
  const needs = supportWidened(h.ent, h.group.model, mb);
  if (!needs || needs.length === 0) return;
  c.supportChangedBy = needs;
  c.details.push(d('support', 'neutral', `stöds bara av behov som läggs till eller vidgas i samma ändring: ${needs.join(', ')}`, `supported only by needs added or widened in the same change: ${needs.join(', ')}`));
  if (ctx.stale.has(h.group.key)) {
    c.justified = false;
    c.gate = [...(c.gate ?? []), 'approval'];
  }
}

/** Rows of matched, added and removed entries. */
function entryRows(ctx: Ctx, added: EntryRef[], removed: EntryRef[]): void {
  const baseGroup = new Map(ctx.B.groups.map((g) => [g.key, g] as const));
  for (const [b, h] of ctx.pairs) {
    const details = entryDetails(b.ent, b.group.model, h.ent, h.group.model);
    if (details.length === 0) continue;
    const widens = details.some((x) => x.direction === 'wider');
    const u = ctx.unjustifiedBy(h, widens);
    const c: Row = {
      kind: kindOf(details), entry: h.ent.id ?? h.ent.loc, ...who(h.ent), path: h.path, details, widens, justified: u.length === 0, unjustifiedBy: u,
      newFindings: ctx.newOn(h), shown: shownOf(h.ent, h.group.model, b.group.model), order: h.order,
    };
    markSupport(ctx, c, h, b.group.model);
    ctx.changes.push(c);
  }
  for (const h of added) {
    const bg = baseGroup.get(h.group.key);
    const u = ctx.unjustifiedBy(h, true);
    const c: Row = {
      kind: 'added', entry: h.ent.id ?? h.ent.loc, ...who(h.ent), path: h.path,
      details: addedDetails(h.ent, h.group.model, bg ? { model: bg.model, entries: bg.model.entries } : undefined),
      widens: true, justified: u.length === 0, unjustifiedBy: u, newFindings: ctx.newOn(h), shown: shownOf(h.ent, h.group.model, bg?.model), order: h.order,
    };
    markSupport(ctx, c, h, bg?.model);
    ctx.changes.push(c);
  }
  for (const b of removed) {
    ctx.changes.push({
      kind: 'removed', entry: b.ent.id ?? b.ent.loc, ...who(b.ent), path: b.normPath,
      details: [d('entry', 'narrower', 'behörigheten tas bort', 'the access is removed')],
      widens: false, justified: true, unjustifiedBy: [], newFindings: [], shown: shownOf(b.ent, b.group.model), order: ctx.H.entries.length + b.order,
    });
  }
}

/** The head entries resting on each base need (through the matched base entry) and naming each risk. */
function dependentsOf(ctx: Ctx, bg: Group, hg: Group | undefined): (subject: 'need' | 'risk', id: string, base?: Ent) => EntryRef[] {
  const headOf = new Map(ctx.pairs.map(([b, h]) => [b, h] as const));
  const bEntries = ctx.B.entries.filter((e) => e.group === bg);
  const hEntries = ctx.H.entries.filter((e) => e.group === hg);
  const restsOn = new Map<Ent, EntryRef[]>();
  for (const e of bEntries) {
    const h = headOf.get(e);
    if (!h) continue;
    for (const n of matchedNeed(bg.model, e.ent)?.needs ?? []) restsOn.set(n, [...(restsOn.get(n) ?? []), h]);
  }
  const naming = (key: string, id: string) => (e: EntryRef) => (strList(e.ent.v, key) ?? []).includes(id);
  // the head entries resting on each head need, computed once (only when a need changed)
  let headRests: Map<string, EntryRef[]> | undefined;
  const restingAtHead = (id: string): EntryRef[] => {
    if (headRests === undefined) {
      headRests = new Map();
      for (const e of hg ? hEntries : []) {
        for (const n of matchedNeed(hg!.model, e.ent)?.needs ?? []) if (n.id !== undefined) headRests.set(n.id, [...(headRests.get(n.id) ?? []), e]);
      }
    }
    return headRests.get(id) ?? [];
  };
  return (subject, id, base) => {
    if (subject === 'need') {
      const resting = base ? restsOn.get(base) ?? [] : [];
      const onHead = restingAtHead(id);
      return [...new Set([...resting, ...hEntries.filter(naming('justified_by', id)), ...onHead])];
    }
    const fromBase = bEntries.filter(naming('risks_considered', id)).map((e) => headOf.get(e)).filter((e): e is EntryRef => e !== undefined);
    return [...new Set([...fromBase, ...hEntries.filter(naming('risks_considered', id))])];
  };
}

/** Rows of the analysis: needs, risks and measures that changed, and an approval that no longer covers the content. */
function analysisRows(ctx: Ctx): void {
  for (const bg of ctx.B.groups) {
    const hg = ctx.H.groups.find((g) => g.key === bg.key);
    const path = hg ? pathOfAnalysis(ctx.H, hg) : bg.key;
    const stale = hg ? staleApproval(bg.model, hg.model) : undefined;
    if (stale && hg) {
      ctx.stale.add(hg.key);
      const id = str(hg.model.document, 'id') ?? str(hg.model.document, 'title') ?? 'document';
      ctx.changes.push({
        kind: 'approval', entry: id, path, details: [stale.detail], widens: false, justified: false, unjustifiedBy: [], newFindings: [], gate: ['approval'], order: ctx.order++,
      });
    }
    // a deleted analysis: its entries are removed rows; its needs and risks are not repeated one by one
    if (!hg) continue;
    const deps = dependentsOf(ctx, bg, hg);
    for (const item of [...needItems(bg.model, hg.model), ...riskItems(bg.model, hg.model)]) {
      const dependents = deps(item.subject === 'measure' ? 'risk' : item.subject, item.id, item.base);
      // a need narrowed or removed matters only for the entries resting on it
      if (item.subject === 'need' && (item.change === 'narrowed' || item.change === 'removed') && dependents.length === 0) continue;
      const u = dependents.flatMap((e) => ctx.unjustifiedBy(e));
      const ids = dependents.map((e) => e.ent.id ?? e.ent.loc);
      const details = [...item.details];
      if (ids.length > 0) details.push(d('dependents', 'neutral', `behörigheter som grundas på det: ${ids.join(', ')}`, `access entries resting on it: ${ids.join(', ')}`));
      const n = labelsOf(hg.model, bg.model);
      const sys = (lang: Lang) => (item.system === undefined ? undefined : item.subject === 'need' && item.regime ? `${n('system', item.system, lang)} (${n('regime', item.regime, lang)})` : item.system.split(', ').map((x) => n('system', x, lang)).join(', '));
      ctx.changes.push({
        kind: 'analysis', entry: item.id, role: item.role, system: item.system, regime: item.regime, path, details, widens: false,
        justified: u.length === 0, unjustifiedBy: u, newFindings: dependents.flatMap((e) => ctx.newOn(e)), dependents: ids,
        subject: item.subject, change: item.change,
        shown: { role: item.role === undefined ? undefined : n('role', item.role, 'sv'), system: item.system === undefined ? undefined : { sv: sys('sv')!, en: sys('en')! } },
        order: ctx.order++,
      });
    }
  }
}

/** Widenings judged without a suppression that carries no approval reference say so. */
function suppressionGate(ctx: Ctx, hidden: Set<string>): void {
  for (const c of ctx.changes) {
    const rules = [...new Set(c.unjustifiedBy.filter((f) => hidden.has(findingKey(f.path, f.finding))).map((f) => f.finding.rule))];
    if (rules.length === 0) continue;
    c.gate = [...(c.gate ?? []), 'suppression'];
    c.details.push(d('suppression', 'neutral', `${rules.join(', ')} undertryckt utan beslutsreferens: vidgningen bedöms utan undertryckningen`,
      `${rules.join(', ')} suppressed without an approval reference: the widening is judged without the suppression`));
  }
}

/** Configuration rows; a configuration that weakens the gate makes every widening of the same change unjustified. */
function configGate(ctx: Ctx): void {
  const { options } = ctx;
  const cfgPath = options.configPath ?? '.bra.jsonc';
  if (options.baseConfigError !== undefined) {
    const widening = ctx.changes.some((c) => c.widens);
    ctx.changes.push({
      kind: 'config', entry: cfgPath, path: cfgPath, details: [d('config', 'neutral',
        `${cfgPath} i basrevisionen kan inte läsas (${options.baseConfigError}): ändringar av kontrollen kan inte jämföras`,
        `${cfgPath} at the base revision cannot be read (${options.baseConfigError}): changes to the gate cannot be compared`)],
      widens: false, justified: !widening, unjustifiedBy: [], newFindings: [], ...(widening ? { gate: ['config' as const] } : {}), order: ctx.order++,
    });
  }
  const deltas = options.baseConfig !== undefined ? configDeltas(options.baseConfig, options.config ?? {}) : [];
  const widening = ctx.changes.some((c) => c.widens);
  const weakening = deltas.filter((x) => x.weakens).map((x) => x.key);
  if (weakening.length > 0) {
    for (const c of ctx.changes) {
      if (!c.widens) continue;
      c.justified = false;
      c.gate = [...(c.gate ?? []), 'config'];
      c.details.push(d('config', 'neutral', `ändringen försvagar kontrollen i ${cfgPath} (${weakening.join(', ')}): en vidgning kan inte bedömas med den`,
        `this change weakens the gate in ${cfgPath} (${weakening.join(', ')}): a widening cannot be judged with it`));
    }
  }
  for (const x of deltas) {
    const bad = x.weakens && widening;
    ctx.changes.push({
      kind: 'config', entry: x.key, path: cfgPath,
      details: [d(x.key, 'neutral', `${x.key}: ${arrow(x.from ?? '(standard)', x.to ?? '(standard)')}${x.weakens ? ' (försvagar kontrollen av behörigheter)' : ''}`,
        `${x.key}: ${arrow(x.from ?? '(default)', x.to ?? '(default)')}${x.weakens ? ' (weakens the gate on access)' : ''}`)],
      widens: false, justified: !bad, unjustifiedBy: [], newFindings: [], ...(bad ? { gate: ['config' as const] } : {}), order: ctx.order++,
    });
  }
}

/** The entry on a suppressed line: the innermost one that overlaps it (`  - id: AM-1` starts after the dash). */
function entryAtLine(H: Side, x: Suppression): EntryRef | undefined {
  const doc = H.byPath.get(x.path)!;
  const at = doc.lineStarts[x.target] ?? doc.text.length;
  const lineEnd = doc.lineStarts[x.target + 1] ?? doc.text.length;
  let e: EntryRef | undefined;
  let eStart = -1;
  for (const h of H.entries) {
    if (h.path !== x.path || h.ent.doc !== doc) continue;
    const sp = locate(doc, h.ent.path, 'value');
    if (sp.start < lineEnd && at < sp.end && sp.start > eStart) {
      e = h;
      eStart = sp.start;
    }
  }
  return e;
}

/** A row per new suppression; one of BRA031–BRA033 without an approval reference on a widening is ❌. */
function suppressionRows(ctx: Ctx, newSupp: Suppression[]): void {
  const byHeadEntry = new Map<EntryRef, Change>();
  for (const c of ctx.changes) {
    if (c.kind !== 'added' && c.kind !== 'widened' && c.kind !== 'narrowed' && c.kind !== 'changed') continue;
    const h = ctx.H.entries.find((e) => e.path === c.path && (e.ent.id ?? e.ent.loc) === c.entry && !byHeadEntry.has(e));
    if (h) byHeadEntry.set(h, c);
  }
  for (const x of newSupp) {
    const e = entryAtLine(ctx.H, x);
    const ref = approvalReference(x.reason);
    const gated = unapproved(x) && e !== undefined && byHeadEntry.get(e)?.widens === true;
    const rules = x.rules.join(', ') || '–';
    const refText = ref !== undefined ? { sv: ` (beslut: ${ref})`, en: ` (approval: ${ref})` }
      : x.rules.some((r) => JUSTIFYING_RULES.includes(r)) ? { sv: ' (ingen beslutsreferens)', en: ' (no approval reference)' } : { sv: '', en: '' };
    ctx.changes.push({
      kind: 'suppression', entry: e ? e.ent.id ?? e.ent.loc : `${x.path}:${x.line + 1}`, ...(e ? who(e.ent) : {}), path: x.path,
      details: [d('suppression', 'neutral', `ny undertryckning av ${rules} på rad ${x.target + 1}: "${x.reason}"${refText.sv}`,
        `new suppression of ${rules} on line ${x.target + 1}: "${x.reason}"${refText.en}`)],
      widens: false, justified: !gated, unjustifiedBy: [], newFindings: [], ...(e ? { shown: shownOf(e.ent, e.group.model) } : {}),
      ...(gated ? { gate: ['suppression' as const] } : {}), order: ctx.order++,
    });
  }
}

/** Compare the access (and the findings, and the analysis) of two revisions. */
export function diffAccess(base: DiffSide, head: DiffSide, options: DiffOptions): DiffResult {
  const renames = options.renames ?? {};
  const normBase = (p: string) => renames[p] ?? p;
  const B = buildSide(base, options, normBase);
  const H = buildSide(head, options, (p) => p);
  const { pairs, added, removed } = matchEntries(B, H);
  const { newFindings, resolvedFindings } = compareFindings(B, H, pairs, normBase);
  const headLocs = new Set(H.entries.map((e) => e.ent.loc));
  const headOn = byEntry(H.findings.filter((f) => JUSTIFYING_RULES.includes(f.finding.rule)), headLocs);
  const hidden = new Set<string>();
  const judged = judge(H, head, options, headOn, headLocs, hidden);
  const ctx: Ctx = {
    B, H, options, pairs, newOn: byEntry(newFindings, headLocs), stale: new Set(), changes: [], order: H.entries.length + B.entries.length,
    unjustifiedBy: (e, widens = false) => (widens ? judged(e) : headOn(e)).filter((f) => f.finding.location === e.ent.loc),
  };
  // the analysis first: a stale approval decides how an entry supported only by a changed need is judged
  const analysis: Row[] = [];
  const entries: Row[] = [];
  ctx.changes = analysis;
  analysisRows(ctx);
  ctx.changes = entries;
  entryRows(ctx, added, removed);
  ctx.changes = [...entries, ...analysis];
  suppressionGate(ctx, hidden);
  configGate(ctx);
  suppressionRows(ctx, newSuppressions(B, H, normBase));
  const rank = (c: Change) => (c.widens && !c.justified ? 0 : c.widens ? 1 : !c.justified ? 2 : 3);
  ctx.changes.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  return { changes: ctx.changes.map(({ order: _order, ...c }) => c), newFindings, resolvedFindings, base: B.results, head: H.results };
}

/**
 * The entry location (`$.access_matrix[<id>]`, one of `locs`) that a location is at or inside, else undefined. Ids may
 * contain `]`, `[`, `|`, `.` or `\\`, so the prefix is not cut with a pattern: the longest known entry location that
 * the location starts with and that ends there or continues with `.` or `[` wins.
 */
export function entryPrefix(loc: string, locs: Set<string>): string | undefined {
  if (!loc.startsWith('$.access_matrix[')) return undefined;
  let best: string | undefined;
  for (let i = loc.indexOf(']'); i !== -1; i = loc.indexOf(']', i + 1)) {
    const next = loc[i + 1];
    if (next !== undefined && next !== '.' && next !== '[') continue;
    const p = loc.slice(0, i + 1);
    if (locs.has(p)) best = p;
  }
  return best;
}

function pathOfAnalysis(side: Side, g: Group): string {
  return side.pathOf.get(g.model.analysis) ?? g.key;
}

// ---------------------------------------------------------------------------------------------------------------
// helpers for the formatters and the CLI

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

/**
 * Whether the diff fails at `failOn`: a new finding at or above it, or a change that widens access while a
 * BRA031/BRA032/BRA033 finding at or above it remains on the entry (an unjustified widening counts like a new finding
 * of the rule that says so, even when that finding was already there at the base).
 */
export function fails(r: DiffResult, failOn: Severity): boolean {
  if (r.newFindings.some((f) => atLeast(f.finding.severity, failOn))) return true;
  // a weakened gate (configuration or a suppression without approval reference) fails like an error
  return r.changes.some((c) => (c.widens || c.kind === 'config' || c.kind === 'suppression' || c.kind === 'approval') && c.gate !== undefined && c.gate.length > 0 && !c.justified)
    || r.changes.some((c) => c.widens && c.unjustifiedBy.some((f) => atLeast(f.finding.severity, failOn)))
    // a widening that rests only on a need changed in the same change is a warning
    || (atLeast('warning', failOn) && r.changes.some((c) => c.widens && (c.supportChangedBy?.length ?? 0) > 0));
}

/** A finding as JSON (the shape of `bra check --format json`, with its path). */
export function findingJson(f: DiffFinding, lang: Lang): Record<string, unknown> {
  const s = positionAt(f.text, f.finding.span.start);
  const e = positionAt(f.text, f.finding.span.end);
  return {
    path: f.path,
    rule: f.finding.rule,
    severity: f.finding.severity,
    message: f.finding.message[lang],
    location: f.finding.location,
    range: { start: s, end: e },
    data: f.finding.data ?? {},
  };
}
