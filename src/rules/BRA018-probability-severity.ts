/** BRA018 — Sannolikhet eller konsekvens saknas eller är ogiltig (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import type { Ent, Rec } from '../domain/model';
import { isRec } from '../domain/model';
import { LEVEL_RANK, riskLevel } from '../domain/shared';
import type { Level } from '../domain/shared';

const KEYS: { key: 'probability' | 'severity'; label: Bilingual; scale: string }[] = [
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

function norm(v: unknown): string {
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

/** How the expected values are named in a message: the tool's wording (`heltal 1–4`), or the declared scales. */
function scaleText(method: RiskMethod, keys: typeof KEYS, form: 'paren' | 'one' | 'many'): Bilingual {
  if (!method.declared) {
    if (form === 'paren') return { sv: 'heltal 1–4', en: 'integer 1–4' };
    return form === 'one' ? { sv: 'ett heltal 1–4', en: 'an integer 1–4' } : { sv: 'heltal 1–4', en: 'integers 1–4' };
  }
  const list = (lang: 'sv' | 'en') => keys.map((k) => `${k.label[lang]} ${method[k.key].map((v) => String(v)).join(' · ')}`).join('; ');
  return form === 'paren'
    ? { sv: `analysens skala i risk_method: ${list('sv')}`, en: `the analysis's scale in risk_method: ${list('en')}` }
    : { sv: `ett värde på analysens skala i risk_method (${list('sv')})`, en: `a value on the analysis's scale in risk_method (${list('en')})` };
}

function absent(x: unknown): boolean {
  return x === undefined || x === null;
}

function shown(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : typeof x === 'object' ? (Array.isArray(x) ? '[…]' : '{…}') : String(x);
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
 * BRA018's condition for a risk (§2.3: BRA019, BRA022 and BRA023 are skipped for a risk for which BRA018 fires).
 * Recomputed here so that no rule depends on the order the rules run in.
 */
export function bra018Fires(r: Ent, method: RiskMethod = TOOL_METHOD): boolean {
  if (!isRiskMap(r)) return false;
  const g = probabilitySeverityGaps(r, method);
  return g.missing.length + g.invalid.length + g.residualInvalid.length > 0;
}

/** The comment on an inserted key: the tool's scale with its labels, or the declared values. */
function comment(method: RiskMethod, k: (typeof KEYS)[number]): string {
  return method.declared ? `${method[k.key].map((v) => String(v)).join(' · ')} (risk_method)` : k.scale;
}

/** `probability: 5, severity: "hög"` */
function values(v: Record<string, unknown>, keys: typeof KEYS): string {
  return keys.map((k) => `${k.key}: ${shown(v[k.key])}`).join(', ');
}

export default defineRule({
  id: 'BRA018',
  name: 'probability-severity',
  severity: 'error',
  title: { sv: 'Sannolikhet eller konsekvens saknas/ogiltig', en: 'Probability or severity missing or invalid' },
  messages: {
    default: {
      sv: 'Risken {risk} saknar bedömning av {what} ({scale}).',
      en: 'Risk {risk} lacks an assessment of {what} ({scale}).',
    },
    invalid: {
      sv: 'Risken {risk} anger {what} med ett ogiltigt värde ({values}). Ange {scale}.',
      en: 'Risk {risk} states {what} with an invalid value ({values}). Use {scale}.',
    },
    mixed: {
      sv: 'Risken {risk} saknar bedömning av {what} och anger {invalidWhat} med ett ogiltigt värde ({values}). Ange {scale}.',
      en: 'Risk {risk} lacks an assessment of {what} and states {invalidWhat} with an invalid value ({values}). Use {scale}.',
    },
    residual: {
      sv: 'Restrisken för {risk} anger {what} med ett ogiltigt värde ({values}). Ange {scale}.',
      en: 'The residual risk of {risk} states {what} with an invalid value ({values}). Use {scale}.',
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 24.1 och 32.1 (risker av varierande sannolikhetsgrad och allvar)', source: 'DI-2019-3845 s. 12' },
    { act: 'GDPR', ref: 'skäl 76', source: 'DI-2019-3845 s. 13' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'bedömning av hur sannolik och allvarlig risken är', source: 'DI-2019-3845 s. 17, 19, 21' },
  ],
  fixable: true,
  check(ctx) {
    const method = riskMethodOf(ctx.m.root);
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r)) continue;
      const risk = r.id ?? r.loc;
      const g = probabilitySeverityGaps(r, method);
      if (g.missing.length + g.invalid.length > 0) {
        const one = g.missing.length + g.invalid.length === 1;
        let at = ctx.at(r);
        if (one && g.invalid.length === 1) at = ctx.at(r, g.invalid[0].key, 'value');
        else if (one && has(r.doc, [...r.path, g.missing[0].key])) at = ctx.at(r, g.missing[0].key, 'key'); // `probability:` with no value
        const toInsert = g.missing.filter((k) => r.v[k.key] === undefined);
        let fixes: Fix[] | undefined;
        if (toInsert.length) {
          const edits = insertEntries(r.doc, r.path, Object.fromEntries(toInsert.map((k) => [k.key, null])));
          // block style: name the scale on the inserted line, as completion would (a flow map gets no comment)
          for (const e of edits) {
            if (!/[\r\n]/.test(e.newText)) continue;
            for (const k of toInsert) e.newText = e.newText.replace(new RegExp(`^( *)${k.key}:(\r?)$`, 'm'), `$1${k.key}: # ${comment(method, k)}$2`);
          }
          if (edits.length) {
            fixes = [{
              title: method.declared
                ? { sv: `Lägg till ${toInsert.map((k) => k.key).join(' och ')} att fylla i`, en: `Add ${toInsert.map((k) => k.key).join(' and ')} to fill in` }
                : { sv: `Lägg till ${toInsert.map((k) => k.key).join(' och ')} (1–4) att fylla i`, en: `Add ${toInsert.map((k) => k.key).join(' and ')} (1–4) to fill in` },
              edits,
              preferred: true,
            }];
          }
        }
        const msg = g.invalid.length === 0 ? 'default' : g.missing.length === 0 ? 'invalid' : 'mixed';
        ctx.report({
          location: r.loc,
          at,
          message: msg,
          args: msg === 'mixed'
            ? { risk, what: joinBoth(g.missing.map((k) => k.label)), invalidWhat: joinBoth(g.invalid.map((k) => k.label)), values: values(r.v, g.invalid), scale: scaleText(method, KEYS, 'many') }
            : msg === 'invalid'
              ? { risk, what: joinBoth(g.invalid.map((k) => k.label)), values: values(r.v, g.invalid), scale: scaleText(method, g.invalid, 'one') }
              : { risk, what: joinBoth(g.missing.map((k) => k.label)), scale: scaleText(method, g.missing, 'paren') },
          fixes,
        });
      }
      if (g.residualInvalid.length > 0) {
        const residual = r.v.residual as Record<string, unknown>;
        ctx.report({
          location: `${r.loc}.residual`,
          at: g.residualInvalid.length === 1 ? ctx.at(r, ['residual', g.residualInvalid[0].key], 'value') : ctx.at(r, 'residual', 'key'),
          message: 'residual',
          args: { risk, what: joinBoth(g.residualInvalid.map((k) => k.label)), values: values(residual, g.residualInvalid), scale: scaleText(method, g.residualInvalid, 'one') },
        });
      }
    }
  },
});
