/**
 * "Visa riskkarta / Show risk map": the 4×4 risk maps of an analysis (before, then after measures) in a webview, one
 * panel per analysis. It follows the file as it changes (re-rendered after every lint of the analysis or its matrix
 * files, keeping its scroll position), follows the theme (VS Code's CSS variables; darker cells in dark themes),
 * and a click on a risk id (in the map or in the list) selects that risk in the YAML. Strict CSP: no remote
 * resources, only our own nonce'd inline style and script.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Lang } from '../model';
import { buildModel } from '../domain/model';
import { LEVELS, LEVEL_COLOR, MAP_TEXT, esc, levelText, riskMapData, riskMapSvg } from '../evidence';
import type { RiskMapData } from '../evidence';
import { locate } from '../yaml';
import type { Linter } from './diagnostics';
import { toRange } from './convert';

const T = {
  title: { sv: 'Riskkarta', en: 'Risk map' },
  risks: { sv: 'Risker', en: 'Risks' },
  id: { sv: 'Id', en: 'Id' },
  riskTitle: { sv: 'Risk', en: 'Risk' },
  before: MAP_TEXT.before,
  after: MAP_TEXT.after,
  notPlaced: { sv: 'kan inte placeras', en: 'cannot be placed' },
  assumedShort: { sv: 'restrisk inte angiven', en: 'residual not stated' },
  hint: { sv: 'Klicka på ett risk-id för att gå till risken i analysen.', en: 'Click a risk id to go to the risk in the analysis.' },
  noRisks: { sv: 'Analysen innehåller inga risker (risks).', en: 'The analysis contains no risks (risks).' },
  tooLarge: {
    sv: 'Analysen är för stor för riskkartan i editorn; bra report ger kartan som en fristående fil.',
    en: 'The analysis is too large for the risk map in the editor; bra report gives the map as a file of its own.',
  },
  notReadable: {
    sv: 'Analysen kan inte läsas just nu (YAML-fel); kartan visas igen när felet är rättat.',
    en: 'The analysis cannot be read right now (YAML error); the map returns when the error is fixed.',
  },
};

/** Darker fills for dark themes (the light fills of the report would glare); text then uses the theme colour. */
const DARK: Record<string, string> = { low: '#2f5a2a', medium: '#6b5b12', high: '#7a4316', very_high: '#7d2626' };

interface Open {
  panel: vscode.WebviewPanel;
  /** What the page shows (language and body): the same content is not set again. */
  shown: string;
}

export class RiskMaps implements vscode.Disposable {
  /** Open panels by the analysis's path (uri.path). */
  private readonly panels = new Map<string, Open>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly linter: Linter, private readonly lang: () => Lang) {
    this.subscription = linter.onDidLint((paths) => {
      for (const [path] of this.panels) {
        const members = linter.group(path).members;
        if (paths.includes(path) || paths.some((p) => members.includes(p))) this.render(path);
      }
    });
  }

  dispose(): void {
    this.subscription.dispose();
    for (const o of this.panels.values()) o.panel.dispose();
    this.panels.clear();
  }

  /** Show (or bring forward) the risk map of the analysis that `uri` is or belongs to. */
  show(uri: vscode.Uri | undefined): vscode.WebviewPanel | undefined {
    if (!uri) return undefined;
    const path = this.linter.analysisOf(uri.path) ?? uri.path;
    const text = this.linter.textOf(path);
    if (text === undefined || !this.linter.isChecked(this.linter.uriOf(path), text)) {
      const lang = this.lang();
      void vscode.window.showErrorMessage(lang === 'sv'
        ? 'Riskkartan visas för en behovs- och riskanalys (eller dess behörighetsmatris): öppna en sådan fil först.'
        : 'The risk map is shown for a needs-and-risk analysis (or its access matrix): open such a file first.');
      return undefined;
    }
    const existing = this.panels.get(path);
    if (existing) {
      existing.panel.reveal(undefined, true);
      this.render(path);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel('behorighet.riskMap', this.panelTitle(path), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
    });
    const open: Open = { panel, shown: '' };
    this.panels.set(path, open);
    panel.onDidDispose(() => {
      if (this.panels.get(path) === open) this.panels.delete(path);
    });
    panel.webview.onDidReceiveMessage((m: unknown) => {
      const msg = m as { type?: unknown; index?: unknown; id?: unknown };
      if (msg && msg.type === 'reveal' && typeof msg.index === 'number') void this.reveal(path, msg.index, typeof msg.id === 'string' ? msg.id : undefined);
    });
    this.render(path);
    return panel;
  }

  /**
   * Select risk number `index` (0-based in `risks:`) of the analysis in an editor; with `id`, the risk with that id
   * (the file may have changed since the map was drawn).
   */
  async reveal(path: string, index: number, id?: string): Promise<vscode.TextEditor | undefined> {
    const p = this.linter.parsed(path);
    if (!p || !Number.isInteger(index) || index < 0) return undefined;
    const risks = (p.data as { risks?: unknown } | undefined)?.risks;
    const idOf = (r: unknown) => (r && typeof r === 'object' ? String((r as { id?: unknown }).id ?? '').trim() : '');
    if (id !== undefined && !id.startsWith('#') && Array.isArray(risks) && idOf(risks[index]) !== id) {
      const at = risks.findIndex((r) => idOf(r) === id);
      if (at === -1) return undefined;
      index = at;
    }
    const doc = await vscode.workspace.openTextDocument(this.linter.uriOf(path));
    const range = toRange(doc, locate(p, ['risks', index], 'anchor'));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private panelTitle(path: string): string {
    return `${T.title[this.lang()]}: ${path.split('/').pop()}`;
  }

  /** (Re)write the panel's page from the current parse. Unchanged content is not re-set (no reload, no flicker). */
  private render(path: string): void {
    const open = this.panels.get(path);
    if (!open) return;
    const lang = this.lang();
    const p = this.linter.parsed(path);
    let body: string;
    // parsed() gives nothing for a text at hand only when it belongs to a very large group (linted in the worker)
    if (!p && this.linter.textOf(path) !== undefined) body = `<p class="note">${esc(T.tooLarge[lang])}</p>`;
    else if (!p || p.syntaxFindings.length > 0 || typeof p.data !== 'object' || p.data === null) body = `<p class="note">${esc(T.notReadable[lang])}</p>`;
    else body = riskMapBody(riskMapData(buildModel(p)), lang);
    open.panel.title = this.panelTitle(path);
    // unchanged content is not set again (no reload); new content gets a new nonce
    if (open.shown === `${lang}\n${body}`) return;
    open.shown = `${lang}\n${body}`;
    open.panel.webview.html = page(body, lang, randomBytes(16).toString('base64'));
  }
}

