/**
 * "Who can see what": can role X in unit Y read category Z of patients in group G, in system S? Answered from the
 * access matrix, with the chain need → risk → entry that allows or denies it. Pure: parsed documents in, answers
 * out. `bra query`/`bra fråga`, the access tests (`*.access-tests.yaml`, run by `bra check`) and the extension's
 * "Who can see what?…" use it.
 *
 * An entry allows the question when its role, system (and regime, when asked) match, its expanded categories
 * contain the category, its patient scope is at least as wide as the asked group (rules-and-model.md §2.2 rank),
 * it is in force on the evaluation date (`valid_from`), it gives identified data unless pseudonymised data is
 * asked, and its `operations` (when listed) contain the asked operation. A unit that is not one of the role's
 * units denies everything.
 */
import type { Bilingual, Span } from '../model';
import { bi, formatBoth, joinBoth } from '../i18n';
import { locate, parse, positionAt } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { buildModel, idsOrAll, isRec, str, strList } from '../domain/model';
import type { Ent, Model } from '../domain/model';
import { PATIENT_SCOPE_RANK, expandCategories, matchedNeed, isoDate, matrixLevel } from '../domain/shared';
import { CONDITION, DATA_CATEGORY, LEVEL, PATIENT_SCOPE, REGIME, label } from '../domain/labels';

export const PATIENT_SCOPES = Object.keys(PATIENT_SCOPE_RANK);
export const OPERATIONS = ['read', 'write', 'sign', 'print', 'export'];

