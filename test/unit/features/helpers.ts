/** Caret markers for feature tests: `|` marks the cursor (written `\|` when the text needs a literal bar). */
export function caret(marked: string): { text: string; offset: number } {
  const i = marked.indexOf('|');
  if (i === -1) throw new Error('no caret marker | in the text');
  return { text: marked.slice(0, i) + marked.slice(i + 1), offset: i };
}

/** A small analysis in the shape of the samples (ids of every kind). */
export const ANALYSIS = [
  'schema_version: "1.0"',
  'document:',
  '  title: Analys',
  'scope:',
  '  care_units:',
  '    - { id: vc, name: Vårdcentralen }',
  'systems:',
  '  - id: journal',
  '    name: Journalsystemet',
  'data_categories:',
  '  - id: mental_health',
  '    present: true',
  'registered_categories:',
  '  - id: children',
  '    present: true',
  'roles:',
  '  - id: lak',
  '    label: Läkare',
  '    needs:',
  '      - id: N1',
  '        system: journal',
  '        regime: inner_secrecy',
  '  - id: ssk',
  '    label: Sjuksköterska',
  '    needs:',
  '      - id: N2',
  '        system: journal',
  'risks:',
  '  - id: R1',
  '    title: Nyfikenhet',
  '    probability: 2',
  '    severity: 4',
  'access_matrix:',
  '  - id: A1',
  '    role: lak',
  '    system: journal',
  '    regime: inner_secrecy',
  '    justified_by: [N1]',
  '    risks_considered: [R1]',
  '',
].join('\n');
