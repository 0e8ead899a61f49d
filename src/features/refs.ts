/**
 * Where ids are defined and where they are referred to (the reference fields of BRA045), found by document path.
 * Used by completion (which ids fit here), definition, references and rename (across an analysis and its
 * separate matrix files). Pure; spans are UTF-16 offsets, end-exclusive, without quotes.
 */
import type { Bilingual, Span } from '../model';
import { isMap, isScalar, isSeq, nodeRange } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';

export type Target = 'unit' | 'system' | 'dataCategory' | 'registeredCategory' | 'role' | 'need' | 'risk' | 'measure'
  | 'entry' | 'sra' | 'logControl';

export const TARGET_NAME: Record<Target, Bilingual> = {
  unit: { sv: 'vårdenhet', en: 'care unit' },
  system: { sv: 'system', en: 'system' },
  dataCategory: { sv: 'uppgiftskategori', en: 'data category' },
  registeredCategory: { sv: 'kategori av registrerade', en: 'data-subject category' },
  role: { sv: 'roll', en: 'role' },
  need: { sv: 'behov', en: 'need' },
  risk: { sv: 'risk', en: 'risk' },
  measure: { sv: 'åtgärd', en: 'measure' },
  entry: { sv: 'behörighet', en: 'access entry' },
  sra: { sv: 'särskild riskbedömning', en: 'special risk assessment' },
  logControl: { sv: 'loggkontroll', en: 'log control' },
};

type Pattern = (string | '*')[];

/** Where the entities with ids live (the `id` key of each item). */
export const DEFINITIONS: [Pattern, Target][] = [
  [['scope', 'care_units', '*'], 'unit'],
  [['systems', '*'], 'system'],
  [['data_categories', '*'], 'dataCategory'],
  [['registered_categories', '*'], 'registeredCategory'],
  [['roles', '*'], 'role'],
  [['roles', '*', 'needs', '*'], 'need'],
  [['risks', '*'], 'risk'],
  [['risks', '*', 'measures', '*'], 'measure'],
  [['special_risk_assessments', '*'], 'sra'],
  [['access_matrix', '*'], 'entry'],
  [['log_controls', '*'], 'logControl'],
];

/** Reference fields: a pattern ending in `*` is a list of ids; otherwise a single id. */
export const REFERENCES: [Pattern, Target][] = [
  [['document', 'previous_approvals', '*', 'systems', '*'], 'system'],
  [['data_categories', '*', 'systems', '*'], 'system'],
  [['roles', '*', 'units', '*'], 'unit'],
  [['roles', '*', 'needs', '*', 'system'], 'system'],
  [['roles', '*', 'needs', '*', 'data_categories', '*'], 'dataCategory'],
  [['roles', '*', 'needs', '*', 'units', '*'], 'unit'],
  [['risks', '*', 'systems', '*'], 'system'],
  [['risks', '*', 'data_categories', '*'], 'dataCategory'],
  [['risks', '*', 'registered_categories', '*'], 'registeredCategory'],
  [['risks', '*', 'roles', '*'], 'role'],
  [['special_risk_assessments', '*', 'registered_categories', '*'], 'registeredCategory'],
  [['special_risk_assessments', '*', 'data_categories', '*'], 'dataCategory'],
  [['special_risk_assessments', '*', 'care_units', '*'], 'unit'],
  [['special_risk_assessments', '*', 'risks', '*'], 'risk'],
  [['special_risk_assessments', '*', 'measures', '*'], 'measure'],
  [['access_matrix', '*', 'role'], 'role'],
  [['access_matrix', '*', 'system'], 'system'],
  [['access_matrix', '*', 'data_categories', '*'], 'dataCategory'],
  [['access_matrix', '*', 'units', '*'], 'unit'],
  [['access_matrix', '*', 'justified_by', '*'], 'need'],
  [['access_matrix', '*', 'risks_considered', '*'], 'risk'],
  [['log_controls', '*', 'system'], 'system'],
  [['systems', '*', 'supplier_access', 'roles', '*'], 'role'],
];

function matches(pattern: Pattern, path: Path): boolean {
  if (pattern.length !== path.length) return false;
  return pattern.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]));
}

/** The target of a reference field at `path` (the path of the scalar value). */
export function referenceAt(path: Path): { target: Target; list: boolean } | undefined {
  for (const [pat, target] of REFERENCES) if (matches(pat, path)) return { target, list: pat[pat.length - 1] === '*' };
  return undefined;
}

