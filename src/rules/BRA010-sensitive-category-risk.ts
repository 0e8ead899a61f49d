/** BRA010 — Förekommande känslig uppgiftskategori saknar riskanalys (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import type { Ent, Model } from './model';
import { bool, idsOrAll, isRec, str } from './model';
import { DATA_CATEGORY, SENSITIVITY, label } from './labels';

/** `R-<category>` (or with a numeric suffix when taken): a readable, stable id for a new stub. */
export function freshId(taken: Iterable<unknown>, base: string): string {
  const used = new Set([...taken].map((x) => (isRec(x) && (typeof x.id === 'string' || typeof x.id === 'number') ? String(x.id) : undefined)));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Whether some risk lists `id` under `key` (`all` counts as listing every id). */
export function riskCovers(m: Model, key: string, id: string): boolean {
  return m.risks.some((r) => {
    const ids = idsOrAll(r.v, key);
    return ids === 'all' || (ids !== undefined && ids.includes(id));
  });
}

/** A quick-fix appending a risk stub that references `id` under `key` (risks, data_categories or registered_categories). */
export function riskStubFix(m: Model, key: string, id: string, title: Bilingual, riskTitle: string): Fix[] | undefined {
  const risks = Array.isArray(m.root.risks) ? m.root.risks : [];
  const v = m.root.risks;
  if (!(v === undefined || v === null || Array.isArray(v))) return undefined; // never overwrite a value of another type
  const stub: Stub = { id: freshId(risks, `R-${id}`), title: riskTitle, [key]: [id] };
  const edits = appendItems(m.analysis, ['risks'], [stub]);
  return edits.length ? [{ title, edits, preferred: true }] : undefined;
}

const lower = (b: Bilingual): Bilingual => ({ sv: b.sv.toLowerCase(), en: b.en.toLowerCase() });

/** The label of a category item: its own label, else the code's standard label, else the code. */
export function categoryLabel(e: Ent, table: Record<string, Bilingual>): Bilingual {
  const own = str(e.v, 'label');
  if (own) return { sv: own, en: own };
  return label(table, e.id ?? e.loc);
}

export default defineRule({
  id: 'BRA010',
  name: 'sensitive-category-risk',
  severity: 'error',
  title: { sv: 'Förekommande känslig uppgiftskategori saknar riskanalys', en: 'Sensitive data category occurs without a risk analysis' },
  messages: {
    default: {
      sv: 'Uppgiftskategorin {label} ({category}, känslighet {level}) förekommer men ingen risk analyserar vad en för vid åtkomst till den innebär.',
      en: 'Data category {label} ({category}, sensitivity {level}) occurs, but no risk analyses what overly wide access to it would mean.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'riskerna inte analyserade utifrån kategorier av uppgifter', source: 'DI-2019-3845 s. 19, 21, 22' },
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const seen = new Set<string>();
    for (const c of m.dataCategories) {
      if (c.id === undefined || seen.has(c.id)) continue; // duplicates are BRA045's business
      seen.add(c.id);
      const sensitivity = str(c.v, 'sensitivity');
      if (bool(c.v, 'present') !== true || (sensitivity !== 'high' && sensitivity !== 'very_high')) continue;
      if (riskCovers(m, 'data_categories', c.id)) continue;
      const l = categoryLabel(c, DATA_CATEGORY).sv;
      ctx.report({
        location: c.loc,
        at: ctx.at(c),
        args: { label: categoryLabel(c, DATA_CATEGORY), category: c.id, level: lower(label(SENSITIVITY, sensitivity)) },
        fixes: riskStubFix(m, 'data_categories', c.id,
          { sv: `Skapa en risk för för vid åtkomst till ${c.id}`, en: `Create a risk of overly wide access to ${c.id}` },
          `För vid åtkomst till uppgifter om ${l.charAt(0).toLowerCase()}${l.slice(1)}`),
      });
    }
  },
});
