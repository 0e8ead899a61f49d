/**
 * The risk map of rules-and-model.md §4.3: the fixed 4×4 matrix of probability (y, 4 at the top) × severity (x), each
 * cell coloured by its level AND with the level name and value written in it (readable without colour), each risk
 * placed by id before its measures and after them (residual). Pure: data in, data or SVG text out.
 *
 * The extension's webview reuses riskMapData/riskMapSvg: every risk id is a `<text class="risk-id">` carrying
 * `data-risk-id`, `data-risk-index` and `data-loc` (click-to-jump), the cell fills carry `lvl-<level>` classes (a
 * theme may override them with CSS) and the labels outside the cells use `currentColor`.
 */
import type { Bilingual, Lang } from '../model';
import type { Model } from '../domain/model';
import { isRec, str } from '../domain/model';
import { riskLevel, scaleValue } from '../domain/shared';
import type { Level } from '../domain/shared';
import { LEVEL } from '../domain/labels';

export type { Level };
export type Phase = 'before' | 'after';

export interface RiskPlacement {
  p: number;
  s: number;
  /** p × s */
  value: number;
  level: Level;
}

export interface RiskMapRisk {
  /** The risk's id, or `#<n>` (1-based) for an item without one. */
  id: string;
  title?: string;
  /** Stable location of the risk (`$.risks[R1]`), as in findings. */
  loc: string;
  /** Index in `risks:`. */
  index: number;
  /** Inherent risk (probability × severity as assessed); undefined when either is missing or invalid. */
  before?: RiskPlacement;
  /**
   * Risk after the measures: the residual when stated with valid values; the inherent risk with `assumed: true`
   * when there is no residual block at all; undefined when the residual is incomplete or invalid (or there is no
   * inherent risk to fall back on).
   */
  after?: RiskPlacement & { assumed: boolean };
}

export interface RiskMapCell {
  p: number;
  s: number;
  value: number;
  level: Level;
}

export interface RiskMapData {
  risks: RiskMapRisk[];
  /** The 16 cells, probability 4 → 1 (top to bottom), severity 1 → 4 (left to right). */
  cells: RiskMapCell[];
}

/** Labels of the scales (§4.2). */
export const PROBABILITY_LABEL: Record<number, Bilingual> = {
  1: { sv: 'Mycket liten', en: 'Very low' },
  2: { sv: 'Liten', en: 'Low' },
  3: { sv: 'Stor', en: 'High' },
  4: { sv: 'Mycket stor', en: 'Very high' },
};
export const SEVERITY_LABEL: Record<number, Bilingual> = {
  1: { sv: 'Begränsad', en: 'Limited' },
  2: { sv: 'Måttlig', en: 'Moderate' },
  3: { sv: 'Betydande', en: 'Significant' },
  4: { sv: 'Allvarlig', en: 'Severe' },
};

/** Cell colours of the levels (light fills; dark text stays readable on every one of them). */
export const LEVEL_COLOR: Record<Level, string> = {
  low: '#cdebc3',
  medium: '#fbeaa0',
  high: '#f8c48f',
  very_high: '#ef9a9a',
};

export const LEVELS: Level[] = ['low', 'medium', 'high', 'very_high'];

export const MAP_TEXT = {
  before: { sv: 'Före åtgärder', en: 'Before measures' },
  after: { sv: 'Efter åtgärder (restrisk)', en: 'After measures (residual risk)' },
  probability: { sv: 'Sannolikhet', en: 'Probability' },
  severity: { sv: 'Konsekvens', en: 'Severity' },
  assumed: {
    sv: '* Restrisk inte angiven: risken visas på sin ursprungliga plats.',
    en: '* Residual risk not stated: the risk is shown where it was before measures.',
  },
  // a risk assessed on the analysis's own scale (risk_method, BRA018) has no place on the tool's 4×4 map: say so
  unplacedBefore: {
    sv: 'Kan inte placeras (sannolikhet eller konsekvens saknas, är ogiltig eller står på analysens egen skala i risk_method)',
    en: 'Cannot be placed (probability or severity missing, invalid, or on the analysis\'s own scale in risk_method)',
  },
  unplacedAfter: {
    sv: 'Kan inte placeras (restrisken, eller bedömningen före åtgärder, saknas, är ofullständig eller står på analysens egen skala i risk_method)',
    en: 'Cannot be placed (the residual risk, or the assessment before measures, is missing, incomplete, or on the analysis\'s own scale in risk_method)',
  },
  map: { sv: 'Riskkarta', en: 'Risk map' },
  none: { sv: 'inga', en: 'none' },
} satisfies Record<string, Bilingual>;

