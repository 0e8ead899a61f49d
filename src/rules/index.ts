/** The rule registry (the only one): every catalogue rule, sorted by id, plus the metadata of the non-catalogue findings. */
import type { RuleMeta } from '../model';
import type { Rule } from './define';
import BRA001 from './BRA001-metadata-approval';
import BRA002 from './BRA002-access-before-approval';
import BRA003 from './BRA003-next-review';
import BRA004 from './BRA004-cross-functional';
import BRA005 from './BRA005-system-scale';
import BRA006 from './BRA006-accounts-exceed-headcount';
import BRA007 from './BRA007-risk-scale-impact';
import BRA008 from './BRA008-data-categories-missing';
import BRA009 from './BRA009-imy-sensitive-category';
import BRA010 from './BRA010-sensitive-category-risk';
import BRA011 from './BRA011-active-choice';
import BRA012 from './BRA012-registered-categories-missing';
import BRA013 from './BRA013-baseline-registered-category';
import BRA014 from './BRA014-registered-category-risk';
import BRA015 from './BRA015-special-risk-assessment-persons';
import BRA016 from './BRA016-sensitive-unit-assessment';
import BRA017 from './BRA017-regime-risk-analysis';
import BRA018 from './BRA018-probability-severity';
import BRA019 from './BRA019-risk-level-matrix';
import BRA020 from './BRA020-consequences-missing';
import BRA021 from './BRA021-generic-consequences';
import BRA022 from './BRA022-high-risk-measures';
import BRA023 from './BRA023-residual-risk';
import BRA024 from './BRA024-soft-measures-only';
import BRA025 from './BRA025-role-tasks';
import BRA026 from './BRA026-need-scope';
import BRA027 from './BRA027-need-when-context';
import BRA028 from './BRA028-profession-only-profile';
import BRA029 from './BRA029-non-individual-identified';
import BRA030 from './BRA030-access-matrix-missing';
import BRA031 from './BRA031-access-without-need';
import BRA032 from './BRA032-access-wider-than-need';
import BRA033 from './BRA033-coarse-grained-access';
import BRA034 from './BRA034-access-without-risks';
import BRA035 from './BRA035-shared-accounts';
import BRA036 from './BRA036-external-staff-inner-secrecy';
import BRA037 from './BRA037-assignment-instructions-missing';
import BRA038 from './BRA038-sjf-mirrors-inner-secrecy';
import BRA039 from './BRA039-sjf-without-conditions';
import BRA040 from './BRA040-access-review-missing';
import BRA041 from './BRA041-access-review-inadequate';
import BRA042 from './BRA042-log-content-incomplete';
import BRA043 from './BRA043-log-control-missing';
import BRA044 from './BRA044-log-control-incomplete';
import BRA045 from './BRA045-reference-error';
import BRA046 from './BRA046-blocking';
import BRA047 from './BRA047-opening-follow-up';
import BRA048 from './BRA048-targeted-log-groups';
import BRA049 from './BRA049-supplier-access';
import BRA050 from './BRA050-patient-log-extracts-information';
import { docsUrlOf } from './docs';

/** Every catalogue rule, one explicit import each, in id order (test/rules/meta.test.ts checks the order and the count). */
export const RULES: Rule[] = [
  BRA001, BRA002, BRA003, BRA004, BRA005, BRA006, BRA007, BRA008, BRA009, BRA010, BRA011, BRA012, BRA013, BRA014,
  BRA015, BRA016, BRA017, BRA018, BRA019, BRA020, BRA021, BRA022, BRA023, BRA024, BRA025, BRA026, BRA027, BRA028,
  BRA029, BRA030, BRA031, BRA032, BRA033, BRA034, BRA035, BRA036, BRA037, BRA038, BRA039, BRA040, BRA041, BRA042,
  BRA043, BRA044, BRA045, BRA046, BRA047, BRA048, BRA049, BRA050,
];

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
