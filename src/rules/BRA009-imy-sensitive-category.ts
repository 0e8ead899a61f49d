/** BRA009 — IMY-utpekad känslig uppgiftskategori ej bedömd (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import type { RuleContext } from './define';
import type { Ent } from './model';
import { bool, str } from './model';
import { IMY_NAMED_DATA_CATEGORIES } from './shared';
import { DATA_CATEGORY, label } from './labels';

/**
 * BRA009 and BRA013: for each required code, fire when no item has it, when the item does not state `present`,
 * or when it has `present: false` without a rationale. One finding per code at `$.<key>`, told apart by `data.code`.
 */
export function checkAssessed(
  ctx: RuleContext,
  o: { key: string; items: Ent[]; byId: Map<string, Ent>; codes: string[]; labels: Record<string, Bilingual>; stub: (code: string) => Stub; fixTitle: (l: Bilingual) => Bilingual },
): void {
  if (o.items.length === 0) return; // BRA008 / BRA012 report the missing collection
  const p = ctx.m.analysis;
  for (const code of o.codes) {
    const item = o.byId.get(code);
    const l = label(o.labels, code);
    const args = { category: code, label: l };
    if (item === undefined) {
      const edits = appendItems(p, [o.key], [o.stub(code)]);
      const fixes: Fix[] | undefined = edits.length ? [{ title: o.fixTitle(l), edits, preferred: true }] : undefined;
      ctx.report({ location: `$.${o.key}`, at: { doc: p, path: [o.key], part: 'key' }, args, data: { code }, fixes });
      continue;
    }
    const present = bool(item.v, 'present');
    if (present === true) continue;
    if (present === false && str(item.v, 'rationale') !== undefined) continue;
    ctx.report({
      location: `$.${o.key}`,
      at: present === false && item.v.rationale !== undefined ? ctx.at(item, 'rationale', 'value') : ctx.at(item),
      message: present === false ? 'noRationale' : 'noPresent',
      args,
      data: { code },
    });
  }
}

export default defineRule({
  id: 'BRA009',
  name: 'imy-sensitive-category',
  severity: 'warning',
  title: { sv: 'IMY-utpekad känslig uppgiftskategori ej bedömd', en: 'IMY-named sensitive data category not assessed' },
  messages: {
    default: {
      sv: 'Kategorin {label} ({category}) är inte bedömd. Ange om den förekommer (present: true/false) och motivera om den inte förekommer.',
      en: 'Category {label} ({category}) has not been assessed. State whether it occurs (present: true/false) and give a rationale if it does not.',
    },
    noPresent: {
      sv: 'Kategorin {label} ({category}) finns med men det anges inte om den förekommer. Ange present: true eller false och motivera om den inte förekommer.',
      en: 'Category {label} ({category}) is listed but does not state whether it occurs. Set present: true or false and give a rationale if it does not.',
    },
    noRationale: {
      sv: 'Kategorin {label} ({category}) anges inte förekomma, men motivering saknas. Analysen visar inte varför kategorin inte förekommer i verksamheten.',
      en: 'Category {label} ({category}) is stated not to occur, but there is no rationale. The analysis does not show why the category does not occur in the organisation.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'sexualliv, missbruk, psykisk ohälsa eller hot eller våld i nära relationer', source: 'DI-2019-3845 s. 22–23' },
    { act: 'GDPR', ref: 'art. 9.1', source: 'DI-2019-3845 s. 14' },
  ],
  fixable: true,
  check(ctx) {
    checkAssessed(ctx, {
      key: 'data_categories',
      items: ctx.m.dataCategories,
      byId: ctx.m.dataCategoryById,
      codes: IMY_NAMED_DATA_CATEGORIES,
      labels: DATA_CATEGORY,
      // Conservative default: the category is assumed to occur until the analysis shows otherwise.
      stub: (code) => ({ id: code, label: label(DATA_CATEGORY, code).sv, present: true, sensitivity: 'very_high' }),
      fixTitle: (l) => ({ sv: `Lägg till kategorin ${l.sv} som förekommande (mycket hög känslighet)`, en: `Add the category ${l.en} as occurring (very high sensitivity)` }),
    });
  },
});
