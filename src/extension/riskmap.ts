/** "Visa riskkarta / Show risk map": the risk map of the analysis (before and after measures) in a webview. */
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { buildModel } from '../rules/model';
import { CSP, esc, riskMapData, riskMapDescription, riskMapSvg } from '../evidence';
import type { Linter } from './diagnostics';

export function showRiskMap(linter: Linter, lang: Lang, doc: vscode.TextDocument | undefined): vscode.WebviewPanel | undefined {
  if (!doc) return undefined;
  const path = linter.analysisOf(doc.uri.path) ?? doc.uri.path;
  const p = linter.parsed(path);
  if (!p || typeof p.data !== 'object' || p.data === null) return undefined;
  const data = riskMapData(buildModel(p));
  const title = lang === 'sv' ? 'Riskkarta' : 'Risk map';
  const panel = vscode.window.createWebviewPanel('behorighet.riskMap', `${title}: ${path.split('/').pop()}`, vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(title)}</title><style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} svg{max-width:100%;height:auto;background:#fff}</style></head>
<body><h1>${esc(title)}</h1>${riskMapSvg(data, lang, { phase: 'both' })}<p>${esc(riskMapDescription(data, 'before', lang))}</p></body></html>`;
  return panel;
}
