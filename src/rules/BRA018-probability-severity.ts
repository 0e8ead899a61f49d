/** BRA018 — Sannolikhet eller konsekvens saknas eller är ogiltig (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import type { Ent } from '../domain/model';
import { isRec } from '../domain/model';

const KEYS: { key: 'probability' | 'severity'; label: Bilingual; scale: string }[] = [
  { key: 'probability', label: { sv: 'sannolikhet', en: 'probability' }, scale: '1 Mycket liten · 2 Liten · 3 Stor · 4 Mycket stor' },
  { key: 'severity', label: { sv: 'konsekvens', en: 'severity' }, scale: '1 Begränsad · 2 Måttlig · 3 Betydande · 4 Allvarlig' },
];

function valid(x: unknown): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 4;
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
export function probabilitySeverityGaps(r: Ent): { missing: typeof KEYS; invalid: typeof KEYS; residualInvalid: typeof KEYS } {
  const residual = isRec(r.v.residual) ? r.v.residual : undefined;
  return {
    missing: KEYS.filter((k) => absent(r.v[k.key])),
    invalid: KEYS.filter((k) => !absent(r.v[k.key]) && !valid(r.v[k.key])),
    residualInvalid: residual ? KEYS.filter((k) => !absent(residual[k.key]) && !valid(residual[k.key])) : [],
  };
}

/**
 * BRA018's condition for a risk (§2.3: BRA019, BRA022 and BRA023 are skipped for a risk for which BRA018 fires).
 * Recomputed here so that no rule depends on the order the rules run in.
 */
export function bra018Fires(r: Ent): boolean {
  if (!isRiskMap(r)) return false;
  const g = probabilitySeverityGaps(r);
  return g.missing.length + g.invalid.length + g.residualInvalid.length > 0;
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
      sv: 'Risken {risk} saknar bedömning av {what} (heltal 1–4).',
      en: 'Risk {risk} lacks an assessment of {what} (integer 1–4).',
    },
    invalid: {
      sv: 'Risken {risk} anger {what} med ett ogiltigt värde ({values}). Ange ett heltal 1–4.',
      en: 'Risk {risk} states {what} with an invalid value ({values}). Use an integer 1–4.',
    },
    mixed: {
      sv: 'Risken {risk} saknar bedömning av {what} och anger {invalidWhat} med ett ogiltigt värde ({values}). Ange heltal 1–4.',
      en: 'Risk {risk} lacks an assessment of {what} and states {invalidWhat} with an invalid value ({values}). Use integers 1–4.',
    },
    residual: {
      sv: 'Restrisken för {risk} anger {what} med ett ogiltigt värde ({values}). Ange ett heltal 1–4.',
      en: 'The residual risk of {risk} states {what} with an invalid value ({values}). Use an integer 1–4.',
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 24.1 och 32.1 (risker av varierande sannolikhetsgrad och allvar)', source: 'DI-2019-3845 s. 12' },
    { act: 'GDPR', ref: 'skäl 76', source: 'DI-2019-3845 s. 13' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'bedömning av hur sannolik och allvarlig risken är', source: 'DI-2019-3845 s. 17, 19, 21' },
  ],
  fixable: true,
  check(ctx) {
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r)) continue;
      const risk = r.id ?? r.loc;
      const g = probabilitySeverityGaps(r);
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
            for (const k of toInsert) e.newText = e.newText.replace(new RegExp(`^( *)${k.key}:(\r?)$`, 'm'), `$1${k.key}: # ${k.scale}$2`);
          }
          if (edits.length) {
            fixes = [{
              title: { sv: `Lägg till ${toInsert.map((k) => k.key).join(' och ')} (1–4) att fylla i`, en: `Add ${toInsert.map((k) => k.key).join(' and ')} (1–4) to fill in` },
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
            ? { risk, what: joinBoth(g.missing.map((k) => k.label)), invalidWhat: joinBoth(g.invalid.map((k) => k.label)), values: values(r.v, g.invalid) }
            : msg === 'invalid'
              ? { risk, what: joinBoth(g.invalid.map((k) => k.label)), values: values(r.v, g.invalid) }
              : { risk, what: joinBoth(g.missing.map((k) => k.label)) },
          fixes,
        });
      }
      if (g.residualInvalid.length > 0) {
        const residual = r.v.residual as Record<string, unknown>;
        ctx.report({
          location: `${r.loc}.residual`,
          at: g.residualInvalid.length === 1 ? ctx.at(r, ['residual', g.residualInvalid[0].key], 'value') : ctx.at(r, 'residual', 'key'),
          message: 'residual',
          args: { risk, what: joinBoth(g.residualInvalid.map((k) => k.label)), values: values(residual, g.residualInvalid) },
        });
      }
    }
  },
});
