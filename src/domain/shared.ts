/** The shared definitions of rules-and-model.md §2.2 and the risk matrix of §4.3. */
import type { Model, Rec, Ent } from './model';
import { idsOrAll, str, strList, bool } from './model';

/**
 * The tool's default list of specialties that may call for a special risk assessment (BRA016). Neither the
 * preparatory works nor IMY name a list ("kan kräva"); `.bra.jsonc` `thresholds.sensitiveSpecialties` replaces it
 * (`[]` = only units marked `sensitive: true`).
 */
export const DEFAULT_SENSITIVE_SPECIALTIES: readonly string[] = [
  'obstetrics_gynaecology', 'psychiatry', 'child_adolescent_psychiatry', 'youth_clinic', 'addiction', 'forensic_psychiatry',
  'infectious_diseases', 'sexual_health_clinic', 'clinical_genetics', 'gender_identity', 'primary_care_mental_health',
];
export const SENSITIVE_SPECIALTIES = new Set(DEFAULT_SENSITIVE_SPECIALTIES);

/** Whether a risk lists at least one measure (an object with an id, or a non-empty item). */
export function riskHasMeasures(v: Record<string, unknown>): boolean {
  const ms = v.measures;
  return Array.isArray(ms) && ms.some((x) => (typeof x === 'string' && x.trim() !== '') || (typeof x === 'object' && x !== null && !Array.isArray(x)));
}
export const IMY_NAMED_DATA_CATEGORIES = ['mental_health', 'sexual_health', 'substance_abuse', 'violence_close_relations'];
export const BASELINE_REGISTERED_CATEGORIES = [
  'children', 'protected_identity', 'public_figures', 'employees_as_patients', 'staff_own_records', 'particularly_vulnerable',
];
export const PATIENT_SCOPE_RANK: Record<string, number> = {
  none: 0, emergency_only: 1, scheduled_contact: 2, care_relation: 3, own_unit: 4, listed_units: 5, all_patients: 6,
};
export const LEVEL_RANK: Record<string, number> = { low: 0, medium: 1, high: 2, very_high: 3 };
export const RESTRICTIVE_CONDITIONS = new Set(['active_choice', 'care_relation_check', 'schedule_linked']);
export const SOFT_MEASURE_KINDS = new Set([
  'training', 'confidentiality_undertaking', 'policy_guideline', 'log_review', 'patient_log_extract', 'background_check', 'assignment_routine',
]);
export const CLINICAL_STAFF_CATEGORIES = new Set([
  'physician', 'nurse', 'assistant_nurse', 'midwife', 'psychologist', 'counsellor', 'physiotherapist', 'occupational_therapist',
  'dentist', 'dental_hygienist', 'dental_nurse', 'medical_secretary', 'clinical_team',
]);
export const GENERIC_CONSEQUENCES = new Set([
  'röjande av sekretess', 'risk för röjande av sekretess', 'integritetsskada', 'risk för integritetsskada', 'integritetshot',
  'integritetsintrång', 'obehörig åtkomst', 'sekretessbrott', 'dataintrång', 'brott mot sekretess', 'kränkning av integriteten',
  'spridning av personuppgifter',
]);

export type Level = 'low' | 'medium' | 'high' | 'very_high';

/** §4.3: v = p×s; ≤3 low, ≤6 medium, ≤9 high, else very_high. */
export function riskLevel(p: number, s: number): Level {
  const v = p * s;
  if (v <= 3) return 'low';
  if (v <= 6) return 'medium';
  if (v <= 9) return 'high';
  return 'very_high';
}

/** An integer 1–4, else undefined. */
export function scaleValue(v: Rec | undefined, key: string): number | undefined {
  const x = v?.[key];
  return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 4 ? x : undefined;
}

/** The matrix level of a risk (or residual block), when both values are valid. */
export function matrixLevel(v: Rec | undefined): Level | undefined {
  const p = scaleValue(v, 'probability');
  const s = scaleValue(v, 'severity');
  return p !== undefined && s !== undefined ? riskLevel(p, s) : undefined;
}

/** Whether data category `c` counts as present in system `system` (a category with no `systems` list is in every system). */
export function categoryInSystem(c: Ent, system: string | undefined): boolean {
  if (bool(c.v, 'present') !== true) return false;
  const systems = strList(c.v, 'systems');
  return systems === undefined || systems.length === 0 || system === undefined || systems.includes(system);
}

