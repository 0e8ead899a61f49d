import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

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

  it('points at the regime, relates to the organisation and offers no regime change when the relation is not stated (both languages)', () => {
    const text = analysis + 'access_matrix:\n  - id: AM-1\n    role: konsult\n    system: journal\n    regime: inner_secrecy\n    valid_from: 2027-01-01\n';
    const f = ofRule(lintText(text), 'BRA036');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA036', severity: 'warning', location: '$.access_matrix[AM-1]', range: '16:13-16:26' }]);
    assert.equal(f[0].message.sv, 'konsult tillhör en annan organisation (Hudkonsult AB) och har behörighet inom den inre sekretessen i journal, men analysen anger inte organisationens förhållande till vårdgivaren (external_relation). Personal som arbetar hos vårdgivaren (t.ex. inhyrd) omfattas av den inre sekretessen; leverantörer är personuppgiftsbiträden och behöver ett biträdesavtal (art. 28 GDPR); andra vård- och omsorgsgivare når uppgifterna via sammanhållen vård- och omsorgsdokumentation.');
    assert.equal(f[0].message.en, "konsult belongs to another organisation (Hudkonsult AB) and has internal-confidentiality access to journal, but the analysis does not state the organisation's relation to the provider (external_relation). Staff who work at the provider (e.g. hired staff) come under internal confidentiality; suppliers are processors and need a processor agreement (Art. 28 GDPR); other care or social-care providers reach the data through coherent health and social care documentation.");
    assert.equal(f[0].fixes, undefined);
    assert.ok(f[0].related?.length === 1);
  });

  const svod = analysis.replace('regimes: [inner_secrecy]', 'regimes: [inner_secrecy, coherent_record_keeping]');
  const entry = 'access_matrix:\n  - { id: AM-1, role: konsult, system: journal, regime: inner_secrecy, valid_from: 2027-01-01 }\n';
  const withRelation = (lines: string) => svod.replace('    external_organisation: Hudkonsult AB\n', `    external_organisation: Hudkonsult AB\n${lines}`) + entry;

  it('hired staff who work at the provider come under the inner secrecy: no finding, even where the system takes part in SVOD', () => {
    assert.deepEqual(ofRule(lintText(withRelation('    external_relation: hired_staff\n')), 'BRA036'), []);
  });

  it('a supplier without a processor agreement: the art. 28 message and no regime change; with the agreement no finding', () => {
    const text = withRelation('    external_relation: processor\n');
    const f = ofRule(lintText(text), 'BRA036');
    assert.equal(f[0].message.sv, 'konsult tillhör leverantören Hudkonsult AB och har behörighet i journal, men analysen visar inte att det finns ett personuppgiftsbiträdesavtal (art. 28 GDPR) som omfattar åtkomsten.');
    assert.equal(f[0].message.en, 'konsult belongs to the supplier Hudkonsult AB and has access to journal, but the analysis does not show a processor agreement (Art. 28 GDPR) covering the access.');
    assert.equal(f[0].fixes, undefined);
    assert.deepEqual(ofRule(lintText(withRelation('    external_relation: processor\n    processor_agreement: true\n')), 'BRA036'), []);
  });

  it("another provider's staff: the regime change to coherent_record_keeping is offered where the system takes part in SVOD", () => {
    const text = withRelation('    external_relation: other_provider\n');
    const f = ofRule(lintText(text), 'BRA036');
    assert.match(f[0].message.sv, /tillhör en annan vård- eller omsorgsgivare \(Hudkonsult AB\)/);
    assert.equal(f[0].fixes?.[0].title.sv, 'Ändra regelverk till sammanhållen vård- och omsorgsdokumentation (coherent_record_keeping)');
    assert.equal(applyFixes(text, f), text.replace('regime: inner_secrecy', 'regime: coherent_record_keeping'));
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
