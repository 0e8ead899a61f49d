import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA007');
const doc = (risk: string) => `schema_version: "1.0"
document: { version: "1" }
systems:
  - { id: journal, name: Journalsystemet, patients_registered: 5200, users_with_access: 14 }
  - { id: npo }
risks:
  - id: R1
${risk}`;

describe('BRA007 risk-scale-impact', () => {
  it('fixtures', () => checkRuleFixtures('BRA007'));

  it('does not fire when scale_impact has text', () => {
    assert.deepEqual(run(doc('    scale_impact: Liten ort där många känner varandra.\n')), []);
  });

  it('fires on the risk when scale_impact is missing, in both languages', () => {
    const text = doc('    systems: [journal]\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA007', severity: 'warning', location: '$.risks[R1]', range: '7:5-7:11' }]);
    assert.equal(fs[0].message.sv, 'Risken R1 beskriver inte hur behandlingens omfattning (antal patienter, användare och uppgifter) påverkar risken.');
    assert.equal(fs[0].message.en, 'Risk R1 does not describe how the scale of processing (numbers of patients, users and records) affects the risk.');
  });

  it('pre-fills the figures of the referenced systems; systems without figures and dangling ids are left out', () => {
    const text = doc('    systems: [journal, npo, okant]\n');
    assert.equal(applyFixes(text, run(text)),
      `${text}    scale_impact: "Journalsystemet: 5 200 patienter, 14 användare – beskriv hur antalet patienter, användare och uppgifter påverkar risken."\n`);
    const none = doc('    systems: [npo]\n');
    assert.equal(applyFixes(none, run(none)), `${none}    scale_impact: Beskriv hur antalet patienter, användare och uppgifter påverkar risken.\n`);
  });

  it('points at a blank value and fills it', () => {
    const text = doc('    scale_impact:   # fylls i\n');
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA007', severity: 'warning', location: '$.risks[R1]', range: '8:5-8:17' }]);
    assert.equal(applyFixes(text, fs), doc('    scale_impact: Beskriv hur antalet patienter, användare och uppgifter påverkar risken. # fylls i\n'));
  });

  it('offers no fix for a value of another type and does not throw on odd risks', () => {
    const fs = run(doc('    scale_impact: [a, b]\n'));
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fixes, undefined);
    assert.deepEqual(run('schema_version: "1.0"\nrisks: [null, 3]\n').map((f) => f.location), ['$.risks[0]', '$.risks[1]']);
  });
});
