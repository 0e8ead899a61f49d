import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const analysis = `schema_version: "1.0"
document:
  title: Analys
  version: "1"
  status: draft
systems:
  - id: journal
    regimes: [inner_secrecy, coherent_record_keeping]
roles:
  - { id: lakare }
  - { id: ssk }
`;
const matrix = `access_matrix:
  - { id: AM-1, role: lakare, system: journal, regime: inner_secrecy, valid_from: 2027-02-01 }
  - { id: AM-2, role: ssk, system: journal, regime: inner_secrecy, valid_from: 2027-02-01 }
  - { id: AM-3, role: ssk, system: journal, regime: coherent_record_keeping, valid_from: 2027-02-01 }
  - { id: AM-4, role: lakare, system: journal, regime: coherent_record_keeping, valid_from: 2027-02-01 }
`;

describe('BRA038 coherent-record-keeping access mirrors internal access', () => {
  it('fixtures', () => checkRuleFixtures('BRA038'));

  it('fires on the system at the threshold of 2 roles (both languages)', () => {
    const text = analysis + matrix;
    const f = ofRule(lintText(text), 'BRA038');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA038', severity: 'warning', location: '$.systems[journal]', range: '7:5-7:16' }]);
    assert.equal(f[0].message.sv, 'Samma personalkategorier (lakare och ssk) har åtkomst till andra vård- och omsorgsgivares uppgifter via journal som inom den inre sekretessen. IMY förväntar sig att behovet av åtkomst via sammanhållen vård- och omsorgsdokumentation bedöms för sig.');
    assert.equal(f[0].message.en, "The same roles (lakare and ssk) have access to other providers' data via journal as have internal access. IMY expects the need for access through coherent health and social care documentation to be assessed separately.");
  });

  it('follows the configured minimum number of roles', () => {
    assert.deepEqual(ofRule(lintText(analysis + matrix, { config: { thresholds: { sjfMirrorMinRoles: 3 } } }), 'BRA038'), []);
  });

  it('does not fire when one role lacks SJF access, or with a single role', () => {
    assert.deepEqual(ofRule(lintText(analysis + matrix.split('\n').slice(0, 4).join('\n') + '\n'), 'BRA038'), []);
    const single = 'access_matrix:\n  - { id: AM-1, role: ssk, system: journal, regime: inner_secrecy, valid_from: 2027-02-01 }\n  - { id: AM-3, role: ssk, system: journal, regime: coherent_record_keeping, valid_from: 2027-02-01 }\n';
    assert.deepEqual(ofRule(lintText(analysis + single), 'BRA038'), []);
  });

  it('ignores entries with dangling roles', () => {
    const text = analysis + matrix + '  - { id: AM-5, role: okand, system: journal, regime: inner_secrecy, valid_from: 2027-02-01 }\n';
    assert.equal(ofRule(lintText(text), 'BRA038').length, 1);
  });

  it('takes the entries of a separate matrix file into account; the finding is on the analysis, not on the matrix', () => {
    const m = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\n' + matrix;
    assert.deepEqual(ofRule(lintText(m, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } }), 'BRA038'), []);
    const f = ofRule(lintText(analysis, { path: 'x/analysis.bra.yaml', files: { 'x/matrix.bra.yaml': m } }), 'BRA038');
    assert.deepEqual(f.map((x) => brief(analysis, x)), [{ rule: 'BRA038', severity: 'warning', location: '$.systems[journal]', range: '7:5-7:16' }]);
  });
});
