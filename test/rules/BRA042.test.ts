import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\nsystems:\n';

describe('BRA042 logs lack mandatory content', () => {
  it('fixtures', () => checkRuleFixtures('BRA042'));

  it('lists every field that is not true on the logging key (both languages)', () => {
    const text = head + '  - id: journal\n    logging: { timestamp: true, user_identity: "ja" }\n';
    const f = ofRule(lintText(text), 'BRA042');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA042', severity: 'error', location: '$.systems[journal].logging', range: '8:5-8:12' }]);
    assert.equal(f[0].message.sv, 'Loggarna i journal visar inte åtgärd, vårdenhet eller vårdprocess, användarens identitet och patientens identitet. Loggarna ska visa åtgärd, vårdenhet eller vårdprocess, tidpunkt samt användarens och patientens identitet.');
    assert.equal(f[0].message.en, "Logs in journal do not show action, care unit or process, user's identity and patient's identity. Logs must show the action, care unit or process, time, and user and patient identity.");
  });

  it('points at the system when logging is missing, and at the key when it is not a map', () => {
    const text = head + '  - id: journal\n  - id: npo\n    logging: true\n';
    const f = ofRule(lintText(text), 'BRA042');
    assert.deepEqual(f.map((x) => brief(text, x)), [
      { rule: 'BRA042', severity: 'error', location: '$.systems[journal].logging', range: '7:5-7:16' },
      { rule: 'BRA042', severity: 'error', location: '$.systems[npo].logging', range: '9:5-9:12' },
    ]);
    assert.equal(f[0].message.en, 'The analysis does not show what the logs in journal contain. Logs must show the action, care unit or process, time, and user and patient identity.');
  });
});
