/**
 * How an access entry (or a need) differs between two revisions, in plain words. Every detail has two texts: `text`
 * with the codes of the YAML (the JSON keeps them) and `shown` with the labels a reviewer reads (the Markdown table):
 * role labels, system names, Swedish scope, category, condition and unit names.
 */
import type { Bilingual, Lang } from '../model';
import { CONDITION, DATA_CATEGORY, PATIENT_SCOPE, REGIME } from '../domain/labels';
import { isRec, str, strList } from '../domain/model';
import type { Ent, Model } from '../domain/model';
import { expandCategories, PATIENT_SCOPE_RANK } from '../domain/shared';

export type Direction = 'wider' | 'narrower' | 'neutral';

/** One aspect of a change, in plain words. */
export interface Detail {
  /** What changed: `patient_scope`, `data_categories`, `conditions`, `units`, `identifiability`, `time_limit`, … */
  aspect: string;
  direction: Direction;
  /** With the codes of the YAML (JSON). */
  text: Bilingual;
  /** With labels instead of codes (Markdown); `text` when absent. */
  shown?: Bilingual;
}

export type NameKind = 'role' | 'system' | 'regime' | 'scope' | 'category' | 'condition' | 'unit' | 'identifiability';
/** Names a code: the code itself, or its label. */
export type Namer = (kind: NameKind, id: string, lang: Lang) => string;

export const CODES: Namer = (_kind, id) => id;

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);
const IDENT: Record<string, Bilingual> = {
  identified: { sv: 'identifierade', en: 'identified' },
  pseudonymised: { sv: 'pseudonymiserade', en: 'pseudonymised' },
};

/** Labels from the models (the first that knows the id), then the shared tables, then the code. */
export function labelsOf(...models: (Model | undefined)[]): Namer {
  const ms = models.filter((m): m is Model => m !== undefined);
  const own = (map: (m: Model) => Map<string, Ent>, key: string, id: string) => {
    for (const m of ms) {
      const v = map(m).get(id)?.v;
      const s = v ? str(v, key) : undefined;
      if (s !== undefined && s.trim() !== '') return s;
    }
    return undefined;
  };
  const table = (t: Record<string, Bilingual>, id: string, lang: Lang) => (Object.hasOwn(t, id) ? t[id][lang] : undefined);
  return (kind, id, lang) => {
    switch (kind) {
      case 'role': return own((m) => m.roleById, 'label', id) ?? id;
      case 'system': return own((m) => m.systemById, 'name', id) ?? id;
      case 'regime': return table(REGIME, id, lang) ?? id;
      case 'scope': { const s = table(PATIENT_SCOPE, id, lang); return s ? lower(s) : id; }
      case 'category': return own((m) => m.dataCategoryById, 'label', id) ?? table(DATA_CATEGORY, id, lang) ?? id;
      case 'condition': { const s = table(CONDITION, id, lang); return s ? lower(s) : id; }
      case 'unit': return own((m) => m.unitById, 'name', id) ?? id;
      case 'identifiability': return table(IDENT, id, lang) ?? id;
    }
  };
}

/** A detail whose words come from `make`, once with codes and once with labels. */
export function dn(aspect: string, direction: Direction, names: Namer, make: (n: Namer) => [string, string]): Detail {
  const [sv, en] = make(CODES);
  const [ssv, sen] = make(names);
  return { aspect, direction, text: { sv, en }, ...(ssv !== sv || sen !== en ? { shown: { sv: ssv, en: sen } } : {}) };
}

export function d(aspect: string, direction: Direction, sv: string, en: string): Detail {
  return { aspect, direction, text: { sv, en } };
}

export const arrow = (a: string, b: string) => `${a} → ${b}`;
const signed = (added: string[], removed: string[]) => [...added.map((x) => `+${x}`), ...removed.map((x) => `−${x}`)].join(', ');
export const NOT_SET = { sv: '(ej angivet)', en: '(not set)' } as const;

