/**
 * Security report L1: `bra diff --base` runs no program that the repository configures. A repository (a downloaded
 * one, or a CI checkout whose .git/config was touched) defines clean/process filters for every file, a diff driver,
 * and a hook directory whose post-index-change hook would run when git rewrites the index; each writes a marker.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempRepo } from './git-repo';
import { BASE, edit } from '../unit/diff/fixture';

const AS_OF = '2026-12-01';
const WIDEN_AM1 = (t: string) => edit(t, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');

describe('cli: bra diff runs nothing the repository configures (security report L1)', function () {
  this.timeout(60000);
  const repos: TempRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));

  for (const filter of ['clean', 'process']) {
    it(`filter.evil.${filter}, diff=evil, core.hooksPath with post-index-change: no marker, the right result`, async () => {
      const r = new TempRepo();
      repos.push(r);
      const marks = path.join(r.dir, '.marks');
      fs.mkdirSync(marks);
      const touch = (name: string) => `sh -c 'touch "${marks}/${name}"; cat'`;
      r.write({
        '.gitattributes': '* filter=evil diff=evil\n',
        'a.bra.yaml': BASE,
        'old.bra.yaml': BASE,
        'hooks/post-index-change': `#!/bin/sh\ntouch "${marks}/hook"\n`,
      });
      fs.chmodSync(path.join(r.dir, 'hooks/post-index-change'), 0o755);
      r.commit();
      r.git('mv', 'old.bra.yaml', 'renamed.bra.yaml');
      r.write({ 'a.bra.yaml': WIDEN_AM1(BASE) });
      // configured after the commit, as an attacker's .git/config would be
      r.git('config', 'core.hooksPath', path.join(r.dir, 'hooks'));
      r.git('config', `filter.evil.${filter}`, touch(`filter-${filter}`));
      r.git('config', 'filter.evil.required', 'true');
      r.git('config', 'diff.evil.textconv', touch('textconv'));
      r.git('config', 'diff.evil.command', touch('diff-command'));
      // every file stat-dirty: same content, another modification time
      for (const f of ['a.bra.yaml', 'renamed.bra.yaml', '.gitattributes']) fs.utimesSync(path.join(r.dir, f), new Date('2030-01-01'), new Date('2030-01-01'));
      const res = await r.diff(['--base', 'main', '--format', 'json', '--lang', 'en', '--as-of', AS_OF]);
      assert.deepEqual(fs.readdirSync(marks), [], 'no repository-configured program ran');
      assert.equal(res.stderr, '');
      assert.equal(res.code, 1);
      const j = JSON.parse(res.stdout) as { changes: { kind: string; entry: string; justified: boolean }[]; newFindings: { path: string; rule: string }[] };
      assert.deepEqual(j.changes.map((c) => [c.kind, c.entry, c.justified]), [['widened', 'AM-1', false]]);
      assert.deepEqual(j.newFindings.map((f) => `${f.rule} ${f.path}`), ['BRA032 a.bra.yaml'], 'the rename is recognised: renamed.bra.yaml is compared with old.bra.yaml');
    });
  }
});