function placement(v: Record<string, unknown> | undefined): RiskPlacement | undefined {
  const p = scaleValue(v, 'probability');
  const s = scaleValue(v, 'severity');
  return p === undefined || s === undefined ? undefined : { p, s, value: p * s, level: riskLevel(p, s) };
}

/** The 16 cells of the matrix, top row (probability 4) first. */
export function matrixCells(): RiskMapCell[] {
  const cells: RiskMapCell[] = [];
  for (let p = 4; p >= 1; p--) for (let s = 1; s <= 4; s++) cells.push({ p, s, value: p * s, level: riskLevel(p, s) });
  return cells;
}

/** Where each risk of the model sits before and after its measures. */
export function riskMapData(model: Pick<Model, 'risks'>): RiskMapData {
  const risks = model.risks.map((r): RiskMapRisk => {
    const before = placement(r.v);
    const residual = r.v.residual;
    let after: RiskMapRisk['after'];
    if (residual === undefined || residual === null) after = before ? { ...before, assumed: true } : undefined;
    else {
      const pl = isRec(residual) ? placement(residual) : undefined;
      after = pl ? { ...pl, assumed: false } : undefined;
    }
    return { id: r.id ?? `#${r.index + 1}`, title: str(r.v, 'title'), loc: r.loc, index: r.index, before, after };
  });
  return { risks, cells: matrixCells() };
}

/** The risks in one cell of one phase, in document order. */
export function risksIn(data: RiskMapData, phase: Phase, p: number, s: number): RiskMapRisk[] {
  return data.risks.filter((r) => r[phase]?.p === p && r[phase]?.s === s);
}

/** Risks that cannot be placed in a phase. */
export function unplaced(data: RiskMapData, phase: Phase): RiskMapRisk[] {
  return data.risks.filter((r) => r[phase] === undefined);
}

/** How a risk is written in a cell: its id, with `*` when its residual is assumed. */
export function cellLabel(r: RiskMapRisk, phase: Phase): string {
  return phase === 'after' && r.after?.assumed ? `${r.id}*` : r.id;
}

/** `Hög (9)` */
export function levelText(level: Level, value: number, lang: Lang): string {
  return `${LEVEL[level][lang]} (${value})`;
}

// ---------------------------------------------------------------------------------------------------------------
// SVG

export interface RiskMapSvgOptions {
  /** One map (`before` or `after`) or both side by side (default). */
  phase?: Phase | 'both';
  /** Prefix of the element ids (several maps on one page). Default `riskmap`. */
  idPrefix?: string;
  /** Font family of the SVG text (default: the page's). */
  fontFamily?: string;
  /** Add the SVG namespace (a file of its own; not needed inline in HTML). */
  standalone?: boolean;
}

