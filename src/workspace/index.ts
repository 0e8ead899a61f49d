/**
 * Which documents belong together: an analysis and the access-matrix files that refer to it with `analysis:`.
 * The one definition used by the engine, the CLI (`bra check`, `bra report`, `bra query`) and the extension, so that
 * they all pair the same files. Pure: text and parsed YAML in, paths out (no fs, no vscode).
 *
 * - A document is a matrix file when its top-level mapping has `analysis` and no `document` (kindOf).
 * - Its reference is the YAML value of that key, a non-empty string, trimmed (analysisRef): `"a#1.bra.yaml"`
 *   is `a#1.bra.yaml`, `'it''s.yaml'` is `it's.yaml`, a value on the next line counts. Never read with a regex.
 * - The reference is relative to the matrix file's folder (joinRef); `/x` is absolute.
 */
import type { DocumentKind } from '../model';
import { parse, topLevelKeys } from '../yaml';
import type { ParsedDoc } from '../yaml';

function isRec(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** analysis | matrix by the top-level keys (a matrix file has `analysis:` and no `document:`). */
export function kindOf(p: ParsedDoc): DocumentKind {
  if (p.doc && isRec(p.data)) {
    const keys = topLevelKeys(p);
    if (keys.includes('analysis') && !keys.includes('document')) return 'matrix';
    return 'analysis';
  }
  // not a mapping (YAML error): the lines decide, so that a broken matrix file still reads as one
  return /^analysis\s*:/m.test(p.text) && !/^document\s*:/m.test(p.text) ? 'matrix' : 'analysis';
}

/** kindOf a text. */
export function detectKind(text: string): DocumentKind {
  return kindOf(parse(text));
}

/** The `analysis:` reference of a parsed matrix file (trimmed), or undefined (not a matrix file, or not a string). */
export function analysisRef(p: ParsedDoc): string | undefined {
  if (!p.doc || !isRec(p.data) || kindOf(p) !== 'matrix') return undefined;
  const ref = p.data.analysis;
  return typeof ref === 'string' && ref.trim() !== '' ? ref.trim() : undefined;
}

const TOP_DOCUMENT = /^(?:document|"document"|'document')[ \t]*:/m;
const TOP_ANALYSIS = /^(?:analysis|"analysis"|'analysis')[ \t]*:/m;
/** The start of the next top-level line: not indented, not blank, not a comment. */
const NEXT_TOP = /\r?\n(?=[^ \t\r\n#])/g;

/** The first line with content (not blank, not a comment). */
const FIRST_CONTENT = /^[ \t]*[^ \t\r\n#]/m;
/** A first line that starts a plain block mapping at column 0 (not a flow collection, directive, marker, tag …). */
const PLAIN_START = /^[^ \t\r\n#{[?\-%&!*|>:@`,\]}]/;

/**
 * analysisRef of a text, cheaply: when the top level is a block mapping at column 0 (every analysis and matrix file),
 * only its `analysis:` entry (that line and the indented lines after it) is parsed, with the same YAML parser, so a
 * large file costs one scan; any other text is parsed whole. Equal to `analysisRef(parse(text))` for every text
 * whose whole parse has no YAML error.
 */
export function analysisRefOf(text: string): string | undefined {
  const first = FIRST_CONTENT.exec(text);
  if (!first) return undefined;
  if (!PLAIN_START.test(text.slice(first.index, first.index + 1)) || text.startsWith('---', first.index)) return analysisRef(parse(text));
  if (TOP_DOCUMENT.test(text)) return undefined;
  const m = TOP_ANALYSIS.exec(text);
  if (!m) return undefined;
  NEXT_TOP.lastIndex = m.index;
  const next = NEXT_TOP.exec(text);
  return analysisRef(parse(text.slice(m.index, next ? next.index : text.length)));
}

function dirname(p: string): string {
  const i = p.replace(/\\/g, '/').lastIndexOf('/');
  return i === -1 ? '' : p.slice(0, i);
}

/** Join a relative reference onto a file's directory, normalising `.` and `..`. */
export function joinRef(fromPath: string, ref: string): string {
  if (ref.startsWith('/')) return ref;
  const parts = (dirname(fromPath) ? `${dirname(fromPath)}/${ref}` : ref).split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (s === '.' || s === '') {
      if (out.length === 0 && s === '') out.push('');
      continue;
    }
    if (s === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

/** The path of the analysis that the file at `path` refers to (joinRef of its `analysis:`), when it is a matrix file. */
export function analysisTarget(path: string, text: string): string | undefined {
  const ref = analysisRefOf(text);
  return ref === undefined ? undefined : joinRef(path, ref);
}

/**
 * The matrix files among `files` that belong to the analysis at `analysisPath` (their `analysis:` resolves to it),
 * in the order given, without the analysis itself.
 */
export function matricesOf<F extends { path: string; text: string }>(analysisPath: string, files: Iterable<F>): F[] {
  const out: F[] = [];
  for (const f of files) if (f.path !== analysisPath && analysisTarget(f.path, f.text) === analysisPath) out.push(f);
  return out;
}
