import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = `schema_version: "1.0"
document: { id: LA, version: "1", status: draft }
systems:
  - id: journal
    regimes: [inner_secrecy]
    supplier_access: { present: true, supplier: Journalbolaget AB, processor_agreement: PUB-avtal 2025-11-03 }
roles:
  - { id: it, staff_category: it_staff }
access_matrix:
  - { id: AM-1, role: it, system: journal, regime: inner_secrecy, patient_scope: none, valid_from: 2027-02-01 }
`;

describe('BRA049 supplier and IT access', () => {
  it('fixtures', () => checkRuleFixtures('BRA049'));

  it('fires on the supplier_access key when the access is not logged (both languages)', () => {
    const f = ofRule(lintText(doc), 'BRA049');
    assert.deepEqual(f.map((x) => brief(doc, x)), [{ rule: 'BRA049', severity: 'warning', location: '$.systems[journal]', range: '6:5-6:20' }]);
    assert.equal(f[0].message.sv, 'Leverantörer eller IT-personal når patientuppgifterna i journal, men analysen visar inte att åtkomsten loggas och kontrolleras (supplier_access.logged).');
    assert.equal(f[0].message.en, 'Suppliers or IT staff can reach the patient data in journal, but the analysis does not show that the access is logged and reviewed (supplier_access.logged).');
    assert.deepEqual(ofRule(lintText(doc.replace('2025-11-03 }', '2025-11-03, logged: true }')), 'BRA049'), []);
  });

  it('asks for the agreement and the matrix entry of a declared supplier', () => {
    const text = doc.replace(', processor_agreement: PUB-avtal 2025-11-03', ', logged: true').replace('staff_category: it_staff', 'staff_category: other');
    const f = ofRule(lintText(text), 'BRA049');
    assert.equal(f[0].message.en, 'Suppliers or IT staff can reach the patient data in journal, but the analysis does not show which data processing agreement governs the access (supplier_access.processor_agreement) and that the access is in the access matrix (an entry for a role with staff_category: it_staff or a role in supplier_access.roles).');
  });

  it('internal IT staff need no processing agreement; an external IT role does', () => {
    const internal = doc.replace('    supplier_access: { present: true, supplier: Journalbolaget AB, processor_agreement: PUB-avtal 2025-11-03 }\n', '    supplier_access: { logged: true }\n');
    assert.deepEqual(ofRule(lintText(internal), 'BRA049'), []);
    const external = internal.replace('staff_category: it_staff', 'staff_category: it_staff, external_organisation: IT-partner AB');
    assert.match(ofRule(lintText(external), 'BRA049')[0].message.en, /which data processing agreement governs the access/);
    const none = doc.replace('    supplier_access: { present: true, supplier: Journalbolaget AB, processor_agreement: PUB-avtal 2025-11-03 }\n', '').replace('staff_category: it_staff', 'staff_category: nurse');
    assert.deepEqual(ofRule(lintText(none), 'BRA049'), []);
  });
});
