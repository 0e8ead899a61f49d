/** How a catalogue rule is declared, and what it sees when it runs. */
import type { Bilingual, LegalRef, RelatedInfo, RuleMeta, Severity } from '../model';
import type { RuleContext } from '../domain/context';

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
export type { At, Report, RuleContext } from '../domain/context';
