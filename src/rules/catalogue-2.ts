/** Catalogue rules, part 2 (explicit imports sorted by id; see index.ts). */
import type { Rule } from './define';
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

export const RULES_2: Rule[] = [
  BRA016, BRA017, BRA018, BRA019, BRA020, BRA021, BRA022, BRA023, BRA024, BRA025, BRA026, BRA027, BRA028, BRA029, BRA030,
];
