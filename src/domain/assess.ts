/** Shared checks: whether a category is assessed (BRA009, BRA013) and whether a risk covers an id (BRA010, BRA014). */
import type { Bilingual, Fix } from '../model';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import type { RuleContext } from './context';
import type { Ent, Model } from './model';
import { bool, idsOrAll, str } from './model';
import { label } from './labels';

/** The message ids a rule using checkAssessed declares. */
export type AssessedMessage = 'default' | 'noPresent' | 'noRationale';

/**
 * BRA009 and BRA013: for each required code, fire when no item has it, when the item does not state `present`,
 * or when it has `present: false` without a rationale. One finding per code at `$.<key>`, told apart by `data.code`.
 */
export function checkAssessed(
  ctx: RuleContext<AssessedMessage>,
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

/** Whether some risk lists `id` under `key` (`all` counts as listing every id). */
export function riskCovers(m: Model, key: string, id: string): boolean {
  return m.risks.some((r) => {
    const ids = idsOrAll(r.v, key);
    return ids === 'all' || (ids !== undefined && ids.includes(id));
  });
}
