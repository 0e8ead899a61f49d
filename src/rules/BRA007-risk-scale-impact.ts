/** BRA007 — Risken beskriver inte hur omfattningen påverkar (rules-and-model.md §2.4). */
import { setValue } from '../fixes';
import { defineRule } from './define';
import type { Ent, Model } from '../domain/model';
import { int, str, strList } from '../domain/model';
import { count, systemName } from '../domain/names';

/** The figures of the systems a risk names, as a start for `scale_impact`. */
export function scaleText(m: Model, risk: Ent): string {
  const systems = (strList(risk.v, 'systems') ?? []).map((id) => m.systemById.get(id)).filter((s): s is Ent => s !== undefined);
  const parts = [...new Set(systems)].map((s) => {
    const pr = int(s.v, 'patients_registered');
    const us = int(s.v, 'users_with_access');
    const figures = [pr !== undefined ? `${count(pr).sv} patienter` : undefined, us !== undefined ? `${count(us).sv} användare` : undefined].filter(Boolean);
    return figures.length ? `${systemName(s)}: ${figures.join(', ')}` : undefined;
  }).filter((x): x is string => x !== undefined);
  return parts.length
    ? `${parts.join('; ')} – beskriv hur antalet patienter, användare och uppgifter påverkar risken.`
    : 'Beskriv hur antalet patienter, användare och uppgifter påverkar risken.';
}

export default defineRule({
  id: 'BRA007',
  name: 'risk-scale-impact',
  severity: 'warning',
  title: { sv: 'Risken beskriver inte hur omfattningen påverkar', en: 'Risk does not describe how the scale affects it' },
  messages: {
    default: {
      sv: 'Risken {risk} beskriver inte hur behandlingens omfattning (antal patienter, användare och uppgifter) påverkar risken.',
      en: 'Risk {risk} does not describe how the scale of processing (numbers of patients, users and records) affects the risk.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'föreläggande: hur behandlingens omfattning påverkar risken', source: 'DI-2019-3845 s. 19, 29' },
    { act: 'GDPR', ref: 'skäl 76', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const r of m.risks) {
      if (str(r.v, 'scale_impact') !== undefined) continue;
      const v = r.v.scale_impact;
      const present = v !== undefined;
      // Fill a missing or blank text; leave a value of another type to the schema.
      const edits = v === undefined || v === null || typeof v === 'string' ? setValue(r.doc, r.path, 'scale_impact', scaleText(m, r)) : [];
      ctx.report({
        location: r.loc,
        at: present ? ctx.at(r, 'scale_impact', 'value') : ctx.at(r),
        args: { risk: r.id ?? r.loc },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till scale_impact med systemens antal patienter och användare', en: "Add scale_impact with the systems' numbers of patients and users" }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
