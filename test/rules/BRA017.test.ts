import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const run = (text: string) => ofRule(lintText(text), 'BRA017');
const head = 'schema_version: "1.0"\ndocument: { id: D, version: "1", status: draft }\n';

describe('BRA017 regime-risk-analysis', () => {
  it('fixtures', () => checkRuleFixtures('BRA017'));

  it('one finding per missing (system, regime), told apart by data.regime, on the regime item; fires with no risks at all', () => {
    const text = `${head}systems:\n  - id: journal\n    regimes: [inner_secrecy, coherent_record_keeping]\n`;
    const fs = run(text);
    assert.deepEqual(fs.map((f) => ({ ...brief(text, f), data: f.data })), [
      { rule: 'BRA017', severity: 'error', location: '$.systems[journal]', range: '5:15-5:28', data: { regime: 'inner_secrecy' } },
      { rule: 'BRA017', severity: 'error', location: '$.systems[journal]', range: '5:30-5:53', data: { regime: 'coherent_record_keeping' } },
    ]);
    assert.equal(fs[0].message.sv, 'Analysen innehåller ingen risk som avser journal inom den inre sekretessen.');
    assert.equal(fs[1].message.en, "The analysis contains no risk concerning journal under coherent health and social care documentation. IMY expects access to other care and social-care providers' data to be analysed separately.");
  });

  it('a risk must name both the system and the regime; a risk without regimes does not count', () => {
    const sys = `${head}systems:\n  - { id: npo, regimes: [coherent_record_keeping] }\nrisks:\n`;
    assert.equal(run(`${sys}  - { id: R1, systems: [npo] }\n`).length, 1);
    assert.equal(run(`${sys}  - { id: R1, systems: [journal], regimes: [coherent_record_keeping] }\n`).length, 1);
    assert.deepEqual(run(`${sys}  - { id: R1, systems: [npo], regimes: [coherent_record_keeping] }\n`), []);
  });

  it('the fix appends a risk stub for the system and regime', () => {
    const text = `${head}systems:\n  - { id: npo, name: NPÖ, regimes: [coherent_record_keeping] }\nrisks:\n  - { id: R1, systems: [npo], regimes: [inner_secrecy] }\n`;
    const fixed = applyFixes(text, run(text));
    assert.equal(fixed, `${text}  - id: R-npo-sjf\n    title: Åtkomst till andra vårdgivares uppgifter via NPÖ\n    regimes: [coherent_record_keeping]\n    systems: [npo]\n`);
    assert.deepEqual(run(fixed), []);
  });

  it('ignores systems without id, unknown regimes and odd values', () => {
    assert.deepEqual(run(`${head}systems:\n  - { regimes: [inner_secrecy] }\n  - { id: x, regimes: [other, 3] }\n  - { id: y, regimes: inner_secrecy }\n  - 7\n`), []);
  });
});
