/**
 * Formatters of `bra diff`: markdown (a PR comment), json (product.md's shape), sarif and github (new findings only).
 * Pure: strings out.
 */
import type { Bilingual, FileResult, Lang, Severity } from '../model';
import { positionAt } from '../engine';
import { mdCode, mdText } from '../i18n/escape';
import { github, sarif } from '../report';
import type { ReportContext } from '../report';
import type { AnalysisChange, AnalysisSubject, Change, ChangeKind, DiffFinding, DiffResult, Gate, Verdict } from './index';
import { findingJson, verdictOf } from './index';
import { escapeData, escapeProperty } from '../report/github';

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
  approval: { sv: 'fastställd analys ändrad', en: 'approved analysis changed' },
  config: { sv: 'konfiguration ändrad', en: 'configuration changed' },
  suppression: { sv: 'ny undertryckning', en: 'new suppression' },
};

const ANALYSIS: Record<AnalysisSubject, Partial<Record<AnalysisChange, Bilingual>>> = {
  need: {
    added: { sv: 'nytt behov', en: 'need added' }, widened: { sv: 'behov vidgat', en: 'need widened' },
    narrowed: { sv: 'behov snävare', en: 'need narrowed' }, removed: { sv: 'behov borttaget', en: 'need removed' },
    changed: { sv: 'behov ändrat', en: 'need changed' },
  },
  risk: { removed: { sv: 'risk borttagen', en: 'risk removed' }, lowered: { sv: 'risk sänkt', en: 'risk lowered' } },
  measure: { removed: { sv: 'åtgärd borttagen', en: 'measure removed' }, changed: { sv: 'åtgärd ändrad', en: 'measure changed' } },
};

function kindLabel(c: Change, lang: Lang): string {
  const a = c.kind === 'analysis' && c.subject && c.change ? ANALYSIS[c.subject][c.change] : undefined;
  return (a ?? KIND[c.kind])[lang];
}

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
  const widened = c.filter((x) => x.widens && x.kind !== 'added').length;
  const added = count('added');
  const unjustified = c.filter((x) => x.widens && !x.justified).length;
  const parts: string[] = [];
  const sv = lang === 'sv';
  if (widened + added > 0) {
    const what = [
      ...(widened > 0 ? [sv ? plural(widened, 'behörighet vidgas', 'behörigheter vidgas') : `${plural(widened, 'entry widens', 'entries widen')} access`] : []),
      ...(added > 0 ? [sv ? plural(added, 'ny behörighet', 'nya behörigheter') : plural(added, 'new entry', 'new entries')] : []),
    ].join(', ');
    const verdict = sv ? (unjustified > 0 ? `, varav ${unjustified} utan stöd i analysen` : ', alla med stöd i analysen')
      : (unjustified > 0 ? `, ${unjustified} without support in the analysis` : ', all supported by the analysis');
    parts.push(`**${what}${verdict}**`);
  }
  const rest: [ChangeKind, string, string, string, string, boolean][] = [
    ['narrowed', 'inskränkt', 'inskränkta', 'narrowed', 'narrowed', false],
    ['removed', 'borttagen', 'borttagna', 'removed', 'removed', false],
    ['changed', 'ändrad', 'ändrade', 'changed', 'changed', false],
    ['analysis', 'ändring i analysen', 'ändringar i analysen', 'change to the analysis', 'changes to the analysis', false],
    ['approval', 'fastställd analys ändrad utan ny fastställelse', 'fastställda analyser ändrade utan ny fastställelse', 'approved analysis changed without a new approval', 'approved analyses changed without a new approval', true],
    ['config', 'ändring i konfigurationen', 'ändringar i konfigurationen', 'change to the configuration', 'changes to the configuration', true],
    ['suppression', 'ny undertryckning', 'nya undertryckningar', 'new suppression', 'new suppressions', true],
  ];
  for (const [k, one, many, oneEn, manyEn, bold] of rest) {
    if (count(k) === 0) continue;
    const t = sv ? plural(count(k), one, many) : plural(count(k), oneEn, manyEn);
    parts.push(bold ? `**${t}**` : t);
  }
  parts.push(sv ? plural(r.newFindings.length, 'nytt fynd', 'nya fynd') : plural(r.newFindings.length, 'new finding', 'new findings'));
  parts.push(sv ? plural(r.resolvedFindings.length, 'åtgärdat fynd', 'åtgärdade fynd') : plural(r.resolvedFindings.length, 'resolved finding', 'resolved findings'));
  return parts.join(' · ');
}

const GATE: Record<Gate, Bilingual> = {
  config: { sv: 'konfiguration', en: 'configuration' },
  suppression: { sv: 'undertryckning utan beslut', en: 'suppression without approval' },
  approval: { sv: 'ej fastställd ändring av analysen', en: 'change to the analysis not approved' },
};

