/**
 * Domain and finding types shared by every layer. Type-only module: imports nothing.
 *
 * Conventions: every Span and TextEdit is in UTF-16 offsets into the document text, end-exclusive.
 * Lines and columns are computed only at the edges (CLI, SARIF, VS Code).
 */

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'sv' | 'en';
export type SeverityOverride = Severity | 'off';

/** A text a person reads, in both languages side by side. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** UTF-16 offsets, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Replace text[start, end) with newText. Offsets are UTF-16, end-exclusive, into the original text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Bilingual;
  edits: TextEdit[];
  /** The best fix for the finding (VS Code's isPreferred). */
  preferred?: boolean;
  /** Safe to apply without review (used by fix-all). */
  safe?: boolean;
}

export interface RelatedInfo {
  /** Path of the file the related span is in (same path as the finding when undefined). */
  path?: string;
  span: Span;
  message: Bilingual;
}

/** `yaml-syntax`, `schema`, `suppression` or a catalogue id `BRA001`…`BRA045`. */
export type RuleId = string;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: Bilingual;
  /** Stable id-based path of the entity the finding is about, e.g. `$.risks[R1]`. */
  location: string;
  span: Span;
  /** Tells apart findings of one rule at one location (e.g. `regime`, `code`, `keyword`). */
  data?: Record<string, unknown>;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

/** `access-tests`: a `*.access-tests.yaml` file of expectations (src/query/access-tests.ts). */
export type DocumentKind = 'analysis' | 'matrix' | 'access-tests' | 'unknown';

export interface FileResult {
  path: string;
  kind: DocumentKind;
  text: string;
  findings: Finding[];
}

/** Thresholds of rules-and-model.md §5 (tool defaults, configurable). */
export interface Thresholds {
  /** BRA021: minimum length of a concrete consequence description. */
  consequenceMinChars: number;
  /** BRA033: headcount at or above which unrestricted access is coarse-grained. */
  coarseHeadcount: number;
  /** BRA038: minimum number of roles for the SJF-mirrors-inner-secrecy check. */
  sjfMirrorMinRoles: number;
  /** BRA041: maximum review interval in months. */
  reviewMaxMonths: number;
  /** BRA044: maximum log control interval in days. */
  logIntervalMaxDays: number;
  /** BRA044: minimum log retention in years. */
  logRetentionMinYears: number;
  /** BRA016: specialty codes that call for a special risk assessment (absent: the tool's list; `[]`: none). */
  sensitiveSpecialties?: string[];
}

export interface BraConfig {
  /** Severity per rule id (`off` disables it). */
  rules?: Record<string, SeverityOverride>;
  thresholds?: Partial<Thresholds>;
  /** Globs of files to check (default `**\/*.bra.yaml`, `**\/*.bra.yml`). */
  files?: string[];
  language?: Lang | 'auto';
}

/** Structured legal reference shown in hover, docs and SARIF. */
export interface LegalRef {
  act: string;
  ref: string;
  /** Page in the source decision, e.g. `DI-2019-3845 s. 19`. */
  source?: string;
  url?: string;
}

/** Public metadata of a catalogue rule (what report/ and extension/ may read). */
export interface RuleMeta {
  id: RuleId;
  name: string;
  severity: Severity;
  title: Bilingual;
  legal: LegalRef[];
  fixable: boolean;
  /** Documentation file name relative to `docs/rules/`, e.g. `BRA018-probability-severity.md`. */
  doc: string;
}
