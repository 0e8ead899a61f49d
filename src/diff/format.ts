/**
 * Formatters of `bra diff`: markdown (a PR comment), json (product.md's shape), sarif and github (new findings only).
 * Pure: strings out.
 */
import type { Bilingual, FileResult, Lang, Severity } from '../model';
import { positionAt } from '../engine';
import { mdCode, mdText } from '../i18n/escape';
import { github, sarif } from '../report';
import type { ReportContext } from '../report';
import type { Change, ChangeKind, DiffFinding, DiffResult } from './index';
import { findingJson } from './index';

export type DiffFormat = 'markdown' | 'json' | 'sarif' | 'github';
export const DIFF_FORMATS: DiffFormat[] = ['markdown', 'json', 'sarif', 'github'];

export interface FormatOptions {
  lang: Lang;
  /** What the head is compared with, e.g. `origin/main` or `old.bra.yaml` (shown in the Markdown heading). */
  baseLabel?: string;
  /** Tool version (SARIF). */
  version?: string;
  asOf?: string;
  /** Absolute directory the paths are relative to (SARIF `%SRCROOT%`). */
  cwd?: string;
}

const KIND: Record<ChangeKind, Bilingual> = {
  added: { sv: 'ny', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  widened: { sv: 'vidgad', en: 'widened' },
  narrowed: { sv: 'inskränkt', en: 'narrowed' },
  changed: { sv: 'ändrad', en: 'changed' },
  analysis: { sv: 'analysen ändrad', en: 'analysis changed' },
  config: { sv: 'konfiguration ändrad', en: 'configuration changed' },
  suppression: { sv: 'ny undertryckning', en: 'new suppression' },
};

const SEVERITY: Record<Severity, Bilingual> = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
};

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** A table cell: text from the YAML as inline Markdown on one line (src/i18n/escape.ts). */
function cell(s: string | undefined): string {
  if (s === undefined || s === '') return '–';
  return mdText(s);
}

const inline = mdText;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function where(f: DiffFinding): string {
  const p = positionAt(f.text, f.finding.span.start);
  return `${f.path}:${p.line}:${p.column}`;
}

function summary(r: DiffResult, lang: Lang): string {
  const c = r.changes;
  const count = (k: ChangeKind) => c.filter((x) => x.kind === k).length;
  const widening = c.filter((x) => x.widens);
  const unjustified = widening.filter((x) => !x.justified).length;
  const parts: string[] = [];
  if (lang === 'sv') {
    if (widening.length > 0) parts.push(`**${plural(widening.length, 'behörighet vidgas', 'behörigheter vidgas')}${unjustified > 0 ? `, varav ${unjustified} utan stöd i analysen` : ', alla med stöd i analysen'}**`);
    if (count('narrowed') > 0) parts.push(plural(count('narrowed'), 'inskränkt', 'inskränkta'));
    if (count('removed') > 0) parts.push(plural(count('removed'), 'borttagen', 'borttagna'));
    if (count('changed') > 0) parts.push(plural(count('changed'), 'ändrad', 'ändrade'));
    if (count('analysis') > 0) parts.push(plural(count('analysis'), 'ändring i analysen', 'ändringar i analysen'));
    if (count('config') > 0) parts.push(`**${plural(count('config'), 'ändring i konfigurationen', 'ändringar i konfigurationen')}**`);
    if (count('suppression') > 0) parts.push(`**${plural(count('suppression'), 'ny undertryckning', 'nya undertryckningar')}**`);
    parts.push(plural(r.newFindings.length, 'nytt fynd', 'nya fynd'));
    parts.push(plural(r.resolvedFindings.length, 'åtgärdat fynd', 'åtgärdade fynd'));
  } else {
    if (widening.length > 0) parts.push(`**${plural(widening.length, 'entry widens', 'entries widen')} access${unjustified > 0 ? `, ${unjustified} without support in the analysis` : ', all supported by the analysis'}**`);
    if (count('narrowed') > 0) parts.push(`${count('narrowed')} narrowed`);
    if (count('removed') > 0) parts.push(`${count('removed')} removed`);
    if (count('changed') > 0) parts.push(`${count('changed')} changed`);
    if (count('analysis') > 0) parts.push(plural(count('analysis'), 'change to the analysis', 'changes to the analysis'));
    if (count('config') > 0) parts.push(`**${plural(count('config'), 'change to the configuration', 'changes to the configuration')}**`);
    if (count('suppression') > 0) parts.push(`**${plural(count('suppression'), 'new suppression', 'new suppressions')}**`);
    parts.push(plural(r.newFindings.length, 'new finding', 'new findings'));
    parts.push(plural(r.resolvedFindings.length, 'resolved finding', 'resolved findings'));
  }
  return parts.join(' · ');
}

const GATE: Record<'config' | 'suppression', Bilingual> = {
  config: { sv: 'konfiguration', en: 'configuration' },
  suppression: { sv: 'undertryckning utan beslut', en: 'suppression without approval' },
};

function justifiedCell(c: Change, lang: Lang): string {
  if (c.kind === 'removed') return '–';
  if (c.justified) return '✅';
  return `❌ ${[...new Set([...c.unjustifiedBy.map((f) => f.finding.rule), ...(c.gate ?? []).map((g) => GATE[g][lang])])].join(', ')}`;
}

