/**
 * Changes to the analysis itself between two revisions: needs added, widened, narrowed or removed; risks removed or
 * lowered (probability, severity, level, residual); measures changed or removed; an approved analysis changed without a
 * new version or approval; an access entry whose support rests only on a need widened in the same change.
 */
import { str, strList } from '../domain/model';
import type { Ent, Model, NeedEnt, Rec } from '../domain/model';
import { rec } from '../domain/model';
import { expandCategories, LEVEL_RANK, matchedNeed } from '../domain/shared';
import { arrow, d, dn, identifiability, labelsOf, NOT_SET, scopeRank, setDiff, stable } from './details';
import type { Detail, Direction, Namer } from './details';

export type AnalysisSubject = 'need' | 'risk' | 'measure';
export type AnalysisChange = 'added' | 'widened' | 'narrowed' | 'removed' | 'lowered' | 'changed';

/** One change to a need, risk or measure (before the entries resting on it are attached). */
export interface AnalysisItem {
  subject: AnalysisSubject;
  change: AnalysisChange;
  id: string;
  role?: string;
  system?: string;
  regime?: string;
  details: Detail[];
  /** The base need or risk (for the entries that rested on it), when there was one. */
  base?: Ent;
}

const signed = (a: string[], r: string[]) => [...a.map((x) => `+${x}`), ...r.map((x) => `−${x}`)].join(', ');

/** How need `h` differs from need `b`, each aspect with its direction (narrowing texts as before). */
export function needDetails(b: NeedEnt, mb: Model, h: NeedEnt, mh: Model, n: Namer): Detail[] {
  const out: Detail[] = [];
  const id = h.id ?? '';
  for (const key of ['system', 'regime'] as const) {
    const x = str(b.v, key);
    const y = str(h.v, key);
    if (x === y) continue;
    const nm = (nn: Namer, v: string | undefined, lang: 'sv' | 'en') => (v === undefined ? NOT_SET[lang] : nn(key, v, lang));
    out.push(dn(key, 'narrower', n, (nn) => [`behovet ${id} gäller inte längre ${key === 'system' ? 'systemet' : 'regimen'} ${nm(nn, x, 'sv')} (nu ${nm(nn, y, 'sv')})`,
      `need ${id} no longer covers ${key} ${nm(nn, x, 'en')} (now ${nm(nn, y, 'en')})`]));
  }
  const x = str(b.v, 'patient_scope');
  const y = str(h.v, 'patient_scope');
  const rx = scopeRank(x);
  const ry = scopeRank(y);
  const sc = (nn: Namer, v: string | undefined, lang: 'sv' | 'en') => (v === undefined ? NOT_SET[lang] : nn('scope', v, lang));
  if (rx !== undefined && (ry === undefined || ry < rx)) {
    out.push(dn('patient_scope', 'narrower', n, (nn) => [`behovet ${id} snävare: patientomfång ${arrow(sc(nn, x, 'sv'), sc(nn, y, 'sv'))}`, `need ${id} narrower: patient scope ${arrow(sc(nn, x, 'en'), sc(nn, y, 'en'))}`]));
  } else if (ry !== undefined && (rx === undefined || ry > rx)) {
    out.push(dn('patient_scope', 'wider', n, (nn) => [`behovet ${id} vidare: patientomfång ${arrow(sc(nn, x, 'sv'), sc(nn, y, 'sv'))}`, `need ${id} wider: patient scope ${arrow(sc(nn, x, 'en'), sc(nn, y, 'en'))}`]));
  }
  const { added, removed } = setDiff(expandCategories(mb, b.v)?.ids ?? [], expandCategories(mh, h.v)?.ids ?? []);
  const cats = (nn: Namer, lang: 'sv' | 'en', a: string[], r: string[]) => signed(a.map((c) => nn('category', c, lang)), r.map((c) => nn('category', c, lang)));
  if (removed.length > 0) out.push(dn('data_categories', 'narrower', n, (nn) => [`behovet ${id} snävare: kategorier ${cats(nn, 'sv', [], removed)}`, `need ${id} narrower: categories ${cats(nn, 'en', [], removed)}`]));
  if (added.length > 0) out.push(dn('data_categories', 'wider', n, (nn) => [`behovet ${id} vidare: kategorier ${cats(nn, 'sv', added, [])}`, `need ${id} wider: categories ${cats(nn, 'en', added, [])}`]));
  const units = setDiff(strList(b.v, 'units') ?? [], strList(h.v, 'units') ?? []);
  const un = (nn: Namer, lang: 'sv' | 'en', a: string[], r: string[]) => signed(a.map((u) => nn('unit', u, lang)), r.map((u) => nn('unit', u, lang)));
  if (x === 'listed_units' && y === 'listed_units') {
    if (units.removed.length > 0) out.push(dn('units', 'narrower', n, (nn) => [`behovet ${id} snävare: vårdenheter ${un(nn, 'sv', [], units.removed)}`, `need ${id} narrower: care units ${un(nn, 'en', [], units.removed)}`]));
    if (units.added.length > 0) out.push(dn('units', 'wider', n, (nn) => [`behovet ${id} vidare: vårdenheter ${un(nn, 'sv', units.added, [])}`, `need ${id} wider: care units ${un(nn, 'en', units.added, [])}`]));
  }
  const ib = identifiability(b.v);
  const ih = identifiability(h.v);
  if (ib !== ih) {
    const dir: Direction = ih === 'pseudonymised' ? 'narrower' : 'wider';
    const word = dir === 'narrower' ? ['snävare', 'narrower'] : ['vidare', 'wider'];
    out.push(dn('identifiability', dir, n, (nn) => [`behovet ${id} ${word[0]}: identifierbarhet ${arrow(nn('identifiability', ib, 'sv'), nn('identifiability', ih, 'sv'))}`,
      `need ${id} ${word[1]}: identifiability ${arrow(nn('identifiability', ib, 'en'), nn('identifiability', ih, 'en'))}`]));
  }
  return out;
}

