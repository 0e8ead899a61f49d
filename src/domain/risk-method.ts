/**
 * The risk method of an analysis and the checks of a risk's probability and severity that several rules share
 * (BRA018 reports them; BRA019–BRA024 skip a risk BRA018 fires for, and read levels under the same method).
 */
import type { Bilingual } from '../model';
import { isMap, nodeAt } from '../yaml';
import type { Ent, Rec } from './model';
import { isRec } from './model';
import { LEVEL_RANK, riskLevel } from './shared';
import type { Level } from './shared';

export const KEYS: { key: 'probability' | 'severity'; label: Bilingual; scale: string }[] = [
  { key: 'probability', label: { sv: 'sannolikhet', en: 'probability' }, scale: '1 Mycket liten · 2 Liten · 3 Stor · 4 Mycket stor' },
  { key: 'severity', label: { sv: 'konsekvens', en: 'severity' }, scale: '1 Begränsad · 2 Måttlig · 3 Betydande · 4 Allvarlig' },
];

/**
 * The risk method of an analysis: the tool's 1–4 integers, or the scales the analysis declares in `risk_method`
 * (issue #11: substance over form). A declared scale lists its values lowest first; a value's rank is its position
 * (1 = lowest). A key the block does not declare keeps the tool's 1–4 scale.
 */
export interface RiskMethod {
  declared: boolean;
  probability: readonly (string | number)[];
  severity: readonly (string | number)[];
}
const TOOL_SCALE: readonly number[] = [1, 2, 3, 4];
export const TOOL_METHOD: RiskMethod = { declared: false, probability: TOOL_SCALE, severity: TOOL_SCALE };

/** A declared scale: a list of at least two distinct non-blank strings or numbers, else undefined (the schema reports it). */
function declaredScale(x: unknown): (string | number)[] | undefined {
  if (!Array.isArray(x) || x.length < 2) return undefined;
  const ok = x.every((v) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== ''));
  if (!ok) return undefined;
  const keys = x.map((v) => norm(v));
  return new Set(keys).size === keys.length ? x : undefined;
}

export function norm(v: unknown): string {
  return String(v).trim().toLowerCase();
}

/** The analysis's risk method: `risk_method` with at least one valid declared scale, else the tool's. */
export function riskMethodOf(root: Rec | undefined): RiskMethod {
  const rm = isRec(root?.risk_method) ? root!.risk_method as Rec : undefined;
  const p = declaredScale(rm?.probability);
  const s = declaredScale(rm?.severity);
  if (!p && !s) return TOOL_METHOD;
  return { declared: true, probability: p ?? TOOL_SCALE, severity: s ?? TOOL_SCALE };
}

/**
 * The rank (1 = lowest) of a value on the method's scale for `key`, else undefined. The tool's scale takes integers
 * 1–4 only; a declared scale matches a value by its text, ignoring case and surrounding space (`3` matches `"3"`).
 */
export function rankOf(method: RiskMethod, key: 'probability' | 'severity', x: unknown): number | undefined {
  if (!method.declared || method[key] === TOOL_SCALE) {
    return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 4 ? x : undefined;
  }
  if (typeof x !== 'number' && typeof x !== 'string') return undefined;
  const i = method[key].findIndex((v) => norm(v) === norm(x));
  return i < 0 ? undefined : i + 1;
}

/**
 * The level of a risk (or residual block) under the method, when both values are valid. The tool's scale: the 4×4
 * matrix. A declared scale: the level the analysis states (`level`), since the analysis's own matrix decides it; without
 * one, the tool's thresholds applied to the ranks scaled onto 1–4 ((p/n)·(s/m)·16), documented on BRA018's page.
 */
export function methodLevel(method: RiskMethod, v: Rec | undefined): Level | undefined {
  const p = rankOf(method, 'probability', v?.probability);
  const s = rankOf(method, 'severity', v?.severity);
  if (p === undefined || s === undefined) return undefined;
  if (!method.declared) return riskLevel(p, s);
  const stated = typeof v?.level === 'string' ? v.level.trim() : undefined;
  if (stated !== undefined && stated in LEVEL_RANK) return stated as Level;
  const x = (p / method.probability.length) * (s / method.severity.length) * 16;
  return x <= 3 ? 'low' : x <= 6 ? 'medium' : x <= 9 ? 'high' : 'very_high';
}

function absent(x: unknown): boolean {
  return x === undefined || x === null;
}

/** Whether a risk list item is a mapping (a scalar or list item is the schema's business). */
export function isRiskMap(r: Ent): boolean {
  return isMap(nodeAt(r.doc, r.path));
}

/** The gaps of a risk: inherent probability/severity missing or invalid, residual values present but invalid. */
export function probabilitySeverityGaps(r: Ent, method: RiskMethod = TOOL_METHOD): { missing: typeof KEYS; invalid: typeof KEYS; residualInvalid: typeof KEYS } {
  const residual = isRec(r.v.residual) ? r.v.residual : undefined;
  const valid = (k: (typeof KEYS)[number], x: unknown) => rankOf(method, k.key, x) !== undefined;
  return {
    missing: KEYS.filter((k) => absent(r.v[k.key])),
    invalid: KEYS.filter((k) => !absent(r.v[k.key]) && !valid(k, r.v[k.key])),
    residualInvalid: residual ? KEYS.filter((k) => !absent(residual[k.key]) && !valid(k, residual[k.key])) : [],
  };
}

/**
 * BRA018's condition for a risk (BRA019, BRA022 and BRA023 are skipped for a risk for which BRA018 fires).
 * Recomputed here so that no rule depends on the order the rules run in.
 */
export function bra018Fires(r: Ent, method: RiskMethod = TOOL_METHOD): boolean {
  if (!isRiskMap(r)) return false;
  const g = probabilitySeverityGaps(r, method);
  return g.missing.length + g.invalid.length + g.residualInvalid.length > 0;
}
