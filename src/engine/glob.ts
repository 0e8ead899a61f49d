/**
 * Glob matching in linear time: `globMatch(glob, path)` answers in O(|glob| × |path|) steps, whatever the glob.
 *
 * `.bra.jsonc` `files` globs and file names both come from a pull request, so the matcher must not backtrack
 * (a RegExp built from `*a*a*a…*b` took 90 s on a 34-character name). The glob is compiled once into a small
 * NFA (Thompson construction) and the path is run through it with a set of states, one character at a time.
 *
 * Syntax (unchanged from the RegExp version it replaces):
 * - `*` any run of characters except `/`; `?` one character except `/`;
 * - `**` followed by `/`: zero or more whole directories (`**∕x` matches `x`, `a/x`, `a/b/x`);
 *   `**` elsewhere: any run of characters, `/` included;
 * - `{a,b}` one of the alternatives (not nested; inside them `*` and `?` as above, everything else literal);
 *   a `{` without a closing `}` is literal;
 * - every other character is literal, including `[`, `]`, `(`, `.` and `\` (no character classes);
 * - a glob without `/` also matches the end of a path after any `/` (`*.bra.yaml` matches `a/b.bra.yaml`);
 * - `\` in the path counts as `/`; matching is case-sensitive, per UTF-16 code unit.
 */

const enum K {
  Char,
  NotSlash,
  Any,
  Split,
  Match,
}

type Node =
  | { k: K.Char; c: number; out: number }
  | { k: K.NotSlash; out: number }
  | { k: K.Any; out: number }
  | { k: K.Split; outs: number[] }
  | { k: K.Match };

type Tok =
  | { t: 'char'; c: number }
  | { t: 'one' }
  | { t: 'star' }
  | { t: 'globstar' }
  | { t: 'dirs' }
  | { t: 'alt'; alts: Tok[][] };

const SLASH = 0x2f;

function tokenize(glob: string): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          toks.push({ t: 'dirs' });
        } else toks.push({ t: 'globstar' });
      } else toks.push({ t: 'star' });
    } else if (c === '?') toks.push({ t: 'one' });
    else if (c === '{' && glob.indexOf('}', i) !== -1) {
      const end = glob.indexOf('}', i);
      const alts = glob.slice(i + 1, end).split(',').map((a) => {
        const out: Tok[] = [];
        for (let j = 0; j < a.length; j++) out.push(a[j] === '*' ? { t: 'star' } : a[j] === '?' ? { t: 'one' } : { t: 'char', c: a.charCodeAt(j) });
        return out;
      });
      toks.push({ t: 'alt', alts });
      i = end;
    } else toks.push({ t: 'char', c: glob.charCodeAt(i) });
  }
  return toks;
}

interface Nfa {
  nodes: Node[];
  start: number;
}

function compile(glob: string): Nfa {
  const nodes: Node[] = [{ k: K.Match }];
  const push = (n: Node) => nodes.push(n) - 1;
  const loop = (k: K.NotSlash | K.Any, next: number) => {
    const split = push({ k: K.Split, outs: [] });
    const step = push({ k, out: split });
    (nodes[split] as { outs: number[] }).outs = [step, next];
    return split;
  };
  const seq = (toks: Tok[], next: number): number => {
    for (let i = toks.length - 1; i >= 0; i--) next = tok(toks[i], next);
    return next;
  };
  const tok = (t: Tok, next: number): number => {
    switch (t.t) {
      case 'char': return push({ k: K.Char, c: t.c, out: next });
      case 'one': return push({ k: K.NotSlash, out: next });
      case 'star': return loop(K.NotSlash, next);
      case 'globstar': return loop(K.Any, next);
      case 'dirs': return push({ k: K.Split, outs: [next, loop(K.Any, push({ k: K.Char, c: SLASH, out: next }))] });
      case 'alt': return push({ k: K.Split, outs: t.alts.map((a) => seq(a, next)) });
    }
  };
  const toks = tokenize(glob);
  // a glob without `/` matches at the start or after any `/`: as if it began with `**/`
  if (!glob.includes('/')) toks.unshift({ t: 'dirs' });
  return { nodes, start: seq(toks, 0) };
}

/** Compiled globs (the same few globs are matched against every file of a walk). */
const CACHE = new Map<string, Nfa>();
const CACHE_MAX = 256;

function nfaOf(glob: string): Nfa {
  let n = CACHE.get(glob);
  if (!n) {
    n = compile(glob);
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    CACHE.set(glob, n);
  }
  return n;
}

/** Whether `path` (`/`-separated; `\` counts as `/`) matches `glob`, in time linear in both. */
export function globMatch(glob: string, path: string): boolean {
  const { nodes, start } = nfaOf(glob);
  const n = nodes.length;
  // two state lists with a generation mark per node: every node enters a list at most once per character
  let cur = new Int32Array(n);
  let next = new Int32Array(n);
  let curLen = 0;
  let nextLen = 0;
  const mark = new Int32Array(n);
  let gen = 1;
  const stack: number[] = [];
  const add = (list: Int32Array, len: number, s: number): number => {
    stack.push(s);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (mark[x] === gen) continue;
      mark[x] = gen;
      const node = nodes[x];
      if (node.k === K.Split) for (let j = node.outs.length - 1; j >= 0; j--) stack.push(node.outs[j]);
      else list[len++] = x;
    }
    return len;
  };
  curLen = add(cur, 0, start);
  for (let i = 0; i < path.length && curLen > 0; i++) {
    let c = path.charCodeAt(i);
    if (c === 0x5c) c = SLASH;
    gen++;
    nextLen = 0;
    for (let j = 0; j < curLen; j++) {
      const node = nodes[cur[j]];
      if (node.k === K.Char ? node.c === c : node.k === K.NotSlash ? c !== SLASH : node.k === K.Any) {
        nextLen = add(next, nextLen, (node as { out: number }).out);
      }
    }
    [cur, next] = [next, cur];
    curLen = nextLen;
  }
  for (let j = 0; j < curLen; j++) if (nodes[cur[j]].k === K.Match) return true;
  return false;
}
