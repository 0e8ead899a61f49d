/**
 * Go to definition, find references and rename of ids, across an analysis and its separate matrix files.
 * Editor-agnostic: the caller passes the documents that belong together (by path).
 */
import type { Span, TextEdit } from '../model';
import type { ParsedDoc } from '../yaml';
import { occurrenceAt, occurrences } from './refs';
import type { Occurrence, Target } from './refs';

export interface NavDoc {
  path: string;
  p: ParsedDoc;
}

export interface Place {
  path: string;
  span: Span;
  def: boolean;
}

/** Matrix files only hold references (their entries' ids are not referred to from elsewhere). */
function inScope(o: Occurrence): boolean {
  return o.target !== 'entry' || o.def;
}

/** The id under the offset of `doc`. */
export function idAt(doc: NavDoc, offset: number): Occurrence | undefined {
  const o = occurrenceAt(doc.p, offset);
  return o && inScope(o) ? o : undefined;
}

/** Every place of `target`/`id` in the documents (definitions first). */
export function places(docs: NavDoc[], target: Target, id: string): Place[] {
  const out: Place[] = [];
  for (const d of docs) {
    for (const o of occurrences(d.p)) if (o.target === target && o.id === id) out.push({ path: d.path, span: o.span, def: o.def });
  }
  return out.sort((a, b) => Number(b.def) - Number(a.def));
}

export function definitions(docs: NavDoc[], from: NavDoc, offset: number): Place[] {
  const o = idAt(from, offset);
  return o ? places(docs, o.target, o.id).filter((p) => p.def) : [];
}

export function references(docs: NavDoc[], from: NavDoc, offset: number, includeDeclaration = true): Place[] {
  const o = idAt(from, offset);
  return o ? places(docs, o.target, o.id).filter((p) => includeDeclaration || !p.def) : [];
}

const ID = /^[A-Za-z0-9_.-]+$/;

/** Edits per path that rename the id under the offset; an error text when the new name is not a valid id. */
export function rename(docs: NavDoc[], from: NavDoc, offset: number, newId: string): { edits: Map<string, TextEdit[]> } | { error: string } | undefined {
  const o = idAt(from, offset);
  if (!o) return undefined;
  if (!ID.test(newId)) return { error: `'${newId}'` };
  const edits = new Map<string, TextEdit[]>();
  for (const pl of places(docs, o.target, o.id)) {
    const list = edits.get(pl.path) ?? [];
    list.push({ start: pl.span.start, end: pl.span.end, newText: newId });
    edits.set(pl.path, list);
  }
  return { edits };
}
