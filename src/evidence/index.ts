/**
 * The evidence report (`bra report`, "Exportera rapport" in the extension) and the risk map (also the extension's
 * webview). Pure renderers: no fs, no vscode.
 */
export { renderHtml, htmlOf, esc, CSP } from './html';
export { renderMarkdown, markdownOf, mdEscape } from './markdown';
export { buildEvidence, codeLabel } from './document';
export type { EvidenceContext, EvidenceInput } from './document';
export type { Provenance, FileState, NoGit } from './sections';
export {
  riskMapData,
  riskMapSvg,
  riskMapDescription,
  matrixCells,
  risksIn,
  unplaced,
  cellLabel,
  levelText,
  LEVEL_COLOR,
  LEVELS,
  PROBABILITY_LABEL,
  SEVERITY_LABEL,
  MAP_TEXT,
} from './riskmap';
export type { Phase, RiskMapData, RiskMapRisk, RiskMapCell, RiskPlacement, RiskMapSvgOptions } from './riskmap';
export type { EvidenceDoc, Block, Cell, Inline, Span } from './ir';
