/** The building blocks of the rules' quick-fixes: fresh ids, appended list items, risk and collection skeletons. */
import type { Bilingual, Fix, TextEdit } from '../model';
import { appendItems, renderLines, replaceValue } from '../fixes';
import type { Stub } from '../fixes';
import { eolOf, has, isMap, isSeq, locate, nodeAt } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';
import type { At } from './context';
import type { Model } from './model';
import { isRec } from './model';

/** `R-<category>` (or with a numeric suffix when taken): a readable, stable id for a new stub. */
export function freshId(taken: Iterable<unknown>, base: string): string {
  const used = new Set([...taken].map((x) => (isRec(x) && (typeof x.id === 'string' || typeof x.id === 'number') ? String(x.id) : undefined)));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A measure id not used by any risk or special risk assessment (measure ids are unique document-wide). */
export function freshMeasureId(m: Model, base: string): string {
  const taken = m.risks.flatMap((r) => (Array.isArray(r.v.measures) ? r.v.measures.filter(isRec) : []));
  return freshId(taken, base.replace(/[^A-Za-z0-9_.-]/g, '-'));
}

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

/** A quick-fix appending a risk stub that references `id` under `key` (risks, data_categories or registered_categories). */
export function riskStubFix(m: Model, key: string, id: string, title: Bilingual, riskTitle: string): Fix[] | undefined {
  const risks = Array.isArray(m.root.risks) ? m.root.risks : [];
  const v = m.root.risks;
  if (!(v === undefined || v === null || Array.isArray(v))) return undefined; // never overwrite a value of another type
  const stub: Stub = { id: freshId(risks, `R-${id}`), title: riskTitle, [key]: [id] };
  const edits = appendItems(m.analysis, ['risks'], [stub]);
  return edits.length ? [{ title, edits, preferred: true }] : undefined;
}

/** Where a missing or empty top-level collection points, and its skeleton fix (only when it is missing, null or an empty list). */
export function collectionFinding(ctx: { m: Model }, key: string, stubs: Stub[], title: Fix['title']): { at: At; fixes?: Fix[] } {
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