export function setDiff(a: string[], b: string[]): { added: string[]; removed: string[] } {
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

export function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isRec(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
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
export function scopeRank(s: string | undefined): number | undefined {
  return s !== undefined && Object.hasOwn(PATIENT_SCOPE_RANK, s) ? PATIENT_SCOPE_RANK[s] : undefined;
}

export function identifiability(v: Record<string, unknown>): string {
  return str(v, 'identifiability') === 'pseudonymised' ? 'pseudonymised' : 'identified';
}

/** Fields compared by meaning below; every other field is compared as a value and reported as a neutral change. */
const KNOWN = new Set([
  'id', 'role', 'system', 'regime', 'data_categories', 'patient_scope', 'units', 'identifiability', 'operations', 'conditions',
  'time_limit', 'justified_by', 'risks_considered', 'valid_from',
]);

const list = (n: Namer, kind: NameKind, ids: string[], lang: Lang) => ids.map((x) => n(kind, x, lang));
const ALL = { sv: 'alla', en: 'all' };
const LIST = { sv: 'lista', en: 'list' };

function categoriesText(n: Namer, lang: Lang, ex: { all: boolean; ids: string[] } | undefined, raw: unknown): string {
  if (ex === undefined) return raw === undefined ? '' : String(raw);
  const ids = list(n, 'category', ex.ids, lang).join(', ') || '–';
  return ex.all ? `${n === CODES ? 'all' : ALL[lang]} (${ids})` : ids;
}

type Pair = { b: Record<string, unknown>; h: Record<string, unknown>; mb: Model; mh: Model; n: Namer };

function whoDetails({ b, h, n }: Pair, out: Detail[]): void {
  // who and where: another role, system or regime is access that the entry did not give before
  const who: [NameKind, string, string][] = [['role', 'ny roll', 'new role'], ['system', 'nytt system', 'new system'], ['regime', 'ny regim', 'new regime']];
  for (const [key, sv, en] of who) {
    const x = str(b, key);
    const y = str(h, key);
    if (x === y) continue;
    const name = (nn: Namer, v: string | undefined, lang: Lang) => (v === undefined ? NOT_SET[lang] : nn(key, v, lang));
    out.push(dn(key, y === undefined ? 'neutral' : 'wider', n, (nn) => [`${sv}: ${arrow(name(nn, x, 'sv'), name(nn, y, 'sv'))}`, `${en}: ${arrow(name(nn, x, 'en'), name(nn, y, 'en'))}`]));
  }
}

function scopeDetails({ b, h, n }: Pair, out: Detail[]): void {
  const x = str(b, 'patient_scope');
  const y = str(h, 'patient_scope');
  if (x === y) return;
  const rx = scopeRank(x);
  const ry = scopeRank(y);
  const dir: Direction = rx === undefined || ry === undefined ? 'neutral' : ry > rx ? 'wider' : 'narrower';
  const name = (nn: Namer, v: string | undefined, lang: Lang) => (v === undefined ? NOT_SET[lang] : nn('scope', v, lang));
  out.push(dn('patient_scope', dir, n, (nn) => [`patientomfång: ${arrow(name(nn, x, 'sv'), name(nn, y, 'sv'))}`, `patient scope: ${arrow(name(nn, x, 'en'), name(nn, y, 'en'))}`]));
}

function categoryDetails({ b, h, mb, mh, n }: Pair, out: Detail[]): void {
  const bx = expandCategories(mb, b);
  const hx = expandCategories(mh, h);
  if (bx && hx) {
    const { added, removed } = setDiff(bx.ids, hx.ids);
    const kind = (all: boolean, nn: Namer, lang: Lang) => (all ? (nn === CODES ? 'all' : ALL[lang]) : LIST[lang]);
    const note = (nn: Namer, lang: Lang) => (bx.all || hx.all ? (bx.all && hx.all ? ` (${kind(true, nn, lang)})` : ` (${kind(bx.all, nn, lang)} → ${kind(hx.all, nn, lang)})`) : '');
    const cats = (nn: Namer, lang: Lang, a: string[], r: string[]) => signed(list(nn, 'category', a, lang), list(nn, 'category', r, lang));
    if (added.length > 0) out.push(dn('data_categories', 'wider', n, (nn) => [`kategorier: ${cats(nn, 'sv', added, [])}${note(nn, 'sv')}`, `categories: ${cats(nn, 'en', added, [])}${note(nn, 'en')}`]));
    if (removed.length > 0) out.push(dn('data_categories', 'narrower', n, (nn) => [`kategorier: ${cats(nn, 'sv', [], removed)}${note(nn, 'sv')}`, `categories: ${cats(nn, 'en', [], removed)}${note(nn, 'en')}`]));
    if (added.length === 0 && removed.length === 0 && bx.all !== hx.all) {
      out.push(dn('data_categories', 'neutral', n, (nn) => [`kategorier: ${kind(bx.all, nn, 'sv')} → ${kind(hx.all, nn, 'sv')} (samma kategorier i dag)`,
        `categories: ${kind(bx.all, nn, 'en')} → ${kind(hx.all, nn, 'en')} (the same categories today)`]));
    }
  } else if (stable(b.data_categories) !== stable(h.data_categories)) {
    const t = (nn: Namer, lang: Lang) => arrow(categoriesText(nn, lang, bx, b.data_categories) || NOT_SET[lang], categoriesText(nn, lang, hx, h.data_categories) || NOT_SET[lang]);
    out.push(dn('data_categories', 'neutral', n, (nn) => [`kategorier: ${t(nn, 'sv')}`, `categories: ${t(nn, 'en')}`]));
  }
}

function unitDetails({ b, h, n }: Pair, out: Detail[]): void {
  // more units is wider; only comparable when the scope is the same
  const { added, removed } = setDiff(strList(b, 'units') ?? [], strList(h, 'units') ?? []);
  if (added.length + removed.length === 0) return;
  const u = (nn: Namer, lang: Lang, a: string[], r: string[]) => signed(list(nn, 'unit', a, lang), list(nn, 'unit', r, lang));
  const push = (dir: Direction, a: string[], r: string[]) => out.push(dn('units', dir, n, (nn) => [`vårdenheter: ${u(nn, 'sv', a, r)}`, `care units: ${u(nn, 'en', a, r)}`]));
  if (str(b, 'patient_scope') === str(h, 'patient_scope')) {
    if (added.length > 0) push('wider', added, []);
    if (removed.length > 0) push('narrower', [], removed);
  } else push('neutral', added, removed);
}

function conditionDetails({ b, h, n }: Pair, out: Detail[]): void {
  const x = identifiability(b);
  const y = identifiability(h);
  if (x !== y) {
    out.push(dn('identifiability', y === 'identified' ? 'wider' : 'narrower', n, (nn) => [`identifierbarhet: ${arrow(nn('identifiability', x, 'sv'), nn('identifiability', y, 'sv'))}`,
      `identifiability: ${arrow(nn('identifiability', x, 'en'), nn('identifiability', y, 'en'))}`]));
  }
  // losing a condition widens, gaining one narrows
  const { added, removed } = setDiff(strList(b, 'conditions') ?? [], strList(h, 'conditions') ?? []);
  const c = (nn: Namer, lang: Lang, a: string[], r: string[]) => signed(list(nn, 'condition', a, lang), list(nn, 'condition', r, lang));
  if (removed.length > 0) out.push(dn('conditions', 'wider', n, (nn) => [`villkor: ${c(nn, 'sv', [], removed)}`, `conditions: ${c(nn, 'en', [], removed)}`]));
  if (added.length > 0) out.push(dn('conditions', 'narrower', n, (nn) => [`villkor: ${c(nn, 'sv', added, [])}`, `conditions: ${c(nn, 'en', added, [])}`]));
}

function timeDetails({ b, h }: Pair, out: Detail[]): void {
  // removed widens, added narrows, longer widens
  const x = str(b, 'time_limit');
  const y = str(h, 'time_limit');
  if (x === y) return;
  if (y === undefined) out.push(d('time_limit', 'wider', `tidsgräns borttagen (${x})`, `time limit removed (${x})`));
  else if (x === undefined) out.push(d('time_limit', 'narrower', `tidsgräns tillagd (${y})`, `time limit added (${y})`));
  else {
    const dx = durationDays(x);
    const dy = durationDays(y);
    const dir: Direction = dx === undefined || dy === undefined || dx === dy ? 'neutral' : dy > dx ? 'wider' : 'narrower';
    out.push(d('time_limit', dir, `tidsgräns: ${arrow(x, y)}`, `time limit: ${arrow(x, y)}`));
  }
}

function otherDetails({ b, h }: Pair, out: Detail[]): void {
  // operations: informational, but more functions is wider
  const ops = setDiff(strList(b, 'operations') ?? [], strList(h, 'operations') ?? []);
  if (ops.added.length > 0) out.push(d('operations', 'wider', `funktioner: ${signed(ops.added, [])}`, `operations: ${signed(ops.added, [])}`));
  if (ops.removed.length > 0) out.push(d('operations', 'narrower', `funktioner: ${signed([], ops.removed)}`, `operations: ${signed([], ops.removed)}`));
  // neutral: what the entry rests on, and when it applies
  const jb = setDiff(strList(b, 'justified_by') ?? [], strList(h, 'justified_by') ?? []);
  if (jb.added.length + jb.removed.length > 0) out.push(d('justified_by', 'neutral', `grundas på behov: ${signed(jb.added, jb.removed)}`, `justified by needs: ${signed(jb.added, jb.removed)}`));
  const rc = setDiff(strList(b, 'risks_considered') ?? [], strList(h, 'risks_considered') ?? []);
  if (rc.added.length + rc.removed.length > 0) out.push(d('risks_considered', 'neutral', `beaktade risker: ${signed(rc.added, rc.removed)}`, `risks considered: ${signed(rc.added, rc.removed)}`));
  if (stable(b.valid_from) !== stable(h.valid_from)) {
    const x = b.valid_from === undefined ? undefined : String(b.valid_from);
    const y = h.valid_from === undefined ? undefined : String(h.valid_from);
    out.push(d('valid_from', 'neutral', `gäller från: ${arrow(x ?? NOT_SET.sv, y ?? NOT_SET.sv)}`, `valid from: ${arrow(x ?? NOT_SET.en, y ?? NOT_SET.en)}`));
  }
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(h)])]) {
    if (KNOWN.has(key) || stable(b[key]) === stable(h[key])) continue;
    out.push(d(key, 'neutral', `${key} ändrad`, `${key} changed`));
  }
}