/** Markdown for a PR comment: a heading, a one-line summary, one table (unjustified widening first), new findings. */
export function formatMarkdown(r: DiffResult, o: FormatOptions): string {
  const sv = o.lang === 'sv';
  const out: string[] = [];
  const against = o.baseLabel ? (sv ? ` jämfört med ${mdCode(o.baseLabel)}` : ` compared with ${mdCode(o.baseLabel)}`) : '';
  out.push(`## ${sv ? 'Behörighetsändringar' : 'Access changes'}${against}`, '');
  out.push(summary(r, o.lang), '');
  if (r.changes.length === 0) {
    out.push(sv ? 'Inga ändringar av behörigheter.' : 'No changes to access.', '');
  } else {
    const files = new Set(r.changes.filter((c) => c.kind !== 'config').map((c) => c.path));
    const head = sv
      ? ['Behörighet', 'Roll', 'System', 'Ändring', 'Detaljer', 'Stöd i analysen']
      : ['Entry', 'Role', 'System', 'Change', 'Details', 'Justified'];
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const c of r.changes) {
      const entry = files.size > 1 || c.kind === 'config' ? `${cell(c.entry)} (${cell(c.path)})` : cell(c.entry);
      const system = c.regime ? `${c.system ?? '–'} (${c.regime})` : c.system;
      const details = c.details.map((x) => cell(x.text[o.lang])).join('<br>');
      out.push(`| ${entry} | ${cell(c.role)} | ${cell(system)} | ${KIND[c.kind][o.lang]} | ${details} | ${justifiedCell(c, o.lang)} |`);
    }
    out.push('');
  }
  if (r.newFindings.length > 0) {
    out.push(`### ${sv ? 'Nya fynd' : 'New findings'} (${r.newFindings.length})`, '');
    for (const f of r.newFindings) {
      out.push(`- ${ICON[f.finding.severity]} **${f.finding.rule}** (${SEVERITY[f.finding.severity][o.lang]}) ${mdCode(where(f))} — ${inline(f.finding.message[o.lang])}`);
    }
    out.push('');
  }
  if (r.resolvedFindings.length > 0) {
    out.push(`<details><summary>${sv ? 'Åtgärdade fynd' : 'Resolved findings'} (${r.resolvedFindings.length})</summary>`, '');
    for (const f of r.resolvedFindings) out.push(`- ✅ **${f.finding.rule}** ${mdCode(f.path)} ${inline(f.finding.location)} — ${inline(f.finding.message[o.lang])}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

/** product.md's shape: `{ changes: [ { kind, entry, role, system, regime, details, justified, newFindings } ], newFindings, resolvedFindings }`. */
export function diffJson(r: DiffResult, lang: Lang): Record<string, unknown> {
  return {
    changes: r.changes.map((c) => ({
      kind: c.kind,
      entry: c.entry,
      role: c.role ?? null,
      system: c.system ?? null,
      regime: c.regime ?? null,
      details: c.details.map((x) => x.text[lang]),
      justified: c.justified,
      newFindings: c.newFindings.map((f) => findingJson(f, lang)),
    })),
    newFindings: r.newFindings.map((f) => findingJson(f, lang)),
    resolvedFindings: r.resolvedFindings.map((f) => findingJson(f, lang)),
  };
}

export function formatJson(r: DiffResult, o: FormatOptions): string {
  return `${JSON.stringify(diffJson(r, o.lang), null, 2)}\n`;
}

/** The new findings as file results (what the `bra check` formatters take). */
function newFindingResults(r: DiffResult): FileResult[] {
  const byPath = new Map<string, FileResult>();
  for (const f of r.newFindings) {
    let fr = byPath.get(f.path);
    if (!fr) {
      const head = r.head.find((h) => h.path === f.path);
      fr = { path: f.path, kind: head?.kind ?? 'unknown', text: f.text, findings: [] };
      byPath.set(f.path, fr);
    }
    fr.findings.push(f.finding);
  }
  return [...byPath.values()];
}

function reportContext(r: DiffResult, o: FormatOptions): ReportContext {
  return {
    lang: o.lang, asOf: o.asOf ?? '', version: o.version ?? '0.0.0', cwd: o.cwd,
    sources: new Map(r.head.map((h) => [h.path, h.text] as const)),
  };
}

/** SARIF 2.1.0 (src/report/sarif.ts, as `bra check`) with the new findings only. */
export function formatSarif(r: DiffResult, o: FormatOptions): string {
  return sarif(newFindingResults(r), reportContext(r, o));
}

/** GitHub Actions annotations (src/report/github.ts, as `bra check`) for the new findings only. */
export function formatGithub(r: DiffResult, o: FormatOptions): string {
  return github(newFindingResults(r), reportContext(r, o));
}

export function formatDiff(r: DiffResult, format: DiffFormat, o: FormatOptions): string {
  switch (format) {
    case 'json': return formatJson(r, o);
    case 'sarif': return formatSarif(r, o);
    case 'github': return formatGithub(r, o);
    default: return formatMarkdown(r, o);
  }
}
