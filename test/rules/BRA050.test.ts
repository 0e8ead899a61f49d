import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument: { id: LU, version: "1", status: draft }\nsystems:\n  - { id: journal, regimes: [inner_secrecy] }\n';

describe('BRA050 patient log extracts and information', () => {
  it('fixtures', () => checkRuleFixtures('BRA050'));

  it('fires on the document root when there is no governance at all (both languages)', () => {
    const f = ofRule(lintText(head), 'BRA050');
    assert.deepEqual(f.map((x) => ({ rule: x.rule, severity: x.severity, location: x.location })), [{ rule: 'BRA050', severity: 'info', location: '$' }]);
    assert.equal(f[0].message.sv, 'Analysen visar inte en rutin för loggutdrag till patienter som begär dem (access_governance.patient_log_extracts) och hur patienterna informeras om behandlingen och åtkomsten (access_governance.patient_information).');
    assert.equal(f[0].message.en, 'The analysis does not show a routine for log extracts to patients who ask for them (access_governance.patient_log_extracts) and how patients are informed about the processing and the access (access_governance.patient_information).');
  });

  it('asks for blocking and shared documentation in the information only when a system is under shared care documentation', () => {
    const gov = 'access_governance:\n  patient_log_extracts: { document_ref: Rutin v1 }\n  patient_information: { document_ref: Webb v1 }\n';
    assert.deepEqual(ofRule(lintText(head + gov), 'BRA050'), []);
    const crk = head.replace('[inner_secrecy]', '[inner_secrecy, coherent_record_keeping]') + gov;
    const f = ofRule(lintText(crk), 'BRA050');
    assert.deepEqual(f.map((x) => brief(crk, x)), [{ rule: 'BRA050', severity: 'info', location: '$.access_governance', range: '5:1-5:18' }]);
    assert.equal(f[0].message.en, 'The analysis does not show that the patient information describes blocking and shared care documentation (patient_information.covers_blocking).');
    assert.deepEqual(ofRule(lintText(crk.replace('Webb v1 }', 'Webb v1, covers_blocking: true }')), 'BRA050'), []);
  });

  it('is silent on an analysis without systems', () => {
    assert.deepEqual(ofRule(lintText('schema_version: "1.0"\ndocument: { id: LU }\n'), 'BRA050'), []);
  });
});
