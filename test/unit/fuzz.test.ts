/**
 * Fuzzing by mutation of realistic documents: no exception escapes, every range lies inside the document, the same
 * input gives the same findings, and a quick-fix leaves parseable YAML without the finding it fixes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintOne } from '../../src/engine';
import { applyEdits } from '../../src/fixes';
import type { Finding } from '../../src/model';
import { generateAnalysis } from '../support/generate';

const AS_OF = '2026-12-01';
const REPO = path.resolve(__dirname, '../../..');

function rnd(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

function corpus(): { name: string; text: string }[] {
  const out = [{ name: 'generated', text: generateAnalysis({ lines: 400, findings: true }) }];
  const dir = path.join(REPO, 'samples');
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push({ name: path.relative(REPO, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

type Mutator = (text: string, r: () => number) => string;
const lineOps: Mutator[] = [
  // delete a line
  (t, r) => { const l = t.split('\n'); l.splice(Math.floor(r() * l.length), 1); return l.join('\n'); },
  // duplicate a line (duplicated keys)
  (t, r) => { const l = t.split('\n'); const i = Math.floor(r() * l.length); l.splice(i, 0, l[i]); return l.join('\n'); },
  // retype a value: replace what follows ": " with another type
  (t, r) => { const l = t.split('\n'); const i = Math.floor(r() * l.length); const vals = ['42', 'true', '[a, b]', '{ x: 1 }', '""', 'null', '-7', '2026-13-45', 'all']; l[i] = l[i].replace(/: .*$/, `: ${vals[Math.floor(r() * vals.length)]}`); return l.join('\n'); },
  // rename a key (typo)
  (t, r) => { const l = t.split('\n'); const i = Math.floor(r() * l.length); l[i] = l[i].replace(/^(\s*-?\s*)([a-z_]+):/, (_m, a: string, k: string) => `${a}${k.slice(0, -1)}x:`); return l.join('\n'); },
  // wrong indentation
  (t, r) => { const l = t.split('\n'); const i = Math.floor(r() * l.length); l[i] = r() < 0.5 ? ` ${l[i]}` : l[i].replace(/^ /, ''); return l.join('\n'); },
  // truncate
  (t, r) => t.slice(0, Math.floor(r() * t.length)),
  // random bytes
  (t, r) => { const i = Math.floor(r() * t.length); return t.slice(0, i) + String.fromCharCode(Math.floor(r() * 0x3000)) + t.slice(i); },
  // tab indentation
  (t, r) => { const l = t.split('\n'); const i = Math.floor(r() * l.length); l[i] = l[i].replace(/^ +/, '\t'); return l.join('\n'); },
];

/** Fixes that insert a skeleton for the user to fill in keep their finding by design (rules-and-model.md: BRA005, BRA018, BRA023, BRA025–BRA027). */
const SKELETON_RULES = new Set(['BRA005', 'BRA018', 'BRA023', 'BRA025', 'BRA026', 'BRA027']);
const key = (f: Finding) => `${f.rule}|${f.location}|${JSON.stringify(f.data ?? {})}`;

/** Lint a mutant: deterministic, ranges inside the text, both languages, and up to three fixes that keep the YAML parseable and remove their finding. */
function checkMutant(text: string): void {
  const a = lintOne('f.bra.yaml', text, { asOf: AS_OF });
  const b = lintOne('f.bra.yaml', text, { asOf: AS_OF });
  assert.deepEqual(a.findings, b.findings, 'deterministic');
  for (const f of a.findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `range of ${key(f)} inside the document`);
    assert.ok(f.message.sv && f.message.en, 'both languages');
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `edit inside the document (${key(f)})`);
  }
  // apply up to three preferred fixes, one at a time
  const hadSyntax = a.findings.some((f) => f.rule === 'yaml-syntax');
  for (const f of a.findings.filter((x) => x.fixes?.length).slice(0, 3)) {
    const fix = f.fixes!.find((x) => x.preferred) ?? f.fixes![0];
    const fixed = applyEdits(text, fix.edits);
    const after = lintOne('f.bra.yaml', fixed, { asOf: AS_OF }).findings;
    if (!hadSyntax) assert.ok(!after.some((x) => x.rule === 'yaml-syntax'), `fix "${fix.title.en}" for ${key(f)} keeps the YAML parseable:\n${fixed}`);
    if (!SKELETON_RULES.has(f.rule) && !hadSyntax) {
      const same = after.filter((x) => key(x) === key(f));
      const before = a.findings.filter((x) => key(x) === key(f));
      assert.ok(same.length < before.length, `fix "${fix.title.en}" removes ${key(f)}`);
    }
  }
}

describe('fuzz: mutations of the samples and a generated analysis', () => {
  const docs = corpus();
  it('has a corpus', () => assert.ok(docs.length >= 1));
  const r = rnd(20261122);
  for (const doc of docs) {
    it(`survives 40 mutations of ${doc.name}`, () => {
      for (let i = 0; i < 40; i++) {
        let text = doc.text;
        const n = 1 + Math.floor(r() * 3);
        for (let k = 0; k < n; k++) text = lineOps[Math.floor(r() * lineOps.length)](text, r);
        checkMutant(text);
      }
    });
  }
});

/**
 * A mutant with lone CRs reads as its LF twin (YAML 1.2 §5.4): the same findings at the same offsets, and every fix
 * gives the LF twin's result (up to the line breaks it inserts) with as valid YAML.
 */
function checkCrMutant(text: string): void {
  const lf = text.replace(/\r(?!\n)/g, '\n');
  const a = lintOne('f.bra.yaml', text, { asOf: AS_OF });
  const l = lintOne('f.bra.yaml', lf, { asOf: AS_OF });
  const strip = (fs: Finding[]) => fs.map((f) => ({ rule: f.rule, location: f.location, span: f.span, message: f.message, data: f.data }));
  assert.deepEqual(strip(a.findings), strip(l.findings), JSON.stringify(text));
  const syntax = (t: string) => lintOne('f.bra.yaml', t, { asOf: AS_OF }).findings.some((x) => x.rule === 'yaml-syntax');
  for (const [i, f] of a.findings.entries()) {
    for (const [j, fix] of (f.fixes ?? []).slice(0, 2).entries()) {
      const fixed = applyEdits(text, fix.edits);
      const twin = applyEdits(lf, l.findings[i].fixes![j].edits);
      assert.equal(fixed.replace(/\r(?!\n)/g, '\n'), twin, `fix "${fix.title.en}" for ${key(f)}`);
      assert.equal(syntax(fixed), syntax(twin), `fix "${fix.title.en}" for ${key(f)} leaves YAML as valid as on the LF text`);
    }
  }
}

describe('fuzz: mutations with lone CR line breaks (YAML 1.2), as the audit\'s fuzzer made them', () => {
  const docs = corpus();
  const r = rnd(9605);
  for (const doc of docs) {
    it(`survives 15 mutations of ${doc.name} with a region of lone CRs`, function () {
      this.timeout(60000);
      for (let i = 0; i < 15; i++) {
        let text = doc.text;
        for (let k = 1 + Math.floor(r() * 2); k > 0; k--) text = lineOps[Math.floor(r() * lineOps.length)](text, r);
        const a = r() < 0.3 ? 0 : Math.floor(r() * text.length);
        const b = r() < 0.3 ? text.length : a + Math.floor(r() * (text.length - a));
        const withCr = text.slice(0, a) + text.slice(a, b).replace(/\n/g, '\r') + text.slice(b);
        checkCrMutant(withCr);
      }
    });
  }
});
