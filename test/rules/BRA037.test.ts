import * as assert from 'node:assert/strict';
import { applyFixes, brief, checkRuleFixtures, lintText, ofRule } from './harness';

const head = 'schema_version: "1.0"\ndocument:\n  title: Analys\n  version: "1"\n  status: draft\n';

describe('BRA037 no instructions for those who assign access', () => {
  it('fixtures', () => checkRuleFixtures('BRA037'));

  it('points at the document root when access_governance is missing (both languages) and creates the block', () => {
    const f = ofRule(lintText(head), 'BRA037');
    assert.deepEqual(f.map((x) => brief(head, x)), [{ rule: 'BRA037', severity: 'warning', location: '$', range: '1:1-1:15' }]);
    assert.equal(f[0].message.sv, 'Anvisning till dem som tilldelar behörigheter saknas (hur tilldelning ska gå till med analysen som grund).');
    assert.equal(f[0].message.en, 'No instructions for those who assign authorisations (how assignment is done on the basis of the analysis).');
    const fixed = applyFixes(head, f);
    assert.equal(fixed, head + 'access_governance:\n  assignment_instructions:\n    document_ref: Anvisning för tilldelning av behörigheter (ange dokument och version)\n');
    assert.deepEqual(ofRule(lintText(fixed), 'BRA037'), []);
  });

  it('points at a blank document_ref and fills it', () => {
    const text = head + 'access_governance:\n  assignment_instructions: { document_ref: "", responsible: IT-chef }\n';
    const f = ofRule(lintText(text), 'BRA037');
    assert.deepEqual(f.map((x) => brief(text, x)), [{ rule: 'BRA037', severity: 'warning', location: '$.access_governance', range: '7:44-7:46' }]);
    assert.equal(applyFixes(text, f), text.replace('""', 'Anvisning för tilldelning av behörigheter (ange dokument och version)'));
  });

  it('points at assignment_instructions when only document_ref is missing', () => {
    const text = head + 'access_governance:\n  assignment_instructions:\n    responsible: IT-chef\n';
    const f = ofRule(lintText(text), 'BRA037');
    assert.deepEqual(f.map((x) => brief(text, x).range), ['7:3-7:26']);
  });
});
