import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string, config = {}) => ofRule(lintText(text, { config }), 'BRA021');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\nrisks:\n';
const one = (type: string, description: string) => `${head}  - id: R1\n    consequences:\n      - type: ${type}\n        description: "${description}"\n`;

describe('BRA021 generic-consequences', () => {
  it('fixtures', () => checkRuleFixtures('BRA021'));

  it('fires on the consequences key when none is concrete (both languages)', () => {
    const text = one('other', 'En patient som arbetar i kommunen får sin diagnos känd av chefen.');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA021', severity: 'warning', location: '$.risks[R1]', range: '5:5-5:17' }]);
    assert.equal(fs[0].message.sv, "Konsekvenserna för risken R1 är för allmänt beskrivna (t.ex. 'röjande av sekretess', 'integritetsskada'). Beskriv vad skadan eller hotet består av för de registrerade.");
  });

  it('generic phrases split on , ; / och eller, case and trailing punctuation ignored', () => {
    assert.equal(run(one('stigma_reputation', 'Röjande av sekretess, integritetsskada eller dataintrång!')).length, 1);
    assert.equal(run(one('stigma_reputation', 'Obehörig åtkomst / sekretessbrott; spridning av personuppgifter')).length, 1);
    assert.deepEqual(run(one('stigma_reputation', 'Röjande av sekretess och att grannarna får veta om aborten')), []);
  });

  it('the minimum length is a threshold (default 40)', () => {
    const text = one('care_avoidance', 'Patienten avstår från vård helt');
    assert.equal(run(text).length, 1);
    assert.deepEqual(run(text, { thresholds: { consequenceMinChars: 20 } }), []);
  });

  it('does not fire when consequences are missing or empty (BRA020)', () => {
    assert.deepEqual(run(`${head}  - { id: R1 }\n  - { id: R2, consequences: [] }\n`), []);
  });
});
