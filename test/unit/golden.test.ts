/** Golden files (test/rules/harness.ts expectGolden): a missing one fails and is not written; writing is explicit. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectGolden } from '../rules/harness';

describe('golden files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bra-golden-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a missing golden file fails with how to write it, and is not written', () => {
    const file = path.join(dir, 'x.txt');
    assert.throws(() => expectGolden(file, 'a\n', false), /golden .*x\.txt is missing \(BRA_UPDATE_GOLDEN=1 writes it/);
    assert.equal(fs.existsSync(file), false);
  });

  it('a golden file that differs fails; one that matches passes', () => {
    const file = path.join(dir, 'x.txt');
    fs.writeFileSync(file, 'a\n');
    expectGolden(file, 'a\n', false);
    assert.throws(() => expectGolden(file, 'b\n', false), /golden .*x\.txt differs/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'a\n');
  });

  it('writing (BRA_UPDATE_GOLDEN=1) is refused under npm test, done on a focused run', () => {
    const file = path.join(dir, 'x.txt');
    const layer = process.env.BRA_TEST_LAYER;
    try {
      process.env.BRA_TEST_LAYER = 'unit';
      assert.throws(() => expectGolden(file, 'a\n', true), /BRA_UPDATE_GOLDEN=1 under npm test/);
      assert.equal(fs.existsSync(file), false);
      delete process.env.BRA_TEST_LAYER;
      expectGolden(file, 'a\n', true);
      assert.equal(fs.readFileSync(file, 'utf8'), 'a\n');
    } finally {
      if (layer === undefined) delete process.env.BRA_TEST_LAYER;
      else process.env.BRA_TEST_LAYER = layer;
    }
  });
});
