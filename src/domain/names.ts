/** How messages name things: systems, counts, category items. */
import type { Bilingual } from '../model';
import type { Ent } from './model';
import { str } from './model';
import { label } from './labels';

/** The name a message uses for a system: its name, else its id, else its position. */
export function systemName(s: Ent): string {
  return str(s.v, 'name') ?? s.id ?? s.loc;
}

/** A count for a message: `25 000` in Swedish, `25,000` in English. */
export function count(n: number): Bilingual {
  const group = (sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return { sv: group(' '), en: group(',') };
}

/** The label of a category item: its own label, else the code's standard label, else the code. */
export function categoryLabel(e: Ent, table: Record<string, Bilingual>): Bilingual {
  const own = str(e.v, 'label');
  if (own) return { sv: own, en: own };
  return label(table, e.id ?? e.loc);
}
