/**
 * `bra diff`, the pure part: compare the access matrices (and the findings) of two revisions.
 * Text in, changes out: no fs, no child_process (the CLI's git adapter reads the revisions).
 *
 * Each side is linted with the engine and modelled (an analysis with its matrices, in the document or in their
 * own files). Access entries are matched by id within their analysis, and by role × system × regime when ids
 * changed; each matched, added or removed entry becomes a change with details in plain words (sv and en).
 */
import type { Bilingual, BraConfig, FileResult, Finding, Lang, Severity, SeverityOverride } from '../model';
import { bi } from '../i18n';
import { commentLines, isBlankOrComment, locate, parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { DEFAULT_GLOBS, DEFAULT_THRESHOLDS, joinRef, lint, positionAt } from '../engine';
import { ruleMeta } from '../rules';
import type { LintInput, LintOptions, Resolved } from '../engine';
import { buildModel, isRec, str, strList } from '../domain/model';
import type { Ent, Model, NeedEnt } from '../domain/model';
import { expandCategories, matchedNeed, PATIENT_SCOPE_RANK } from '../domain/shared';

export type ChangeKind = 'added' | 'removed' | 'widened' | 'narrowed' | 'changed' | 'analysis' | 'config' | 'suppression';
export type Direction = 'wider' | 'narrower' | 'neutral';

/** One aspect of a change, in plain words. */
export interface Detail {
  /** What changed: `patient_scope`, `data_categories`, `conditions`, `units`, `identifiability`, `time_limit`, … */
  aspect: string;
  direction: Direction;
  text: Bilingual;
}

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
  gate?: ('config' | 'suppression')[];
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

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isRec(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

function findingKey(path: string, f: Finding): string {
  return `${path}\u0000${f.rule}\u0000${f.location}\u0000${stable(f.data ?? {})}`;
}

// ---------------------------------------------------------------------------------------------------------------
// classification

const arrow = (a: string, b: string) => `${a} → ${b}`;
const plusMinus = (added: string[], removed: string[]) => [...added.map((x) => `+${x}`), ...removed.map((x) => `−${x}`)].join(', ');
const NOT_SET = bi('(ej angivet)', '(not set)');

function setDiff(a: string[], b: string[]): { added: string[]; removed: string[] } {
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

/** Approximate days of an ISO-8601 duration (`P4M`, `P1Y2M`, `P2W`, `PT12H`); undefined when not one. */
export function durationDays(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(s.trim());
  if (!m || s.trim() === 'P' || s.trim().endsWith('T')) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i].replace(',', '.')) : 0);
  return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}

/** The rank of a patient scope; undefined when it is not one (own entries only: never `constructor`, `__proto__` …). */
function scopeRank(s: string | undefined): number | undefined {
  return s !== undefined && Object.hasOwn(PATIENT_SCOPE_RANK, s) ? PATIENT_SCOPE_RANK[s] : undefined;
}

function identifiability(v: Record<string, unknown>): string {
  return str(v, 'identifiability') === 'pseudonymised' ? 'pseudonymised' : 'identified';
}

function d(aspect: string, direction: Direction, sv: string, en: string): Detail {
  return { aspect, direction, text: { sv, en } };
}

/** Fields compared by meaning below; every other field is compared as a value and reported as a neutral change. */
const KNOWN = new Set([
  'id', 'role', 'system', 'regime', 'data_categories', 'patient_scope', 'units', 'identifiability', 'operations', 'conditions',
  'time_limit', 'justified_by', 'risks_considered', 'valid_from',
]);

function categoriesText(ex: { all: boolean; ids: string[] } | undefined, raw: unknown): string {
  if (ex === undefined) return raw === undefined ? '' : String(raw);
  return ex.all ? `all (${ex.ids.join(', ') || '–'})` : ex.ids.join(', ') || '–';
}

