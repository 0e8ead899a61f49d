import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document:
  title: Behovs- och riskanalys – Mottagningen
  version: "1"
  status: draft
systems:
  - id: journal
    regimes: [inner_secrecy]
risks:
  - { id: R1, systems: [journal] }
access_matrix:
  - id: AM-1
    role: ssk
    system: journal
    regime: inner_secrecy
    valid_from: 2027-02-01
`;

describe('BRA034 access entry not linked to assessed risks', () => {
  it('fixtures', () => checkRuleFixtures('BRA034'));

  it('fires on the entry when risks_considered is missing (both languages) and offers the risks of the system', () => {
    const f = ofRule(lintText(doc), 'BRA034');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA034', severity: 'info', location: '$.access_matrix[AM-1]', range: '12:5-12:13' }]);
    assert.equal(f[0].message.sv, 'Behörigheten AM-1 hänvisar inte till några bedömda risker. Tilldelningen ska grundas på både behov och risker.');
    assert.equal(f[0].message.en, 'Access entry AM-1 references no assessed risks. Assignment must rest on both needs and risks.');
    assert.equal(f[0].fixes?.[0].title.sv, 'Hänvisa till riskerna för journal: R1');
  });

  it('points at the value when the list is there but empty or only dangling (§2.3)', () => {
    const text = doc.replace('    valid_from', '    risks_considered: [R9]\n    valid_from');
    const all = lintText(text);
    assert.deepEqual(ofRule(all, 'BRA034').map((x) => brief(text, x).range), ['16:23-16:27']);
    assert.ok(ofRule(all, 'BRA045').some((x) => x.location === '$.access_matrix[AM-1].risks_considered'));
  });

  it('offers no fix when no risk concerns the system', () => {
    const f = ofRule(lintText(doc.replace('systems: [journal] }', 'systems: [pacs] }')), 'BRA034');
    assert.equal(f.length, 1);
    assert.equal(f[0].fixes, undefined);
  });

  it('checks a separate matrix file against the risks of its analysis', () => {
    const analysis = doc.slice(0, doc.indexOf('access_matrix:'));
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - id: AM-5\n    role: ssk\n    system: journal\n    regime: inner_secrecy\n    risks_considered: [R1]\n    valid_from: 2027-02-01\n  - id: AM-6\n    system: journal\n    valid_from: 2027-02-01\n';
    const f = ofRule(lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA034');
    assert.deepEqual(f.map((x) => brief(matrix, x)), [{ rule: 'BRA034', severity: 'info', location: '$.access_matrix[AM-6]', range: '10:5-10:13' }]);
  });
});
