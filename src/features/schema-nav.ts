/**
 * Walking the published JSON Schemas by a document path: the subschema at a path (with `$ref`s to
 * `#/definitions/...` resolved and `anyOf` branches searched), its title and description in a language,
 * its allowed values with their labels. Pure; no editor types.
 */
import type { Bilingual, DocumentKind, Lang } from '../model';
import { analysisSchema, matrixSchema } from '../schema';
import type { Path } from '../yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Schema = Record<string, any>;

export function rootSchema(kind: DocumentKind): Schema {
  return (kind === 'matrix' ? matrixSchema : analysisSchema) as Schema;
}

/** The schema with its `$ref` resolved; the sibling keys of the `$ref` (title, description …) win over the target's. */
export function deref(root: Schema, s: Schema | undefined, depth = 0): Schema | undefined {
  if (!s || typeof s !== 'object') return undefined;
  if (typeof s.$ref !== 'string' || depth > 16) return s;
  const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
  const target = m ? deref(root, root.definitions?.[m[1]], depth + 1) : undefined;
  const { $ref: _ignored, ...own } = s;
  return { ...(target ?? {}), ...own };
}

/** The schema itself and its `anyOf`/`oneOf` branches, each resolved. */
export function branches(root: Schema, s: Schema | undefined): Schema[] {
  const d = deref(root, s);
  if (!d) return [];
  const alts = [...(d.anyOf ?? []), ...(d.oneOf ?? [])].map((b: Schema) => deref(root, b)).filter((b): b is Schema => !!b);
  return [d, ...alts];
}

/** The schema at a document path (undefined where the schema says nothing). */
export function schemaAt(kind: DocumentKind, path: Path): Schema | undefined {
  const root = rootSchema(kind);
  let cur: Schema | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    let next: Schema | undefined;
    for (const b of branches(root, cur)) {
      if (typeof seg === 'number' && b.items && typeof b.items === 'object') next = b.items;
      else if (typeof seg === 'string' && b.properties && Object.prototype.hasOwnProperty.call(b.properties, seg)) next = b.properties[seg];
      if (next) break;
    }
    cur = next ? deref(root, next) : undefined;
  }
  return cur;
}

/** Properties an object schema allows (from every branch), in schema order. */
export function propertiesOf(kind: DocumentKind, s: Schema | undefined): [string, Schema][] {
  const root = rootSchema(kind);
  const out = new Map<string, Schema>();
  for (const b of branches(root, s)) {
    for (const [k, v] of Object.entries((b.properties ?? {}) as Record<string, Schema>)) if (!out.has(k)) out.set(k, deref(root, v) ?? {});
  }
  return [...out];
}

export function isObjectSchema(kind: DocumentKind, s: Schema | undefined): boolean {
  return branches(rootSchema(kind), s).some((b) => b.type === 'object' || b.properties !== undefined);
}

export function requiredOf(kind: DocumentKind, s: Schema | undefined): string[] {
  return branches(rootSchema(kind), s).flatMap((b) => (Array.isArray(b.required) ? (b.required as string[]) : []));
}

export function titleOf(s: Schema | undefined, lang: Lang): string | undefined {
  if (!s) return undefined;
  return (lang === 'en' ? s['x-title-en'] : undefined) ?? s.title;
}

/** The description to show: Swedish `markdownDescription`/`description`, or English `x-description-en`. */
export function descriptionOf(s: Schema | undefined, lang: Lang): string | undefined {
  if (!s) return undefined;
  if (lang === 'en') return s['x-description-en'] ?? s.description;
  return s.markdownDescription ?? s.description;
}

export interface EnumValue {
  value: string | number | boolean;
  label?: Bilingual;
  /** Markdown description of the value in Swedish (the schema's markdownEnumDescriptions), when given. */
  description?: string;
}

/** The allowed values of a schema: `enum` (with x-label-sv/x-label-en), `const` branches, booleans. */
export function enumValuesOf(kind: DocumentKind, s: Schema | undefined): EnumValue[] {
  const out: EnumValue[] = [];
  for (const b of branches(rootSchema(kind), s)) {
    if (Array.isArray(b.enum)) {
      b.enum.forEach((v: string | number, i: number) => {
        const sv = b['x-label-sv']?.[String(v)] ?? b.enumDescriptions?.[i];
        const en = b['x-label-en']?.[String(v)];
        out.push({ value: v, label: sv || en ? { sv: sv ?? en, en: en ?? sv } : undefined, description: b.markdownEnumDescriptions?.[i] });
      });
    }
    if (b.const !== undefined) {
      const sv = b.title;
      const en = b['x-title-en'] ?? sv;
      out.push({ value: b.const, label: sv ? { sv, en } : undefined, description: b.description });
    }
    if (b.type === 'boolean') out.push({ value: true }, { value: false });
  }
  const seen = new Set<string>();
  return out.filter((v) => !seen.has(String(v.value)) && !!seen.add(String(v.value)));
}

/** The label of one value of a schema, when it has one. */
export function labelOf(kind: DocumentKind, s: Schema | undefined, value: unknown): EnumValue | undefined {
  return enumValuesOf(kind, s).find((v) => String(v.value) === String(value));
}

/** Item schema of an array schema (any branch). */
export function itemsOf(kind: DocumentKind, s: Schema | undefined): Schema | undefined {
  const root = rootSchema(kind);
  for (const b of branches(root, s)) if (b.items && typeof b.items === 'object') return deref(root, b.items);
  return undefined;
}

export interface Snippet {
  label: string;
  description?: string;
  body: unknown;
}

export function snippetsOf(kind: DocumentKind, s: Schema | undefined): Snippet[] {
  return branches(rootSchema(kind), s).flatMap((b) => (Array.isArray(b.defaultSnippets) ? (b.defaultSnippets as Snippet[]) : []));
}