function needWho(need: NeedEnt): { role?: string; system?: string; regime?: string } {
  return { role: need.role.id, system: str(need.v, 'system'), regime: str(need.v, 'regime') };
}

/** Needs added, widened, narrowed (with the narrowing details) or removed. */
export function needItems(mb: Model | undefined, mh: Model | undefined): AnalysisItem[] {
  const out: AnalysisItem[] = [];
  const n = labelsOf(mh, mb);
  for (const need of mb?.needs ?? []) {
    if (need.id === undefined || mb!.needById.get(need.id) !== need) continue;
    const hn = mh?.needById.get(need.id);
    if (!hn) {
      const w = needWho(need);
      out.push({ subject: 'need', change: 'removed', id: need.id, ...w, base: need, details: [dn('need', 'narrower', n, (nn) => [
        `behovet ${need.id} (${w.role ? nn('role', w.role, 'sv') : '?'}, ${w.system ? nn('system', w.system, 'sv') : '?'}, ${w.regime ? nn('regime', w.regime, 'sv') : '?'}) är borttaget ur analysen`,
        `need ${need.id} (${w.role ? nn('role', w.role, 'en') : '?'}, ${w.system ? nn('system', w.system, 'en') : '?'}, ${w.regime ? nn('regime', w.regime, 'en') : '?'}) is removed from the analysis`])] });
      continue;
    }
    const details = needDetails(need, mb!, hn, mh!, n);
    if (details.length === 0) continue;
    const wider = details.some((x) => x.direction === 'wider');
    const narrower = details.some((x) => x.direction === 'narrower');
    out.push({ subject: 'need', change: wider && narrower ? 'changed' : wider ? 'widened' : 'narrowed', id: need.id, ...needWho(need), base: need, details });
  }
  for (const need of mh?.needs ?? []) {
    if (need.id === undefined || mh!.needById.get(need.id) !== need || mb?.needById.has(need.id)) continue;
    const w = needWho(need);
    const scope = str(need.v, 'patient_scope');
    const cats = expandCategories(mh!, need.v)?.ids ?? [];
    out.push({ subject: 'need', change: 'added', id: need.id, ...w, details: [dn('need', 'wider', n, (nn) => [
      `nytt behov ${need.id} för ${w.role ? nn('role', w.role, 'sv') : '?'}${scope ? `: patientomfång ${nn('scope', scope, 'sv')}` : ''}${cats.length > 0 ? `, kategorier ${cats.map((c) => nn('category', c, 'sv')).join(', ')}` : ''}`,
      `new need ${need.id} of ${w.role ? nn('role', w.role, 'en') : '?'}${scope ? `: patient scope ${nn('scope', scope, 'en')}` : ''}${cats.length > 0 ? `, categories ${cats.map((c) => nn('category', c, 'en')).join(', ')}` : ''}`])] });
  }
  return out;
}

