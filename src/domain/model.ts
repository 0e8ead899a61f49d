/**
 * A defensive, id-indexed view of an analysis (and of the access matrix, wherever it lives) for the rules.
 * Wrong types read as absent (the schema reports them), so rules never throw on odd input.
 */
import type { ParsedDoc, Path } from '../yaml';

export type Rec = Record<string, unknown>;

/** One item of a collection: its id, position, stable location string and raw value. */
export interface Ent {
  id?: string;
  index: number;
  path: Path;
  /** Stable id-based location, e.g. `$.risks[R1]` (or `$.risks[3]` without an id). */
  loc: string;
  v: Rec;
  /** The document the item is written in (the analysis, or a separate matrix file). */
  doc: ParsedDoc;
}

export interface NeedEnt extends Ent {
  role: Ent;
}

export interface Model {
  analysis: ParsedDoc;
  root: Rec;
  document?: Rec;
  scope?: Rec;
  careUnits: Ent[];
  systems: Ent[];
  dataCategories: Ent[];
  registeredCategories: Ent[];
  roles: Ent[];
  needs: NeedEnt[];
  risks: Ent[];
  sras: Ent[];
  /**
   * Every measure object: `risks[].measures[]`, and the measures a special risk assessment lists inline
   * (`special_risk_assessments[].measures[]` may mix ids of risk measures and measure objects).
   */
  measures: Ent[];
  /** Access entries from the analysis and from every separate matrix file of it. */
  entries: Ent[];
  /** Whether any access matrix (in the analysis or a separate file) exists at all. */
  matrixDocs: { doc: ParsedDoc; path: Path }[];
  governance?: Rec;
  logControls: Ent[];
  /** First item per id. */
  systemById: Map<string, Ent>;
  unitById: Map<string, Ent>;
  dataCategoryById: Map<string, Ent>;
  registeredById: Map<string, Ent>;
  roleById: Map<string, Ent>;
  needById: Map<string, NeedEnt>;
  riskById: Map<string, Ent>;
  /** Needs per role id (use instead of filtering m.needs per entry: O(1) per lookup on large matrices). */
  needsByRole: Map<string, NeedEnt[]>;
}

export function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-blank string value, trimmed; numbers are accepted as text. */
export function str(v: Rec | undefined, key: string): string | undefined {
  const x = v?.[key];
  if (typeof x === 'number') return String(x);
  if (typeof x !== 'string' || x === '') return undefined;
  // hot on large matrices: only trim (and allocate) when there is white space at an end
  if (x.charCodeAt(0) > 32 && x.charCodeAt(x.length - 1) > 32) return x;
  const t = x.trim();
  return t === '' ? undefined : t;
}

/** The string items of a list (non-strings dropped); undefined when the key is absent or not a list. */
export function strList(v: Rec | undefined, key: string): string[] | undefined {
  const x = v?.[key];
  if (!Array.isArray(x)) return undefined;
  return x.filter((i): i is string | number => typeof i === 'string' || typeof i === 'number').map((i) => String(i).trim()).filter(Boolean);
}

/** A list of ids or the literal `all`. */
export function idsOrAll(v: Rec | undefined, key: string): string[] | 'all' | undefined {
  const x = v?.[key];
  if (x === 'all') return 'all';
  return strList(v, key);
}

export function bool(v: Rec | undefined, key: string): boolean | undefined {
  const x = v?.[key];
  return typeof x === 'boolean' ? x : undefined;
}

export function int(v: Rec | undefined, key: string): number | undefined {
  const x = v?.[key];
  return typeof x === 'number' && Number.isInteger(x) ? x : undefined;
}

export function rec(v: Rec | undefined, key: string): Rec | undefined {
  const x = v?.[key];
  return isRec(x) ? x : undefined;
}

/** `[id]` when the item has a string id, else `[index]`. */
function seg(v: unknown, i: number): string {
  const id = isRec(v) ? v.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `[${id}]` : `[${i}]`;
}

function idOf(v: unknown): string | undefined {
  const id = isRec(v) ? v.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export function collect(doc: ParsedDoc, container: unknown, basePath: Path, baseLoc: string): Ent[] {
  if (!Array.isArray(container)) return [];
  return container.map((v, i) => ({
    id: idOf(v),
    index: i,
    path: [...basePath, i],
    loc: `${baseLoc}${seg(v, i)}`,
    v: isRec(v) ? v : {},
    doc,
  }));
}

function firstById<T extends Ent>(items: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (it.id !== undefined && !m.has(it.id)) m.set(it.id, it);
  return m;
}

function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Build the model of an analysis and its separate matrix files. */
export function buildModel(analysis: ParsedDoc, matrixFiles: ParsedDoc[] = []): Model {
  const root = isRec(analysis.data) ? analysis.data : {};
  const scope = rec(root, 'scope');
  const careUnits = collect(analysis, scope?.care_units, ['scope', 'care_units'], '$.scope.care_units');
  const systems = collect(analysis, root.systems, ['systems'], '$.systems');
  const dataCategories = collect(analysis, root.data_categories, ['data_categories'], '$.data_categories');
  const registeredCategories = collect(analysis, root.registered_categories, ['registered_categories'], '$.registered_categories');
  const roles = collect(analysis, root.roles, ['roles'], '$.roles');
  const needs: NeedEnt[] = [];
  for (const role of roles) {
    for (const n of collect(analysis, role.v.needs, [...role.path, 'needs'], `${role.loc}.needs`)) {
      const need = n as NeedEnt;
      need.role = role;
      needs.push(need);
    }
  }
  const risks = collect(analysis, root.risks, ['risks'], '$.risks');
  const sras = collect(analysis, root.special_risk_assessments, ['special_risk_assessments'], '$.special_risk_assessments');
  const measures = [
    ...risks.flatMap((r) => collect(analysis, r.v.measures, [...r.path, 'measures'], `${r.loc}.measures`)),
    // in a special risk assessment, plain strings are ids of risk measures; only objects are measures of their own
    ...sras.flatMap((s) => collect(analysis, s.v.measures, [...s.path, 'measures'], `${s.loc}.measures`)
      .filter((e) => Array.isArray(s.v.measures) && isRec(s.v.measures[e.index]))),
  ];
  const matrixDocs: { doc: ParsedDoc; path: Path }[] = [];
  let entries: Ent[] = [];
  if ('access_matrix' in root) {
    matrixDocs.push({ doc: analysis, path: ['access_matrix'] });
    entries = entries.concat(collect(analysis, root.access_matrix, ['access_matrix'], '$.access_matrix'));
  }
  for (const mf of matrixFiles) {
    const mroot = isRec(mf.data) ? mf.data : {};
    matrixDocs.push({ doc: mf, path: ['access_matrix'] });
    entries = entries.concat(collect(mf, mroot.access_matrix, ['access_matrix'], '$.access_matrix'));
  }
  const logControls = collect(analysis, root.log_controls, ['log_controls'], '$.log_controls');
  return {
    analysis,
    root,
    document: rec(root, 'document'),
    scope,
    careUnits,
    systems,
    dataCategories,
    registeredCategories,
    roles,
    needs,
    risks,
    sras,
    measures,
    entries,
    matrixDocs,
    governance: rec(root, 'access_governance'),
    logControls,
    systemById: firstById(systems),
    unitById: firstById(careUnits),
    dataCategoryById: firstById(dataCategories),
    registeredById: firstById(registeredCategories),
    roleById: firstById(roles),
    needById: firstById(needs),
    riskById: firstById(risks),
    needsByRole: groupBy(needs, (n) => n.role.id),
  };
}
