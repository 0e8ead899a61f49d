/**
 * Builds the evidence document (ir.ts) of an analysis and its access matrices: what a care provider shows IMY
 * (GDPR art. 5.2). Pure: texts and findings in, blocks out. Free text is reproduced as written (Swedish); labels,
 * headings and codes follow `lang`.
 */
import type { FileResult, Lang, Severity } from '../model';
import { parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { codeLabel } from './labels';
import { buildModel, isRec, rec, str } from '../domain/model';
import type { Model } from '../domain/model';
import type { Block, EvidenceDoc } from './ir';
import { findingsByEntry, gridSection, provenanceMeta, provenanceSection, signatureSection, versionsSection } from './sections';
import type { Provenance } from './sections';
import { T } from './texts';
import { Builder } from './builder';
import { document, scopeSection, dataSection, registeredSection, rolesSection } from './analysis-sections';
import { risksSection, srasSection } from './risk-sections';
import { matrixSection, governanceSection, logsSection } from './matrix-sections';
import { summary, findingsSection } from './finding-sections';

export interface EvidenceInput {
  /** The analysis (its text and its findings). */
  analysis: FileResult;
  /** Access matrices kept in their own files that refer to the analysis (their entries and findings). */
  matrices?: FileResult[];
  /** The model, when the caller has one (else it is built from the texts). */
  model?: Model;
}

export interface EvidenceContext {
  lang: Lang;
  /** Evaluation date of the findings, YYYY-MM-DD. */
  asOf: string;
  /** Tool version. */
  version: string;
  /** What the report was made from (git commit, file checksums), computed by the caller; no section without it. */
  provenance?: Provenance;
}

export function toInput(x: EvidenceInput | FileResult): EvidenceInput {
  return 'analysis' in x ? x : { analysis: x };
}


export { codeLabel, own } from './labels';
export { T, SEVERITY_TEXT } from './texts';
export { Builder } from './builder';



const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The evidence document of an analysis and its matrices. */
export function buildEvidence(input: EvidenceInput | FileResult, ctx: EvidenceContext): EvidenceDoc {
  const inp = toInput(input);
  const lang = ctx.lang;
  const paths = new Map<ParsedDoc, string>();
  let model = inp.model;
  if (!model) {
    const a = parse(inp.analysis.text);
    paths.set(a, inp.analysis.path);
    const ms = (inp.matrices ?? []).map((r) => {
      const p = parse(r.text);
      paths.set(p, r.path);
      return p;
    });
    model = buildModel(a, ms.filter((p) => p.syntaxFindings.length === 0));
  } else {
    paths.set(model.analysis, inp.analysis.path);
    const byText = new Map((inp.matrices ?? []).map((r) => [r.text, r.path]));
    for (const md of model.matrixDocs) if (!paths.has(md.doc)) paths.set(md.doc, byText.get(md.doc.text) ?? inp.analysis.path);
  }
  const bld = new Builder(model, lang, paths);
  const files = [inp.analysis, ...(inp.matrices ?? [])];
  const findings = files
    .flatMap((r, fi) => r.findings.map((f, i) => ({ f, path: r.path, text: r.text, fi, i })))
    .sort((x, y) => SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] || x.fi - y.fi || x.i - y.i);

  const d = model.document;
  const title = str(d, 'title') ?? bld.t(T.fallbackTitle);
  const cp = rec(d, 'care_provider');
  const subtitleParts = [str(cp, 'name'), str(d, 'id'), str(d, 'version') ? `${bld.t(T.version).toLowerCase()} ${str(d, 'version')}` : undefined, str(d, 'status') ? codeLabel('document_status', str(d, 'status')!, lang) : undefined].filter(Boolean);
  const meta: [string, string][] = [[bld.t(T.sourceFile), inp.analysis.path]];
  for (const m of inp.matrices ?? []) meta.push([bld.t(T.matrixFiles), m.path]);
  meta.push([bld.t(T.asOf), ctx.asOf]);
  meta.push([bld.t(T.tool), `bra ${ctx.version}`]);
  if (ctx.provenance) meta.push(provenanceMeta(bld, ctx.provenance));
  bld.entryFindings = findingsByEntry(model.entries, (e) => paths.get(e.doc) ?? inp.analysis.path, findings);

  const sections: Block[] = [];
  const usable = isRec(model.root) && Object.keys(model.root).length > 0;
  if (!usable) sections.push({ k: 'p', parts: [{ t: bld.t(T.notAnalysis), missing: true }] });
  sections.push(
    summary(bld, findings),
    ...(ctx.provenance ? [provenanceSection(bld, ctx.provenance)] : []),
    document(bld),
    versionsSection(bld),
    scopeSection(bld),
    dataSection(bld),
    registeredSection(bld),
    rolesSection(bld),
    risksSection(bld),
    srasSection(bld),
    gridSection(bld),
    matrixSection(bld),
    governanceSection(bld),
    logsSection(bld),
    findingsSection(bld, findings, ctx.asOf, files.length),
    signatureSection(bld, ctx.provenance !== undefined && ctx.provenance.files.length > 0),
  );
  return {
    lang,
    title,
    subtitle: [bld.t(T.reportKind), subtitleParts.join(' · ')].filter(Boolean).join(' — '),
    meta,
    sections,
    footer: bld.t(T.footer),
  };
}
