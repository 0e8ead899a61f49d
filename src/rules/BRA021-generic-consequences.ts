/** BRA021 — Konsekvenserna är generiska (rules-and-model.md §2.4). */
import { defineRule } from './define';
import { isRec, str } from '../domain/model';
import { GENERIC_CONSEQUENCES } from '../domain/shared';
import { isRiskMap } from '../domain/risk-method';

const TRAILING_PUNCT = /[\s.,;:!?…]+$/;

/** §2.2: a consequence is concrete when its type is specific, its description long enough and not only generic phrases. */
export function isConcrete(c: unknown, minChars: number): boolean {
  if (!isRec(c)) return false;
  const type = str(c, 'type');
  if (type === undefined || type === 'other') return false;
  const description = str(c, 'description');
  if (description === undefined || description.length < minChars) return false;
  const parts = description.toLowerCase().replace(TRAILING_PUNCT, '')
    .split(/[,;/]| och | eller /)
    .map((s) => s.trim().replace(TRAILING_PUNCT, ''))
    .filter(Boolean);
  return parts.some((s) => !GENERIC_CONSEQUENCES.has(s));
}

export default defineRule({
  id: 'BRA021',
  name: 'generic-consequences',
  severity: 'warning',
  title: { sv: 'Konsekvenserna är generiska', en: 'The consequences are generic' },
  messages: {
    default: {
      sv: "Konsekvenserna för risken {risk} är för allmänt beskrivna (t.ex. 'röjande av sekretess', 'integritetsskada'). Beskriv vad skadan eller hotet består av för de registrerade.",
      en: "The consequences of risk {risk} are too generic (e.g. 'breach of confidentiality', 'privacy harm'). Describe what the harm or threat consists of for the data subjects.",
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'föreläggande: närmare beskrivning av vad skadan eller hotet består av', source: 'DI-2019-3845 s. 29' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: false,
  check(ctx) {
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r)) continue;
      const v = r.v.consequences;
      if (!Array.isArray(v) || v.length === 0) continue; // BRA020
      if (v.some((c) => isConcrete(c, ctx.t.consequenceMinChars))) continue;
      ctx.report({ location: r.loc, at: ctx.at(r, 'consequences', 'key'), args: { risk: r.id ?? r.loc } });
    }
  },
});