const num = (v: Rec | undefined, key: string): number | undefined => (typeof v?.[key] === 'number' ? (v[key] as number) : undefined);

/** How risk `h` is lower than risk `b`: probability, severity, level, and the same of the residual risk. */
function riskLowering(b: Ent, h: Ent): Detail[] {
  const out: Detail[] = [];
  const blocks: [Rec | undefined, Rec | undefined, string, string][] = [
    [b.v, h.v, '', ''], [rec(b.v, 'residual'), rec(h.v, 'residual'), 'restrisk ', 'residual '],
  ];
  for (const [x, y, sv, en] of blocks) {
    for (const [key, ksv, ken] of [['probability', 'sannolikhet', 'probability'], ['severity', 'konsekvens', 'severity']] as const) {
      const a = num(x, key);
      const c = num(y, key);
      if (a !== undefined && (c === undefined || c < a)) out.push(d(key, 'wider', `${sv}${ksv}: ${arrow(String(a), c === undefined ? NOT_SET.sv : String(c))}`, `${en}${ken}: ${arrow(String(a), c === undefined ? NOT_SET.en : String(c))}`));
    }
    const a = str(x, 'level');
    const c = str(y, 'level');
    if (a !== undefined && Object.hasOwn(LEVEL_RANK, a) && (c === undefined || !Object.hasOwn(LEVEL_RANK, c) || LEVEL_RANK[c] < LEVEL_RANK[a])) {
      out.push(d('level', 'wider', `${sv}risknivå: ${arrow(a, c ?? NOT_SET.sv)}`, `${en}risk level: ${arrow(a, c ?? NOT_SET.en)}`));
    }
  }
  return out;
}

/** Measures of a risk by id (or by index when without one). */
function measuresOf(r: Ent): Map<string, Rec> {
  const m = new Map<string, Rec>();
  const list = Array.isArray(r.v.measures) ? r.v.measures : [];
  list.forEach((x, i) => {
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) m.set(str(x as Rec, 'id') ?? `#${i + 1}`, x as Rec);
  });
  return m;
}

function measureDetails(risk: Ent, hr: Ent): Detail[] {
  const out: Detail[] = [];
  const bm = measuresOf(risk);
  const hm = measuresOf(hr);
  for (const [id, v] of bm) {
    const title = str(v, 'description') ?? str(v, 'kind') ?? '';
    const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
    const h = hm.get(id);
    if (!h) out.push(d('measure', 'wider', `åtgärden ${id} är borttagen${short ? ` (${short})` : ''}`, `measure ${id} is removed${short ? ` (${short})` : ''}`));
    else if (stable(v) !== stable(h)) {
      const keys = [...new Set([...Object.keys(v), ...Object.keys(h)])].filter((k) => stable(v[k]) !== stable(h[k]));
      out.push(d('measure', 'neutral', `åtgärden ${id} är ändrad (${keys.join(', ')})`, `measure ${id} is changed (${keys.join(', ')})`));
    }
  }
  return out;
}

/** Risks removed or lowered, and measures changed or removed. */
export function riskItems(mb: Model | undefined, mh: Model | undefined): AnalysisItem[] {
  const out: AnalysisItem[] = [];
  for (const risk of mb?.risks ?? []) {
    if (risk.id === undefined || mb!.riskById.get(risk.id) !== risk) continue;
    const title = str(risk.v, 'title');
    const who = { system: strList(risk.v, 'systems')?.join(', '), regime: strList(risk.v, 'regimes')?.join(', ') };
    const hr = mh?.riskById.get(risk.id);
    if (!hr) {
      out.push({ subject: 'risk', change: 'removed', id: risk.id, ...who, base: risk, details: [
        d('risk', 'neutral', `risken ${risk.id}${title ? ` (${title})` : ''} är borttagen ur analysen`, `risk ${risk.id}${title ? ` (${title})` : ''} is removed from the analysis`)] });
      continue;
    }
    const lowered = riskLowering(risk, hr);
    if (lowered.length > 0) {
      lowered.unshift(d('risk', 'neutral', `risken ${risk.id}${title ? ` (${title})` : ''} bedöms lägre`, `risk ${risk.id}${title ? ` (${title})` : ''} is assessed lower`));
      out.push({ subject: 'risk', change: 'lowered', id: risk.id, ...who, base: risk, details: lowered });
    }
    const measures = measureDetails(risk, hr);
    if (measures.length > 0) {
      const removed = measures.some((x) => x.direction === 'wider');
      out.push({ subject: 'measure', change: removed ? 'removed' : 'changed', id: risk.id, ...who, base: risk, details: [
        d('risk', 'neutral', `åtgärder mot risken ${risk.id}${title ? ` (${title})` : ''}:`, `measures against risk ${risk.id}${title ? ` (${title})` : ''}:`), ...measures] });
    }
  }
  return out;
}

