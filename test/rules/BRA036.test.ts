import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const analysis = `schema_version: "1.0"
document:
  title: Analys
  version: "1"
  status: draft
systems:
  - id: journal
    regimes: [inner_secrecy]
roles:
  - id: konsult
    external_organisation: Hudkonsult AB
`;

describe("BRA036 another organisation's staff under internal confidentiality", () => {
  it('fixtures', () => checkRuleFixtures('BRA036'));

  it('points at the regime, relates to the organisation and offers no regime change where the system has no SJF (both languages)', () => {
    const text = analysis + 'access_matrix:\n  - id: AM-1\n    role: konsult\n    system: journal\n    regime: inner_secrecy\n    valid_from: 2027-01-01\n';
    const f = ofRule(lintText(text), 'BRA036');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA036', severity: 'warning', location: '$.access_matrix[AM-1]', range: '16:13-16:26' }]);
    assert.equal(f[0].message.sv, 'konsult tillhör en annan organisation (Hudkonsult AB) men har behörighet inom den inre sekretessen i journal. Åtkomst för annan vårdgivares personal kräver annat stöd, t.ex. sammanhållen journalföring.');
    assert.equal(f[0].message.en, "konsult belongs to another organisation (Hudkonsult AB) but has internal-confidentiality access to journal. Another provider's staff need a different legal route, e.g. coherent record keeping.");
    assert.equal(f[0].fixes, undefined);
    assert.ok(f[0].related?.length === 1);
  });

  it('checks a separate matrix file; the related information points into the analysis', () => {
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: AM-2, role: konsult, system: journal, regime: inner_secrecy, valid_from: 2027-01-01 }\n';
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA036');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA036', severity: 'warning', location: '$.access_matrix[AM-2]', range: '4:57-4:70' }]);
    assert.equal(f[0].related?.[0].path, 'x/analysis.bra.yaml');
  });

  it('ignores a blank external_organisation and a dangling role', () => {
    const text = analysis.replace('Hudkonsult AB', '"  "') + 'access_matrix:\n  - { id: AM-1, role: konsult, system: journal, regime: inner_secrecy, valid_from: 2027-01-01 }\n  - { id: AM-3, role: okand, system: journal, regime: inner_secrecy, valid_from: 2027-01-01 }\n';
    assert.deepEqual(ofRule(lintText(text), 'BRA036'), []);
  });
});
