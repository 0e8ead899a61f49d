/** Keeps rules, docs, fixtures and the README rule index in step (typescript-eslint's docs test, for our catalogue). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/rules';
import { placeholders } from '../../src/i18n';
import { ruleIndexMarkdown } from '../../src/rules/rule-index';
import { FIXTURES, REPO } from './harness';

const DOC_HEADINGS = ['## Varför / Why', '## Exempel / Examples', '## Rättslig grund / Legal basis', '## När regeln inte gäller / When it does not apply'];

describe('rule catalogue (meta)', () => {
  it('has the 50 rules BRA001–BRA050, unique and sorted', () => {
    const ids = RULES.map((r) => r.id);
    const expected = Array.from({ length: 50 }, (_, i) => `BRA${String(i + 1).padStart(3, '0')}`);
    assert.deepEqual(ids, expected);
  });
  it('counts 23 errors, 19 warnings and 3 info as the catalogue says', () => {
    const count = (s: string) => RULES.filter((r) => r.id <= 'BRA045' && r.severity === s).length;
    assert.deepEqual([count('error'), count('warning'), count('info')], [23, 19, 3]);
  });
  it('the rules added from BRA046 (issue #11) are 4 warnings and 1 info: the law they rest on is less certain than an error', () => {
    const added = RULES.filter((r) => r.id > 'BRA045').map((r) => `${r.id} ${r.severity}`);
    assert.deepEqual(added, ['BRA046 warning', 'BRA047 warning', 'BRA048 warning', 'BRA049 warning', 'BRA050 info']);
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a kebab-case name, a source file named <id>-<name>.ts and a title in both languages', () => {
        assert.match(rule.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(fs.existsSync(path.join(REPO, 'src/rules', `${rule.id}-${rule.name}.ts`)), `src/rules/${rule.id}-${rule.name}.ts`);
        assert.ok(rule.title.sv && rule.title.en);
      });
      it('has messages in Swedish and English with identical placeholders', () => {
        assert.ok(rule.messages.default, 'a default message');
        for (const [k, m] of Object.entries(rule.messages)) {
          assert.ok(m.sv.trim() && m.en.trim(), `${k}: both languages`);
          assert.deepEqual(placeholders(m.sv), placeholders(m.en), `${k}: placeholders`);
        }
      });
      it('has at least one legal reference', () => {
        assert.ok(rule.legal.length > 0);
        for (const l of rule.legal) assert.ok(l.act && l.ref);
      });
      it('has a bilingual doc page with the required headings', () => {
        const file = path.join(REPO, 'docs/rules', rule.meta.doc);
        assert.ok(fs.existsSync(file), `docs/rules/${rule.meta.doc}`);
        const doc = fs.readFileSync(file, 'utf8');
        assert.ok(doc.startsWith(`# ${rule.id}`), 'starts with "# <id>"');
        for (const h of DOC_HEADINGS) assert.ok(doc.includes(h), `heading "${h}"`);
        assert.ok(doc.includes('❌') && doc.includes('✅'), 'a failing and a passing example');
      });
      it('has fixtures; fixable ⇔ invalid.fixed.yaml', () => {
        const dir = path.join(FIXTURES, rule.id);
        assert.ok(fs.existsSync(path.join(dir, 'valid.yaml')), 'valid.yaml');
        assert.ok(fs.existsSync(path.join(dir, 'invalid.yaml')), 'invalid.yaml');
        assert.equal(fs.existsSync(path.join(dir, 'invalid.fixed.yaml')), rule.fixable, `fixable=${rule.fixable} ⇔ invalid.fixed.yaml`);
      });
    });
  }
  it('README rule index matches the registry', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const m = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    assert.ok(m, 'README has the <!-- rules:start --> … <!-- rules:end --> section');
    assert.equal(m[1], ruleIndexMarkdown(), 'README rule index is stale: run `npm run rule-index`');
  });
});

