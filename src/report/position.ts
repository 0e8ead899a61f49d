/**
 * Offsets → 1-based line and column at the edge (architecture habit 3). The engine's `positionAt(text, offset)`
 * scans from the start of the text on every call; a formatter asks for two positions per finding, so it builds the
 * line table of a text once and answers by binary search.
 */

/** A 1-based line and a 1-based column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

export interface LineIndex {
  /** 1-based position of a UTF-16 offset (clamped to the text). */
  at(offset: number): Position;
}

/** Line table of `text`: lines end at `\n` (a `\r` before it belongs to the line). */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    at(offset: number): Position {
      const o = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1 };
    },
  };
}

/** Line tables cached per text, for the formatters (one per file per formatting call). */
export function lineIndexCache(): (text: string) => LineIndex {
  const cache = new Map<string, LineIndex>();
  return (text) => {
    let idx = cache.get(text);
    if (!idx) {
      idx = lineIndex(text);
      cache.set(text, idx);
    }
    return idx;
  };
}
