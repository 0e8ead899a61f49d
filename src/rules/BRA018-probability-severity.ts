/** BRA018 — Sannolikhet eller konsekvens saknas eller är ogiltig (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import { KEYS, isRiskMap, probabilitySeverityGaps, riskMethodOf } from '../domain/risk-method';
import type { RiskMethod } from '../domain/risk-method';

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

function shown(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : typeof x === 'object' ? (Array.isArray(x) ? '[…]' : '{…}') : String(x);
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