/**
 * The expanded categories of a need or access entry for its system: `all` = every present category of the system;
 * a list keeps only ids that resolve (dangling ids are BRA045's business and count as absent).
 */
export function expandCategories(m: Model, v: Rec): { all: boolean; ids: string[] } | undefined {
  const cats = idsOrAll(v, 'data_categories');
  const system = str(v, 'system');
  if (cats === undefined) return undefined;
  if (cats === 'all') return { all: true, ids: m.dataCategories.filter((c) => c.id && categoryInSystem(c, system)).map((c) => c.id!) };
  return { all: false, ids: [...new Set(cats.filter((id) => m.dataCategoryById.has(id)))] };
}

/** The present categories of a system. */
export function presentCategoriesOf(m: Model, system: string | undefined): string[] {
  return m.dataCategories.filter((c) => c.id && categoryInSystem(c, system)).map((c) => c.id!);
}

export interface MatchedNeed {
  needs: Ent[];
  /** Union of expanded categories (undefined when no need states categories). */
  categories?: string[];
  /** Widest patient scope (undefined when no need states one). */
  patientScope?: string;
  units: string[];
  identifiability: 'identified' | 'pseudonymised';
}

/** The matched need of an access entry (§2.2): `justified_by` needs, else the role's needs with the same system and regime. */
export function matchedNeed(m: Model, entry: Ent): MatchedNeed | undefined {
  const system = str(entry.v, 'system');
  const regime = str(entry.v, 'regime');
  const justified = strList(entry.v, 'justified_by');
  let needs: Ent[];
  if (justified && justified.length > 0) {
    needs = justified.map((id) => m.needById.get(id)).filter((n): n is NonNullable<typeof n> => n !== undefined);
  } else {
    const role = str(entry.v, 'role');
    needs = (role === undefined ? [] : m.needsByRole.get(role) ?? []).filter((n) => str(n.v, 'system') === system && str(n.v, 'regime') === regime);
  }
  if (needs.length === 0) return undefined;
  let categories: Set<string> | undefined;
  let scope: string | undefined;
  const units = new Set<string>();
  let identified = false;
  for (const n of needs) {
    const ex = expandCategories(m, { ...n.v, system: str(n.v, 'system') ?? system });
    if (ex && (ex.all || ex.ids.length > 0)) {
      categories ??= new Set();
      ex.ids.forEach((c) => categories!.add(c));
    }
    const ps = str(n.v, 'patient_scope');
    if (ps !== undefined && ps in PATIENT_SCOPE_RANK && (scope === undefined || PATIENT_SCOPE_RANK[ps] > PATIENT_SCOPE_RANK[scope])) scope = ps;
    (strList(n.v, 'units') ?? []).forEach((u) => units.add(u));
    if (str(n.v, 'identifiability') !== 'pseudonymised') identified = true;
  }
  return {
    needs,
    categories: categories ? [...categories] : undefined,
    patientScope: scope,
    units: [...units],
    identifiability: identified ? 'identified' : 'pseudonymised',
  };
}

/** Add months to an ISO date (YYYY-MM-DD), clamping the day to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  const total = y * 12 + (mo - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A valid ISO calendar date string, else undefined. */
export function isoDate(v: Rec | undefined, key: string): string | undefined {
  const x = v?.[key];
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) return undefined;
  let ok = VALID_DATES.get(x);
  if (ok === undefined) {
    const d = new Date(`${x}T00:00:00Z`);
    ok = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === x;
    if (VALID_DATES.size < 10000) VALID_DATES.set(x, ok);
  }
  return ok ? x : undefined;
}

/**
 * A date that is written but is not a valid date (2026-02-30, 2026-2-3, a list …): the schema reports it, so date
 * rules stay silent instead of calling it missing.
 */
export function badDate(v: Rec | undefined, key: string): boolean {
  const x = v?.[key];
  return x !== undefined && x !== null && isoDate(v, key) === undefined;
}

/** Calendar validity of date strings seen (matrices repeat the same few dates thousands of times). */
const VALID_DATES = new Map<string, boolean>();

/** The triggers IMY names (change of role, end of employment, leave of absence); BRA041 checks them. */
export const REQUIRED_TRIGGERS = ['role_change', 'employment_end', 'leave_of_absence'];
