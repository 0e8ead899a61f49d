/** BRA016 — Känslig mottagning eller specialitet saknar särskild riskbedömning (rules-and-model.md §2.4). */
import type { Bilingual } from '../model';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { bool, str, strList } from '../domain/model';
import { SPECIALTY, label } from '../domain/labels';
import { DEFAULT_SENSITIVE_SPECIALTIES, riskHasMeasures } from '../domain/shared';
import { freshId } from '../domain/stubs';

export default defineRule({
  id: 'BRA016',
  name: 'sensitive-unit-assessment',
  severity: 'warning',
  title: {
    sv: 'Särskild riskbedömning saknas för en integritetskänslig mottagning eller specialitet',
    en: 'No special risk assessment for a sensitive clinic or specialty',
  },
  messages: {
    default: {
      sv: 'Vårdenheten {unit} ({specialty}) kan hantera särskilt integritetskänsliga uppgifter, men analysen innehåller ingen särskild riskbedömning för den (varken en särskild riskbedömning eller en risk med åtgärder som avser enheten).',
      en: 'Care unit {unit} ({specialty}) may handle particularly sensitive data, but the analysis contains no special risk assessment for it (neither a special risk assessment nor a risk with measures that concerns the unit).',
    },
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148 (uppgifter från vissa mottagningar eller medicinska specialiteter)', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'särskilda riskbedömningar; verksamhetsdel som är mer integritetskänslig', source: 'DI-2019-3845 s. 19, 21' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    // Substance over form (KamR 2022): a risk with measures that names the unit counts as well as a special assessment.
    const covered = new Set([
      ...m.sras.flatMap((s) => strList(s.v, 'care_units') ?? []),
      ...m.risks.filter((r) => riskHasMeasures(r.v)).flatMap((r) => strList(r.v, 'care_units') ?? []),
    ]);
    // The tool's list, unless `.bra.jsonc` replaces it (`[]`: only units marked `sensitive: true`).
    const list = new Set(ctx.t.sensitiveSpecialties ?? DEFAULT_SENSITIVE_SPECIALTIES);
    const seen = new Set<string>();
    for (const u of m.careUnits) {
      const specialty = str(u.v, 'specialty');
      const marked = bool(u.v, 'sensitive');
      // `sensitive: false` is the analysis's own documented judgement that the unit is not particularly sensitive.
      const sensitive = marked === true || (marked !== false && specialty !== undefined && list.has(specialty));
      if (!sensitive) continue;
      if (u.id !== undefined) {
        if (seen.has(u.id) || covered.has(u.id)) continue; // duplicates are BRA045's business
        seen.add(u.id);
      }
      const spec: Bilingual = specialty !== undefined && list.has(specialty)
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