/** The details of how entry `h` (head) differs from `b` (base). */
export function entryDetails(b: Ent, mb: Model, h: Ent, mh: Model): Detail[] {
  const out: Detail[] = [];
  const bv = b.v;
  const hv = h.v;
  if (b.id !== undefined && h.id !== undefined && b.id !== h.id) out.push(d('id', 'neutral', `id: ${arrow(b.id, h.id)}`, `id: ${arrow(b.id, h.id)}`));
  // who and where: another role, system or regime is access that the entry did not give before
  const who: [string, string, string][] = [['role', 'ny roll', 'new role'], ['system', 'nytt system', 'new system'], ['regime', 'ny regim', 'new regime']];
  for (const [key, sv, en] of who) {
    const x = str(bv, key);
    const y = str(hv, key);
    if (x !== y) out.push(d(key, y === undefined ? 'neutral' : 'wider', `${sv}: ${arrow(x ?? NOT_SET.sv, y ?? NOT_SET.sv)}`, `${en}: ${arrow(x ?? NOT_SET.en, y ?? NOT_SET.en)}`));
  }
  // patient scope, by rank
  const ps = [str(bv, 'patient_scope'), str(hv, 'patient_scope')];
  if (ps[0] !== ps[1]) {
    const [x, y] = ps;
    const rx = scopeRank(x);
    const ry = scopeRank(y);
    const dir: Direction = rx === undefined || ry === undefined ? 'neutral' : ry > rx ? 'wider' : 'narrower';
    out.push(d('patient_scope', dir, `patientomfång: ${arrow(x ?? NOT_SET.sv, y ?? NOT_SET.sv)}`, `patient scope: ${arrow(x ?? NOT_SET.en, y ?? NOT_SET.en)}`));
  }
  // categories, after expanding `all` on each side
  const bx = expandCategories(mb, bv);
  const hx = expandCategories(mh, hv);
  if (bx && hx) {
    const { added, removed } = setDiff(bx.ids, hx.ids);
    const note = bx.all || hx.all ? (bx.all && hx.all ? ' (all)' : ` (${bx.all ? 'all' : 'lista'} → ${hx.all ? 'all' : 'lista'})`) : '';
    const noteEn = note.replace('lista', 'list').replace('lista', 'list');
    if (added.length > 0) out.push(d('data_categories', 'wider', `kategorier: ${plusMinus(added, [])}${note}`, `categories: ${plusMinus(added, [])}${noteEn}`));
    if (removed.length > 0) out.push(d('data_categories', 'narrower', `kategorier: ${plusMinus([], removed)}${note}`, `categories: ${plusMinus([], removed)}${noteEn}`));
    if (added.length === 0 && removed.length === 0 && bx.all !== hx.all) {
      out.push(d('data_categories', 'neutral', `kategorier: ${bx.all ? 'all' : 'lista'} → ${hx.all ? 'all' : 'lista'} (samma kategorier i dag)`,
        `categories: ${bx.all ? 'all' : 'list'} → ${hx.all ? 'all' : 'list'} (the same categories today)`));
    }
  } else if (stable(bv.data_categories) !== stable(hv.data_categories)) {
    const x = categoriesText(bx, bv.data_categories);
    const y = categoriesText(hx, hv.data_categories);
    out.push(d('data_categories', 'neutral', `kategorier: ${arrow(x || NOT_SET.sv, y || NOT_SET.sv)}`, `categories: ${arrow(x || NOT_SET.en, y || NOT_SET.en)}`));
  }
  // units: more units is wider; only comparable when the scope is the same
  const bu = strList(bv, 'units') ?? [];
  const hu = strList(hv, 'units') ?? [];
  {
    const { added, removed } = setDiff(bu, hu);
    if (added.length + removed.length > 0) {
      if (ps[0] === ps[1]) {
        if (added.length > 0) out.push(d('units', 'wider', `vårdenheter: ${plusMinus(added, [])}`, `care units: ${plusMinus(added, [])}`));
        if (removed.length > 0) out.push(d('units', 'narrower', `vårdenheter: ${plusMinus([], removed)}`, `care units: ${plusMinus([], removed)}`));
      } else {
        out.push(d('units', 'neutral', `vårdenheter: ${plusMinus(added, removed)}`, `care units: ${plusMinus(added, removed)}`));
      }
    }
  }
  // identifiability: identified is wider than pseudonymised (absent = identified)
  const bi_ = identifiability(bv);
  const hi = identifiability(hv);
  if (bi_ !== hi) {
    out.push(d('identifiability', hi === 'identified' ? 'wider' : 'narrower', `identifierbarhet: ${arrow(bi_, hi)}`, `identifiability: ${arrow(bi_, hi)}`));
  }
  // conditions: losing a condition widens, gaining one narrows
  {
    const { added, removed } = setDiff(strList(bv, 'conditions') ?? [], strList(hv, 'conditions') ?? []);
    if (removed.length > 0) out.push(d('conditions', 'wider', `villkor: ${plusMinus([], removed)}`, `conditions: ${plusMinus([], removed)}`));
    if (added.length > 0) out.push(d('conditions', 'narrower', `villkor: ${plusMinus(added, [])}`, `conditions: ${plusMinus(added, [])}`));
  }
  // time limit: removed widens, added narrows, longer widens
  {
    const x = str(bv, 'time_limit');
    const y = str(hv, 'time_limit');
    if (x !== y) {
      if (y === undefined) out.push(d('time_limit', 'wider', `tidsgräns borttagen (${x})`, `time limit removed (${x})`));
      else if (x === undefined) out.push(d('time_limit', 'narrower', `tidsgräns tillagd (${y})`, `time limit added (${y})`));
      else {
        const dx = durationDays(x);
        const dy = durationDays(y);
        const dir: Direction = dx === undefined || dy === undefined || dx === dy ? 'neutral' : dy > dx ? 'wider' : 'narrower';
        out.push(d('time_limit', dir, `tidsgräns: ${arrow(x, y)}`, `time limit: ${arrow(x, y)}`));
      }
    }
  }
  // operations: informational, but more functions is wider
  {
    const { added, removed } = setDiff(strList(bv, 'operations') ?? [], strList(hv, 'operations') ?? []);
    if (added.length > 0) out.push(d('operations', 'wider', `funktioner: ${plusMinus(added, [])}`, `operations: ${plusMinus(added, [])}`));
    if (removed.length > 0) out.push(d('operations', 'narrower', `funktioner: ${plusMinus([], removed)}`, `operations: ${plusMinus([], removed)}`));
  }
  // neutral: what the entry rests on, and when it applies
  {
    const { added, removed } = setDiff(strList(bv, 'justified_by') ?? [], strList(hv, 'justified_by') ?? []);
    if (added.length + removed.length > 0) out.push(d('justified_by', 'neutral', `grundas på behov: ${plusMinus(added, removed)}`, `justified by needs: ${plusMinus(added, removed)}`));
  }
  {
    const { added, removed } = setDiff(strList(bv, 'risks_considered') ?? [], strList(hv, 'risks_considered') ?? []);
    if (added.length + removed.length > 0) out.push(d('risks_considered', 'neutral', `beaktade risker: ${plusMinus(added, removed)}`, `risks considered: ${plusMinus(added, removed)}`));
  }
  if (stable(bv.valid_from) !== stable(hv.valid_from)) {
    const x = bv.valid_from === undefined ? undefined : String(bv.valid_from);
    const y = hv.valid_from === undefined ? undefined : String(hv.valid_from);
    out.push(d('valid_from', 'neutral', `gäller från: ${arrow(x ?? NOT_SET.sv, y ?? NOT_SET.sv)}`, `valid from: ${arrow(x ?? NOT_SET.en, y ?? NOT_SET.en)}`));
  }
  for (const key of [...new Set([...Object.keys(bv), ...Object.keys(hv)])]) {
    if (KNOWN.has(key) || stable(bv[key]) === stable(hv[key])) continue;
    out.push(d(key, 'neutral', `${key} ändrad`, `${key} changed`));
  }
  return out;
}

