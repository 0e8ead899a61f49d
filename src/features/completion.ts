/**
 * Completion at an offset, editor-agnostic: the keys the schema allows there (not yet present, with their
 * titles), enum codes with their labels, the ids that fit a reference field, and the schema's snippets for new
 * entities. The text is parsed with a marker in place of the word under the cursor, so that half-typed lines
 * still give a path.
 */
import type { DocumentKind, Lang, Span } from '../model';
import { pick } from '../i18n';
import { isMap, nodeAt, parse, pathAt } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';
import { DATA_CATEGORY, REGISTERED_CATEGORY } from '../domain/labels';
import {
  descriptionOf, enumValuesOf, isObjectSchema, itemsOf, propertiesOf, requiredOf, schemaAt, snippetsOf, titleOf,
} from './schema-nav';
import type { Schema, Snippet } from './schema-nav';
import { TARGET_NAME, idIndex, listReferenceAt, referenceAt } from './refs';
import type { IdInfo, Target } from './refs';

export interface CompletionEntry {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'snippet';
  /** Short text beside the label (the Swedish or English title, the label of a code). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** insertText is a snippet (`$1`, `${1:x}`, `$0`). */
  snippet?: boolean;
  /** The text the completion replaces (the word under the cursor). */
  range: Span;
  sortText?: string;
}

export interface CompleteOptions {
  kind: DocumentKind;
  lang: Lang;
  /** For a matrix file: the parsed analysis it refers to (ids come from there). */
  analysis?: ParsedDoc;
}

const MARK = '__bra_completion__';
const WORD = /[\p{L}\p{N}_.\-]/u;

/** Completions at `offset` of `text`. */
export function complete(text: string, offset: number, o: CompleteOptions): CompletionEntry[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let ws = offset;
  while (ws > lineStart && WORD.test(text[ws - 1])) ws--;
  let we = offset;
  while (we < text.length && WORD.test(text[we])) we++;
  const nl = text.indexOf('\n', offset);
  const before = text.slice(lineStart, ws);
  const after = text.slice(we, nl === -1 ? text.length : nl);
  if (/(^|\s)#/.test(before)) return []; // in a comment
  const range = { start: ws, end: we };
  const keyPosition = /^\s*(-\s+)*$/.test(before);
  const replacement = keyPosition && !after.trimStart().startsWith(':') ? `${MARK}:` : MARK;
  const mod = parse(text.slice(0, ws) + replacement + text.slice(we));
  if (!mod.doc) return [];
  const at = pathAt(mod, ws + 1);
  const analysis = o.analysis ?? (o.kind === 'analysis' ? mod : undefined);
  const indent = ws - lineStart;
  if (at.part === 'key' && at.path[at.path.length - 1] === MARK) {
    const parent = at.path.slice(0, -1);
    const s = schemaAt(o.kind, parent);
    if (isObjectSchema(o.kind, s)) {
      const out = keyCompletions(o, mod, parent, s, range, indent);
      const fresh = existingKeys(mod, parent).length === 0;
      if (fresh && (typeof parent[parent.length - 1] === 'number' || parent.length === 0)) {
        out.push(...snippetsOf(o.kind, s).map((sn, i) => snippetEntry(sn, range, indent, i)));
      }
      return out;
    }
    if (typeof parent[parent.length - 1] === 'number') return valueCompletions(o, mod, parent, range, analysis);
    return [];
  }
  if (at.part === 'value' && at.path.length > 0) return valueCompletions(o, mod, at.path, range, analysis);
  return [];
}

function existingKeys(p: ParsedDoc, path: Path): string[] {
  const n = nodeAt(p, path);
  if (!isMap(n)) return [];
  return n.items.map((it) => String((it.key as { value?: unknown })?.value ?? '')).filter((k) => k !== MARK);
}

/** `key: ` plus a body that fits the value's shape (a block for objects and lists of objects, `[]` for id lists, a choice for enums). */
function keyInsert(kind: DocumentKind, key: string, s: Schema | undefined, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  const items = itemsOf(kind, s);
  if (items && isObjectSchema(kind, items)) return `${key}:\n${pad}- $0`;
  if (items) return `${key}: [$0]`;
  if (isObjectSchema(kind, s)) return `${key}:\n${pad}$0`;
  const values = enumValuesOf(kind, s).map((v) => String(v.value));
  if (values.length > 0 && values.length <= 30) return `${key}: \${1|${values.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
  return `${key}: $0`;
}

function keyCompletions(o: CompleteOptions, p: ParsedDoc, parent: Path, s: Schema | undefined, range: Span, indent: number): CompletionEntry[] {
  const present = new Set(existingKeys(p, parent));
  const required = new Set(requiredOf(o.kind, s));
  return propertiesOf(o.kind, s)
    .filter(([k]) => !present.has(k))
    .map(([k, ps], i): CompletionEntry => ({
      label: k,
      kind: 'property',
      detail: titleOf(ps, o.lang),
      documentation: descriptionOf(ps, o.lang),
      insertText: keyInsert(o.kind, k, ps, indent),
      snippet: true,
      range,
      // required keys first, then schema order
      sortText: `${required.has(k) ? '0' : '1'}${String(i).padStart(3, '0')}`,
    }));
}

function snippetEntry(sn: Snippet, range: Span, indent: number, i: number): CompletionEntry {
  return {
    label: sn.label,
    kind: 'snippet',
    detail: sn.description,
    insertText: yamlSnippet(sn.body, indent),
    snippet: true,
    range,
    sortText: `2${String(i).padStart(3, '0')}`,
  };
}

/** A snippet body (JSON with `${n:x}` placeholders in strings) as block YAML; the first line has no indentation of its own. */
export function yamlSnippet(body: unknown, indent: number): string {
  const lines = render(body, 0);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}

function scalar(v: unknown): string {
  if (typeof v === 'string') {
    if (/^\$\{?\d/.test(v) || /^[\p{L}\p{N}_ .,()/–-]*$/u.test(v) && !/^(true|false|null|yes|no|~|\d[\d.]*)$/i.test(v) && !/^\s|\s$/.test(v) && v !== '') return v.replace(/\\/g, '\\\\');
    return JSON.stringify(v).replace(/\$(?!\{?\d)/g, '\\$');
  }
  return String(v);
}

function render(v: unknown, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object' || x === null)) return [`[${v.map(scalar).join(', ')}]`];
    return v.flatMap((x) => {
      const inner = render(x, 0);
      return inner.map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}`);
    });
  }
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => {
      if (typeof x === 'object' && x !== null && !(Array.isArray(x) && x.every((y) => typeof y !== 'object' || y === null))) {
        const inner = render(x, Array.isArray(x) ? 0 : 1);
        return [`${pad}${k}:`, ...inner.map((l) => `${pad}${Array.isArray(x) ? '  ' : ''}${l}`)];
      }
      return [`${pad}${k}: ${render(x, 0)[0]}`];
    });
  }
  return [scalar(v)];
}

