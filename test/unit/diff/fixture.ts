/** Inline YAML for the diff tests: a small, mostly clean analysis with an in-document access matrix. */
import { diffAccess } from '../../../src/diff';
import type { DiffOptions, DiffResult } from '../../../src/diff';

export const AS_OF = '2026-12-01';

export const ANALYSIS_HEAD = `schema_version: "1.0"
document:
  title: Behovs- och riskanalys – Vårdcentralen Björkdalen
  version: "2.0"
  status: approved
  approved: { by: Anna Berg, role: Verksamhetschef, date: 2026-01-15 }
systems:
  - id: journal
    name: Journalsystem
    regimes: [inner_secrecy]
data_categories:
  - { id: somatic_care, label: Somatisk vård, present: true }
  - { id: mental_health, label: Psykisk ohälsa, present: true }
  - { id: medication, label: Läkemedel, present: true }
scope:
  care_units:
    - { id: vc, name: Vårdcentralen }
    - { id: bvc, name: BVC }
    - { id: akut, name: Akuten }
roles:
  - id: lakare
    label: Läkare
    staff_category: physician
    headcount: 12
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }
  - id: sekr
    label: Medicinska sekreterare
    staff_category: medical_secretary
    headcount: 4
    needs:
      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [somatic_care, medication], patient_scope: listed_units, units: [vc, bvc] }
risks:
  - id: R1
    title: Läkare läser journal utan vårdrelation
    systems: [journal]
  - id: R2
    title: Sekreterare läser fel enhets journaler
    systems: [journal]
`;

export const MATRIX = `access_matrix:
  - id: AM-1
    role: lakare
    system: journal
    regime: inner_secrecy
    data_categories: all
    patient_scope: care_relation
    conditions: [care_relation_check]
    time_limit: P4M
    justified_by: [N1]
    risks_considered: [R1]
    valid_from: 2026-02-01
  - id: AM-2
    role: sekr
    system: journal
    regime: inner_secrecy
    data_categories: [somatic_care]
    patient_scope: listed_units
    units: [vc]
    identifiability: pseudonymised
    operations: [read]
    risks_considered: [R2]
    valid_from: 2026-02-01
`;

export const BASE = ANALYSIS_HEAD + MATRIX;

/** Replace exactly one occurrence (fails loudly when the text is not found). */
export function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i === -1 || text.indexOf(from, i + 1) !== -1) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

export function resolverOf(files: Record<string, string>) {
  return (from: string, ref: string) => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    const p = `${dir}${ref}`.replace(/^\.\//, '');
    return p in files ? { path: p, text: files[p] } : { error: 'ENOENT' };
  };
}

/** Diff sets of files (path → text); a one-file diff when given strings. */
export function diffFiles(base: Record<string, string>, head: Record<string, string>, o: Partial<DiffOptions> = {}): DiffResult {
  return diffAccess(
    { inputs: Object.entries(base).map(([path, text]) => ({ path, text })), resolve: resolverOf(base) },
    { inputs: Object.entries(head).map(([path, text]) => ({ path, text })), resolve: resolverOf(head) },
    { asOf: AS_OF, ...o },
  );
}

export function diffText(base: string, head: string, o: Partial<DiffOptions> = {}): DiffResult {
  return diffFiles({ 'a.bra.yaml': base }, { 'a.bra.yaml': head }, o);
}