const VERDICT_ICON: Record<Verdict, string> = { error: '❌', warning: '⚠️', info: '✅ ℹ️', ok: '✅' };

/** ❌/⚠️/✅ and why: the rules of BRA031–BRA033 and of every new finding on the entry, the gates, a changed need. */
function justifiedCell(c: Change, lang: Lang): string {
  if (c.kind === 'removed') return '–';
  const v = verdictOf(c);
  const why = [...new Set([
    ...c.unjustifiedBy.map((f) => f.finding.rule),
    ...c.newFindings.map((f) => f.finding.rule),
    ...(c.gate ?? []).map((g) => GATE[g][lang]),
    ...((c.supportChangedBy?.length ?? 0) > 0 ? [lang === 'sv' ? `stöd endast i behov nytt eller vidgat i samma ändring (${c.supportChangedBy!.join(', ')})` : `supported only by a need added or widened in the same change (${c.supportChangedBy!.join(', ')})`] : []),
  ])];
  return why.length > 0 ? `${VERDICT_ICON[v]} ${mdText(why.join(', '))}` : VERDICT_ICON[v];
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
      const entry = (files.size > 1 || c.kind === 'config') && c.entry !== c.path ? `${cell(c.entry)} (${cell(c.path)})` : cell(c.entry);
      const system = c.shown?.system?.[o.lang] ?? (c.regime ? `${c.system ?? '–'} (${c.regime})` : c.system);
      const details = c.details.map((x) => cell((x.shown ?? x.text)[o.lang])).join('<br>');
      out.push(`| ${entry} | ${cell(c.shown?.role ?? c.role)} | ${cell(system)} | ${kindLabel(c, o.lang)} | ${details} | ${justifiedCell(c, o.lang)} |`);
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
      verdict: verdictOf(c),
      ...(c.subject ? { subject: c.subject, change: c.change } : {}),
      ...(c.supportChangedBy ? { supportChangedBy: c.supportChangedBy } : {}),
      ...(c.gate && c.gate.length > 0 ? { gate: c.gate } : {}),
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

/** The rows of the gate (configuration, suppressions, an approved analysis changed): in sarif and github too. */
function gateRows(r: DiffResult): Change[] {
  return r.changes.filter((c) => c.kind === 'config' || c.kind === 'suppression' || c.kind === 'approval');
}

const GATE_RULE: Record<'config' | 'suppression' | 'approval', Bilingual> = {
  config: { sv: 'Konfigurationen ändras', en: 'The configuration changes' },
  suppression: { sv: 'Ny undertryckning', en: 'New suppression' },
  approval: { sv: 'Fastställd analys ändrad utan ny fastställelse', en: 'Approved analysis changed without a new approval' },
};

const gateId = (c: Change) => `bra-diff/${c.kind}`;
const gateLevel = (c: Change): 'error' | 'note' => (c.justified ? 'note' : 'error');
const gateMessage = (c: Change, lang: Lang) => {
  const text = c.details.map((x) => x.text[lang]).join('; ');
  return c.kind === 'config' ? text : `${c.entry}: ${text}`;
};

/** SARIF 2.1.0 (src/report/sarif.ts, as `bra check`) with the new findings, and the gate rows as results of their own. */
export function formatSarif(r: DiffResult, o: FormatOptions): string {
  const log = JSON.parse(sarif(newFindingResults(r), reportContext(r, o)));
  const run = log.runs[0];
  const rules = run.tool.driver.rules as { id: string }[];
  for (const c of gateRows(r)) {
    const id = gateId(c);
    let index = rules.findIndex((x) => x.id === id);
    if (index === -1) {
      index = rules.length;
      const kind = c.kind as 'config' | 'suppression' | 'approval';
      rules.push({ id, name: id, shortDescription: { text: GATE_RULE[kind][o.lang] }, defaultConfiguration: { level: 'error' } } as { id: string });
    }
    run.results.push({
      ruleId: id, ruleIndex: index, level: gateLevel(c), message: { text: gateMessage(c, o.lang) },
      locations: [{ physicalLocation: { artifactLocation: { uri: c.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' } } }],
    });
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** GitHub Actions annotations (src/report/github.ts, as `bra check`) for the new findings and the gate rows. */
export function formatGithub(r: DiffResult, o: FormatOptions): string {
  const lines = gateRows(r).map((c) => `::${c.justified ? 'notice' : 'error'} file=${escapeProperty(c.path)},title=${escapeProperty(gateId(c))}::${escapeData(gateMessage(c, o.lang))}`);
  return github(newFindingResults(r), reportContext(r, o)) + (lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

export function formatDiff(r: DiffResult, format: DiffFormat, o: FormatOptions): string {
  switch (format) {
    case 'json': return formatJson(r, o);
    case 'sarif': return formatSarif(r, o);
    case 'github': return formatGithub(r, o);
    default: return formatMarkdown(r, o);
  }
}
