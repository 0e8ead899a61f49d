import type { Bilingual, Fix } from '../model';
import { bi, joinList } from '../i18n';
import { closest, editDistance as distance } from '../i18n/suggest';
import { replaceValue, scalarText } from '../fixes';
import { defineRule } from './define';
import type { RuleContext } from './define';
import { collect, isRec } from '../domain/model';
import type { Ent, Model } from '../domain/model';

type Target = 'unit' | 'system' | 'dataCategory' | 'registeredCategory' | 'role' | 'need' | 'risk' | 'measure';

const TYPE: Record<Target, Bilingual> = {
  unit: bi('vårdenhet', 'care unit'),
  system: bi('system', 'system'),
  dataCategory: bi('uppgiftskategori', 'data category'),
  registeredCategory: bi('kategori av registrerade', 'data-subject category'),
  role: bi('roll', 'role'),
  need: bi('behov', 'need'),
  risk: bi('risk', 'risk'),
  measure: bi('åtgärd', 'measure'),
};

/** Levenshtein distance (case-insensitive): the shared helper of src/i18n/suggest.ts. */
export const editDistance = distance;

/** The existing ids nearest to `id` (all at the smallest distance), when close enough to be a plausible typo. */
export function nearest(id: string, candidates: Iterable<string>): string[] {
  const close = closest(id, candidates);
  if (close.length === 0) return [];
  const best = editDistance(id, close[0]);
  // all at the smallest distance, in the order the document defines them
  return [...new Set(candidates)].filter((c) => close.includes(c) && editDistance(id, c) === best).slice(0, 3);
}

/** " Menade du 'N-DSK-NPO'?" / " Did you mean 'N-DSK-NPO'?"; two or three equally near: "'a' eller 'b'". */
function suggestion(near: string[]): Bilingual {
  if (near.length === 0) return bi('', '');
  const q = near.map((n) => `'${n}'`);
  return { sv: ` Menade du ${joinList(q, 'sv').replace(/ och /, ' eller ')}?`, en: ` Did you mean ${joinList(q, 'en').replace(/ and /, ' or ')}?` };
}

/** One reference field: in which entities, under which key, to which kind of target; `all` is allowed where noted. */
interface RefSpec {
  ents: Ent[];
  key: string;
  target: Target;
  allowAll?: boolean;
  /** A single id (else a list of ids). */
  scalar?: boolean;
}

function idsOf(ents: Ent[]): Set<string> {
  return new Set(ents.map((e) => e.id).filter((id): id is string => id !== undefined));
}

/** Risk measures and the measure objects special risk assessments list inline (model.ts). */
function measuresOf(m: Model): Ent[] {
  return m.measures;
}

function checkRefs(ctx: RuleContext, spec: RefSpec, targets: Record<Target, Set<string>>): void {
  const known = targets[spec.target];
  for (const e of spec.ents) {
    const raw = e.v[spec.key];
    if (raw === undefined || raw === null || (spec.allowAll && raw === 'all')) continue;
    // fast path (large matrices): nothing to report
    if (spec.scalar ? typeof raw === 'string' && known.has(raw) : Array.isArray(raw) && raw.every((x) => typeof x === 'string' && known.has(x))) continue;
    const location = `${e.loc}.${spec.key}`;
    const type = TYPE[spec.target];
    const data = { reference: spec.key, target: spec.target };
    if (spec.scalar) {
      if (typeof raw !== 'string' && typeof raw !== 'number') continue; // a wrong type is the schema's business
      const id = String(raw).trim();
      if (id === '' || known.has(id)) continue;
      const near = nearest(id, known);
      ctx.report({
        location, at: ctx.at(e, spec.key, 'value'), args: { id, type, suggestion: suggestion(near) }, data,
        fixes: near.map((n): Fix => ({
          title: bi(`Ersätt med '${n}'`, `Replace with '${n}'`),
          edits: replaceValue(e.doc, [...e.path, spec.key], scalarText(n)),
          preferred: near.length === 1 || undefined,
        })),
      });
      continue;
    }
    if (!Array.isArray(raw)) continue; // a wrong type is the schema's business
    const dangling = raw
      .map((x, i) => ({ id: typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '', i }))
      .filter((d) => d.id !== '' && !known.has(d.id));
    if (dangling.length === 0) continue;
    const itemPath = (i: number) => [...e.path, spec.key, i];
    if (dangling.length === 1) {
      const [{ id, i }] = dangling;
      const near = nearest(id, known);
      ctx.report({
        location, at: ctx.at(e, [spec.key, i], 'value'), args: { id, type, suggestion: suggestion(near) }, data,
        fixes: near.map((n): Fix => ({
          title: bi(`Ersätt '${id}' med '${n}'`, `Replace '${id}' with '${n}'`),
          edits: replaceValue(e.doc, itemPath(i), scalarText(n)),
          preferred: near.length === 1 || undefined,
        })),
      });
      continue;
    }
    const replacements = dangling.map((d) => ({ ...d, near: nearest(d.id, known) }));
    const fixable = replacements.every((r) => r.near.length === 1);
    ctx.report({
      location, at: ctx.at(e, spec.key, 'value'), message: 'unknownMany', data,
      args: {
        ids: dangling.map((d) => `'${d.id}'`).join(', '), type,
        suggestion: fixable ? suggestion([replacements.map((r) => r.near[0]).join("', '")]) : bi('', ''),
      },
      fixes: fixable ? [{
        title: bi(`Ersätt med ${replacements.map((r) => `'${r.near[0]}'`).join(', ')}`, `Replace with ${replacements.map((r) => `'${r.near[0]}'`).join(', ')}`),
        edits: replacements.flatMap((r) => replaceValue(e.doc, itemPath(r.i), scalarText(r.near[0]))),
        preferred: true,
      }] : undefined,
    });
  }
}

