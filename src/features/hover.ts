/**
 * Hover text at an offset, editor-agnostic (Markdown): on a key the schema's title and description, on a code
 * its label, on an id what it refers to, and on a finding's range the rule's title, legal basis and doc link.
 */
import type { DocumentKind, Finding, Lang, LegalRef, Span } from '../model';
import { pick } from '../i18n';
import { pathAt } from '../yaml';
import type { ParsedDoc, Path } from '../yaml';
import { docsUrl, ruleMeta } from '../rules';
import { descriptionOf, labelOf, schemaAt, titleOf } from './schema-nav';
import { TARGET_NAME, definitionAt, idIndex, referenceAt } from './refs';

export interface HoverInfo {
  markdown: string;
  span: Span;
}

export interface HoverOptions {
  kind: DocumentKind;
  lang: Lang;
  /** Findings of this document (those under the offset are explained). */
  findings?: Finding[];
  /** For a matrix file: the analysis it refers to. */
  analysis?: ParsedDoc;
}

const T = {
  legal: { sv: 'Rättsliga källor', en: 'Legal sources' },
  docs: { sv: 'Regeldokumentation', en: 'Rule documentation' },
  value: { sv: 'Värde', en: 'Value' },
  unknown: { sv: 'finns inte i analysen', en: 'not found in the analysis' },
  defines: { sv: 'Definierar', en: 'Defines' },
};

export function legalText(l: LegalRef): string {
  const text = [l.ref, l.act].filter(Boolean).join(' ');
  return l.url ? `[${text}](${l.url})` : text;
}

/** Markdown explaining a rule: title, legal basis, documentation link. */
export function ruleMarkdown(rule: string, lang: Lang): string {
  const meta = ruleMeta(rule);
  if (!meta) return `**${rule}**`;
  const lines = [`**${rule}** — ${pick(meta.title, lang)}`];
  if (meta.legal.length) lines.push(`${pick(T.legal, lang)}: ${meta.legal.map(legalText).join('; ')}`);
  lines.push(`[${pick(T.docs, lang)}](${docsUrl(rule)})`);
  return lines.join('\n\n');
}

function dataAt(p: ParsedDoc, path: Path): unknown {
  let v: unknown = p.data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The schema path of a value: list items of a scalar list use the list's property for the title. */
function fieldPath(path: Path): Path {
  return typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
}

export function hover(p: ParsedDoc, offset: number, o: HoverOptions): HoverInfo | undefined {
  const parts: string[] = [];
  let span: Span | undefined;
  const at = pathAt(p, offset);
  if (at.span && at.path.length > 0) {
    span = at.span;
    if (at.part === 'key') {
      const s = schemaAt(o.kind, at.path);
      const title = titleOf(s, o.lang);
      if (title) parts.push([`**${title}** · \`${String(at.path[at.path.length - 1])}\``, descriptionOf(s, o.lang)].filter(Boolean).join('\n\n'));
    } else {
      const value = dataAt(p, at.path);
      const s = schemaAt(o.kind, at.path);
      const field = schemaAt(o.kind, fieldPath(at.path));
      const ev = labelOf(o.kind, s, value);
      const fieldTitle = titleOf(field, o.lang);
      if (ev?.label) {
        const desc = o.lang === 'sv' && ev.description && ev.description.replace(/\*/g, '') !== pick(ev.label, o.lang) ? ev.description : undefined;
        parts.push([`${fieldTitle ? `${fieldTitle}: ` : ''}**${pick(ev.label, o.lang)}** · \`${String(value)}\``, desc].filter(Boolean).join('\n\n'));
      }
      const ref = referenceAt(at.path);
      const def = definitionAt(at.path);
      const analysis = o.analysis ?? (o.kind === 'analysis' ? p : undefined);
      if (ref && analysis && (typeof value === 'string' || typeof value === 'number')) {
        const info = idIndex(analysis)[ref.target].find((i) => i.id === String(value));
        const name = pick(TARGET_NAME[ref.target], o.lang);
        parts.push(info
          ? `${name[0].toUpperCase()}${name.slice(1)} \`${info.id}\`${info.label ? ` — ${info.label}` : ''}${info.role ? ` (${[info.role, info.system, info.regime].filter(Boolean).join(' · ')})` : ''}`
          : `${name[0].toUpperCase()}${name.slice(1)} \`${String(value)}\` ${pick(T.unknown, o.lang)}`);
      } else if (def) {
        parts.push(`${pick(T.defines, o.lang)}: ${pick(TARGET_NAME[def], o.lang)} \`${String(value)}\``);
      } else if (!ev && fieldTitle && parts.length === 0 && findingsAt(o.findings, offset).length === 0) {
        parts.push(`**${fieldTitle}**${descriptionOf(field, o.lang) ? `\n\n${descriptionOf(field, o.lang)}` : ''}`);
      }
    }
  }
  const hits = findingsAt(o.findings, offset);
  const rules = [...new Set(hits.map((f) => f.rule))];
  for (const r of rules) parts.push(ruleMarkdown(r, o.lang));
  if (!span && hits.length) span = hits[0].span;
  if (parts.length === 0 || !span) return undefined;
  return { markdown: parts.join('\n\n---\n\n'), span };
}

function findingsAt(findings: Finding[] | undefined, offset: number): Finding[] {
  return (findings ?? []).filter((f) => f.span.start <= offset && offset <= f.span.end && f.span.end > f.span.start);
}
