/** Catalogue rules, part 3: BRA031–BRA045 (explicit imports sorted by id; see index.ts). */
import type { Rule } from './define';
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

export const RULES_3: Rule[] = [
  BRA031, BRA032, BRA033, BRA034, BRA035, BRA036, BRA037, BRA038, BRA039, BRA040, BRA041, BRA042, BRA043, BRA044, BRA045,
];