/** What an added entry grants, and whether its system or regime is new (to the role or to the analysis). */
function addedDetails(h: Ent, mh: Model, base: { model: Model; entries: Ent[] } | undefined): Detail[] {
  const out: Detail[] = [];
  const role = str(h.v, 'role');
  const system = str(h.v, 'system');
  const regime = str(h.v, 'regime');
  if (system !== undefined && base) {
    const systemExisted = base?.model.systemById.has(system) ?? false;
    const roleHadSystem = base?.entries.some((e) => str(e.v, 'role') === role && str(e.v, 'system') === system) ?? false;
    const roleHadRegime = base?.entries.some((e) => str(e.v, 'role') === role && str(e.v, 'system') === system && str(e.v, 'regime') === regime) ?? false;
    if (!systemExisted) out.push(d('system', 'wider', `nytt system: ${system}`, `new system: ${system}`));
    else if (!roleHadSystem) out.push(d('system', 'wider', `nytt system för rollen: ${system}`, `new system for the role: ${system}`));
    else if (!roleHadRegime && regime !== undefined) out.push(d('regime', 'wider', `ny regim: ${regime}`, `new regime: ${regime}`));
  }
  const ps = str(h.v, 'patient_scope');
  if (ps !== undefined) out.push(d('patient_scope', 'wider', `patientomfång: ${ps}`, `patient scope: ${ps}`));
  const ex = expandCategories(mh, h.v);
  if (ex) {
    const t = categoriesText(ex, h.v.data_categories);
    out.push(d('data_categories', 'wider', `kategorier: ${t}`, `categories: ${t}`));
  }
  const units = strList(h.v, 'units') ?? [];
  if (units.length > 0) out.push(d('units', 'wider', `vårdenheter: ${units.join(', ')}`, `care units: ${units.join(', ')}`));
  if (identifiability(h.v) === 'pseudonymised') out.push(d('identifiability', 'neutral', 'identifierbarhet: pseudonymised', 'identifiability: pseudonymised'));
  const conditions = strList(h.v, 'conditions') ?? [];
  out.push(conditions.length > 0
    ? d('conditions', 'neutral', `villkor: ${conditions.join(', ')}`, `conditions: ${conditions.join(', ')}`)
    : d('conditions', 'wider', 'inga villkor', 'no conditions'));
  const tl = str(h.v, 'time_limit');
  if (tl !== undefined) out.push(d('time_limit', 'neutral', `tidsgräns: ${tl}`, `time limit: ${tl}`));
  return out;
}