export interface Question {
  role: string;
  system: string;
  category: string;
  /** A patient_scope code (default `care_relation`). */
  patients?: string;
  /** The user's care unit. */
  unit?: string;
  regime?: string;
  identifiability?: 'identified' | 'pseudonymised';
  /** An `operations` code (default `read`). */
  operation?: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

/** An analysis with its access matrix files, parsed, for answering questions. */
export interface QueryContext {
  m: Model;
  pathOf(doc: ParsedDoc): string;
  /** `yaml-syntax` problems that make the files unusable (empty when usable). */
  problems: { path: string; message: Bilingual }[];
}

export type LinkKind = 'role' | 'need' | 'risk' | 'entry';

export interface Link {
  kind: LinkKind;
  id: string;
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  span: Span;
  text: Bilingual;
  /** For an entry: whether it allows the question; for a need: whether it covers it. */
  covers?: boolean;
}

export interface Answer {
  question: Required<Pick<Question, 'role' | 'system' | 'category' | 'patients' | 'identifiability' | 'operation'>> & Pick<Question, 'unit' | 'regime'>;
  allowed: boolean;
  /** The question as a sentence. */
  asked: Bilingual;
  /** "Ja – …" / "Nej – …". */
  verdict: Bilingual;
  /** Why, one line each (the entries that allow it, or why each entry does not). */
  reasons: Bilingual[];
  /** need → risk → entry (deduplicated, in that order). */
  chain: Link[];
  /** The ids of the entries that allow it. */
  allowedBy: string[];
  /** Conditions of the allowing entries (codes). */
  conditions: string[];
}

/** Parse an analysis and its matrix files into a query context. */
export function queryContext(analysis: SourceFile, matrices: SourceFile[] = []): QueryContext {
  const pa = parse(analysis.text);
  const pms = matrices.map((x) => ({ f: x, p: parse(x.text) }));
  const paths = new Map<ParsedDoc, string>([[pa, analysis.path], ...pms.map((x) => [x.p, x.f.path] as const)]);
  const problems: QueryContext['problems'] = [];
  for (const [p, path] of paths) {
    if (p.syntaxFindings.length > 0 || !isRec(p.data)) {
      problems.push({ path, message: p.syntaxFindings[0]?.message ?? bi('filen är inte en YAML-mappning', 'the file is not a YAML mapping') });
    }
  }
  const m = buildModel(pa, pms.filter((x) => isRec(x.p.data)).map((x) => x.p));
  return { m, pathOf: (d) => paths.get(d) ?? analysis.path, problems };
}

/** The valid choices of each question field, for messages and quick picks. */
export function choices(m: Model): { role: string[]; system: string[]; category: string[]; unit: string[]; patients: string[] } {
  const ids = (es: Ent[]) => [...new Set(es.map((e) => e.id).filter((x): x is string => x !== undefined))];
  return { role: ids(m.roles), system: ids(m.systems), category: ids(m.dataCategories), unit: ids(m.careUnits), patients: PATIENT_SCOPES };
}

/** A problem with the question (unknown id or code), or undefined when it can be answered. */
export function checkQuestion(m: Model, q: Question): { field: keyof Question; message: Bilingual } | undefined {
  const c = choices(m);
  const unknown = (field: keyof Question, what: Bilingual, value: string, valid: string[]) => ({
    field,
    message: formatBoth(
      { sv: `{what} '{value}' finns inte i analysen{hint}`, en: `{what} '{value}' is not in the analysis{hint}` },
      {
        what,
        value,
        hint: valid.length ? { sv: ` (finns: ${valid.slice(0, 12).join(', ')}${valid.length > 12 ? ' …' : ''})`, en: ` (there are: ${valid.slice(0, 12).join(', ')}${valid.length > 12 ? ' …' : ''})` } : '',
      },
    ),
  });
  if (!c.role.includes(q.role)) return unknown('role', bi('rollen', 'the role'), q.role, c.role);
  if (!c.system.includes(q.system)) return unknown('system', bi('systemet', 'the system'), q.system, c.system);
  if (!c.category.includes(q.category)) return unknown('category', bi('uppgiftskategorin', 'the data category'), q.category, c.category);
  if (q.unit !== undefined && !c.unit.includes(q.unit)) return unknown('unit', bi('vårdenheten', 'the care unit'), q.unit, c.unit);
  if (q.patients !== undefined && !(q.patients in PATIENT_SCOPE_RANK)) {
    return { field: 'patients', message: formatBoth({ sv: `okänt patientomfång '{v}' (välj {c})`, en: `unknown patient scope '{v}' (choose {c})` }, { v: q.patients, c: PATIENT_SCOPES.join(', ') }) };
  }
  if (q.regime !== undefined && !(q.regime in REGIME)) {
    return { field: 'regime', message: formatBoth({ sv: `okänd regim '{v}' (välj {c})`, en: `unknown regime '{v}' (choose {c})` }, { v: q.regime, c: Object.keys(REGIME).join(', ') }) };
  }
  if (q.operation !== undefined && !OPERATIONS.includes(q.operation)) {
    return { field: 'operation', message: formatBoth({ sv: `okänd funktion '{v}' (välj {c})`, en: `unknown operation '{v}' (choose {c})` }, { v: q.operation, c: OPERATIONS.join(', ') }) };
  }
  return undefined;
}

const name = (e: Ent | undefined, id: string): Bilingual => {
  const l = e ? str(e.v, 'label') ?? str(e.v, 'name') : undefined;
  return l ? bi(`${l} (${id})`, `${l} (${id})`) : bi(id, id);
};
const scopeLabel = (code: string | undefined): Bilingual => (code ? label(PATIENT_SCOPE, code) : bi('inget angivet patientomfång', 'no patient scope stated'));
const lower = (b: Bilingual): Bilingual => bi(b.sv.charAt(0).toLowerCase() + b.sv.slice(1), b.en.charAt(0).toLowerCase() + b.en.slice(1));

/** Answer a question (call checkQuestion first: unknown ids simply deny). `asOf` is YYYY-MM-DD. */
export function answer(ctx: QueryContext, q0: Question, asOf: string): Answer {
  const { m } = ctx;
  const q: Answer['question'] = {
    role: q0.role,
    system: q0.system,
    category: q0.category,
    patients: q0.patients ?? 'care_relation',
    identifiability: q0.identifiability ?? 'identified',
    operation: q0.operation ?? 'read',
    ...(q0.unit !== undefined ? { unit: q0.unit } : {}),
    ...(q0.regime !== undefined ? { regime: q0.regime } : {}),
  };
  const role = m.roleById.get(q.role);
  const system = m.systemById.get(q.system);
  const cat = m.dataCategoryById.get(q.category);
  const catName = cat ? bi(`${str(cat.v, 'label') ?? label(DATA_CATEGORY, q.category).sv} (${q.category})`, `${DATA_CATEGORY[q.category]?.en ?? str(cat.v, 'label') ?? q.category} (${q.category})`) : bi(q.category, q.category);
  const unitPart = q.unit ? formatBoth({ sv: ' vid {u}', en: ' at {u}' }, { u: name(m.unitById.get(q.unit), q.unit) }) : bi('', '');
  const pseud = q.identifiability === 'pseudonymised' ? bi(' (indirekt identifierbara)', ' (pseudonymised)') : bi('', '');
  const op = q.operation === 'read' ? bi('läsa', 'read') : formatBoth({ sv: 'använda funktionen {o} för', en: 'use the operation {o} on' }, { o: q.operation });
  const asked = formatBoth(
    { sv: 'Får {role}{unit} {op} {cat}{pseud} för {patients} i {system}{regime}?', en: 'Can {role}{unit} {op} {cat}{pseud} of {patients} in {system}{regime}?' },
    {
      role: name(role, q.role),
      unit: unitPart,
      op,
      cat: catName,
      pseud,
      patients: q.patients === 'all_patients' ? bi('samtliga patienter', 'all patients') : formatBoth({ sv: 'patienter ({p})', en: 'patients ({p})' }, { p: lower(scopeLabel(q.patients)) }),
      system: name(system, q.system),
      regime: q.regime ? formatBoth({ sv: ' ({r})', en: ' ({r})' }, { r: label(REGIME, q.regime) }) : '',
    },
  );

  const link = (kind: LinkKind, e: Ent, text: Bilingual, covers?: boolean): Link => {
    const span = locate(e.doc, e.path, 'anchor');
    const pos = positionAt(e.doc, span.start);
    return { kind, id: e.id ?? `#${e.index + 1}`, path: ctx.pathOf(e.doc), line: pos.line, column: pos.column, span, text, ...(covers === undefined ? {} : { covers }) };
  };
  const riskText = (r: Ent): Bilingual => {
    const before = matrixLevel(r.v) ?? str(r.v, 'level');
    const after = matrixLevel(isRec(r.v.residual) ? (r.v.residual as Record<string, unknown>) : undefined) ?? (isRec(r.v.residual) ? str(r.v.residual as Record<string, unknown>, 'level') : undefined);
    const title = str(r.v, 'title') ?? '';
    const lv = before ? (after ? formatBoth({ sv: ' (risknivå {b} → efter åtgärder {a})', en: ' (risk level {b} → after measures {a})' }, { b: lower(label(LEVEL, before)), a: lower(label(LEVEL, after)) }) : formatBoth({ sv: ' (risknivå {b})', en: ' (risk level {b})' }, { b: lower(label(LEVEL, before)) })) : bi('', '');
    return formatBoth({ sv: '{t}{lv}', en: '{t}{lv}' }, { t: title, lv });
  };
  const catsOf = (v: Record<string, unknown>): Bilingual => {
    const c = idsOrAll(v, 'data_categories');
    if (c === undefined) return bi('inga uppgiftskategorier angivna', 'no data categories stated');
    if (c === 'all') return bi('alla uppgiftskategorier', 'all data categories');
    return formatBoth({ sv: 'kategorier: {c}', en: 'categories: {c}' }, { c: c.join(', ') });
  };
  const needText = (n: Ent, covers: boolean): Bilingual => {
    const when = str(n.v, 'when');
    return formatBoth(
      { sv: '{scope}; {cats}{when}{cov}', en: '{scope}; {cats}{when}{cov}' },
      {
        scope: scopeLabel(str(n.v, 'patient_scope')),
        cats: catsOf(n.v),
        when: when ? formatBoth({ sv: '; när: {w}', en: '; when: {w}' }, { w: when }) : '',
        cov: covers ? '' : bi(' — behovet omfattar inte frågan', ' — the need does not cover the question'),
      },
    );
  };
  const entryText = (e: Ent, covers: boolean, why: Bilingual[]): Bilingual => {
    const conds = strList(e.v, 'conditions') ?? [];
    return formatBoth(
      { sv: '{regime}, {scope}; {cats}{conds}{verdict}', en: '{regime}, {scope}; {cats}{conds}{verdict}' },
      {
        regime: str(e.v, 'regime') ? label(REGIME, str(e.v, 'regime')!) : bi('ingen regim angiven', 'no regime stated'),
        scope: lower(scopeLabel(str(e.v, 'patient_scope'))),
        cats: catsOf(e.v),
        conds: conds.length ? formatBoth({ sv: '; villkor: {c}', en: '; conditions: {c}' }, { c: joinBoth(conds.map((c) => lower(label(CONDITION, c)))) }) : '',
        verdict: covers ? bi(' — tillåter', ' — allows') : formatBoth({ sv: ' — tillåter inte: {w}', en: ' — does not allow: {w}' }, { w: joinBoth(why) }),
      },
    );
  };

  /** Why entry e does not cover the question (empty: it does). */
  const whyNot = (e: Ent): Bilingual[] => {
    const out: Bilingual[] = [];
    const ex = expandCategories(m, e.v);
    if (!ex) out.push(bi('anger inga uppgiftskategorier', 'states no data categories'));
    else if (!ex.ids.includes(q.category)) out.push(formatBoth({ sv: '{c} ingår inte', en: '{c} is not included' }, { c: q.category }));
    const ps = str(e.v, 'patient_scope');
    if (ps === undefined || !(ps in PATIENT_SCOPE_RANK)) out.push(bi('anger inget patientomfång', 'states no patient scope'));
    else if (PATIENT_SCOPE_RANK[ps] < PATIENT_SCOPE_RANK[q.patients]) {
      out.push(formatBoth({ sv: 'patientomfånget är {e}, inte {q}', en: 'the patient scope is {e}, not {q}' }, { e: lower(scopeLabel(ps)), q: lower(scopeLabel(q.patients)) }));
    }
    if (q.identifiability === 'identified' && str(e.v, 'identifiability') === 'pseudonymised') out.push(bi('ger bara indirekt identifierbara uppgifter', 'gives pseudonymised data only'));
    const ops = strList(e.v, 'operations');
    if (ops && ops.length > 0 && !ops.includes(q.operation)) out.push(formatBoth({ sv: 'funktionen {o} ingår inte', en: 'the operation {o} is not included' }, { o: q.operation }));
    const from = isoDate(e.v, 'valid_from');
    if (from !== undefined && from > asOf) out.push(formatBoth({ sv: 'gäller först från {d}', en: 'applies only from {d}' }, { d: from }));
    return out;
  };
  const needCovers = (n: Ent): boolean => {
    const ex = expandCategories(m, { ...n.v, system: str(n.v, 'system') ?? q.system });
    const ps = str(n.v, 'patient_scope');
    if (q.identifiability === 'identified' && str(n.v, 'identifiability') === 'pseudonymised') return false;
    return !!ex && ex.ids.includes(q.category) && ps !== undefined && ps in PATIENT_SCOPE_RANK && PATIENT_SCOPE_RANK[ps] >= PATIENT_SCOPE_RANK[q.patients];
  };

  const reasons: Bilingual[] = [];
  const needs: Link[] = [];
  const risks: Link[] = [];
  const entries: Link[] = [];
  const seen = new Set<string>();
  const addNeed = (n: Ent) => {
    const k = `n:${n.id}:${n.index}:${n.path.join('.')}`;
    if (seen.has(k)) return;
    seen.add(k);
    needs.push(link('need', n, needText(n, needCovers(n)), needCovers(n)));
  };
  const addRisk = (r: Ent) => {
    const k = `r:${r.path.join('.')}`;
    if (seen.has(k)) return;
    seen.add(k);
    risks.push(link('risk', r, riskText(r)));
  };

  // the role must work at the unit
  const roleUnits = role ? idsOrAll(role.v, 'units') : undefined;
  const notInUnit = q.unit !== undefined && Array.isArray(roleUnits) && roleUnits.length > 0 && !roleUnits.includes(q.unit);
  const candidates = m.entries.filter((e) => str(e.v, 'role') === q.role && str(e.v, 'system') === q.system && (q.regime === undefined || str(e.v, 'regime') === q.regime));
  const allowing: Ent[] = [];
  for (const e of candidates) {
    const why = whyNot(e);
    if (why.length === 0 && !notInUnit) allowing.push(e);
    const mn = matchedNeed(m, e);
    for (const n of mn?.needs ?? []) addNeed(n);
    for (const id of strList(e.v, 'risks_considered') ?? []) {
      const r = m.riskById.get(id);
      if (r) addRisk(r);
    }
    entries.push(link('entry', e, entryText(e, why.length === 0 && !notInUnit, notInUnit ? [formatBoth({ sv: 'rollen arbetar inte vid {u}', en: 'the role does not work at {u}' }, { u: q.unit! })] : why), why.length === 0 && !notInUnit));
    if (!notInUnit && why.length > 0) reasons.push(formatBoth({ sv: '{id}: {w}.', en: '{id}: {w}.' }, { id: e.id ?? '?', w: joinBoth(why) }));
  }
  const allowed = allowing.length > 0;
  const conditions = [...new Set(allowing.flatMap((e) => strList(e.v, 'conditions') ?? []))];

  if (notInUnit) {
    reasons.unshift(formatBoth({ sv: 'Rollen {r} arbetar inte vid {u} enligt analysen (units: {list}).', en: 'The role {r} does not work at {u} according to the analysis (units: {list}).' }, { r: q.role, u: q.unit!, list: (roleUnits as string[]).join(', ') }));
  }
  if (candidates.length === 0) {
    reasons.push(formatBoth(
      { sv: 'Ingen rad i behörighetsmatrisen ger {r} åtkomst till {s}{regime}.', en: 'No entry of the access matrix gives {r} access to {s}{regime}.' },
      { r: q.role, s: q.system, regime: q.regime ? formatBoth({ sv: ' inom {x}', en: ' under {x}' }, { x: label(REGIME, q.regime) }) : '' },
    ));
    // what the analysis says: the role's needs in the system, the risks assessed for the category there
    for (const n of m.needsByRole.get(q.role) ?? []) if (str(n.v, 'system') === q.system) addNeed(n);
    for (const r of m.risks) {
      const systems = strList(r.v, 'systems');
      const cats = strList(r.v, 'data_categories') ?? [];
      if ((systems === undefined || systems.includes(q.system)) && cats.includes(q.category)) addRisk(r);
    }
  }
  const allowReasons: Bilingual[] = [];
  for (const e of allowing) {
    const conds = strList(e.v, 'conditions') ?? [];
    allowReasons.push(
      conds.length
        ? formatBoth({ sv: '{id} tillåter det, med villkor: {c}.', en: '{id} allows it, with conditions: {c}.' }, { id: e.id ?? '?', c: joinBoth(conds.map((c) => lower(label(CONDITION, c)))) })
        : formatBoth({ sv: '{id} tillåter det, utan villkor.', en: '{id} allows it, without conditions.' }, { id: e.id ?? '?' }),
    );
    const mn = matchedNeed(m, e);
    if (!mn || !mn.needs.some(needCovers)) {
      allowReasons.push(formatBoth({ sv: 'Analysen visar inte ett behov som omfattar detta för {id} (se BRA031/BRA032).', en: 'The analysis does not show a need that covers this for {id} (see BRA031/BRA032).' }, { id: e.id ?? '?' }));
    }
  }
  reasons.unshift(...allowReasons);
  const verdict = allowed
    ? formatBoth(allowing.length > 1
      ? { sv: 'Ja – behörigheterna {ids} tillåter det{c}.', en: 'Yes – access entries {ids} allow it{c}.' }
      : { sv: 'Ja – behörigheten {ids} tillåter det{c}.', en: 'Yes – access entry {ids} allows it{c}.' }, {
        ids: joinBoth(allowing.map((e) => e.id ?? '?')),
        c: conditions.length ? formatBoth({ sv: ', med villkor', en: ', with conditions' }, {}) : '',
      })
    : notInUnit
      ? bi('Nej – rollen arbetar inte vid den vårdenheten.', 'No – the role does not work at that care unit.')
      : candidates.length === 0
        ? bi('Nej – ingen behörighet i matrisen.', 'No – no access entry in the matrix.')
        : bi('Nej – ingen behörighet i matrisen omfattar det.', 'No – no access entry in the matrix covers it.');
  return { question: q, allowed, asked, verdict, reasons, chain: [...needs, ...risks, ...entries], allowedBy: allowing.map((e) => e.id ?? '?'), conditions };
}
