/**
 * The evidence document as a small tree of blocks, built once (document.ts) and written as HTML (html.ts) or
 * Markdown (markdown.ts), so that both formats carry the same content. Every string here is plain text: the
 * writers escape it.
 */
import type { Level } from '../domain/shared';
import type { RiskMapData } from './riskmap';

/** A piece of inline text. */
export interface Span {
  t: string;
  /** A risk level badge (coloured in HTML, the level is always written out). */
  level?: Level;
  strong?: boolean;
  code?: boolean;
  /** Something the analysis does not state ("saknas"). */
  missing?: boolean;
  muted?: boolean;
  /** An open finding of this severity (an access matrix row is marked with it). */
  mark?: 'error' | 'warning' | 'info';
}

export type Inline = string | Span;

/** A table cell: one line of inline pieces, or several lines (an array of lines). */
export type Cell = Inline | Inline[] | { lines: Inline[][] };

export type Block =
  | { k: 'h'; level: 2 | 3 | 4; text: string; id?: string }
  | { k: 'p'; parts: Inline[]; cls?: 'note' | 'lead' }
  | { k: 'table'; caption?: string; head: string[]; rows: Cell[][]; rowHeader?: boolean; cls?: string }
  /** A two-column table of a record: a row header (th scope=row) and its value. */
  | { k: 'kv'; caption?: string; rows: [string, Cell][] }
  | { k: 'ul'; items: Inline[][] }
  | { k: 'riskmap'; data: RiskMapData }
  | { k: 'section'; id: string; blocks: Block[]; page?: boolean };

export interface EvidenceDoc {
  lang: 'sv' | 'en';
  title: string;
  subtitle?: string;
  /** Lines under the title (source files, as-of date, tool version). */
  meta: [string, string][];
  sections: Block[];
  footer: string;
}
