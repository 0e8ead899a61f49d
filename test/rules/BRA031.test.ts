import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const HEAD = `schema_version: "1.0"
document:
  title: Behovs- och riskanalys – Mottagningen
  version: "1"
  status: approved
  approved: { by: Eva Lund, role: Verksamhetschef, date: 2026-01-10 }
systems:
  - id: journal
    regimes: [inner_secrecy]
  - id: npo
    regimes: [coherent_record_keeping]
`;

describe('BRA031 access without a documented need', () => {
  it('fixtures', () => checkRuleFixtures('BRA031'));

  const doc = HEAD + `roles:
  - id: ssk
    label: Sjuksköterskor
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }
access_matrix:
  - id: AM-1
    role: ssk
    system: npo
    regime: coherent_record_keeping
    patient_scope: all_patients
    valid_from: 2026-02-01
`;

  it('fires on the entry when the role has no need for the system and regime (both languages)', () => {
    const f = ofRule(lintText(doc), 'BRA031');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA031', severity: 'error', location: '$.access_matrix[AM-1]', range: '18:5-18:13' }]);
    assert.equal(f[0].message.sv, 'Behörigheten AM-1 ger ssk åtkomst till npo (sammanhållen vård- och omsorgsdokumentation) utan att analysen visar ett sådant behov.');
    assert.equal(f[0].message.en, 'Access entry AM-1 gives ssk access to npo (coherent health and social care documentation) although the analysis documents no such need.');
  });

  it('skips BRA032 for an entry where BRA031 fires (§2.3), even though justified_by names a wider need', () => {
    const text = doc.replace('    valid_from: 2026-02-01', '    justified_by: [N1]\n    valid_from: 2026-02-01');
    const all = lintText(text);
    assert.equal(ofRule(all, 'BRA031').length, 1);
    assert.equal(ofRule(all, 'BRA031')[0].message.sv.includes('avser annat system eller regelverk: N1 (journal, inre sekretess)'), true);
    assert.deepEqual(ofRule(all, 'BRA032'), []);
  });

  it('treats a dangling role or system as absent (BRA045 reports it)', () => {
    const text = doc.replace('    role: ssk', '    role: okand').replace('  - id: AM-1\n', '  - id: AM-1\n') +
      `  - id: AM-2
    role: ssk
    system: pacs
    regime: inner_secrecy
    valid_from: 2026-02-01
`;
    const all = lintText(text);
    assert.deepEqual(ofRule(all, 'BRA031'), []);
    assert.equal(ofRule(all, 'BRA045').length, 2);
  });

  it('does not fire when no regime is given (nothing to compare)', () => {
    const text = doc.replace('    regime: coherent_record_keeping\n', '');
    assert.deepEqual(ofRule(lintText(text), 'BRA031'), []);
  });

  it('offers to add a need to the role, then the finding is gone', () => {
    const f = ofRule(lintText(doc), 'BRA031')[0];
    assert.equal(f.fixes?.length, 2);
    assert.equal(f.fixes?.[0].title.sv, 'Lägg till behovet N-AM-1 för ssk (npo, sammanhållen vård- och omsorgsdokumentation)');
    assert.equal(f.fixes?.[1].title.sv, 'Ta bort behörigheten AM-1');
  });

  it('checks an access matrix in its own file against its analysis; only the removal fix is offered there', () => {
    const analysis = doc.slice(0, doc.indexOf('access_matrix:'));
    const matrix = `schema_version: "1.0"
analysis: analysis.bra.yaml
access_matrix:
  - id: AM-9
    role: ssk
    system: npo
    regime: coherent_record_keeping
    patient_scope: care_relation
    valid_from: 2026-02-01
`;
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA031');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA031', severity: 'error', location: '$.access_matrix[AM-9]', range: '4:5-4:13' }]);
    assert.deepEqual(f[0].fixes?.map((x) => x.title.en), ['Remove access entry AM-9']);
  });

  it('when the matching need shares its id with another need, the fix gives it a fresh id and justifies the entry by it (regression: the fix was a no-op)', () => {
    const text = HEAD + `roles:
  - id: lak
    label: Läkare
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, patient_scope: care_relation }
  - id: ssk
    label: Sjuksköterskor
    needs:
      - { id: N1, system: npo, regime: coherent_record_keeping, patient_scope: care_relation }
access_matrix:
  - { id: AM-1, role: ssk, system: npo, regime: coherent_record_keeping, patient_scope: care_relation, justified_by: [N1], valid_from: 2026-02-01 }
`;
    const f = ofRule(lintText(text), 'BRA031');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA031', severity: 'error', location: '$.access_matrix[AM-1]', range: '22:118-22:122' }]);
    const fixed = applyFixes(text, f);
    assert.equal(fixed, text
      .replace('      - { id: N1, system: npo,', '      - { id: N1-2, system: npo,')
      .replace('justified_by: [N1]', 'justified_by: [N1-2]'));
    assert.deepEqual(ofRule(lintText(fixed), 'BRA031'), []);
  });
});
