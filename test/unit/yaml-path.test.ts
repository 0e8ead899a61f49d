/** The fast-path switch of src/yaml (BRA_YAML_FAST=0 in the tests): off, every parse is yaml's parseDocument. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, setFastPath } from '../../src/yaml';

// the fast path keeps no comments (nothing in src/ reads them); parseDocument does: that tells the two apart
const TEXT = '# Analys\nschema_version: 1\nroles:\n  - id: a # kommentar\n    name: A\n';
const firstKeyComment = () => {
  const contents = parse(TEXT).doc?.contents as { items: { key: { commentBefore?: string | null } }[] };
  return contents.items[0].key.commentBefore ?? undefined;
};
const withFastPath = <T>(on: boolean, f: () => T): T => {
  const was = setFastPath(on);
  try {
    return f();
  } finally {
    setFastPath(was);
  }
};

describe('yaml: the fast-path switch', () => {
  it('on: the fast path answers (no comment on the first key); off: parseDocument (the comment is kept); same data', () => {
    assert.equal(withFastPath(true, firstKeyComment), undefined);
    assert.equal(withFastPath(false, firstKeyComment), ' Analys');
    const fast = withFastPath(true, () => parse(TEXT).data);
    assert.deepEqual(fast, withFastPath(false, () => parse(TEXT).data));
    assert.deepEqual(fast, { schema_version: 1, roles: [{ id: 'a', name: 'A' }] });
  });

  it(`follows BRA_YAML_FAST (test/support/yaml-path.ts): now ${process.env.BRA_YAML_FAST === '0' ? 'off' : 'on'}`, () => {
    assert.equal(firstKeyComment(), process.env.BRA_YAML_FAST === '0' ? ' Analys' : undefined);
  });

  it('yaml is pinned to one exact version, the installed one: src/yaml/fast.ts reproduces its ranges (re-run yaml-fast.test.ts on an upgrade)', () => {
    const root = path.resolve(__dirname, '../../..');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
    const pin = pkg.dependencies.yaml;
    assert.match(pin, /^\d+\.\d+\.\d+$/, 'an exact version, no range');
    assert.equal(lock.packages[''].dependencies?.yaml, pin);
    assert.equal(lock.packages['node_modules/yaml'].version, pin);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    assert.equal((require('yaml/package.json') as { version: string }).version, pin);
  });

  it("nothing in src/ reads a node's comment, commentBefore or spaceBefore (the fast path leaves them unset)", () => {
    const src = path.resolve(__dirname, '../../../src');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []));
    const reads = walk(src).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/(?:\??\.|\[\s*['"`])(comment|commentBefore|spaceBefore)\b/g)].map((m) => `${path.relative(src, f)}: ${m[0]}`));
    assert.deepEqual(reads, []);
  });
});