/** The page body: the map (both phases), then the risks as a table with their levels written out. */
export function riskMapBody(data: RiskMapData, lang: Lang): string {
  if (data.risks.length === 0) return `<p class="note">${esc(T.noRisks[lang])}</p>`;
  const cell = (r: RiskMapData['risks'][number], ph: 'before' | 'after'): string => {
    const pl = r[ph];
    if (!pl) return `<td class="unplaced">${esc(T.notPlaced[lang])}</td>`;
    const assumed = ph === 'after' && r.after?.assumed ? ` <span class="assumed">(${esc(T.assumedShort[lang])})</span>` : '';
    return `<td><span class="swatch lvl-${pl.level}"></span>${esc(levelText(pl.level, pl.value, lang))}${assumed}</td>`;
  };
  const rows = data.risks.map((r) => `<tr><th scope="row"><button type="button" class="risk-link" data-risk-index="${r.index}" data-risk-id="${esc(r.id)}">${esc(r.id)}</button></th>`
    + `<td>${esc(r.title ?? '')}</td>${cell(r, 'before')}${cell(r, 'after')}</tr>`).join('\n');
  return `<p class="hint">${esc(T.hint[lang])}</p>
<div class="map">${riskMapSvg(data, lang, { phase: 'before', idPrefix: 'before' })}</div>
<div class="map">${riskMapSvg(data, lang, { phase: 'after', idPrefix: 'after' })}</div>
<h2>${esc(T.risks[lang])}</h2>
<table><thead><tr><th scope="col">${esc(T.id[lang])}</th><th scope="col">${esc(T.riskTitle[lang])}</th><th scope="col">${esc(T.before[lang])}</th><th scope="col">${esc(T.after[lang])}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function page(body: string, lang: Lang, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const light = LEVELS.map((l) => `.lvl-${l}{fill:${LEVEL_COLOR[l]};background:${LEVEL_COLOR[l]}}`).join('');
  const dark = LEVELS.map((l) => `body.vscode-dark .lvl-${l}{fill:${DARK[l]};background:${DARK[l]}}`).join('');
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(T.title[lang])}</title>
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 16px 24px}
h1{font-size:1.4em;font-weight:600}h2{font-size:1.15em;font-weight:600;margin-top:1.6em}
.hint,.note{color:var(--vscode-descriptionForeground)}
.map{overflow-x:auto;margin-bottom:12px}
svg.riskmap{width:100%;max-width:760px;min-width:480px;height:auto;color:var(--vscode-foreground)}
svg .risk-id{cursor:pointer;text-decoration:underline}
svg .risk-id:hover,svg .risk-id:focus{fill:var(--vscode-textLink-activeForeground)}
${light}${dark}
body.vscode-dark svg .riskmap-level,body.vscode-dark svg .riskmap-value,body.vscode-dark svg .risk-id{fill:var(--vscode-editor-foreground)}
body.vscode-high-contrast svg rect{stroke:var(--vscode-contrastBorder)}
table{border-collapse:collapse;margin-top:.5em}
th,td{text-align:left;vertical-align:top;padding:4px 10px;border-bottom:1px solid var(--vscode-panel-border,#8884)}
th[scope=row],td:nth-child(3),td:nth-child(4){white-space:nowrap}
thead th{font-weight:600}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border:1px solid var(--vscode-foreground);vertical-align:-1px}
.unplaced,.assumed{color:var(--vscode-descriptionForeground)}
button.risk-link{font:inherit;font-weight:600;color:var(--vscode-textLink-foreground);background:none;border:none;padding:0;cursor:pointer;text-decoration:underline}
button.risk-link:focus{outline:1px solid var(--vscode-focusBorder)}
</style></head>
<body><h1>${esc(T.title[lang])}</h1>
<main id="content">${body}</main>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  if (state.scrollY) window.scrollTo(0, state.scrollY);
  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }));
  for (const t of document.querySelectorAll('svg .risk-id')) { t.setAttribute('tabindex', '0'); t.setAttribute('role', 'link'); }
  const go = (e) => {
    const t = e.target instanceof Element ? e.target.closest('[data-risk-index]') : null;
    if (!t) return;
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', index: Number(t.getAttribute('data-risk-index')), id: t.getAttribute('data-risk-id') });
  };
  document.addEventListener('click', go);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.target instanceof SVGElement) go(e); });
})();
</script>
</body></html>`;
}
