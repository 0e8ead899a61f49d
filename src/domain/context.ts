/**
 * What a rule sees when it runs (the engine builds it; the rules and the domain helpers use it): the model view,
 * the evaluation date, the thresholds, and `report`, typed by the rule's own message ids (see rules/define.ts).
 */
import type { Bilingual, Fix, Span, Thresholds } from '../model';
import type { Arg } from '../i18n';
import type { ParsedDoc, Part, Path } from '../yaml';
import type { Ent, Model } from './model';

/** Where a finding points: a path in a document (with the part to underline), or a ready span. */
export interface At {
  doc: ParsedDoc;
  path?: Path;
  part?: Part;
  span?: Span;
}

/** One finding as a rule reports it. `M` is the union of the rule's message ids (`default` included). */
export interface Report<M extends string = string> {
  /** Stable id-based location (`$.risks[R1]`); see product.md. */
  location: string;
  at: At;
  /** Which message template (default `default`): one of the rule's own message ids, checked by the compiler. */
  message?: M;
  args?: Record<string, Arg>;
  /** Tells apart findings of one rule at one location (e.g. `{ code }`, `{ regime }`). */
  data?: Record<string, unknown>;
  fixes?: Fix[];
  related?: { at: At; message: Bilingual }[];
}

export interface RuleContext<M extends string = string> {
  m: Model;
  /** Evaluation date of every date rule, YYYY-MM-DD. */
  asOf: string;
  t: Thresholds;
  report(r: Report<M>): void;
  /** Shorthand for the `at` of an entity (its anchor: key, or `id` pair), or of a key inside it. */
  at(e: Ent, key?: string | Path, part?: Part): At;
}
