/** globMatch: linear-time glob matching (security report D1) with the semantics of the RegExp version it replaced. */
import * as assert from 'node:assert/strict';
import { globMatch } from '../../src/engine';

/** The RegExp matcher of c7b0ded, kept here only as the reference for ordinary (non-pathological) cases. */
function oldGlobMatch(glob: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path.replace(/\\/g, '/')) || (!glob.includes('/') && new RegExp(`(^|/)${re}$`).test(path.replace(/\\/g, '/')));
}

const TABLE: [string, string, boolean][] = [
  ['**/*.bra.yaml', 'a.bra.yaml', true],
  ['**/*.bra.yaml', 'a/b/c.bra.yaml', true],
  ['**/*.bra.yaml', 'a/b/c.bra.yml', false],
  ['**/*.bra.yaml', '.bra.yaml', true],
  ['**/*.bra.yml', 'x\\y\\z.bra.yml', true],
  ['analyser/*.{yaml,yml}', 'analyser/x.yml', true],
  ['analyser/*.{yaml,yml}', 'analyser/x.yaml', true],
  ['analyser/*.{yaml,yml}', 'analyser/x.json', false],
  ['analyser/*.yaml', 'analyser/sub/x.yaml', false],
  ['analyser/**', 'analyser/sub/x.yaml', true],
  ['analyser/**/x.yaml', 'analyser/x.yaml', true],
  ['analyser/**/x.yaml', 'analyser/a/b/x.yaml', true],
  ['analyser/**/x.yaml', 'analyserx.yaml', false],
  ['a/**b', 'a/x/yb', true],
  ['?.yaml', 'a.yaml', true],
  ['?.yaml', 'ab.yaml', false],
  ['?.yaml', 'd/a.yaml', true],
  ['a?b', 'a/b', false],
  ['*.yaml', 'dir/x.yaml', true],
  ['*.yaml', 'x.yaml.bak', false],
  ['x/*.yaml', 'y/x/a.yaml', false],
  ['{a,b}/*.yaml', 'b/q.yaml', true],
  ['{a,b}/*.yaml', 'c/q.yaml', false],
  ['{,x}y', 'y', true],
  ['{a*,b}', 'dir/abc', true],
  ['{a*,b}', 'a/c', false],
  ['[ab].yaml', '[ab].yaml', true],
  ['[ab].yaml', 'a.yaml', false],
  ['a.(b)+$^|c', 'a.(b)+$^|c', true],
  ['a.yaml', 'aXyaml', false],
  ['{a,b', '{a,b', true],
  ['{a,b', 'a', false],
  ['', '', true],
  ['', 'a', false],
  ['A.yaml', 'a.yaml', false],
];

describe('globMatch (linear time)', () => {
  it('a table of ordinary matches and non-matches, the same as the old RegExp matcher', () => {
    for (const [g, p, want] of TABLE) {
      assert.equal(globMatch(g, p), want, `${g} ~ ${p}`);
      assert.equal(oldGlobMatch(g, p), want, `old: ${g} ~ ${p}`);
    }
  });
  it('agrees with the old matcher on 20,000 random small globs and paths', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const gparts = ['a', 'b', '/', '*', '**', '**/', '?', '.', '{a,b}', '{x*,y}', '{,a}', '['];
    const pparts = ['a', 'b', '/', '.', 'x', 'y', '[', 'ab/'];
    for (let i = 0; i < 20000; i++) {
      let g = '';
      for (let n = rnd(6) + 1; n > 0; n--) g += gparts[rnd(gparts.length)];
      let p = '';
      for (let n = rnd(8); n > 0; n--) p += pparts[rnd(pparts.length)];
      assert.equal(globMatch(g, p), oldGlobMatch(g, p), `${JSON.stringify(g)} ~ ${JSON.stringify(p)}`);
    }
  });
  it('the pathological globs of the security report answer correctly (they took 28–92 s with the RegExp)', () => {
    const as = (n: number) => 'a'.repeat(n);
    assert.equal(globMatch('*a'.repeat(14) + '*b', as(34) + '.txt'), false);
    assert.equal(globMatch('*a'.repeat(14) + '*b', as(34)), false);
    assert.equal(globMatch('*a'.repeat(14) + '*b', as(34) + 'b'), true);
    assert.equal(globMatch('**/'.repeat(12) + 'x.bra.yaml', 'a/'.repeat(24) + 'y.bra.yaml'), false);
    assert.equal(globMatch('**/'.repeat(12) + 'x.bra.yaml', 'a/'.repeat(24) + 'x.bra.yaml'), true);
    assert.equal(globMatch('{a,aa,aaa}'.repeat(20) + 'b', as(60)), false);
    assert.equal(globMatch('{a,aa,aaa}'.repeat(20) + 'b', as(60) + 'b'), true);
  });
  it('`?` inside braces is one character (the RegExp version made it a quantifier)', () => {
    assert.equal(globMatch('{a?,b}.yaml', 'ax.yaml'), true);
    assert.equal(globMatch('{a?,b}.yaml', 'a.yaml'), false);
  });
});