/** The target of a list reference field whose list is at `path` (e.g. `justified_by:` with no list yet). */
export function listReferenceAt(path: Path): Target | undefined {
  for (const [pat, target] of REFERENCES) if (pat[pat.length - 1] === '*' && matches(pat.slice(0, -1), path)) return target;
  return undefined;
}

/** The kind of entity whose `id` value is at `path` (`[..., 'id']`). */
export function definitionAt(path: Path): Target | undefined {
  if (path[path.length - 1] !== 'id') return undefined;
  const item = path.slice(0, -1);
  for (const [pat, target] of DEFINITIONS) if (matches(pat, item)) return target;
  return undefined;
}

export interface Occurrence {
  target: Target;
  id: string;
  /** The id's text, quotes excluded. */
  span: Span;
  /** A definition (the `id:` of the entity) rather than a reference. */
  def: boolean;
  path: Path;
}

function innerSpan(p: ParsedDoc, node: unknown): Span | undefined {
  const r = nodeRange(p, node);
  if (!r) return undefined;
  let s = r[0];
  let e = r[1];
  const c = p.text[s];
  if ((c === '"' || c === "'") && e - s >= 2 && p.text[e - 1] === c) {
    s++;
    e--;
  }
  while (e > s && /\s/.test(p.text[e - 1])) e--;
  return { start: s, end: e };
}

/** Every definition and reference of an id in a document (analysis or matrix file). */
export function occurrences(p: ParsedDoc): Occurrence[] {
  const out: Occurrence[] = [];
  const root = p.doc?.contents;
  if (!root) return out;
  const defs = DEFINITIONS.map(([pat, t]) => [[...pat, 'id'], t, true] as const);
  const refs = REFERENCES.map(([pat, t]) => [pat, t, false] as const);
  const all = [...defs, ...refs];
  // walk only along prefixes of some pattern
  const visit = (node: unknown, path: Path) => {
    const live = all.filter(([pat]) => pat.length >= path.length && path.every((seg, i) => (pat[i] === '*' ? typeof seg === 'number' : pat[i] === seg)));
    if (live.length === 0) return;
    const done = live.find(([pat]) => pat.length === path.length);
    if (done) {
      if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
        const span = innerSpan(p, node);
        if (span) out.push({ target: done[1], id: String(node.value).trim(), span, def: done[2], path: [...path] });
      }
      return;
    }
    if (isMap(node)) {
      for (const it of node.items) {
        const k = isScalar(it.key) ? String(it.key.value) : undefined;
        if (k !== undefined) visit(it.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((it, i) => visit(it, [...path, i]));
    }
  };
  visit(root, []);
  return out;
}

/** The definition or reference under an offset (ends inclusive). */
export function occurrenceAt(p: ParsedDoc, offset: number): Occurrence | undefined {
  return occurrences(p).find((o) => o.span.start <= offset && offset <= o.span.end);
}

export interface IdInfo {
  id: string;
  /** A human name of the entity (name, label or title). */
  label?: string;
  /** For a need: its role id, system and regime. */
  role?: string;
  system?: string;
  regime?: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

function items(v: unknown): Rec[] {
  return Array.isArray(v) ? v.filter(isRec) : [];
}

/** The ids of each kind defined in an analysis (from its data). */
export function idIndex(analysis: ParsedDoc): Record<Target, IdInfo[]> {
  const root = isRec(analysis.data) ? analysis.data : {};
  const info = (v: Rec): IdInfo => ({ id: s(v.id)!, label: s(v.name) ?? s(v.label) ?? s(v.title) ?? s(v.description) });
  const withId = (list: Rec[]) => list.filter((v) => s(v.id) !== undefined).map(info);
  const roles = items(root.roles);
  const risks = items(root.risks);
  return {
    unit: withId(items(isRec(root.scope) ? root.scope.care_units : undefined)),
    system: withId(items(root.systems)),
    dataCategory: withId(items(root.data_categories)),
    registeredCategory: withId(items(root.registered_categories)),
    role: withId(roles),
    need: roles.flatMap((r) => items(r.needs).filter((n) => s(n.id) !== undefined).map((n) => ({
      id: s(n.id)!, label: s(n.context) ?? s(n.when), role: s(r.id), system: s(n.system), regime: s(n.regime),
    }))),
    risk: withId(risks),
    measure: risks.flatMap((r) => withId(items(r.measures))),
    entry: withId(items(root.access_matrix)),
    sra: withId(items(root.special_risk_assessments)),
    logControl: withId(items(root.log_controls)),
  };
}
