import * as assert from 'node:assert/strict';
import { brief, checkRuleFixtures, lintText, ofRule } from './harness';

const doc = (users: number, headcounts: [string, number | undefined][], extra = '') => `schema_version: "1.0"
document: { version: "1" }
systems:
  - id: journal
    name: Journalsystemet
    users_with_access: ${users}
roles:
${headcounts.map(([id, h]) => `  - { id: ${id}${h === undefined ? '' : `, headcount: ${h}`} }`).join('\n')}
access_matrix:
${headcounts.map(([id], i) => `  - { id: AM-${i + 1}, role: ${id}, system: journal, valid_from: 2026-01-15 }`).join('\n')}
${extra}`;
const run = (text: string, o = {}) => ofRule(lintText(text, o), 'BRA006');

describe('BRA006 accounts-exceed-headcount', () => {
  it('fixtures', () => checkRuleFixtures('BRA006'));

  it('fires when the roles with access total fewer people than the accounts, in both languages', () => {
    const text = doc(25000, [['lakare', 6000], ['ssk', 12000]]);
    const fs = run(text);
    assert.deepEqual(fs.map((f) => brief(text, f)), [{ rule: 'BRA006', severity: 'warning', location: '$.systems[journal]', range: '6:5-6:29' }]);
    assert.equal(fs[0].message.sv, 'Journalsystemet har 25 000 användare, men de analyserade rollerna med behörighet omfattar 18 000 personer. 7 000 konton saknar motsvarande personalkategori i analysen.');
    assert.equal(fs[0].message.en, 'Journalsystemet has 25,000 users, but the analysed roles with access total 18,000 people. 7,000 accounts have no matching role in the analysis.');
  });

  it('does not fire when the sum equals the accounts', () => {
    assert.deepEqual(run(doc(18, [['lakare', 6], ['ssk', 12]])), []);
  });

  it('is skipped when any relevant role lacks headcount, or users_with_access is missing', () => {
    assert.deepEqual(run(doc(40, [['lakare', 6], ['ssk', undefined]])), []);
    assert.deepEqual(run(doc(40, [['lakare', 6]]).replace('    users_with_access: 40\n', '')), []);
  });

  it('counts a role once however many entries it has, and ignores roles without entries on the system', () => {
    const text = doc(13, [['lakare', 6]], `  - { id: AM-9, role: lakare, system: journal, valid_from: 2026-02-01 }\n`)
      .replace('roles:\n', 'roles:\n  - { id: chef, headcount: 100 }\n');
    const fs = run(text);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message.en, /total 6 people\. 7 accounts/);
  });

  it('ignores dangling roles (BRA045 reports them) and is skipped without any resolvable role', () => {
    const text = doc(40, [['lakare', 6]]).replace('role: lakare', 'role: okand');
    assert.deepEqual(run(text), []);
  });

  it('counts entries in a separate matrix file', () => {
    const analysis = doc(40, [['lakare', 6]]).replace(/access_matrix:[\s\S]*$/, '');
    const matrix = 'schema_version: "1.0"\nanalysis: analysis.bra.yaml\naccess_matrix:\n  - { id: AM-1, role: lakare, system: journal, valid_from: 2026-01-15 }\n';
    const fs = ofRule(lintText(analysis, { path: 'x/analysis.bra.yaml', files: { 'x/matrix.bra.yaml': matrix } }), 'BRA006');
    assert.deepEqual(fs.map((f) => brief(analysis, f)), [{ rule: 'BRA006', severity: 'warning', location: '$.systems[journal]', range: '6:5-6:26' }]);
    assert.match(fs[0].message.en, /has 40 users, but the analysed roles with access total 6 people/);
    assert.deepEqual(ofRule(lintText(analysis), 'BRA006'), [], 'without the matrix file there are no entries');
    const fromMatrix = lintText(matrix, { path: 'x/matrix.bra.yaml', files: { 'x/analysis.bra.yaml': analysis } });
    assert.deepEqual(ofRule(fromMatrix, 'BRA006'), [], 'findings on the analysis are reported with the analysis, not the matrix');
  });
});
