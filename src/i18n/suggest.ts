/**
 * "Menade du …? / Did you mean …?": our own small edit-distance helper (no dependency). Used for unknown keys and enum
 * values (src/schema/) and unknown ids (BRA045). A suggestion is made only when it is close enough to be a typo.
 */
import type { Bilingual } from '../model';

/** Levenshtein distance, case-insensitive (UTF-16 units). */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/** The largest distance that still reads as a typo of `word`: 2, or a third of its length for long words. */
export function closeEnough(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}

/**
 * Candidates close to `word`, nearest first, ties in code-unit order (the same in every locale). A candidate may
 * have other names (e.g. an enum code's Swedish and English labels): the nearest of its names counts.
 */
export function closest(word: string, candidates: Iterable<string>, aliases?: (c: string) => string[]): string[] {
  const limit = closeEnough(word);
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    const names = [c, ...(aliases ? aliases(c) : [])];
    const d = Math.min(...names.map((n) => editDistance(word, n)));
    if (d <= limit) scored.push({ c, d });
  }
  return scored.sort((p, q) => p.d - q.d || (p.c < q.c ? -1 : p.c > q.c ? 1 : 0)).map((s) => s.c);
}

/** ` Menade du "approved" (Fastställd)?` / ` Did you mean "approved" (Approved)?`; the label per language is optional. */
export function didYouMean(code: string, label?: Bilingual): Bilingual {
  // a label that only repeats the code ("System" for systems) adds nothing
  const adds = (l: string | undefined) => !!l && editDistance(l.replace(/\s+/g, '_'), code) > 1;
  const sv = label && adds(label.sv) ? ` (${label.sv})` : '';
  const en = label && adds(label.en) ? ` (${label.en})` : '';
  return { sv: ` Menade du "${code}"${sv}?`, en: ` Did you mean "${code}"${en}?` };
}
