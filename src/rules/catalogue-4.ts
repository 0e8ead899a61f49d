/** Catalogue rules, part 4: BRA046–BRA050 (explicit imports sorted by id; see index.ts). */
import type { Rule } from './define';
import BRA046 from './BRA046-blocking';
import BRA047 from './BRA047-opening-follow-up';
import BRA048 from './BRA048-targeted-log-groups';
import BRA049 from './BRA049-supplier-access';
import BRA050 from './BRA050-patient-log-extracts-information';

export const RULES_4: Rule[] = [BRA046, BRA047, BRA048, BRA049, BRA050];
