/** BRA020 — Negativa konsekvenser för de registrerade saknas (rules-and-model.md §2.4). */
import type { TextEdit } from '../model';
import { appendItems, renderLines, replaceValue } from '../fixes';
import type { Stub } from '../fixes';
import { eolOf, has, isMap, isSeq, locate, nodeAt } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';
import { defineRule } from './define';
import { isRiskMap } from './BRA018-probability-severity';

/**
 * Append items to the list at `path`. Like appendItems, but `key: []` in a block mapping becomes a block list
 * under the key (a long flow list of maps is hard to read).
 */
export function appendBlockItems(p: ParsedDoc, path: Path, items: Stub[]): TextEdit[] {
  const node = nodeAt(p, path);
  const parent = nodeAt(p, path.slice(0, -1));
  if (isSeq(node) && node.flow && node.items.length === 0 && isMap(parent) && !parent.flow) {
    const ks = locate(p, path, 'key');
    const col = ks.start - (p.text.lastIndexOf('\n', ks.start - 1) + 1);
    const nl = eolOf(p);
    const edits = replaceValue(p, path, nl + renderLines(items).map((l) => ' '.repeat(col + 2) + l).join(nl));
    // start right after the colon, so that no trailing space is left on the key's line
    for (const e of edits) while (e.start > 0 && p.text[e.start - 1] === ' ') e.start--;
    return edits;
  }
  return appendItems(p, path, items);
}

/** Whether a list value is usable for appending (missing, empty or a list; never overwrite another type). */
export function listOrAbsent(v: unknown): boolean {
  return v === undefined || v === null || Array.isArray(v);
}

export const CONSEQUENCE_TEMPLATE: Stub = {
  type: 'other',
  description: 'Beskriv vad skadan eller hotet består av för de registrerade, t.ex. vem som kan få veta vad och vilka följder det får.',
};

export default defineRule({
  id: 'BRA020',
  name: 'consequences-missing',
  severity: 'error',
  title: { sv: 'Negativa konsekvenser för de registrerade saknas', en: 'Negative consequences for the data subjects missing' },
  messages: {
    default: {
      sv: 'Risken {risk} saknar beskrivning av negativa konsekvenser för de registrerade.',
      en: 'Risk {risk} does not describe any negative consequences for the data subjects.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'negativa konsekvenser för registrerade (skador, betydande social eller ekonomisk nackdel, berövande av rättigheter och friheter)', source: 'DI-2019-3845 s. 19, 21' },
    { act: 'GDPR', ref: 'skäl 75', source: 'DI-2019-3845 s. 13' },
  ],
  fixable: true,
  check(ctx) {
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r)) continue;
      const v = r.v.consequences;
      if (Array.isArray(v) && v.length > 0) continue;
      const path = [...r.path, 'consequences'];
      const edits = listOrAbsent(v) ? appendBlockItems(r.doc, path, [CONSEQUENCE_TEMPLATE]) : [];
      ctx.report({
        location: r.loc,
        at: has(r.doc, path) ? ctx.at(r, 'consequences', 'key') : ctx.at(r),
        args: { risk: r.id ?? r.loc },
        fixes: edits.length
          ? [{ title: { sv: 'Lägg till en mall för en konsekvens (typ och beskrivning)', en: 'Add a consequence template (type and description)' }, edits, preferred: true }]
          : undefined,
      });
    }
  },
});
