import * as assert from 'node:assert/strict';
import { hover } from '../../../src/features';
import { lintOne } from '../../../src/engine';
import { parse } from '../../../src/yaml';
import { ANALYSIS, caret } from './helpers';

function at(marked: string, lang: 'sv' | 'en' = 'sv', withFindings = false) {
  const { text, offset } = caret(marked);
  const findings = withFindings ? lintOne('a.bra.yaml', text, { asOf: '2026-06-01' }).findings : undefined;
  return hover(parse(text), offset, { kind: 'analysis', lang, findings });
}

describe('features/hover', () => {
  it('shows the Swedish title and description of a key, resolving $ref', () => {
    const h = at('risks:\n  - id: R1\n    proba|bility: 2\n')!;
    assert.match(h.markdown, /^\*\*Sannolikhet\*\* · `probability`\n\nHur sannolikt/);
    assert.equal(h.span.end - h.span.start, 'probability'.length);
  });
  it('shows the English title and description in English', () => {
    const h = at('risks:\n  - id: R1\n    proba|bility: 2\n', 'en')!;
    assert.match(h.markdown, /^\*\*Probability\*\* · `probability`\n\nHow likely/);
  });
  it('shows the label of an enum value', () => {
    assert.match(at('access_matrix:\n  - id: A1\n    patient_scope: care_re|lation\n')!.markdown, /^Patientomfång: \*\*Pågående vårdrelation\*\* · `care_relation`/);
    assert.match(at('access_matrix:\n  - id: A1\n    patient_scope: care_re|lation\n', 'en')!.markdown, /^Patient scope: \*\*Ongoing care relationship\*\*/);
    assert.match(at('risks:\n  - id: R1\n    probability: |2\n')!.markdown, /\*\*Liten\*\* · `2`/);
  });
  it('says what an id refers to', () => {
    assert.match(at(ANALYSIS.replace('    role: lak', '    role: l|ak'))!.markdown, /^Roll `lak` — Läkare/);
    assert.match(at(ANALYSIS.replace('justified_by: [N1]', 'justified_by: [N|1]'), 'en')!.markdown, /^Need `N1` \(lak · journal · inner_secrecy\)/);
    assert.match(at(ANALYSIS.replace('    role: lak', '    role: l|ax'))!.markdown, /finns inte i analysen/);
  });
  it('explains a finding under the cursor: rule title, legal basis, doc link', () => {
    const h = at(ANALYSIS.replace('    probability: 2\n    severity: 4\n', '    probability: 7\n').replace('id: R1', 'id: R|1'), 'sv', true)!;
    assert.match(h.markdown, /^Definierar: risk `R1`/);
    assert.match(h.markdown, /\*\*BRA018\*\* — Sannolikhet eller konsekvens saknas\/ogiltig/);
    assert.match(h.markdown, /Rättsliga källor: art\. 24\.1 och 32\.1/);
    assert.match(h.markdown, /\[Regeldokumentation\]\(https:\/\/[^)]+BRA018-probability-severity\.md\)/);
  });
  it('is silent between nodes', () => {
    assert.equal(at('a: 1\n|\n'), undefined);
  });
});
