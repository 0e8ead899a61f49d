/** Labels of the schema's enum codes (x-label-sv / x-label-en), for the evidence document and its sections. */
import type { Lang } from '../model';
import { analysisSchema } from '../schema';

type Defs = Record<string, { 'x-label-sv'?: Record<string, string>; 'x-label-en'?: Record<string, string> }>;
const DEFS = ((analysisSchema as { definitions?: Defs }).definitions ?? {}) as Defs;

/** `table[key]` only when it is the table's own entry (never `constructor`, `__proto__`, `toString` … of the prototype). */
export function own<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The label of an enum code in `lang` (the code itself when unknown, also for `constructor`, `__proto__` …). */
export function codeLabel(def: string, code: string, lang: Lang): string {
  const label = own(own(own(DEFS, def), lang === 'sv' ? 'x-label-sv' : 'x-label-en'), code);
  return typeof label === 'string' ? label : code;
}
