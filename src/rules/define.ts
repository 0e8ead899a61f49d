/** How a catalogue rule is declared, and what it sees when it runs. */
import type { Bilingual, Fix, LegalRef, RelatedInfo, RuleMeta, Severity, Span, Thresholds } from '../model';
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

export interface Report {
  /** Stable id-based location (`$.risks[R1]`); see product.md. */
  location: string;
  at: At;
  /** Which message template (default `default`). */
  message?: string;
  args?: Record<string, Arg>;
  /** Tells apart findings of one rule at one location (e.g. `{ code }`, `{ regime }`). */
  data?: Record<string, unknown>;
  fixes?: Fix[];
  related?: { at: At; message: Bilingual }[];
}

export interface RuleContext {
  m: Model;
  /** Evaluation date of every date rule, YYYY-MM-DD. */
  asOf: string;
  t: Thresholds;
  report(r: Report): void;
  /** Shorthand for the `at` of an entity (its anchor: key, or `id` pair), or of a key inside it. */
  at(e: Ent, key?: string | Path, part?: Part): At;
}

export interface RuleDef {
  id: string;
  /** kebab-case; the file names are `<id>-<name>.ts` and `docs/rules/<id>-<name>.md`. */
  name: string;
  severity: Severity;
  title: Bilingual;
  /** Message templates with `{placeholders}`; `default` is required. sv and en must use the same placeholders. */
  messages: Record<string, Bilingual>;
  legal: LegalRef[];
  /** Whether the rule offers at least one quick-fix. */
  fixable: boolean;
  check(ctx: RuleContext): void;
}

export interface Rule extends RuleDef {
  meta: RuleMeta;
}

export function defineRule(def: RuleDef): Rule {
  return {
    ...def,
    meta: { id: def.id, name: def.name, severity: def.severity, title: def.title, legal: def.legal, fixable: def.fixable, doc: `${def.id}-${def.name}.md` },
  };
}

export type { RelatedInfo };