const CODE_LABELS: Partial<Record<Target, Record<string, { sv: string; en: string }>>> = {
  dataCategory: DATA_CATEGORY,
  registeredCategory: REGISTERED_CATEGORY,
};

function idDetail(t: Target, info: IdInfo, lang: Lang): string | undefined {
  if (t === 'need') return [info.role, info.system, info.regime].filter(Boolean).join(' · ') || undefined;
  const code = CODE_LABELS[t]?.[info.id];
  return info.label ?? (code ? pick(code, lang) : undefined);
}

function valueCompletions(o: CompleteOptions, p: ParsedDoc, path: Path, range: Span, analysis: ParsedDoc | undefined): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const s = schemaAt(o.kind, path);
  // ids where a reference is expected
  const ref = referenceAt(path);
  const listTarget = ref ? undefined : listReferenceAt(path);
  const target = ref?.target ?? listTarget;
  if (target && analysis) {
    const ids = idIndex(analysis)[target];
    // for justified_by: the needs of the entry's own role first
    const entryRole = target === 'need' ? stringAt(p, [...path.slice(0, path.indexOf('justified_by')), 'role']) : undefined;
    for (const info of ids) {
      if (info.id === MARK) continue;
      out.push({
        label: info.id,
        kind: 'reference',
        detail: idDetail(target, info, o.lang),
        documentation: `${pick(TARGET_NAME[target], o.lang)} \`${info.id}\`${info.label ? ` — ${info.label}` : ''}`,
        insertText: listTarget ? `[${info.id}]` : info.id,
        range,
        sortText: `${entryRole !== undefined && info.role === entryRole ? '0' : '1'}${info.id}`,
      });
    }
  }
  // codes: the enum of the value (or of the list's items)
  const items = listTarget || !itemsOf(o.kind, s) ? undefined : itemsOf(o.kind, s);
  const valueSchema = items ?? s;
  for (const v of enumValuesOf(o.kind, valueSchema)) {
    const text = String(v.value);
    out.push({
      label: text,
      kind: 'value',
      detail: v.label ? pick(v.label, o.lang) : undefined,
      documentation: o.lang === 'sv' ? v.description : undefined,
      insertText: items ? `[${text}]` : text,
      range,
      sortText: `3${String(out.length).padStart(3, '0')}`,
    });
  }
  // examples of codes (e.g. the usual data category ids) where the schema lists them
  if (!target) {
    const examples = [...(valueSchema?.examples ?? []), ...(itemsOf(o.kind, valueSchema)?.examples ?? [])] as unknown[];
    const table = path[0] === 'data_categories' ? DATA_CATEGORY : path[0] === 'registered_categories' ? REGISTERED_CATEGORY : undefined;
    for (const ex of examples) {
      if (typeof ex !== 'string' || out.some((e) => e.label === ex)) continue;
      out.push({ label: ex, kind: 'value', detail: table?.[ex] ? pick(table[ex], o.lang) : undefined, insertText: ex, range, sortText: `4${ex}` });
    }
  }
  return out;
}

function stringAt(p: ParsedDoc, path: Path): string | undefined {
  let v: unknown = p.data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return typeof v === 'string' ? v : undefined;
}
