/** The "Get started" walkthrough and the two start/query commands in package.json: complete in Swedish and English. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = {
  en: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>,
  sv: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.sv.json'), 'utf8')) as Record<string, string>,
};
const key = (s: string) => /^%(.+)%$/.exec(s)?.[1];

describe('package.json: walkthrough and the start/query commands', () => {
  const w = pkg.contributes.walkthroughs?.[0];

  it('contributes the commands with Swedish and English titles', () => {
    for (const [id, sv, en] of [
      ['behorighet.newAnalysis', 'Ny behovs- och riskanalys…', 'New needs-and-risk analysis…'],
      ['behorighet.whoCanSee', 'Vem får se vad?…', 'Who can see what?…'],
    ]) {
      const c = pkg.contributes.commands.find((x: { command: string }) => x.command === id);
      assert.ok(c, id);
      assert.equal(nls.sv[key(c.title)!], sv);
      assert.equal(nls.en[key(c.title)!], en);
    }
  });

  it('the walkthrough has the steps from creating an analysis to exporting the report', () => {
    assert.ok(w, 'contributes.walkthroughs');
    assert.deepEqual(w.steps.map((s: { id: string }) => s.id), ['create', 'categories', 'roles', 'risks', 'matrix', 'check', 'query', 'report']);
    assert.equal(nls.sv[key(w.title)!], 'Kom igång med en behovs- och riskanalys');
  });

  it('every step has a title, description and media page in both languages; the pages exist and ship in the vsix', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!walkthrough\/\*\*\/\*\.md$/m);
    for (const s of w.steps) {
      for (const lang of ['sv', 'en'] as const) {
        for (const field of [s.title, s.description, s.media.markdown]) assert.ok(nls[lang][key(field)!], `${lang} ${field}`);
        const page = nls[lang][key(s.media.markdown)!];
        assert.equal(page, `walkthrough/${lang}/${s.id}.md`);
        assert.match(fs.readFileSync(path.join(ROOT, page), 'utf8'), /^# \S/);
      }
    }
  });

  it('command links in the steps name contributed or built-in commands', () => {
    const ours = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const lang of ['sv', 'en'] as const) {
      for (const [k, v] of Object.entries(nls[lang])) {
        if (!k.startsWith('walkthrough.')) continue;
        for (const m of v.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(ours.has(m[1]) || m[1].startsWith('workbench.'), `${k}: ${m[1]}`);
      }
    }
  });
});
