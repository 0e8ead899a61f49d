/** The rule registry: every catalogue rule, sorted by id, plus the metadata of the non-catalogue findings. */
import type { RuleMeta } from '../model';
import type { Rule } from './define';
import { RULES_1 } from './catalogue-1';
import { RULES_2 } from './catalogue-2';
import { RULES_3 } from './catalogue-3';
import { RULES_4 } from './catalogue-4';
import { docsUrlOf } from './docs';

export const RULES: Rule[] = [...RULES_1, ...RULES_2, ...RULES_3, ...RULES_4].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // not localeCompare: that starts ICU at load

/** Findings that are not in the catalogue (product.md: yaml-syntax, schema, suppression; and access-test). */
export const OTHER_META: RuleMeta[] = [
  {
    // access tests (*.access-tests.yaml, src/query/access-tests.ts): an expectation the access matrix does not meet
    id: 'access-test', name: 'access-test', severity: 'error', fixable: false, doc: 'access-test.md',
    title: { sv: 'Åtkomsttest som inte håller', en: 'Failing access test' },
    legal: [{ act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §' }],
  },
  {
    id: 'yaml-syntax', name: 'yaml-syntax', severity: 'error', fixable: false, doc: 'yaml-syntax.md',
    title: { sv: 'YAML-syntaxfel', en: 'YAML syntax error' }, legal: [],
  },
  {
    id: 'schema', name: 'schema', severity: 'error', fixable: true, doc: 'schema.md',
    title: { sv: 'Strukturfel enligt JSON-schemat', en: 'Structural error against the JSON Schema' }, legal: [],
  },
  {
    id: 'suppression', name: 'suppression', severity: 'warning', fixable: false, doc: 'suppression.md',
    title: { sv: 'Undertryckning utan motivering eller utan verkan', en: 'Suppression without a reason or without effect' }, legal: [],
  },
];

const BY_ID = new Map<string, RuleMeta>([...RULES.map((r) => [r.id, r.meta] as const), ...OTHER_META.map((m) => [m.id, m] as const)]);

export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

/** Every rule's metadata: the catalogue in id order, then yaml-syntax, schema, suppression. */
export function allRuleMeta(): RuleMeta[] {
  return [...RULES.map((r) => r.meta), ...OTHER_META];
}

export function docsUrl(id: string): string {
  const m = BY_ID.get(id);
  return docsUrlOf(m ? m.doc : `${id}.md`);
}

export type { Rule, RuleContext, RuleDef, Report, At } from './define';
export { defineRule } from './define';