function x(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const COL_W = 136;
const ROW_MIN_H = 88;
const AXIS_W = 26;
const ROW_LABEL_W = 96;
const TITLE_H = 34;
const COL_LABEL_H = 44;
const ID_FONT = 13;
const ID_LINE = 17;
const CELL_PAD = 7;
const CELL_HEAD = 42;
const FOOT_LINE = 17;

/** Estimated text width at a font size (the SVG cannot measure; generous, so ids do not overflow a cell). */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[A-ZÅÄÖ0-9#*]/.test(ch) ? 0.68 : /[il.,:;'|!]/.test(ch) ? 0.3 : /[mwMW]/.test(ch) ? 0.9 : 0.58;
  return w * size;
}

/** Lines of ids in a cell: greedy fill of the cell width; an id longer than the width gets a line of its own. */
function layoutIds(labels: { text: string; risk: RiskMapRisk }[], width: number): { text: string; risk: RiskMapRisk; dx: number }[][] {
  const lines: { text: string; risk: RiskMapRisk; dx: number }[][] = [];
  let line: { text: string; risk: RiskMapRisk; dx: number }[] = [];
  let used = 0;
  const gap = 8;
  for (const l of labels) {
    const w = textWidth(l.text, ID_FONT);
    if (line.length > 0 && used + gap + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push({ ...l, dx: line.length ? used + gap : 0 });
    used = line.length > 1 ? used + gap + w : w;
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Wrap a footer text into lines of at most `width` pixels. */
function wrap(text: string, width: number, size: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && textWidth(next, size) > width) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

interface MapLayout {
  rowHeights: number[];
  width: number;
  height: number;
  lines: Map<string, { text: string; risk: RiskMapRisk; dx: number }[][]>;
}

function layout(data: RiskMapData, phase: Phase): MapLayout {
  const lines = new Map<string, { text: string; risk: RiskMapRisk; dx: number }[][]>();
  const rowHeights: number[] = [];
  for (let p = 4; p >= 1; p--) {
    let h = ROW_MIN_H;
    for (let s = 1; s <= 4; s++) {
      const ls = layoutIds(risksIn(data, phase, p, s).map((r) => ({ text: cellLabel(r, phase), risk: r })), COL_W - 2 * CELL_PAD);
      lines.set(`${p}:${s}`, ls);
      h = Math.max(h, CELL_HEAD + ls.length * ID_LINE + CELL_PAD);
    }
    rowHeights.push(h);
  }
  const width = AXIS_W + ROW_LABEL_W + 4 * COL_W;
  const height = TITLE_H + rowHeights.reduce((a, b) => a + b, 0) + COL_LABEL_H;
  return { rowHeights, width, height, lines };
}

/** One map as an SVG group at (ox, oy). Returns the group text. */
function mapGroup(data: RiskMapData, phase: Phase, lang: Lang, lay: MapLayout, ox: number, oy: number): string {
  const out: string[] = [];
  const gx = ox + AXIS_W + ROW_LABEL_W;
  const gridH = lay.rowHeights.reduce((a, b) => a + b, 0);
  out.push(`<g class="riskmap-phase riskmap-${phase}" data-phase="${phase}">`);
  out.push(`<text class="riskmap-title" x="${ox + AXIS_W + ROW_LABEL_W + 2 * COL_W}" y="${oy + 22}" text-anchor="middle" font-size="16" font-weight="700" fill="currentColor">${x(MAP_TEXT[phase][lang])}</text>`);
  // y axis title (rotated)
  const midY = oy + TITLE_H + gridH / 2;
  out.push(`<text class="riskmap-axis" x="${ox + 16}" y="${midY}" text-anchor="middle" font-size="13" font-weight="700" fill="currentColor" transform="rotate(-90 ${ox + 16} ${midY})">${x(MAP_TEXT.probability[lang])} ↑</text>`);
  let y = oy + TITLE_H;
  for (let row = 0; row < 4; row++) {
    const p = 4 - row;
    const h = lay.rowHeights[row];
    // row label: value, then the label
    out.push(`<text class="riskmap-rowlabel" x="${gx - 8}" y="${y + h / 2 - 3}" text-anchor="end" font-size="15" font-weight="700" fill="currentColor">${p}</text>`);
    out.push(`<text class="riskmap-rowlabel" x="${gx - 8}" y="${y + h / 2 + 14}" text-anchor="end" font-size="12" fill="currentColor">${x(PROBABILITY_LABEL[p][lang])}</text>`);
    for (let s = 1; s <= 4; s++) {
      const cx = gx + (s - 1) * COL_W;
      const level = riskLevel(p, s);
      const value = p * s;
      const ids = lay.lines.get(`${p}:${s}`) ?? [];
      const count = ids.reduce((n, l) => n + l.length, 0);
      out.push(`<g class="riskmap-cell" data-p="${p}" data-s="${s}" data-level="${level}" data-count="${count}">`);
      out.push(`<rect class="lvl-${level}" x="${cx}" y="${y}" width="${COL_W}" height="${h}" fill="${LEVEL_COLOR[level]}" stroke="#4d4d4d" stroke-width="1"/>`);
      out.push(`<text class="riskmap-level" x="${cx + CELL_PAD}" y="${y + 17}" font-size="13" font-weight="700" fill="#1a1a1a">${x(LEVEL[level][lang])}</text>`);
      out.push(`<text class="riskmap-value" x="${cx + CELL_PAD}" y="${y + 32}" font-size="11" fill="#333333">${p} × ${s} = ${value}</text>`);
      ids.forEach((line, i) => {
        const ly = y + CELL_HEAD + 10 + i * ID_LINE;
        for (const it of line) {
          out.push(
            `<text class="risk-id" x="${(cx + CELL_PAD + it.dx).toFixed(1)}" y="${ly}" font-size="${ID_FONT}" font-weight="700" fill="#111111" data-risk-id="${x(it.risk.id)}" data-risk-index="${it.risk.index}" data-loc="${x(it.risk.loc)}"><title>${x(it.risk.title ? `${it.risk.id}: ${it.risk.title}` : it.risk.id)}</title>${x(it.text)}</text>`,
          );
        }
      });
      out.push('</g>');
    }
    y += h;
  }
  // column labels and the x axis title
  for (let s = 1; s <= 4; s++) {
    const cx = gx + (s - 1) * COL_W + COL_W / 2;
    out.push(`<text class="riskmap-collabel" x="${cx}" y="${y + 16}" text-anchor="middle" font-size="12" fill="currentColor"><tspan font-weight="700" font-size="14">${s}</tspan> ${x(SEVERITY_LABEL[s][lang])}</text>`);
  }
  out.push(`<text class="riskmap-axis" x="${gx + 2 * COL_W}" y="${y + 36}" text-anchor="middle" font-size="13" font-weight="700" fill="currentColor">${x(MAP_TEXT.severity[lang])} →</text>`);
  out.push('</g>');
  return out.join('\n');
}

/** A plain-text description of a map (the SVG's `<desc>`, for screen readers). */
export function riskMapDescription(data: RiskMapData, phase: Phase, lang: Lang): string {
  const parts: string[] = [];
  for (const c of data.cells) {
    const rs = risksIn(data, phase, c.p, c.s);
    if (rs.length === 0) continue;
    const where = lang === 'sv' ? `sannolikhet ${c.p}, konsekvens ${c.s}` : `probability ${c.p}, severity ${c.s}`;
    parts.push(`${rs.map((r) => cellLabel(r, phase)).join(', ')}: ${where}, ${levelText(c.level, c.value, lang)}`);
  }
  const un = unplaced(data, phase);
  if (un.length) parts.push(`${(phase === 'before' ? MAP_TEXT.unplacedBefore : MAP_TEXT.unplacedAfter)[lang]}: ${un.map((r) => r.id).join(', ')}`);
  return `${MAP_TEXT[phase][lang]}. ${parts.length ? parts.join('; ') : MAP_TEXT.none[lang]}.`;
}

/** The risk map as one self-contained SVG element (no scripts, no external references). */
export function riskMapSvg(data: RiskMapData, lang: Lang, opts: RiskMapSvgOptions = {}): string {
  const phases: Phase[] = opts.phase === 'before' || opts.phase === 'after' ? [opts.phase] : ['before', 'after'];
  const prefix = (opts.idPrefix ?? 'riskmap').replace(/[^A-Za-z0-9_-]/g, '_');
  const lays = phases.map((ph) => layout(data, ph));
  const gap = 28;
  const mapsW = lays.reduce((a, l) => a + l.width, 0) + gap * (lays.length - 1);
  const mapsH = Math.max(...lays.map((l) => l.height));
  // footer: assumed residuals and unplaced risks
  const foot: string[] = [];
  if (phases.includes('after') && data.risks.some((r) => r.after?.assumed)) foot.push(MAP_TEXT.assumed[lang]);
  for (const ph of phases) {
    const un = unplaced(data, ph);
    if (un.length) foot.push(`${(ph === 'before' ? MAP_TEXT.unplacedBefore : MAP_TEXT.unplacedAfter)[lang]}: ${un.map((r) => r.id).join(', ')}`);
  }
  const footLines = foot.flatMap((f) => wrap(f, mapsW - 8, 13));
  const width = mapsW + 8;
  const height = mapsH + (footLines.length ? footLines.length * FOOT_LINE + 10 : 0) + 6;
  const titleText = `${MAP_TEXT.map[lang]}: ${phases.map((ph) => MAP_TEXT[ph][lang]).join(' / ')}`;
  const desc = phases.map((ph) => riskMapDescription(data, ph, lang)).join(' ');
  const out: string[] = [];
  out.push(
    `<svg${opts.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} class="riskmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc"${opts.fontFamily ? ` font-family="${x(opts.fontFamily)}"` : ''}>`,
  );
  out.push(`<title id="${prefix}-title">${x(titleText)}</title>`);
  out.push(`<desc id="${prefix}-desc">${x(desc)}</desc>`);
  let ox = 4;
  phases.forEach((ph, i) => {
    out.push(mapGroup(data, ph, lang, lays[i], ox, 0));
    ox += lays[i].width + gap;
  });
  footLines.forEach((l, i) => {
    out.push(`<text class="riskmap-note" x="4" y="${mapsH + 10 + (i + 1) * FOOT_LINE - 4}" font-size="13" fill="currentColor">${x(l)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
