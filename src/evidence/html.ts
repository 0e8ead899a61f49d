/**
 * The evidence report as ONE self-contained HTML file: inline CSS and inline SVG, no script, no external resource
 * (a strict Content-Security-Policy says so), printable to PDF from a browser (print CSS, page breaks, repeated
 * table headers). Headings and table headers (`<th scope>`) for screen readers; every text is HTML-escaped.
 */
import type { FileResult, Lang } from '../model';
import type { Block, Cell, EvidenceDoc, Inline } from './ir';
import { buildEvidence } from './document';
import type { EvidenceContext, EvidenceInput } from './document';
import { LEVEL_COLOR, LEVELS, riskMapSvg } from './riskmap';
import { LEVEL } from '../domain/labels';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Escape text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #1a1a1a; font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 36px 48px; }
header.doc { border-bottom: 3px solid #1f3a63; padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 6px; color: #14284a; }
.subtitle { margin: 0 0 10px; color: #3b4a5e; font-size: 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; font-size: .88rem; color: #3b4a5e; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; color: #1f3a63; border-bottom: 2px solid #c9d3e1; padding-bottom: 3px; margin: 2.1em 0 .6em; }
h3 { font-size: 1.08rem; color: #1f3a63; margin: 1.5em 0 .4em; }
h4 { font-size: .98rem; margin: 1.3em 0 .35em; }
p { margin: .4em 0 .8em; }
p.note { color: #3b4a5e; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1.1em; font-size: .86rem; }
caption { text-align: left; font-weight: 600; padding: 2px 0 4px; color: #3b4a5e; }
table { table-layout: auto; }
body, th, td, p, li, dd, caption { hyphens: manual; overflow-wrap: normal; word-break: normal; }
th, td { border: 1px solid #b9c3d1; padding: 4px 6px; text-align: left; vertical-align: top; }
code { white-space: nowrap; }
table.matrix td:nth-child(8) .line, table.matrix th .line { white-space: nowrap; }
table.matrix .lvl, table.findings .lvl { padding: 0 .25em; font-weight: 500; }
thead th { background: #e6ecf4; font-weight: 600; }
tbody th[scope=row] { background: #f5f7fa; font-weight: 600; }
table.kv th[scope=row] { width: 30%; }
table.matrix, table.findings { font-size: .8rem; }
code, .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .92em; }
.lvl { display: inline-block; padding: 0 .4em; border: 1px solid rgba(0,0,0,.35); border-radius: 3px; white-space: nowrap; color: #1a1a1a; font-weight: 600; }
${LEVELS.map((l) => `.lvl-${l} { background: ${LEVEL_COLOR[l]}; }`).join('\n')}
.missing { color: #9b1c1c; font-style: italic; }
.mark { display: block; padding: 0 .3em; border-left: 3px solid; }
.mark-error { color: #9b1c1c; border-color: #9b1c1c; background: #fdecec; }
.mark-warning { color: #7a4a00; border-color: #b7791f; background: #fdf3e1; }
.mark-info { color: #1f3a63; border-color: #4a6fa5; background: #eaf0f8; }
tr:has(.mark-warning) > * { background: #fffaf0; }
tr:has(.mark-error) > * { background: #fff6f6; }
table.files td code { white-space: nowrap; font-size: .85em; }
table.files th code { white-space: normal; overflow-wrap: anywhere; }
table.signatures td { height: 15mm; }
table.signatures td:nth-child(4) { width: 18%; }
table.signatures td:nth-child(5) { width: 28%; }
table.grid .line + .line { border-top: 1px dotted #b9c3d1; padding-top: 2px; }
.muted { color: #55606e; }
.line + .line { margin-top: 2px; }
.maps { display: flex; flex-wrap: wrap; gap: 18px 28px; align-items: flex-start; margin: .4em 0 .6em; }
.maps figure { margin: 0; flex: 1 1 470px; max-width: 640px; }
.maps figcaption { font-size: .85rem; color: #3b4a5e; }
svg.riskmap { display: block; width: 100%; height: auto; color: #1a1a1a; font-family: inherit; }
svg.riskmap .risk-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: .85rem; margin: 0 0 1em; padding: 0; list-style: none; }
footer { margin-top: 2.5em; border-top: 1px solid #c9d3e1; padding-top: 8px; font-size: .82rem; color: #55606e; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm 14mm; }
@media print {
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  section.page { break-before: page; }
  section#matris { page: wide; }
  h2, h3, h4 { break-after: avoid; }
  table.kv, figure, tr, .legend, section#underskrifter { break-inside: avoid; }
  thead { display: table-header-group; }
  .maps { display: block; }
  .maps figure { max-width: 150mm; margin: 0 auto 8mm; break-inside: avoid; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 4px; }
  table.matrix, table.findings { font-size: 7.5pt; }
}
`;

function inline(x: Inline): string {
  if (typeof x === 'string') return esc(x);
  let h = esc(x.t);
  if (x.code) h = `<code>${h}</code>`;
  if (x.strong) h = `<strong>${h}</strong>`;
  if (x.level) h = `<span class="lvl lvl-${x.level}">${h}</span>`;
  if (x.missing) h = `<span class="missing">${h}</span>`;
  if (x.muted) h = `<span class="muted">${h}</span>`;
  if (x.mark) h = `<span class="mark mark-${x.mark}">${h}</span>`;
  return h;
}

function cell(c: Cell): string {
  if (typeof c === 'string' || !Array.isArray(c) && !('lines' in c)) return inline(c as Inline);
  if (Array.isArray(c)) return c.map(inline).join('');
  if (c.lines.length === 1) return c.lines[0].map(inline).join('');
  return c.lines.map((l) => `<div class="line">${l.map(inline).join('')}</div>`).join('');
}

function block(b: Block, out: string[], lang: Lang): void {
  switch (b.k) {
    case 'h':
      out.push(`<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ''}>${esc(b.text)}</h${b.level}>`);
      break;
    case 'p':
      out.push(`<p${b.cls ? ` class="${b.cls}"` : ''}>${b.parts.map(inline).join('')}</p>`);
      break;
    case 'kv':
      out.push('<table class="kv">');
      if (b.caption) out.push(`<caption>${esc(b.caption)}</caption>`);
      out.push('<tbody>');
      for (const [k, v] of b.rows) out.push(`<tr><th scope="row">${esc(k)}</th><td>${cell(v)}</td></tr>`);
      out.push('</tbody></table>');
      break;
    case 'table':
      out.push(`<table${b.cls ? ` class="${b.cls}"` : ''}>`);
      if (b.caption) out.push(`<caption>${esc(b.caption)}</caption>`);
      out.push(`<thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>`);
      for (const row of b.rows) {
        out.push(`<tr>${row.map((c, i) => (i === 0 && b.rowHeader ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`);
      }
      out.push('</tbody></table>');
      break;
    case 'ul':
      out.push(`<ul>${b.items.map((i) => `<li>${i.map(inline).join('')}</li>`).join('')}</ul>`);
      break;
    case 'riskmap': {
      out.push('<div class="maps">');
      for (const phase of ['before', 'after'] as const) {
        out.push(`<figure class="riskmap-figure" data-phase="${phase}">`);
        out.push(riskMapSvg(b.data, lang, { phase, idPrefix: `riskmap-${phase}` }));
        out.push('</figure>');
      }
      out.push('</div>');
      out.push(
        `<ul class="legend" aria-label="${esc(lang === 'sv' ? 'Risknivåer' : 'Risk levels')}">${LEVELS.map((l) => {
          const range = { low: '1–3', medium: '4–6', high: '8–9', very_high: '12–16' }[l];
          return `<li><span class="lvl lvl-${l}">${esc(LEVEL[l][lang])}</span> ${esc(range)}</li>`;
        }).join('')}</ul>`,
      );
      break;
    }
    case 'section':
      out.push(`<section id="${esc(b.id)}"${b.page ? ' class="page"' : ''}>`);
      for (const x of b.blocks) block(x, out, lang);
      out.push('</section>');
      break;
  }
}

/** Write an evidence document as HTML. */
export function htmlOf(doc: EvidenceDoc): string {
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${doc.lang}">`);
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="generator" content="bra">');
  out.push(`<title>${esc(doc.title)}</title>`);
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push('<main>');
  out.push('<header class="doc">');
  out.push(`<h1>${esc(doc.title)}</h1>`);
  if (doc.subtitle) out.push(`<p class="subtitle">${esc(doc.subtitle)}</p>`);
  out.push(`<dl class="meta">${doc.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`);
  out.push('</header>');
  for (const s of doc.sections) block(s, out, doc.lang);
  out.push(`<footer><p>${esc(doc.footer)}</p></footer>`);
  out.push('</main>');
  out.push('</body>');
  out.push('</html>');
  return `${out.join('\n')}\n`;
}

/** The evidence report of an analysis (and its separate matrix files) as one self-contained HTML file. */
export function renderHtml(input: EvidenceInput | FileResult, ctx: EvidenceContext): string {
  return htmlOf(buildEvidence(input, ctx));
}
