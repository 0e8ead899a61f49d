/** The evidence report (HTML and Markdown) and the risk map, rendered for the samples. */
import * as assert from 'node:assert/strict';
import { lintOne } from '../../../src/engine';
import { parse } from '../../../src/yaml';
import { buildModel } from '../../../src/domain/model';
import { ruleMeta } from '../../../src/rules';
import { CSP, renderHtml, renderMarkdown, riskMapData, riskMapSvg, mdEscape } from '../../../src/evidence';
import type { EvidenceInput } from '../../../src/evidence';
import { AS_OF, loadSamples } from './samples';

const CTX = { lang: 'sv' as const, asOf: AS_OF, version: '1.2.3' };
const samples = loadSamples();

function modelOf(input: EvidenceInput) {
  return buildModel(parse(input.analysis.text), (input.matrices ?? []).map((m) => parse(m.text)));
}

/** Everything in an HTML text that could load something from elsewhere. */
function externalRefs(html: string): string[] {
  const patterns = [/https?:\/\//gi, /\b(?:src|href|srcset|action|formaction|xlink:href|poster|data)\s*=/gi, /url\s*\(/gi, /@import/gi, /<(?:script|link|iframe|object|embed|img|base|form|audio|video|source)\b/gi];
  return patterns.flatMap((re) => html.match(re) ?? []);
}

describe('evidence report', () => {
  it('has the samples', () => {
    assert.ok(samples.length >= 5, `samples found: ${samples.map((s) => s.name).join(', ')}`);
  });

  for (const s of samples) {
    describe(s.name, () => {
      const html = renderHtml(s.input, CTX);
      const md = renderMarkdown(s.input, CTX);
      const m = modelOf(s.input);
      const findings = [s.input.analysis, ...(s.input.matrices ?? [])].flatMap((r) => r.findings);

      it('HTML: every risk, every access entry, every finding (rule, message, legal reference)', () => {
        assert.ok(m.risks.length + m.entries.length > 0);
        for (const r of m.risks) assert.ok(html.includes(`>${r.id}<`) || html.includes(`<code>${r.id}</code>`), `risk ${r.id}`);
        for (const e of m.entries) assert.ok(html.includes(`<code>${e.id}</code>`), `entry ${e.id}`);
        for (const f of findings) {
          assert.ok(html.includes(`<code>${f.rule}</code>`), `finding ${f.rule}`);
          const msg = f.message.sv.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
          assert.ok(html.includes(msg), `message of ${f.rule}`);
          const legal = ruleMeta(f.rule)?.legal[0];
          if (legal) assert.ok(html.includes(legal.act.replace(/'/g, '&#39;')), `legal reference of ${f.rule}`);
        }
        if (findings.length === 0) assert.match(html, /Inga öppna fynd per 2026-12-01/);
      });

      it('Markdown: every risk, every access entry, every finding', () => {
        for (const r of m.risks) assert.ok(md.includes(`\`${r.id}\``), `risk ${r.id}`);
        for (const e of m.entries) assert.ok(md.includes(`\`${e.id}\``), `entry ${e.id}`);
        for (const f of findings) assert.ok(md.includes(`\`${f.rule}\``), `finding ${f.rule}`);
        assert.match(md, /^# /);
        assert.doesNotMatch(md.replace(/`[^`\n]*`/g, ''), /(?<!\\)<(?!br>)[a-z/]/i, 'no raw HTML besides <br>');
      });

      it('HTML is self-contained: strict CSP, no external resource, no script', () => {
        assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`));
        assert.equal(CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        assert.deepEqual(externalRefs(html), []);
      });

      it('HTML is accessible: lang, one h1, section headings, table headers with scope', () => {
        assert.match(html, /^<!DOCTYPE html>\n<html lang="sv">/);
        assert.equal(html.match(/<h1>/g)?.length, 1);
        assert.ok((html.match(/<h2>/g)?.length ?? 0) >= 10);
        assert.match(html, /<th scope="col">/);
        assert.match(html, /<th scope="row">/);
        assert.doesNotMatch(html, /<th>/, 'every th has a scope');
        assert.match(html, /@media print/);
      });

      it('the risk map: both phases, the level written in every cell', () => {
        if (m.risks.length === 0) {
          assert.equal(html.match(/<svg class="riskmap"/g), null, 'no risks: no risk map');
          return;
        }
        assert.equal(html.match(/<svg class="riskmap"/g)?.length, 2);
        assert.equal(html.match(/class="riskmap-level"/g)?.length, 32);
        const data = riskMapData(m);
        const placed = data.risks.filter((r) => r.before).length + data.risks.filter((r) => r.after).length;
        assert.equal(html.match(/class="risk-id"/g)?.length ?? 0, placed);
      });
    });
  }

  describe('content details', () => {
    const sol = samples.find((s) => s.name === 'vardcentralen-solglantan')!;
    const psy = samples.find((s) => s.name === 'psykiatri-norrby')!;
    const utk = samples.find((s) => s.name === 'utkast-generiska-konsekvenser')!;
    const kry = samples.find((s) => s.name === 'kry-liknande-2019')!;

    it('places each risk before and after its measures', () => {
      const d = riskMapData(modelOf(sol.input));
      const r07 = d.risks.find((r) => r.id === 'R07')!;
      assert.deepEqual(r07.before, { p: 3, s: 4, value: 12, level: 'very_high' });
      assert.deepEqual(r07.after, { p: 2, s: 4, value: 8, level: 'high', assumed: false });
      // R10 has no residual: shown where it was, marked
      const r10 = d.risks.find((r) => r.id === 'R10')!;
      assert.equal(r10.after?.assumed, true);
      const svg = riskMapSvg(d, 'sv', { phase: 'after' });
      assert.match(svg, /data-risk-id="R10"[^>]*><title>[^<]*<\/title>R10\*<\/text>/);
      assert.match(svg, /Restrisk inte angiven/);
      assert.equal(svg.match(/<rect /g)?.length, 16);
      for (const label of ['Låg', 'Medel', 'Hög', 'Mycket hög']) assert.ok(svg.includes(`>${label}</text>`), label);
      assert.match(svg, /4 × 3 = 12/);
      assert.doesNotMatch(svg, /xmlns/);
      assert.match(riskMapSvg(d, 'en', { standalone: true }), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    });

    it('risk map of the Markdown report: ids in their cells', () => {
      const md = renderMarkdown(sol.input, CTX);
      assert.match(md, /\| \*\*3 Stor\*\* \| Låg \(3\) \| Medel \(6\) \| Hög \(9\): `R01`, `R02`, `R05`, `R06` \| Mycket hög \(12\): `R07` \|/);
      assert.match(md, /\| \*\*2 Liten\*\* \| Låg \(2\) \| Medel \(4\) \| Medel \(6\): `R01`, `R05` \| Hög \(8\): `R07` \|/);
    });

    it('a risk without probability and severity is named, not placed', () => {
      const html = renderHtml(kry.input, CTX);
      assert.doesNotMatch(html, /class="risk-id"/);
      assert.match(html, /Kan inte placeras \(sannolikhet eller konsekvens saknas, är ogiltig eller står på analysens egen skala i risk_method\): R1, R2, R3, R4, R5/);
    });

    it('the access matrix names the need and the risks of each entry; a separate matrix file is named', () => {
      const html = renderHtml(sol.input, CTX);
      assert.match(html, /<code>N-LAK-J<\/code>: Pågående vårdrelation/);
      assert.match(html, /<code>R07<\/code> <span class="lvl lvl-very_high">Mycket hög<\/span> → <span class="lvl lvl-high">Hög<\/span>/);
      const p = renderHtml(psy.input, CTX);
      assert.match(p, /samples\/psykiatri-norrby\/behorighetsmatris\.bra\.yaml/);
      assert.match(p, /<code>PM-01<\/code>/);
    });

    it('a stated level that the matrix contradicts is shown next to the computed one', () => {
      const html = renderHtml(utk.input, CTX);
      assert.match(html, /Hög \(8\)<\/span> \(angiven: Medel\)/);
    });

    it('document metadata and approval', () => {
      const html = renderHtml(sol.input, CTX);
      assert.match(html, /<title>Behovs- och riskanalys inför tilldelning av behörigheter – Vårdcentralen Solgläntan<\/title>/);
      assert.match(html, /2026-03-16 av Maria Lindqvist \(Verksamhetschef\)/);
      assert.match(html, /<dd>bra 1\.2\.3<\/dd>/);
      const draft = renderHtml(lintOne('x.bra.yaml', 'schema_version: "1.0"\ndocument: { id: X, title: T, status: draft }\n', { asOf: AS_OF }), CTX);
      assert.match(draft, /Analysen är inte fastställd\./);
    });

    it('English labels with lang en; free text stays as written', () => {
      const html = renderHtml(sol.input, { ...CTX, lang: 'en' });
      assert.match(html, /<html lang="en">/);
      for (const s of ['Document and approval', 'Scope and systems', 'Categories of data subjects', 'Staff categories, tasks and needs', 'Risk map', 'Before measures', 'After measures (residual risk)', 'Special risk assessments', 'Access matrix', 'Access governance', 'Logs and log controls', 'Open findings', 'Very high', 'Probability', 'Severity', 'Ongoing care relationship', 'Internal confidentiality (ch. 4 PDL)']) {
        assert.ok(html.includes(s), s);
      }
      for (const s of ['Behörighetsmatris', 'Före åtgärder', 'Särskilda riskbedömningar', 'Öppna fynd']) assert.ok(!html.includes(s), s);
      assert.ok(html.includes('Nyfikenhetsslagning på grannar'));
      const md = renderMarkdown(kry.input, { ...CTX, lang: 'en' });
      assert.match(md, /## Open findings/);
      assert.ok(md.includes(kry.input.analysis.findings[0].message.en.slice(0, 30).replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)));
    });
  });

  describe('escaping and odd input', () => {
    const hostile = [
      'schema_version: "1.0"',
      'document:',
      '  id: "<img src=x onerror=alert(1)>"',
      '  title: "Analys <script>alert(1)</script> & co"',
      'risks:',
      '  - id: R1',
      '    title: "</td></tr><script>alert(2)</script>"',
      '    probability: 2',
      '    severity: 3',
      '    consequences: [{ type: other, description: "[länk](javascript:alert(3)) | cell <b>fet</b> `kod`" }]',
      'access_matrix:',
      '  - { id: "A<1>", role: "r\\"x", system: s, regime: inner_secrecy, valid_from: 2026-01-01 }',
      '',
    ].join('\n');
    const result = lintOne('evil.bra.yaml', hostile, { asOf: AS_OF });
    result.findings.push({ rule: 'BRA021', severity: 'warning', message: { sv: 'Fel <script>x</script>', en: 'Bad <script>x</script>' }, location: '$.risks[R1]', span: { start: 0, end: 0 } });

    it('HTML escapes every free text', () => {
      const html = renderHtml(result, CTX);
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<img/i);
      assert.doesNotMatch(html, /<b>/);
      assert.ok(html.includes('Analys &lt;script&gt;alert(1)&lt;/script&gt; &amp; co'));
      assert.ok(html.includes('&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
      assert.ok(html.includes('Fel &lt;script&gt;x&lt;/script&gt;'));
      // escaped text may say "src=", but no tag carries an attribute that loads something
      assert.deepEqual(html.match(/<[a-z][^>]*\s(?:src|href|srcset|action|data)\s*=/gi) ?? [], []);
      assert.doesNotMatch(html, /https?:\/\//);
      assert.match(html, /<title>Analys &lt;script&gt;/);
    });

    it('Markdown escapes HTML, links and table cells', () => {
      const md = renderMarkdown(result, CTX);
      assert.doesNotMatch(md, /(?<!\\)<(?:script|b>|img|\/td)/i);
      assert.doesNotMatch(md, /(?<!\\)\]\(javascript/);
      assert.ok(md.includes('\\<script\\>'));
      assert.ok(md.includes('\\[länk\\](javascript:alert(3)) \\| cell \\<b\\>fet\\</b\\> \\`kod\\`'));
      assert.equal(mdEscape('# rubrik'), '\\# rubrik');
      assert.equal(mdEscape('1. punkt'), '1\\. punkt');
      // every table row keeps its column count
      for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
        const cells = line.replace(/\\\|/g, '').split('|').length;
        assert.ok(cells >= 3, line);
      }
    });

    it('a file that is not an analysis still gives a report (with the finding)', () => {
      for (const text of ['a: [unclosed\n', '', '- just\n- a list\n', 'schema_version: "1.0"\n']) {
        const r = lintOne('bad.bra.yaml', text, { asOf: AS_OF });
        const html = renderHtml(r, CTX);
        const md = renderMarkdown(r, CTX);
        assert.match(html, /<h1>Behovs- och riskanalys<\/h1>/);
        for (const f of r.findings) {
          assert.ok(html.includes(`<code>${f.rule}</code>`), f.rule);
          assert.ok(md.includes(`\`${f.rule}\``), f.rule);
        }
      }
    });
  });
});

describe('evidence report: special risk assessments with their own measures', () => {
  it('lists measure ids and inline measures (id and description) of a special risk assessment', () => {
    const text = [
      'schema_version: "1.0"',
      'document: { title: Analys, version: "1", status: draft }',
      'risks:',
      '  - { id: R1, probability: 2, severity: 3, measures: [{ id: M1, kind: access_restriction }] }',
      'special_risk_assessments:',
      '  - id: S1',
      '    title: Skyddade personuppgifter',
      '    measures: [M1, { id: M2, kind: protected_identity_masking, description: Maskering i journalen }]',
      '',
    ].join('\n');
    const md = renderMarkdown(lintOne('srb.bra.yaml', text, { asOf: AS_OF }), CTX);
    assert.match(md, /M1, M2: Maskering i journalen/);
  });
});