function kindOf(details: Detail[]): ChangeKind {
  const wider = details.some((x) => x.direction === 'wider');
  const narrower = details.some((x) => x.direction === 'narrower');
  if (wider && !narrower) return 'widened';
  if (narrower && !wider) return 'narrowed';
  return 'changed';
}

// ---------------------------------------------------------------------------------------------------------------
// the analysis an entry rests on

/** How need `h` is narrower than need `b` (for the entries that rest on it). */
function needNarrowing(b: NeedEnt, mb: Model, h: NeedEnt, mh: Model): Detail[] {
  const out: Detail[] = [];
  const id = h.id ?? '';
  for (const key of ['system', 'regime']) {
    const x = str(b.v, key);
    const y = str(h.v, key);
    if (x !== y) {
      out.push(d(key, 'narrower', `behovet ${id} gäller inte längre ${key === 'system' ? 'systemet' : 'regimen'} ${x ?? NOT_SET.sv} (nu ${y ?? NOT_SET.sv})`,
        `need ${id} no longer covers ${key} ${x ?? NOT_SET.en} (now ${y ?? NOT_SET.en})`));
    }
  }
  const x = str(b.v, 'patient_scope');
  const y = str(h.v, 'patient_scope');
  const rx = scopeRank(x);
  const ry = scopeRank(y);
  if (rx !== undefined && (ry === undefined || ry < rx)) {
    out.push(d('patient_scope', 'narrower', `behovet ${id} snävare: patientomfång ${arrow(x!, y ?? NOT_SET.sv)}`, `need ${id} narrower: patient scope ${arrow(x!, y ?? NOT_SET.en)}`));
  }
  const bx = expandCategories(mb, b.v);
  const hx = expandCategories(mh, h.v);
  if (bx) {
    const lost = bx.ids.filter((c) => !(hx?.ids ?? []).includes(c));
    if (lost.length > 0) out.push(d('data_categories', 'narrower', `behovet ${id} snävare: kategorier ${plusMinus([], lost)}`, `need ${id} narrower: categories ${plusMinus([], lost)}`));
  }
  const lostUnits = (strList(b.v, 'units') ?? []).filter((u) => !(strList(h.v, 'units') ?? []).includes(u));
  if (lostUnits.length > 0 && x === 'listed_units' && y === 'listed_units') out.push(d('units', 'narrower', `behovet ${id} snävare: vårdenheter ${plusMinus([], lostUnits)}`, `need ${id} narrower: care units ${plusMinus([], lostUnits)}`));
  if (identifiability(b.v) === 'identified' && identifiability(h.v) === 'pseudonymised') {
    out.push(d('identifiability', 'narrower', `behovet ${id} snävare: identifierbarhet identified → pseudonymised`, `need ${id} narrower: identifiability identified → pseudonymised`));
  }
  return out;
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

/** Compare the access (and the findings) of two revisions. */
export function diffAccess(base: DiffSide, head: DiffSide, options: DiffOptions): DiffResult {
  const renames = options.renames ?? {};
  const normBase = (p: string) => renames[p] ?? p;
  const B = buildSide(base, options, normBase);
  const H = buildSide(head, options, (p) => p);

  // 1. match entries: by id within the analysis, then by role × system × regime
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
  const added = H.entries.filter((h) => !matchedHead.has(h));

  // 2. findings: new and resolved; a base finding on a matched entry is compared under the head entry's file and location
  const baseLocs = new Set(B.entries.map((e) => e.ent.loc));
  const headLocs = new Set(H.entries.map((e) => e.ent.loc));
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
  const count = new Map<string, number>();
  for (const f of B.findings) count.set(baseKey(f), (count.get(baseKey(f)) ?? 0) + 1);
  const newFindings: DiffFinding[] = [];
  for (const f of H.findings) {
    const k = findingKey(f.path, f.finding);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else newFindings.push(f);
  }
  const headCount = new Map<string, number>();
  for (const f of H.findings) headCount.set(findingKey(f.path, f.finding), (headCount.get(findingKey(f.path, f.finding)) ?? 0) + 1);
  const resolvedFindings: DiffFinding[] = [];
  for (const f of B.findings) {
    const k = baseKey(f);
    const n = headCount.get(k) ?? 0;
    if (n > 0) headCount.set(k, n - 1);
    else resolvedFindings.push(f);
  }

  const byEntry = (list: DiffFinding[]) => {
    const m = new Map<string, DiffFinding[]>();
    for (const f of list) {
      const prefix = entryPrefix(f.finding.location, headLocs);
      if (prefix === undefined) continue;
      const k = `${f.path}\u0000${prefix}`;
      const list_ = m.get(k);
      if (list_) list_.push(f);
      else m.set(k, [f]);
    }
    return (e: EntryRef) => m.get(`${e.path}\u0000${e.ent.loc}`) ?? [];
  };
  const newOn = byEntry(newFindings);
  const onEntry = (_list: DiffFinding[], e: EntryRef) => newOn(e);

  // new suppressions (by comment and the line it applies to, per file); the head is judged without the new ones of
  // BRA031/BRA032/BRA033 that carry no approval reference: their comments are blanked (same length, same offsets)
  const baseSupp = new Map<string, number>();
  for (const [p, doc] of B.byPath) {
    for (const x of suppressionsOf(normBase(p), doc)) baseSupp.set(`${x.path}\u0000${x.key}`, (baseSupp.get(`${x.path}\u0000${x.key}`) ?? 0) + 1);
  }
  const newSupp: Suppression[] = [];
  for (const [p, doc] of H.byPath) {
    for (const x of suppressionsOf(p, doc)) {
      const k = `${x.path}\u0000${x.key}`;
      const n = baseSupp.get(k) ?? 0;
      if (n > 0) baseSupp.set(k, n - 1);
      else newSupp.push(x);
    }
  }
  const unapproved = (x: Suppression) => x.rules.some((r) => JUSTIFYING_RULES.includes(r)) && approvalReference(x.reason) === undefined;
  // a widening (or an added entry) is judged without any BRA031/BRA032/BRA033 suppression that carries no approval
  // reference, new or already at the base (that one was written for the access before the change): the comments are
  // blanked (same length, same offsets) and the head is linted once more, only when there is such a suppression
  const hidden = new Set<string>();
  const headOn = byEntry(H.findings.filter((f) => JUSTIFYING_RULES.includes(f.finding.rule)));
  let judgedOn: ((e: EntryRef) => DiffFinding[]) | undefined;
  const judged = (e: EntryRef): DiffFinding[] => {
    if (judgedOn === undefined) {
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
        judgedOn = byEntry(all.filter((f) => JUSTIFYING_RULES.includes(f.finding.rule)));
      }
    }
    return judgedOn(e);
  };
  const unjustifiedBy = (e: EntryRef, widens = false) => (widens ? judged(e) : headOn(e)).filter((f) => f.finding.location === e.ent.loc);
  const who = (e: Ent) => ({ role: str(e.v, 'role'), system: str(e.v, 'system'), regime: str(e.v, 'regime') });

  const changes: (Change & { order: number })[] = [];
  // 3. matched entries
  for (const [b, h] of pairs) {
    const details = entryDetails(b.ent, b.group.model, h.ent, h.group.model);
    if (details.length === 0) continue;
    const kind = kindOf(details);
    const widens = details.some((x) => x.direction === 'wider');
    const u = unjustifiedBy(h, widens);
    changes.push({
      kind, entry: h.ent.id ?? h.ent.loc, ...who(h.ent), path: h.path, details,
      widens, justified: u.length === 0, unjustifiedBy: u,
      newFindings: onEntry(newFindings, h), order: h.order,
    });
  }
  // 4. added entries
  const baseGroup = new Map(B.groups.map((g) => [g.key, g] as const));
  for (const h of added) {
    const bg = baseGroup.get(h.group.key);
    const u = unjustifiedBy(h, true);
    changes.push({
      kind: 'added', entry: h.ent.id ?? h.ent.loc, ...who(h.ent), path: h.path,
      details: addedDetails(h.ent, h.group.model, bg ? { model: bg.model, entries: bg.model.entries } : undefined),
      widens: true, justified: u.length === 0, unjustifiedBy: u, newFindings: onEntry(newFindings, h), order: h.order,
    });
  }
  // 5. removed entries
  for (const b of removed) {
    changes.push({
      kind: 'removed', entry: b.ent.id ?? b.ent.loc, ...who(b.ent), path: b.normPath,
      details: [d('entry', 'narrower', 'behörigheten tas bort', 'the access is removed')],
      widens: false, justified: true, unjustifiedBy: [], newFindings: [], order: H.entries.length + b.order,
    });
  }
  // 6. the analysis: a need or a risk that head entries rest on, removed or (for needs) narrowed
  const headOf = new Map(pairs.map(([b, h]) => [b, h] as const));
  let aorder = H.entries.length + B.entries.length;
  for (const bg of B.groups) {
    const hg = H.groups.find((g) => g.key === bg.key);
    const bEntries = B.entries.filter((e) => e.group === bg);
    const hEntries = H.entries.filter((e) => e.group === hg);
    const restsOn = new Map<Ent, EntryRef[]>();
    for (const e of bEntries) {
      const h = headOf.get(e);
      if (!h) continue;
      for (const n of matchedNeed(bg.model, e.ent)?.needs ?? []) {
        const list = restsOn.get(n);
        if (list) list.push(h);
        else restsOn.set(n, [h]);
      }
    }
    const analysisChange = (entry: string, role: string | undefined, system: string | undefined, regime: string | undefined, dependents: EntryRef[], details: Detail[]) => {
      const uniq = [...new Set(dependents)];
      const u = uniq.flatMap((e) => unjustifiedBy(e));
      const ids = uniq.map((e) => e.ent.id ?? e.ent.loc);
      details.push(d('dependents', 'neutral', `behörigheter som grundas på det: ${ids.join(', ')}`, `access entries resting on it: ${ids.join(', ')}`));
      changes.push({
        kind: 'analysis', entry, role, system, regime, path: hg ? pathOfAnalysis(H, hg) : bg.key, details, widens: false,
        justified: u.length === 0, unjustifiedBy: u, newFindings: uniq.flatMap((e) => onEntry(newFindings, e)), dependents: ids, order: aorder++,
      });
    };
    // needs
    for (const need of bg.model.needs) {
      if (need.id === undefined || bg.model.needById.get(need.id) !== need) continue;
      const dependents = restsOn.get(need) ?? [];
      // head entries that still name it in justified_by
      const naming = hEntries.filter((e) => (strList(e.ent.v, 'justified_by') ?? []).includes(need.id!));
      const hn = hg?.model.needById.get(need.id);
      const role = need.role.id;
      const system = str(need.v, 'system');
      const regime = str(need.v, 'regime');
      if (!hn) {
        const deps = [...dependents, ...naming];
        if (deps.length === 0) continue;
        analysisChange(need.id, role, system, regime, deps, [
          d('need', 'narrower', `behovet ${need.id} (${role ?? '?'}, ${system ?? '?'}, ${regime ?? '?'}) är borttaget ur analysen`,
            `need ${need.id} (${role ?? '?'}, ${system ?? '?'}, ${regime ?? '?'}) is removed from the analysis`),
        ]);
      } else {
        if (dependents.length === 0 || !hg) continue;
        const details = needNarrowing(need, bg.model, hn, hg.model);
        if (details.length > 0) analysisChange(need.id, role, system, regime, dependents, details);
      }
    }
    // risks
    for (const risk of bg.model.risks) {
      if (risk.id === undefined || bg.model.riskById.get(risk.id) !== risk || hg?.model.riskById.has(risk.id)) continue;
      const dependents = [
        ...bEntries.filter((e) => (strList(e.ent.v, 'risks_considered') ?? []).includes(risk.id!)).map((e) => headOf.get(e)).filter((e): e is EntryRef => e !== undefined),
        ...hEntries.filter((e) => (strList(e.ent.v, 'risks_considered') ?? []).includes(risk.id!)),
      ];
      if (dependents.length === 0) continue;
      const title = str(risk.v, 'title');
      const systems = strList(risk.v, 'systems');
      analysisChange(risk.id, undefined, systems?.join(', '), strList(risk.v, 'regimes')?.join(', '), dependents, [
        d('risk', 'neutral', `risken ${risk.id}${title ? ` (${title})` : ''} är borttagen ur analysen`, `risk ${risk.id}${title ? ` (${title})` : ''} is removed from the analysis`),
      ]);
    }
  }

  // 7. the gate: findings that only the blanked suppressions hid, a configuration that weakens the gate, new suppressions
  const byHeadEntry = new Map<EntryRef, Change>();
  for (const c of changes) {
    if (c.kind === 'analysis' || c.kind === 'removed') continue;
    const h = H.entries.find((e) => e.path === c.path && (e.ent.id ?? e.ent.loc) === c.entry && !byHeadEntry.has(e));
    if (h) byHeadEntry.set(h, c);
  }
  for (const c of changes) {
    const rules = [...new Set(c.unjustifiedBy.filter((f) => hidden.has(findingKey(f.path, f.finding))).map((f) => f.finding.rule))];
    if (rules.length === 0) continue;
    c.gate = [...(c.gate ?? []), 'suppression'];
    c.details.push(d('suppression', 'neutral', `${rules.join(', ')} undertryckt utan beslutsreferens: vidgningen bedöms utan undertryckningen`,
      `${rules.join(', ')} suppressed without an approval reference: the widening is judged without the suppression`));
  }
  const cfgPath = options.configPath ?? '.bra.jsonc';
  const deltas = options.baseConfig !== undefined ? configDeltas(options.baseConfig, options.config ?? {}) : [];
  const widening = changes.some((c) => c.widens);
  const weakening = deltas.filter((x) => x.weakens).map((x) => x.key);
  if (weakening.length > 0) {
    for (const c of changes) {
      if (!c.widens) continue;
      c.justified = false;
      c.gate = [...(c.gate ?? []), 'config'];
      c.details.push(d('config', 'neutral', `ändringen försvagar kontrollen i ${cfgPath} (${weakening.join(', ')}): en vidgning kan inte bedömas med den`,
        `this change weakens the gate in ${cfgPath} (${weakening.join(', ')}): a widening cannot be judged with it`));
    }
  }
  for (const x of deltas) {
    const bad = x.weakens && widening;
    changes.push({
      kind: 'config', entry: x.key, path: cfgPath,
      details: [d(x.key, 'neutral', `${x.key}: ${arrow(x.from ?? '(standard)', x.to ?? '(standard)')}${x.weakens ? ' (försvagar kontrollen av behörigheter)' : ''}`,
        `${x.key}: ${arrow(x.from ?? '(default)', x.to ?? '(default)')}${x.weakens ? ' (weakens the gate on access)' : ''}`)],
      widens: false, justified: !bad, unjustifiedBy: [], newFindings: [], ...(bad ? { gate: ['config' as const] } : {}), order: aorder++,
    });
  }
  for (const x of newSupp) {
    const doc = H.byPath.get(x.path)!;
    // the entry on the suppressed line: the innermost one that overlaps it (`  - id: AM-1` starts after the dash)
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
    const ref = approvalReference(x.reason);
    const gated = unapproved(x) && e !== undefined && byHeadEntry.get(e)?.widens === true;
    const rules = x.rules.join(', ') || '–';
    const refText = ref !== undefined ? { sv: ` (beslut: ${ref})`, en: ` (approval: ${ref})` }
      : x.rules.some((r) => JUSTIFYING_RULES.includes(r)) ? { sv: ' (ingen beslutsreferens)', en: ' (no approval reference)' } : { sv: '', en: '' };
    changes.push({
      kind: 'suppression', entry: e ? e.ent.id ?? e.ent.loc : `${x.path}:${x.line + 1}`, ...(e ? who(e.ent) : {}), path: x.path,
      details: [d('suppression', 'neutral', `ny undertryckning av ${rules} på rad ${x.target + 1}: "${x.reason}"${refText.sv}`,
        `new suppression of ${rules} on line ${x.target + 1}: "${x.reason}"${refText.en}`)],
      widens: false, justified: !gated, unjustifiedBy: [], newFindings: [], ...(gated ? { gate: ['suppression' as const] } : {}), order: aorder++,
    });
  }

  const rank = (c: Change) => (c.widens && !c.justified ? 0 : c.widens ? 1 : !c.justified ? 2 : 3);
  changes.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  return {
    changes: changes.map(({ order: _order, ...c }) => c),
    newFindings,
    resolvedFindings,
    base: B.results,
    head: H.results,
  };
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
  return r.changes.some((c) => (c.widens || c.kind === 'config' || c.kind === 'suppression') && c.gate !== undefined && c.gate.length > 0 && !c.justified)
    || r.changes.some((c) => c.widens && c.unjustifiedBy.some((f) => atLeast(f.finding.severity, failOn)));
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
