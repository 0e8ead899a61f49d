/**
 * Every rule page's examples are run (as typescript-eslint's docs test runs its Incorrect/Correct blocks): each ❌
 * example must give at least one finding of the rule, each ✅ example none. How a page's examples are read (fragments
 * merged into a base analysis, `<!-- example: base -->`, `<!-- example: not run: … -->`) is in ./doc-examples.ts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { RULES } from '../../src/rules';
import { AS_OF, REPO, brief, lintText, ofRule } from './harness';
import { EXAMPLE_BASE, docExamples, exampleDocument } from './doc-examples';
import type { DocExample } from './doc-examples';

const page = (doc: string) => fs.readFileSync(path.join(REPO, 'docs/rules', doc), 'utf8');
const mark = (e: DocExample) => (e.kind === 'invalid' ? '❌' : '✅');

describe('rule docs: the examples are run', () => {
  for (const rule of RULES) {
    describe(`${rule.id} (docs/rules/${rule.meta.doc})`, () => {
      const examples = docExamples(page(rule.meta.doc));

      it('has a ❌ and a ✅ example, each with a yaml block or a reason why it is not run', () => {
        assert.ok(examples.some((e) => e.kind === 'invalid'), 'no ❌ example');
        assert.ok(examples.some((e) => e.kind === 'valid'), 'no ✅ example');
        for (const e of examples) {
          assert.ok(e.blocks.length > 0 || e.notRun !== undefined, `${mark(e)} on line ${e.line} has no yaml block and no <!-- example: not run: … --> marker`);
        }
      });

      for (const e of examples) {
        if (e.notRun !== undefined) {
          it(`${mark(e)} on line ${e.line} is not run, and says why: ${e.notRun}`, () => {
            assert.ok(e.notRun!.length >= 10, `the reason of the ${mark(e)} example on line ${e.line} is too short to tell why`);
          });
          continue;
        }
        if (e.blocks.length === 0) continue; // reported by the test above
        it(`${mark(e)} on line ${e.line} ${e.kind === 'invalid' ? 'fires' : 'does not fire'} ${rule.id} (as of ${AS_OF})`, () => {
          e.blocks.forEach((block, i) => {
            const text = exampleDocument(block, e.base);
            const found = ofRule(lintText(text), rule.id);
            if (e.kind === 'invalid') assert.ok(found.length > 0, `block ${i + 1} gives no ${rule.id} finding:\n${text}`);
            else assert.deepEqual(found.map((f) => brief(text, f)), [], `block ${i + 1} gives ${rule.id}:\n${text}`);
          });
        });
      }
    });
  }
});

describe('rule docs: how an example page is read', () => {
  const md = [
    '# BRA000', '', '## Exempel / Examples', '',
    'Sammanhang:', '', '<!-- example: base -->', '```yaml', 'roles:', '  - { id: lakare }', '```', '',
    '❌ Fel:', '', '```yaml', 'access_matrix:', '  - { id: AM-1, role: lakare }', '```', '',
    '✅ Rätt, i två steg:', '', '```yaml', 'risks: []', '```', '', '```yaml', 'schema_version: "1.0"', 'risks: []', '```', '',
    '✅ Bara prosa:', '<!-- example: not run: a separate matrix file, which the example cannot show -->', '',
    '## Rättsliga källor / Legal sources', '', '```yaml', 'ignored: true', '```', '',
  ].join('\n');

  it('❌/✅ paragraphs, their blocks in order, the base block and the not-run reason; nothing after the section', () => {
    const ex = docExamples(md);
    assert.deepEqual(ex.map((e) => [e.kind, e.line, e.blocks.length, e.notRun]), [
      ['invalid', 13, 1, undefined],
      ['valid', 20, 2, undefined],
      ['valid', 31, 0, 'a separate matrix file, which the example cannot show'],
    ]);
    assert.deepEqual(ex[0].base, { roles: [{ id: 'lakare' }] });
  });

  it('a fragment is merged into the base key by key (its keys win); a block with schema_version is used as written', () => {
    const [invalid, valid] = docExamples(md);
    assert.deepEqual(parse(exampleDocument(invalid.blocks[0], invalid.base)), {
      ...EXAMPLE_BASE,
      roles: [{ id: 'lakare' }],
      access_matrix: [{ id: 'AM-1', role: 'lakare' }],
    });
    assert.deepEqual(parse(exampleDocument('roles: []\n', invalid.base)).roles, []);
    assert.equal(exampleDocument(valid.blocks[1], valid.base), 'schema_version: "1.0"\nrisks: []\n');
  });

  it("BRA002's ✅ as it was (no systems, so AM-1 rests on no approval) fires BRA002: the drift this test catches", () => {
    const old = 'document:\n  status: draft\n  previous_approvals:\n    - { version: "1.0", date: 2025-01-10, systems: [journal] }\n'
      + 'access_matrix:\n  - { id: AM-1, role: lakare, system: journal, valid_from: 2025-01-10 }\n';
    const text = exampleDocument(old);
    assert.deepEqual(ofRule(lintText(text), 'BRA002').map((f) => f.location), ['$.access_matrix[AM-1]']);
  });
});
