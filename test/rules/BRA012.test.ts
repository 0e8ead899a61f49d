import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA012');

describe('BRA012 registered-categories-missing', () => {
  it('fixtures', () => checkRuleFixtures('BRA012'));

  it('fires at the document root when the list is missing, in both languages, and adds the six baseline categories', () => {
    const text = 'schema_version: "1.0"\ndocument: { version: "1" }\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA012', severity: 'error', location: '$', range: '1:1-1:15' }]);
    assert.equal(fs[0].message.sv, 'Analysen saknar genomgång av kategorier av registrerade (t.ex. barn, personer med skyddade personuppgifter, allmänt kända personer, medarbetare som patienter).');
    assert.equal(fs[0].message.en, 'The analysis has no review of data-subject categories (e.g. children, persons with protected identity, public figures, employees as patients).');
    const fixed = applyFixes(text, fs);
    assert.equal(fixed, `${text}registered_categories:\n  - id: children\n    label: Barn och unga under 18 år\n  - id: protected_identity\n    label: Personer med skyddade personuppgifter\n`
      + '  - id: public_figures\n    label: Allmänt kända personer\n  - id: employees_as_patients\n    label: Medarbetare (och närstående) som patienter\n'
      + '  - id: staff_own_records\n    label: Personalens egna uppgifter\n  - id: particularly_vulnerable\n    label: Särskilt utsatta personer\n');
    assert.deepEqual(run(fixed), []);
    assert.equal(ofRule(lintText(fixed), 'BRA013').length, 6, 'BRA013 then asks whether each occurs');
  });

  it('does not fire on a non-empty list (even a custom category only)', () => {
    assert.deepEqual(run('schema_version: "1.0"\nregistered_categories:\n  - { id: relatives, present: true }\n'), []);
  });

  it('treats a value of another type as missing without overwriting it', () => {
    const text = 'schema_version: "1.0"\nregistered_categories: barn\n';
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA012', severity: 'error', location: '$', range: '2:1-2:22' }]);
    assert.equal(fs[0].fixes, undefined);
  });
});
