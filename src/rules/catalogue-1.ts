/** Catalogue rules, part 1 (explicit imports sorted by id; see index.ts). */
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

export const RULES_1: Rule[] = [
  BRA001, BRA002, BRA003, BRA004, BRA005, BRA006, BRA007, BRA008, BRA009, BRA010, BRA011, BRA012, BRA013, BRA014, BRA015,
];