/** The details of how entry `h` (head) differs from `b` (base). */
export function entryDetails(b: Ent, mb: Model, h: Ent, mh: Model): Detail[] {
  const out: Detail[] = [];
  const p: Pair = { b: b.v, h: h.v, mb, mh, n: labelsOf(mh, mb) };
  if (b.id !== undefined && h.id !== undefined && b.id !== h.id) out.push(d('id', 'neutral', `id: ${arrow(b.id, h.id)}`, `id: ${arrow(b.id, h.id)}`));
  whoDetails(p, out);
  scopeDetails(p, out);
  categoryDetails(p, out);
  unitDetails(p, out);
  conditionDetails(p, out);
  timeDetails(p, out);
  otherDetails(p, out);
  return out;
}

/** What an added entry grants, and whether its role, system or regime is new (to the analysis or to the role). */
export function addedDetails(h: Ent, mh: Model, base: { model: Model; entries: Ent[] } | undefined): Detail[] {
  const out: Detail[] = [];
  const n = labelsOf(mh, base?.model);
  const role = str(h.v, 'role');
  const system = str(h.v, 'system');
  const regime = str(h.v, 'regime');
  if (system !== undefined && base) {
    const roleExisted = role !== undefined && base.entries.some((e) => str(e.v, 'role') === role);
    const roleHadSystem = base.entries.some((e) => str(e.v, 'role') === role && str(e.v, 'system') === system);
    const roleHadRegime = base.entries.some((e) => str(e.v, 'role') === role && str(e.v, 'system') === system && str(e.v, 'regime') === regime);
    if (!base.model.systemById.has(system)) out.push(dn('system', 'wider', n, (nn) => [`nytt system: ${nn('system', system, 'sv')}`, `new system: ${nn('system', system, 'en')}`]));
    else if (!roleExisted) out.push(dn('role', 'wider', n, (nn) => [`ny roll: ${nn('role', role!, 'sv')}`, `new role: ${nn('role', role!, 'en')}`]));
    else if (!roleHadSystem) out.push(dn('system', 'wider', n, (nn) => [`nytt system för rollen: ${nn('system', system, 'sv')}`, `new system for the role: ${nn('system', system, 'en')}`]));
    else if (!roleHadRegime && regime !== undefined) out.push(dn('regime', 'wider', n, (nn) => [`ny regim: ${nn('regime', regime, 'sv')}`, `new regime: ${nn('regime', regime, 'en')}`]));
  }
  const ps = str(h.v, 'patient_scope');
  if (ps !== undefined) out.push(dn('patient_scope', 'wider', n, (nn) => [`patientomfång: ${nn('scope', ps, 'sv')}`, `patient scope: ${nn('scope', ps, 'en')}`]));
  const ex = expandCategories(mh, h.v);
  if (ex) out.push(dn('data_categories', 'wider', n, (nn) => [`kategorier: ${categoriesText(nn, 'sv', ex, h.v.data_categories)}`, `categories: ${categoriesText(nn, 'en', ex, h.v.data_categories)}`]));
  const units = strList(h.v, 'units') ?? [];
  if (units.length > 0) out.push(dn('units', 'wider', n, (nn) => [`vårdenheter: ${list(nn, 'unit', units, 'sv').join(', ')}`, `care units: ${list(nn, 'unit', units, 'en').join(', ')}`]));
  if (identifiability(h.v) === 'pseudonymised') out.push(dn('identifiability', 'neutral', n, (nn) => [`identifierbarhet: ${nn('identifiability', 'pseudonymised', 'sv')}`, `identifiability: ${nn('identifiability', 'pseudonymised', 'en')}`]));
  const conditions = strList(h.v, 'conditions') ?? [];
  out.push(conditions.length > 0
    ? dn('conditions', 'neutral', n, (nn) => [`villkor: ${list(nn, 'condition', conditions, 'sv').join(', ')}`, `conditions: ${list(nn, 'condition', conditions, 'en').join(', ')}`])
    : d('conditions', 'wider', 'inga villkor', 'no conditions'));
  const tl = str(h.v, 'time_limit');
  if (tl !== undefined) out.push(d('time_limit', 'neutral', `tidsgräns: ${tl}`, `time limit: ${tl}`));
  return out;
}
