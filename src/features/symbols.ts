/**
 * Outline (document symbols), editor-agnostic: the top-level sections with the systems, categories, units,
 * roles (with their needs), risks (with measures), special risk assessments, access entries and log controls.
 */
import type { DocumentKind, Lang, Span } from '../model';
import { isMap, isScalar, isSeq, nodeRange } from '../yaml';
import type { ParsedDoc, Pair } from '../yaml';
import { schemaAt, titleOf } from './schema-nav';

export type SymbolKind = 'module' | 'namespace' | 'object' | 'class' | 'field' | 'event' | 'key' | 'array' | 'interface' | 'property';

export interface SymbolNode {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The whole entity (contains `selection`). */
  span: Span;
  /** What to reveal and select: the id value or the key. */
  selection: Span;
  children: SymbolNode[];
}

/** Which item kind each list holds (by parent key), and its children lists. */
const ITEM_KIND: Record<string, SymbolKind> = {
  care_units: 'namespace',
  systems: 'module',
  data_categories: 'field',
  registered_categories: 'interface',
  roles: 'class',
  needs: 'property',
  risks: 'event',
  measures: 'key',
  special_risk_assessments: 'event',
  access_matrix: 'object',
  log_controls: 'object',
};
const NESTED: Record<string, string[]> = { roles: ['needs'], risks: ['measures'], scope: ['care_units'] };

function span(p: ParsedDoc, n: unknown): Span | undefined {
  const r = nodeRange(p, n);
  return r ? { start: r[0], end: r[1] } : undefined;
}

function str(v: unknown): string | undefined {
  if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number')) return String(v.value);
  return undefined;
}

function pairOf(n: unknown, key: string): Pair | undefined {
  return isMap(n) ? (n.items.find((it) => isScalar(it.key) && String(it.key.value) === key) as Pair | undefined) : undefined;
}

function items(p: ParsedDoc, seq: unknown, listKey: string): SymbolNode[] {
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((it, i): SymbolNode[] => {
    const whole = span(p, it);
    if (!whole) return [];
    const idPair = pairOf(it, 'id');
    const id = idPair ? str(idPair.value) : undefined;
    const sel = (idPair && span(p, idPair.value)) ?? { start: whole.start, end: Math.min(whole.end, whole.start + 1) };
    const detail = ['name', 'label', 'title', 'role'].map((k) => str(pairOf(it, k)?.value)).find((x) => x !== undefined);
    const extra = listKey === 'access_matrix'
      ? [str(pairOf(it, 'role')?.value), str(pairOf(it, 'system')?.value), str(pairOf(it, 'regime')?.value)].filter(Boolean).join(' · ')
      : detail;
    const children = (NESTED[listKey] ?? []).flatMap((k) => {
      const pr = pairOf(it, k);
      return pr ? items(p, pr.value, k) : [];
    });
    return [{ name: id ?? `[${i}]`, detail: extra || undefined, kind: ITEM_KIND[listKey] ?? 'object', span: whole, selection: sel, children }];
  });
}

export function documentSymbols(p: ParsedDoc, kind: DocumentKind, lang: Lang): SymbolNode[] {
  const root = p.doc?.contents;
  if (!isMap(root)) return [];
  return root.items.flatMap((it): SymbolNode[] => {
    const key = str(it.key);
    const k = span(p, it.key);
    if (key === undefined || !k) return [];
    const v = span(p, it.value);
    const whole = { start: k.start, end: Math.max(k.end, v?.end ?? k.end) };
    const title = titleOf(schemaAt(kind, [key]), lang);
    let children: SymbolNode[] = [];
    if (isSeq(it.value)) children = items(p, it.value, key);
    else if (key === 'scope') {
      const cu = pairOf(it.value, 'care_units');
      children = cu ? items(p, cu.value, 'care_units') : [];
    }
    return [{ name: key, detail: title, kind: isSeq(it.value) ? 'array' : 'module', span: whole, selection: k, children }];
  });
}
