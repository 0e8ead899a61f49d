/**
 * The evidence report as Markdown (GitHub-flavoured): the same content as the HTML report, the risk maps as tables
 * with the risk ids in their cells. Free text is escaped so that it cannot open HTML, links or table cells.
 */
import type { FileResult, Lang } from '../model';
import type { Block, Cell, EvidenceDoc, Inline } from './ir';
import { buildEvidence } from './document';
import type { EvidenceContext, EvidenceInput } from './document';
import { LEVELS, MAP_TEXT, PROBABILITY_LABEL, SEVERITY_LABEL, cellLabel, levelText, risksIn, unplaced } from './riskmap';
import type { Phase, RiskMapData } from './riskmap';
import { LEVEL } from '../domain/labels';
import { mdCode, mdText } from '../i18n/escape';

/** Escape Markdown (and inline HTML) in plain text, on one line: src/i18n/escape.ts `mdText` (shared with `bra diff`). */
export const mdEscape = mdText;

/** Text inside a code span: src/i18n/escape.ts `mdCode`. */
const codeSpan = mdCode;

function inline(x: Inline): string {
  if (typeof x === 'string') return mdEscape(x);
  if (x.t === '') return '';
  let m = x.code ? codeSpan(x.t) : mdEscape(x.t);
  if (x.strong) m = `**${m}**`;
  if (x.missing) m = `*${m}*`;
  return m;
}

function line(parts: Inline[]): string {
  return parts.map(inline).join('');
}

function cell(c: Cell): string {
  if (typeof c === 'string') return inline(c);
  if (Array.isArray(c)) return line(c);
  if ('lines' in c) return c.lines.map(line).join('<br>');
  return inline(c);
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function riskMapTable(data: RiskMapData, phase: Phase, lang: Lang): string[] {
  const corner = `${MAP_TEXT.probability[lang]} ↓ \\\\ ${MAP_TEXT.severity[lang]} →`;
  const head = [corner, ...[1, 2, 3, 4].map((s) => `${s} ${SEVERITY_LABEL[s][lang]}`)];
  const rows: string[][] = [];
  for (let p = 4; p >= 1; p--) {
    const row = [`**${p} ${mdEscape(PROBABILITY_LABEL[p][lang])}**`];
    for (let s = 1; s <= 4; s++) {
      const c = data.cells.find((x) => x.p === p && x.s === s)!;
      const ids = risksIn(data, phase, p, s).map((r) => codeSpan(cellLabel(r, phase)));
      row.push(`${mdEscape(levelText(c.level, c.value, lang))}${ids.length ? `: ${ids.join(', ')}` : ''}`);
    }
    rows.push(row);
  }
  const out = [`**${mdEscape(MAP_TEXT[phase][lang])}**`, '', ...table(head, rows), ''];
  const un = unplaced(data, phase);
  if (un.length) out.push(`${mdEscape((phase === 'before' ? MAP_TEXT.unplacedBefore : MAP_TEXT.unplacedAfter)[lang])}: ${un.map((r) => codeSpan(r.id)).join(', ')}`, '');
  return out;
}

function block(b: Block, out: string[], lang: Lang): void {
  switch (b.k) {
    case 'h':
      out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`, '');
      break;
    case 'p':
      out.push(b.cls === 'note' ? `> ${line(b.parts)}` : line(b.parts), '');
      break;
    case 'kv':
      if (b.caption) out.push(`**${mdEscape(b.caption)}**`, '');
      out.push(...table(['', ''], b.rows.map(([k, v]) => [`**${mdEscape(k)}**`, cell(v)])), '');
      break;
    case 'table':
      if (b.caption) out.push(`**${mdEscape(b.caption)}**`, '');
      out.push(...table(b.head.map(mdEscape), b.rows.map((r) => r.map(cell))), '');
      break;
    case 'ul':
      out.push(...b.items.map((i) => `- ${line(i)}`), '');
      break;
    case 'riskmap': {
      out.push(...riskMapTable(b.data, 'before', lang));
      out.push(...riskMapTable(b.data, 'after', lang));
      if (b.data.risks.some((r) => r.after?.assumed)) out.push(mdEscape(MAP_TEXT.assumed[lang]), '');
      out.push(
        `${lang === 'sv' ? 'Risknivåer' : 'Risk levels'}: ${LEVELS.map((l) => `${mdEscape(LEVEL[l][lang])} ${{ low: '1–3', medium: '4–6', high: '8–9', very_high: '12–16' }[l]}`).join(' · ')}`,
        '',
      );
      break;
    }
    case 'section':
      for (const x of b.blocks) block(x, out, lang);
      break;
  }
}

/** Write an evidence document as Markdown. */
export function markdownOf(doc: EvidenceDoc): string {
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  if (doc.subtitle) out.push(mdEscape(doc.subtitle), '');
  out.push(...doc.meta.map(([k, v]) => `- **${mdEscape(k)}:** ${codeSpan(v)}`), '');
  for (const s of doc.sections) block(s, out, doc.lang);
  out.push('---', '', `*${mdEscape(doc.footer)}*`, '');
  return out.join('\n');
}

/** The evidence report of an analysis (and its separate matrix files) as Markdown. */
export function renderMarkdown(input: EvidenceInput | FileResult, ctx: EvidenceContext): string {
  return markdownOf(buildEvidence(input, ctx));
}
