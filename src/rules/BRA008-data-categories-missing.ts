/** BRA008 — Analys av kategorier av uppgifter saknas (rules-and-model.md §2.4). */
import type { Fix } from '../model';
import { appendItems, renderLines, replaceValue } from '../fixes';
import type { Stub } from '../fixes';
import { eolOf, has, locate } from '../yaml';
import { defineRule } from './define';
import type { At, RuleContext } from './define';
import { DATA_CATEGORY, label } from './labels';

/** Where a missing or empty top-level collection points, and its skeleton fix (only when it is missing, null or an empty list). */
export function collectionFinding(ctx: RuleContext, key: string, stubs: Stub[], title: Fix['title']): { at: At; fixes?: Fix[] } {
  const p = ctx.m.analysis;
  const v = ctx.m.root[key];
  const at: At = has(p, [key]) ? { doc: p, path: [key], part: 'key' } : { doc: p, path: [] };
  const fixable = v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  let edits = fixable ? appendItems(p, [key], stubs) : [];
  const vs = locate(p, [key], 'value');
  if (Array.isArray(v) && v.length === 0 && /^\[\s*\]$/.test(p.text.slice(vs.start, vs.end))) {
    // `key: []`: write a block list under the key rather than a long flow list of maps.
    const ks = locate(p, [key], 'key');
    const col = ks.start - (p.text.lastIndexOf('\n', ks.start - 1) + 1);
    const nl = eolOf(p);
    edits = replaceValue(p, [key], nl + renderLines(stubs).map((l) => ' '.repeat(col + 2) + l).join(nl));
    // start right after the colon, so that no trailing space is left on the key's line
    for (const e of edits) while (e.start > 0 && p.text[e.start - 1] === ' ') e.start--;
  }
  return { at, fixes: edits.length ? [{ title, edits, preferred: true }] : undefined };
}

/** The categories of the quick-fix skeleton: the two basic ones and the four IMY names (DI-2019-3845 s. 22–23). */
const SKELETON = ['identity_contact', 'somatic_care', 'mental_health', 'sexual_health', 'substance_abuse', 'violence_close_relations'];

export default defineRule({
  id: 'BRA008',
  name: 'data-categories-missing',
  severity: 'error',
  title: { sv: 'Analys av kategorier av uppgifter saknas', en: 'No analysis of data categories' },
  messages: {
    default: {
      sv: 'Analysen saknar genomgång av kategorier av uppgifter (t.ex. psykisk ohälsa, sexualliv, missbruk, hot och våld i nära relationer).',
      en: 'The analysis has no review of data categories (e.g. mental health, sex life, substance abuse, threats and violence in close relationships).',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'olika kategorier av uppgifter', source: 'DI-2019-3845 s. 19, 21–22' },
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
  ],
  fixable: true,
  check(ctx) {
    if (ctx.m.dataCategories.length > 0) return;
    const stubs: Stub[] = SKELETON.map((id) => ({ id, label: label(DATA_CATEGORY, id).sv }));
    const { at, fixes } = collectionFinding(ctx, 'data_categories', stubs, {
      sv: 'Lägg till kategorier av uppgifter att bedöma (förekomst bedöms sedan)',
      en: 'Add data categories to assess (occurrence to be assessed)',
    });
    ctx.report({ location: '$', at, fixes });
  },
});
