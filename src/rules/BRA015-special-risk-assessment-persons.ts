/** BRA015 — Skyddade personuppgifter eller allmänt kända personer saknar särskild riskbedömning (rules-and-model.md §2.4). */
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { bool, idsOrAll, str, strList } from '../domain/model';
import { riskHasMeasures } from '../domain/shared';
import { REGISTERED_CATEGORY, label } from '../domain/labels';
import { freshId } from '../domain/stubs';

/** The data-subject categories that always need a special risk assessment when they occur (prop. 2007/08:126 s. 148). */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export const SPECIAL_PERSON_CATEGORIES = ['protected_identity', 'public_figures'];

export default defineRule({
  id: 'BRA015',
  name: 'special-risk-assessment-persons',
  severity: 'error',
  title: {
    sv: 'Särskild riskbedömning saknas för personer med skyddade personuppgifter eller allmänt kända personer',
    en: 'No special risk assessment for persons with protected identity or public figures',
  },
  messages: {
    default: {
      sv: '{label} förekommer, men analysen innehåller ingen särskild riskbedömning för dem (varken en särskild riskbedömning eller en risk med åtgärder som avser gruppen).',
      en: '{label} occur, but the analysis contains no special risk assessment for them (neither a special risk assessment nor a risk with measures that concerns the group).',
    },
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'riskanalysen ska även innefatta särskilda riskbedömningar', source: 'DI-2019-3845 s. 19, 21' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    // Substance over form (KamR 2022: no formal requirements): a risk that names the group and has measures counts too.
    const covered = (id: string) => m.sras.some((s) => {
      const ids = idsOrAll(s.v, 'registered_categories');
      return ids === 'all' || (ids !== undefined && ids.includes(id));
    }) || m.risks.some((r) => (strList(r.v, 'registered_categories') ?? []).includes(id) && riskHasMeasures(r.v));
    const seen = new Set<string>();
    for (const c of m.registeredCategories) {
      if (c.id === undefined || !SPECIAL_PERSON_CATEGORIES.includes(c.id) || seen.has(c.id)) continue;
      seen.add(c.id);
      if (bool(c.v, 'present') !== true || covered(c.id)) continue;
      const l = label(REGISTERED_CATEGORY, c.id);
      const v = m.root.special_risk_assessments;
      const stub: Stub = {
        id: freshId(Array.isArray(v) ? v : [], `SRB-${c.id}`),
        title: `Särskild riskbedömning av ${lowerFirst(str(c.v, 'label') ?? l.sv)}`,
        registered_categories: [c.id],
      };
      const edits = v === undefined || v === null || Array.isArray(v) ? appendItems(m.analysis, ['special_risk_assessments'], [stub]) : [];
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { label: l },
        fixes: edits.length
          ? [{ title: { sv: `Skapa en särskild riskbedömning för ${c.id}`, en: `Create a special risk assessment for ${c.id}` }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
