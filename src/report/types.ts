/** What every formatter gets: the results and how to show them. Formatters are pure: `(results, ctx) => string`. */
import type { FileResult, Finding, Lang, Severity } from '../model';
import { lineIndexCache } from './position';
import type { Position } from './position';

export interface ReportContext {
  /** Language of messages and summaries. */
  lang: Lang;
  /** Evaluation date of the run, YYYY-MM-DD. */
  asOf: string;
  /** Version of the tool (package.json). */
  version: string;
  /** Absolute directory the paths are relative to (SARIF `%SRCROOT%`). */
  cwd?: string;
  /** ANSI colours (stylish only). */
  color?: boolean;
  /**
   * Texts of files that related information points into but that are not among the results (an analysis read
   * only as the context of a matrix file), by the same path as in `RelatedInfo.path`.
   */
  sources?: ReadonlyMap<string, string>;
}

export type Formatter = (results: FileResult[], ctx: ReportContext) => string;

export type Counts = Record<Severity, number>;

export function countFindings(results: FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  return c;
}

export interface Region {
  start: Position;
  /** Position just after the last character (end-exclusive, as SARIF's endColumn). */
  end: Position;
}

/**
 * Positions of findings and of their related information, with one line table per text.
 * `regionOf` returns undefined for a related span in a file whose text the formatter was not given.
 */
export function positions(results: FileResult[], ctx: ReportContext) {
  const index = lineIndexCache();
  const texts = new Map<string, string>(ctx.sources ?? []);
  for (const r of results) texts.set(r.path, r.text);
  return {
    region(text: string, span: { start: number; end: number }): Region {
      const idx = index(text);
      const start = idx.at(span.start);
      return { start, end: idx.at(Math.max(span.start, span.end)) };
    },
    /** Region of a related span: in `path`, or in the finding's own file when `path` is undefined. */
    relatedRegion(file: FileResult, path: string | undefined, span: { start: number; end: number }): Region | undefined {
      const text = path === undefined || path === file.path ? file.text : texts.get(path);
      return text === undefined ? undefined : this.region(text, span);
    },
  };
}

/** A message on one line (formats that are line-based). */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export type { Finding };