function checkDuplicates(ctx: RuleContext, ents: Ent[]): void {
  const byId = new Map<string, Ent[]>();
  for (const e of ents) {
    if (e.id === undefined) continue;
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  for (const [id, all] of byId) {
    if (all.length < 2) continue;
    // reported once, on the second occurrence, with the others as related information
    const [first, second, ...rest] = all;
    ctx.report({
      location: second.loc, at: ctx.at(second, 'id', 'value'), message: 'duplicate', args: { id }, data: { duplicate: id },
      related: [first, ...rest].map((o) => ({ at: ctx.at(o, 'id', 'value'), message: bi(`'${id}' används även här`, `'${id}' is also used here`) })),
    });
  }
}

/** Each system's `supplier_access` mapping (BRA049), as an entity of its own. */
function supplierAccess(m: Model): Ent[] {
  return m.systems.filter((s) => isRec(s.v.supplier_access)).map((s) => ({
    ...s, id: undefined, path: [...s.path, 'supplier_access'], loc: `${s.loc}.supplier_access`, v: s.v.supplier_access as Record<string, unknown>,
  }));
}

export default defineRule({
  id: 'BRA045',
  name: 'reference-error',
  severity: 'error',
  title: bi('Referensfel', 'Reference error'),
  messages: {
    default: bi("Okänd referens '{id}' ({type}).{suggestion}", "Unknown reference '{id}' ({type}).{suggestion}"),
    unknownMany: bi('Okända referenser {ids} ({type}).{suggestion}', 'Unknown references {ids} ({type}).{suggestion}'),
    duplicate: bi("Id '{id}' förekommer flera gånger.", "Id '{id}' is used more than once."),
  },
  legal: [{ act: 'GDPR', ref: 'art. 5.2', source: 'DI-2019-3845 s. 12' }],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const measures = measuresOf(m);
    const targets: Record<Target, Set<string>> = {
      unit: idsOf(m.careUnits),
      system: idsOf(m.systems),
      dataCategory: idsOf(m.dataCategories),
      registeredCategory: idsOf(m.registeredCategories),
      role: idsOf(m.roles),
      need: idsOf(m.needs),
      risk: idsOf(m.risks),
      measure: idsOf(measures),
    };
    const previousApprovals = collect(m.analysis, m.document?.previous_approvals, ['document', 'previous_approvals'], '$.document.previous_approvals');
    const specs: RefSpec[] = [
      { ents: previousApprovals, key: 'systems', target: 'system' },
      { ents: m.dataCategories, key: 'systems', target: 'system' },
      { ents: m.roles, key: 'units', target: 'unit', allowAll: true },
      { ents: m.needs, key: 'system', target: 'system', scalar: true },
      { ents: m.needs, key: 'data_categories', target: 'dataCategory', allowAll: true },
      { ents: m.needs, key: 'units', target: 'unit' },
      { ents: m.risks, key: 'systems', target: 'system' },
      { ents: m.risks, key: 'data_categories', target: 'dataCategory' },
      { ents: m.risks, key: 'registered_categories', target: 'registeredCategory' },
      { ents: m.risks, key: 'roles', target: 'role' },
      { ents: m.sras, key: 'registered_categories', target: 'registeredCategory' },
      { ents: m.sras, key: 'data_categories', target: 'dataCategory' },
      { ents: m.sras, key: 'care_units', target: 'unit' },
      { ents: m.sras, key: 'risks', target: 'risk' },
      { ents: m.sras, key: 'measures', target: 'measure' },
      { ents: m.entries, key: 'role', target: 'role', scalar: true },
      { ents: m.entries, key: 'system', target: 'system', scalar: true },
      { ents: m.entries, key: 'data_categories', target: 'dataCategory', allowAll: true },
      { ents: m.entries, key: 'units', target: 'unit' },
      { ents: m.entries, key: 'justified_by', target: 'need' },
      { ents: m.entries, key: 'risks_considered', target: 'risk' },
      { ents: m.logControls, key: 'system', target: 'system', scalar: true },
      // BRA049: the roles whose access entries cover a supplier's or IT staff's access
      { ents: supplierAccess(m), key: 'roles', target: 'role' },
    ];
    for (const spec of specs) checkRefs(ctx, spec, targets);
    for (const ents of [m.careUnits, m.systems, m.dataCategories, m.registeredCategories, m.roles, m.risks, m.sras, m.entries, m.logControls]) {
      checkDuplicates(ctx, ents);
    }
    // need ids and measure ids are unique document-wide
    checkDuplicates(ctx, m.needs);
    checkDuplicates(ctx, measures);
  },
});
