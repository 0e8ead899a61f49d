import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\nsystems:\n  - id: journal\n    logging: { retention_years: 5 }\n';
const complete = head + `log_controls:
  - id: LK1
    system: journal
    interval_days: 92
    selection: [random_sample, targeted]
    documented: true
    responsible: IT-chef
    staff_informed: true
    unauthorised_access_guideline: Riktlinje v1
    on_suspicion: true
`;

describe('BRA044 the log control routine is incomplete', () => {
  it('fixtures', () => checkRuleFixtures('BRA044'));

  it('does not fire at the default limits (92 days, 5 years)', () => {
    assert.deepEqual(ofRule(lintText(complete), 'BRA044'), []);
  });

  it('fires above the limits, which follow the configuration (both languages)', () => {
    const text = complete.replace('interval_days: 92', 'interval_days: 93');
    const f = ofRule(lintText(text), 'BRA044');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA044', severity: 'warning', location: '$.log_controls[LK1]', range: '10:5-10:12' }]);
    assert.equal(f[0].message.sv, 'Loggkontrollen LK1 är ofullständig: intervallet 93 dagar är längre än 92 dagar.');
    assert.equal(f[0].message.en, 'Log control LK1 is incomplete: the interval of 93 days is longer than 92 days.');
    assert.equal(f[0].fixes, undefined); // a value the user wrote is not overwritten
    assert.deepEqual(ofRule(lintText(text, { config: { thresholds: { logIntervalMaxDays: 93 } } }), 'BRA044'), []);
    const g = ofRule(lintText(complete, { config: { thresholds: { logRetentionMinYears: 6 } } }), 'BRA044');
    assert.equal(g[0].message.en, 'Log control LK1 is incomplete: the logs of journal are kept 5 years, less than 6 years.');
  });

  it('ignores the retention check when the system reference does not resolve', () => {
    const text = complete.replace('    system: journal\n', '    system: okand\n').replace('{ retention_years: 5 }', '{ retention_years: 1 }');
    assert.deepEqual(ofRule(lintText(text), 'BRA044'), []);
  });

  it('fills in missing keys, including the retention period on the system, so the finding is gone', () => {
    const text = head.replace('    logging: { retention_years: 5 }\n', '') + 'log_controls:\n  - { id: LK1, system: journal }\n';
    const f = ofRule(lintText(text), 'BRA044');
    const fixed = applyFixes(text, f);
    assert.equal(fixed, head.replace('    logging: { retention_years: 5 }\n', '    logging:\n      retention_years: 5\n') +
      'log_controls:\n  - { id: LK1, system: journal, interval_days: 30, selection: [random_sample, targeted], documented: true, responsible: Ange ansvarig funktion, staff_informed: true, unauthorised_access_guideline: Ange riktlinje för vad som är obehörig åtkomst, on_suspicion: true }\n');
    assert.deepEqual(ofRule(lintText(fixed), 'BRA044'), []);
    assert.deepEqual(ofRule(lintText(fixed), 'schema'), []);
  });
});
