/**
 * Impossible dates (security report L3) are one schema finding, not misleading BRA002/BRA003/BRA041 findings;
 * "did you mean" order does not depend on the locale (L9).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCalendarDate } from '../../src/cli/args';
import { lintOne } from '../../src/engine';
import { nearest } from '../../src/schema';
import { DATE_PATTERN } from '../../src/schema/messages';

const ROOT = path.resolve(__dirname, '../../..');
const CLEAN = fs.readFileSync(path.join(ROOT, 'samples/vardcentralen-solglantan.bra.yaml'), 'utf8');
const AS_OF = '2026-12-01';
const lint = (text: string) => lintOne('a.bra.yaml', text, { asOf: AS_OF }).findings;
const rules = (text: string) => lint(text).map((f) => `${f.rule}:${f.location}`);

describe('dates: the calendar is checked by the schema', () => {
  it('the schemas\' date pattern accepts exactly the real calendar dates (the same as --as-of)', () => {
    const re = new RegExp(DATE_PATTERN, 'u');
    const p2 = (n: number) => String(n).padStart(2, '0');
    let checked = 0;
    for (const y of ['0000', '0004', '0100', '1900', '1996', '2000', '2023', '2024', '2026', '2100', '2400', '9996', '9999']) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${p2(m)}-${p2(d)}`;
          assert.equal(re.test(s), isCalendarDate(s), s);
          checked++;
        }
      }
    }
    assert.equal(checked, 13 * 14 * 33);
    for (const s of ['2026-2-3', '20260316', '2026-03-16T00:00', ' 2026-03-16', '+2026-03-16', '99999-01-01']) assert.equal(re.test(s), false, s);
    for (const f of ['analysis.schema.json', 'access-matrix.schema.json']) {
      const text = fs.readFileSync(path.join(ROOT, 'schemas', f), 'utf8');
      assert.ok(!text.includes('"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"'), `${f} still has the shape-only date pattern`);
    }
  });

  it('the clean sample has no findings (the baseline of the cases below)', () => {
    assert.deepEqual(lint(CLEAN), []);
  });

  it('approved.date 2026-02-30 / 2026-13-01 → one "invalid date" schema finding, no BRA002', () => {
    for (const bad of ['2026-02-30', '2026-13-01']) {
      const text = CLEAN.replace('date: 2026-03-16 }', `date: ${bad} }`);
      assert.deepEqual(rules(text), ['schema:$.document.approved.date'], bad);
      const f = lint(text)[0];
      assert.equal(f.message.sv, `Ogiltigt datum "${bad}" för "date": den dagen finns inte i kalendern (ÅÅÅÅ-MM-DD).`);
      assert.equal(f.message.en, `Invalid date "${bad}" for "date": there is no such day in the calendar (YYYY-MM-DD).`);
      assert.deepEqual(f.data, { keyword: 'pattern' });
    }
  });

  it('next_review 2026-13-45 / 2026-02-30 / 9999-99-99 → one schema finding, no BRA003 "no next review date"', () => {
    for (const bad of ['2026-13-45', '2026-02-30', '9999-99-99']) {
      const text = CLEAN.replace('next_review: 2027-03-16', `next_review: ${bad}`);
      assert.deepEqual(rules(text), ['schema:$.document.next_review'], bad);
    }
    // a wrong shape is the ordinary format message, still without BRA003
    const text = CLEAN.replace('next_review: 2027-03-16', 'next_review: 2027-3-16');
    assert.deepEqual(rules(text), ['schema:$.document.next_review']);
    assert.match(lint(text)[0].message.en, /has the wrong format \(date YYYY-MM-DD\)/);
    // absent is still BRA003
    assert.deepEqual(rules(CLEAN.replace('  next_review: 2027-03-16\n', '')), ['BRA003:$.document']);
  });

  it('last_performed 2026-02-31 → one schema finding, no BRA041 "no last-performed date"', () => {
    const text = CLEAN.replace('last_performed: 2026-09-14', 'last_performed: 2026-02-31');
    assert.deepEqual(rules(text), ['schema:$.access_governance.review.last_performed']);
  });

  it('a previous approval with an impossible date → the schema finding only', () => {
    const text = CLEAN.replace('  next_review: 2027-03-16\n', '  next_review: 2027-03-16\n  previous_approvals:\n    - { version: "0.9", date: 2025-02-29 }\n');
    assert.deepEqual(rules(text), ['schema:$.document.previous_approvals[0].date']);
  });

  it('0000-01-01 is a calendar date (ISO 8601 year 0): no schema finding; BRA002 judges it as an ordinary date', () => {
    const text = CLEAN.replace('date: 2026-03-16 }', 'date: 0000-01-01 }');
    assert.ok(!lint(text).some((f) => f.rule === 'schema'));
  });
});

describe('"did you mean": code-unit order, whatever the locale', () => {
  it('equal distances are ordered by code unit (B before a), not by localeCompare', () => {
    assert.deepEqual(nearest('x', ['a', 'B']), ['B', 'a']);
    assert.deepEqual(nearest('x', ['B', 'a']), ['B', 'a']);
    assert.deepEqual(nearest('ab', ['aä', 'az', 'aB']), ['aB', 'az', 'aä']);
  });
});
