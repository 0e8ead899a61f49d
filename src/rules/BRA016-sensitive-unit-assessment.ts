/** BRA016 — Känslig mottagning eller specialitet saknar särskild riskbedömning (rules-and-model.md §2.4). */
import type { Bilingual } from '../model';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { bool, str, strList } from './model';
import { SPECIALTY, label } from './labels';
import { SENSITIVE_SPECIALTIES } from './shared';
import { freshId } from './BRA010-sensitive-category-risk';

export default defineRule({
  id: 'BRA016',
  name: 'sensitive-unit-assessment',
  severity: 'error',
  title: {
    sv: 'Känslig mottagning/specialitet saknar särskild riskbedömning',
    en: 'Sensitive clinic or specialty without a special risk assessment',
  },
  messages: {
    default: {
      sv: 'Vårdenheten {unit} ({specialty}) hanterar särskilt integritetskänsliga uppgifter men saknar särskild riskbedömning.',
      en: 'Care unit {unit} ({specialty}) handles particularly sensitive data but has no special risk assessment.',
    },
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148 (uppgifter från vissa mottagningar eller medicinska specialiteter)', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'särskilda riskbedömningar; verksamhetsdel som är mer integritetskänslig', source: 'DI-2019-3845 s. 19, 21' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const covered = new Set(m.sras.flatMap((s) => strList(s.v, 'care_units') ?? []));
    const seen = new Set<string>();
    for (const u of m.careUnits) {
      const specialty = str(u.v, 'specialty');
      const sensitive = bool(u.v, 'sensitive') === true || (specialty !== undefined && SENSITIVE_SPECIALTIES.has(specialty));
      if (!sensitive) continue;
      if (u.id !== undefined) {
        if (seen.has(u.id) || covered.has(u.id)) continue; // duplicates are BRA045's business
        seen.add(u.id);
      }
      const spec: Bilingual = specialty !== undefined && SENSITIVE_SPECIALTIES.has(specialty)
        ? label(SPECIALTY, specialty)
        : { sv: 'markerad som särskilt integritetskänslig', en: 'marked as particularly sensitive' };
      const name = str(u.v, 'name');
      const v = m.root.special_risk_assessments;
      let fixes;
      // a unit without an id cannot be referenced; never overwrite a value of another type
      if (u.id !== undefined && (v === undefined || v === null || Array.isArray(v))) {
        const stub: Stub = {
          id: freshId(Array.isArray(v) ? v : [], `SRB-${u.id}`),
          title: `Särskild riskbedömning för ${name ?? u.id}`,
          care_units: [u.id],
        };
        const edits = appendItems(m.analysis, ['special_risk_assessments'], [stub]);
        if (edits.length) {
          fixes = [{ title: { sv: `Skapa en särskild riskbedömning för vårdenheten ${u.id}`, en: `Create a special risk assessment for care unit ${u.id}` }, edits, preferred: true }];
        }
      }
      ctx.report({ location: u.loc, at: ctx.at(u), args: { unit: u.id ?? name ?? u.loc, specialty: spec }, fixes });
    }
  },
});
