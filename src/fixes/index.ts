/**
 * Pure edit builders on a ParsedDoc. They return minimal TextEdits (offsets into the original text) and never
 * re-stringify the document, so comments, order and formatting survive.
 */
import type { TextEdit } from '../model';
import { eolOf, isMap, isScalar, isSeq, lineEnd, nodeAt, nodeRange, walk } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';

/** A YAML value to render into a stub: scalars, arrays and plain objects. `null` renders as an empty value. */
export type Stub = string | number | boolean | null | Stub[] | { [k: string]: Stub };

const PLAIN_SAFE = /^[A-Za-zÅÄÖåäö0-9_][A-Za-zÅÄÖåäö0-9_ .,()/-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|~|[-+]?\d[\d_]*(\.\d+)?([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** Render a scalar as YAML (plain when safe, else double-quoted). */
export function scalarText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (v !== '' && PLAIN_SAFE.test(v) && !RESERVED.test(v) && !/ $/.test(v)) return v;
  return JSON.stringify(v);
}

function isObj(v: Stub): v is { [k: string]: Stub } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Render a stub as block YAML lines, relative indentation 0 (the caller indents). */
export function renderLines(v: Stub): string[] {
  if (isObj(v)) {
    const out: string[] = [];
    for (const [k, val] of Object.entries(v)) {
      if (isObj(val) && Object.keys(val).length > 0) {
        out.push(`${k}:`, ...renderLines(val).map((l) => `  ${l}`));
      } else if (Array.isArray(val) && val.some((x) => isObj(x) || Array.isArray(x))) {
        out.push(`${k}:`, ...val.flatMap((item) => itemLines(item)).map((l) => `  ${l}`));
      } else {
        const t = valueInline(val);
        out.push(t === '' ? `${k}:` : `${k}: ${t}`);
      }
    }
    return out;
  }
  if (Array.isArray(v)) return v.flatMap((item) => itemLines(item));
  return [scalarText(v)];
}

/** Inline YAML for a value; `inFlow`: it stands inside `[…]`/`{…}`, where a plain scalar must not contain a comma. */
function valueInline(v: Stub, inFlow = false): string {
  if (Array.isArray(v)) return `[${v.map((x) => valueInline(x, true)).join(', ')}]`;
  if (isObj(v)) return Object.keys(v).length === 0 ? '{}' : `{ ${Object.entries(v).map(([k, x]) => `${k}: ${valueInline(x, true)}`).join(', ')} }`;
  const t = scalarText(v);
  return inFlow && typeof v === 'string' && v.includes(',') && !t.startsWith('"') ? JSON.stringify(v) : t;
}

/** Lines of one sequence item: `- first`, continuation indented by two. */
function itemLines(item: Stub): string[] {
  const lines = isObj(item) || Array.isArray(item) ? renderLines(item) : [scalarText(item)];
  return lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
}

/** `key: # comment` with no value: insert after the comment (end of line), so that the comment stays on the key's line. */
function afterComment(text: string, at: number): number {
  const le = lineEnd(text, at);
  return /^[ \t]*#/.test(text.slice(at, le)) ? le : at;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** End of the last non-blank content at or before `end` (skips trailing whitespace and newlines). */
function contentEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** A node's effective range in the document's current text (incremental re-parses shift ranges lazily). */
function range(p: ParsedDoc, n: unknown): [number, number, number] | undefined {
  return nodeRange(p, n);
}

/** Indentation (columns) used for the children of the node at `path`, guessed from its key. */
function childIndent(p: ParsedDoc, path: Path): number {
  const l = walk(p, path);
  if (l.pair) {
    const k = range(p, l.pair.key);
    if (k) return columnOf(p.text, k[0]) + 2;
  }
  const r = range(p, l.node);
  return r ? columnOf(p.text, r[0]) : 0;
}

function indentLines(lines: string[], indent: number, nl: string): string {
  const pad = ' '.repeat(indent);
  return lines.map((l) => pad + l).join(nl);
}

/**
 * Add entries to the mapping at `mapPath` (created under its parent when missing; an empty value such as
 * `approved:` is filled). Keys already present are left alone.
 */
export function insertEntries(p: ParsedDoc, mapPath: Path, entries: { [k: string]: Stub }): TextEdit[] {
  const text = p.text;
  const nl = eolOf(p);
  const l = walk(p, mapPath);
  if (l.depth < mapPath.length) {
    // create the missing chain under the deepest existing ancestor
    const existing = mapPath.slice(0, l.depth);
    const rest = mapPath.slice(l.depth);
    if (rest.some((s) => typeof s === 'number')) return [];
    let nested: { [k: string]: Stub } = entries;
    for (let i = rest.length - 1; i >= 1; i--) nested = { [String(rest[i])]: nested };
    return insertEntries(p, existing, { [String(rest[0])]: nested });
  }
  const node = l.node;
  if (isMap(node)) {
    const missing = Object.fromEntries(Object.entries(entries).filter(([k]) => !node.items.some((it) => isScalar(it.key) && String(it.key.value) === k)));
    if (Object.keys(missing).length === 0) return [];
    const r = range(p, node)!;
    if (node.flow) {
      const close = text.lastIndexOf('}', r[1]);
      const before = contentEnd(text, close);
      const sep = node.items.length > 0 ? ', ' : ' ';
      const body = Object.entries(missing).map(([k, v]) => `${k}:${valueInline(v, true) === '' ? '' : ` ${valueInline(v, true)}`}`).join(', ');
      return [{ start: before, end: close, newText: `${sep}${body} ` }];
    }
    if (node.items.length === 0) return [];
    const indent = columnOf(text, range(p, node.items[0].key)![0]);
    const last = node.items[node.items.length - 1];
    const lastEnd = Math.max(range(p, last.value)?.[1] ?? 0, range(p, last.key)?.[1] ?? 0);
    const at = lineEnd(text, contentEnd(text, lastEnd));
    return [{ start: at, end: at, newText: nl + indentLines(renderLines(missing), indent, nl) }];
  }
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) {
    // `key:` with no value (or the document is empty): write a block under the key
    if (l.pair) {
      const k = range(p, l.pair.key)!;
      const colon = text.indexOf(':', k[1]);
      const vr = range(p, node);
      const end = vr && vr[1] > vr[0] ? vr[1] : colon + 1;
      const indent = columnOf(text, k[0]) + 2;
      const at = end === colon + 1 ? afterComment(text, end) : colon + 1;
      return [{ start: at, end: Math.max(at, end), newText: nl + indentLines(renderLines(entries), indent, nl) }];
    }
    if (mapPath.length === 0) {
      const at = text.length;
      const lead = text.length > 0 && !text.endsWith('\n') ? nl : '';
      return [{ start: at, end: at, newText: lead + renderLines(entries).join(nl) + nl }];
    }
    // a sequence item that is null (`- `): write the map after the dash (inline in a flow sequence)
    const vr = range(p, node);
    const parent = walk(p, mapPath.slice(0, -1)).node;
    if (vr && isSeq(parent) && parent.flow) {
      return [{ start: vr[0], end: vr[1], newText: valueInline(entries) }];
    }
    if (vr) {
      const indent = columnOf(text, vr[0]);
      const lines = renderLines(entries);
      return [{ start: vr[0], end: vr[1], newText: [lines[0], ...lines.slice(1).map((x) => ' '.repeat(indent) + x)].join(nl) }];
    }
  }
  return [];
}

/** Append items to the sequence at `seqPath` (created under its parent when missing or empty). */
export function appendItems(p: ParsedDoc, seqPath: Path, items: Stub[]): TextEdit[] {
  const text = p.text;
  const nl = eolOf(p);
  const l = walk(p, seqPath);
  const node = l.depth === seqPath.length ? l.node : undefined;
  if (isSeq(node)) {
    const r = range(p, node)!;
    if (node.flow) {
      const close = text.lastIndexOf(']', r[1]);
      const before = contentEnd(text, close);
      // objects too stay in flow style
      const body = items.map((x) => valueInline(x, true)).join(', ');
      return [{ start: before, end: before, newText: `${node.items.length ? ', ' : ''}${body}` }];
    }
    if (node.items.length > 0) {
      const first = range(p, node.items[0]);
      const dash = first ? text.lastIndexOf('-', first[0]) : r[0];
      const indent = columnOf(text, dash);
      const lastEnd = range(p, node.items[node.items.length - 1])?.[1] ?? r[1];
      const at = lineEnd(text, contentEnd(text, lastEnd));
      const lines = items.flatMap((x) => itemLines(x));
      return [{ start: at, end: at, newText: nl + indentLines(lines, indent, nl) }];
    }
  }
  // missing, null or empty: write `key:` + block sequence under the parent
  if (seqPath.length === 0) return [];
  const key = seqPath[seqPath.length - 1];
  if (typeof key === 'number') return [];
  const parentPath = seqPath.slice(0, -1);
  if (l.depth === seqPath.length && l.pair) {
    const k = range(p, l.pair.key)!;
    const colon = text.indexOf(':', k[1]);
    const vr = range(p, node);
    const end = vr && vr[1] > vr[0] ? vr[1] : colon + 1;
    const indent = columnOf(text, k[0]) + 2;
    const lines = items.flatMap((x) => itemLines(x));
    const at = end === colon + 1 ? afterComment(text, end) : colon + 1;
    return [{ start: at, end: Math.max(at, end), newText: nl + indentLines(lines, indent, nl) }];
  }
  return insertEntries(p, parentPath, { [key]: items });
}

/** Replace the value at `path` with raw YAML text (a scalar or flow collection). */
export function replaceValue(p: ParsedDoc, path: Path, newText: string): TextEdit[] {
  const l = walk(p, path);
  if (l.depth < path.length) return [];
  const r = range(p, l.node);
  if (r && r[1] > r[0] && l.pair && (isSeq(l.node) || isMap(l.node)) && !l.node.flow) {
    // a block collection starts on the line after its key: replace from the colon, or the new text lands on its own line
    const colon = p.text.indexOf(':', range(p, l.pair.key)![1]);
    return [{ start: colon + 1, end: contentEnd(p.text, r[1]), newText: ` ${newText}` }];
  }
  if (r && r[1] > r[0]) return [{ start: r[0], end: contentEnd(p.text, r[1]), newText }];
  if (l.pair) {
    const k = range(p, l.pair.key)!;
    const colon = p.text.indexOf(':', k[1]);
    const end = r ? r[1] : colon + 1;
    // `key:   # comment`: keep a space before the comment, or it becomes part of a plain scalar
    const sep = p.text[Math.max(colon + 1, end)] === '#' ? ' ' : '';
    return [{ start: colon + 1, end: Math.max(colon + 1, end), newText: ` ${newText}${sep}` }];
  }
  return [];
}

/** Set `key` in the mapping at `mapPath` to a value (replace, fill or insert). */
export function setValue(p: ParsedDoc, mapPath: Path, key: string, value: Stub): TextEdit[] {
  const path = [...mapPath, key];
  const parent = nodeAt(p, mapPath);
  const inFlow = (isMap(parent) || isSeq(parent)) && parent.flow === true;
  if (nodeAt(p, path) !== undefined || walk(p, path).depth === path.length) return replaceValue(p, path, valueInline(value, inFlow));
  return insertEntries(p, mapPath, { [key]: value });
}

/** Remove the whole `key: value` pair (or sequence item) at `path`, including its lines when it is block style. */
export function removeAt(p: ParsedDoc, path: Path): TextEdit[] {
  const l = walk(p, path);
  if (l.depth < path.length) return [];
  const text = p.text;
  const startNode = l.pair ? range(p, l.pair.key) : range(p, l.node);
  const endNode = range(p, l.node) ?? startNode;
  if (!startNode || !endNode) return [];
  let start = startNode[0];
  if (!l.pair) {
    const dash = text.lastIndexOf('-', start);
    if (dash >= 0 && text.slice(dash + 1, start).trim() === '') start = dash;
  }
  const ls = lineStartOf(text, start);
  const endC = contentEnd(text, Math.max(endNode[1], startNode[1]));
  const le = lineEnd(text, endC);
  if (text.slice(ls, start).trim() === '' && text.slice(endC, le).trim().replace(/^#.*/, '') === '') {
    const next = le < text.length ? le + (text[le] === '\r' ? 2 : 1) : le;
    return [{ start: ls, end: next, newText: '' }];
  }
  return [];
}

/** Rename the key of the pair at `path`. */
export function renameKey(p: ParsedDoc, path: Path, newKey: string): TextEdit[] {
  const l = walk(p, path);
  if (l.depth < path.length || !l.pair) return [];
  const k = range(p, l.pair.key)!;
  return [{ start: k[0], end: k[1], newText: newKey }];
}

/** Apply non-overlapping edits to a text (for tests and for fix-all in the CLI). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let bound = Infinity;
  for (const e of sorted) {
    if (e.end > bound) continue; // overlapping: skip
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    bound = e.start;
  }
  return out;
}