const SECTION: Record<string, [string, string]> = {
  roles: ['roller och behov', 'roles and needs'],
  risks: ['risker och åtgärder', 'risks and measures'],
  data_categories: ['uppgiftskategorier', 'data categories'],
  registered_categories: ['kategorier av registrerade', 'categories of data subjects'],
  systems: ['system', 'systems'],
  scope: ['omfattning', 'scope'],
  special_risk_assessments: ['särskilda riskbedömningar', 'special risk assessments'],
};

function approvedAt(doc: Rec | undefined): boolean {
  return str(doc, 'status') === 'approved' || rec(doc, 'approved') !== undefined;
}

/**
 * An analysis that is approved at the base and still says so at the head, with the same version and approval, while
 * its content (roles and needs, risks and measures, categories, systems, scope, special risk assessments) changed: the
 * sections that changed; undefined otherwise.
 */
export function staleApproval(mb: Model, mh: Model): { sections: string[]; detail: Detail } | undefined {
  if (!approvedAt(mb.document) || !approvedAt(mh.document)) return undefined;
  if (stable(mb.document?.version) !== stable(mh.document?.version) || stable(mb.document?.approved) !== stable(mh.document?.approved)) return undefined;
  if (str(mb.document, 'status') !== str(mh.document, 'status')) return undefined;
  // the content an approval covers: roles and needs, risks and measures, what is processed and where; not the access
  // matrix, nor the running records (access_governance with its review dates, log_controls)
  const keys = Object.keys(SECTION).filter((k) => stable(mb.root[k]) !== stable(mh.root[k]));
  if (keys.length === 0) return undefined;
  const version = str(mh.document, 'version');
  const date = rec(mh.document, 'approved')?.date;
  const when = (sv: boolean) => [version ? `version ${version}` : '', date !== undefined ? `${sv ? 'fastställd' : 'approved'} ${String(date)}` : ''].filter(Boolean).join(', ');
  const names = (i: 0 | 1) => keys.map((k) => (Object.hasOwn(SECTION, k) ? SECTION[k][i] : k)).join(', ');
  return {
    sections: keys,
    detail: d('approval', 'neutral',
      `den fastställda analysen${when(true) ? ` (${when(true)})` : ''} ändras (${names(0)}) utan ny version eller ny fastställelse: analysen visar inte att ändringarna är fastställda`,
      `the approved analysis${when(false) ? ` (${when(false)})` : ''} changes (${names(1)}) without a new version or a new approval: the analysis does not show that the changes are approved`),
  };
}

/**
 * The needs that an entry's support at the head rests on, when that support is wider than at the base (a need added,
 * or widened in an aspect): the entry is justified only by a need changed in the same change. Undefined otherwise.
 */
export function supportWidened(entry: Ent, mh: Model, mb: Model | undefined): string[] | undefined {
  const h = matchedNeed(mh, entry);
  if (!h) return undefined;
  const ids = h.needs.map((x) => x.id ?? x.loc);
  const b = mb ? matchedNeed(mb, entry) : undefined;
  if (!b) return ids;
  const rank = (s: string | undefined) => scopeRank(s) ?? -1;
  const wider = rank(h.patientScope) > rank(b.patientScope)
    || (h.categories ?? []).some((c) => !(b.categories ?? []).includes(c))
    || h.units.some((u) => !b.units.includes(u))
    || (h.identifiability === 'identified' && b.identifiability === 'pseudonymised');
  if (!wider) return undefined;
  // a need counts as changed when its text changed or what it expands to (`all` over the present categories) did
  const changed = h.needs.filter((x) => {
    const bn = x.id === undefined ? undefined : mb!.needById.get(x.id);
    return bn === undefined || stable(bn.v) !== stable(x.v) || stable(expandCategories(mb!, bn.v)) !== stable(expandCategories(mh, x.v));
  });
  return changed.length > 0 ? changed.map((x) => x.id ?? x.loc) : undefined;
}
