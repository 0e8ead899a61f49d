/** How a catalogue rule is declared, and what it sees when it runs. */
import type { Bilingual, LegalRef, RelatedInfo, RuleMeta, Severity } from '../model';
import type { RuleContext } from '../domain/context';

/**
 * A rule as its file declares it. `M` is the union of its message ids, inferred from `messages` (like
 * typescript-eslint's `MessageIds`): `ctx.report({ message })` accepts only those ids, so a typo fails to compile.
 */
export interface RuleDef<M extends string = string> {
  id: string;
  /** kebab-case; the file names are `<id>-<name>.ts` and `docs/rules/<id>-<name>.md`. */
  name: string;
  severity: Severity;
  title: Bilingual;
  /** Message templates with `{placeholders}`; `default` is required. sv and en must use the same placeholders. */
  messages: Record<M | 'default', Bilingual>;
  legal: LegalRef[];
  /** Whether the rule offers at least one quick-fix. */
  fixable: boolean;
  check(ctx: RuleContext<M | 'default'>): void;
}

/**
 * A defined rule. `M` keeps its message ids for the tests (test/rules/harness.ts `ruleTester` checks expected ids
 * against them); in the registry it is `Rule` (plain strings: the engine runs any rule).
 */
export interface Rule<M extends string = string> extends RuleDef<M> {
  meta: RuleMeta;
}

export function defineRule<M extends string>(def: RuleDef<M>): Rule<M | 'default'> {
  return {
    ...def,
    meta: { id: def.id, name: def.name, severity: def.severity, title: def.title, legal: def.legal, fixable: def.fixable, doc: `${def.id}-${def.name}.md` },
  };
}

export type { RelatedInfo };
export type { At, Report, RuleContext } from '../domain/context';
