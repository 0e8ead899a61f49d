import * as assert from 'node:assert/strict';
import { diffJson, formatDiff, formatGithub, formatJson, formatMarkdown, formatSarif } from '../../../src/diff/format';
import { BASE, diffText, edit } from './fixture';

// AM-1 widened without justification (BRA032), AM-2 narrowed, AM-3 added and justified (widening), R2 removed (analysis)
const head = edit(
  edit(edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions'), 'units: [vc]\n', 'units: []\n'),
  '  - id: R2\n    title: Sekreterare läser fel enhets journaler\n    systems: [journal]\n', '',
) + '  - { id: AM-3, role: lakare, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: care_relation, conditions: [care_relation_check], valid_from: 2026-02-01 }\n';
const r = diffText(BASE, head);

describe('diff formats', () => {
  it('order: unjustified widening, other widening, then the rest', () => {
    assert.deepEqual(r.changes.map((c) => [c.kind, c.entry]), [['widened', 'AM-1'], ['added', 'AM-3'], ['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen'], ['narrowed', 'AM-2'], ['analysis', 'R2']]);
  });

  it('markdown (sv by default): heading, one-line summary, one table, new findings', () => {
    const md = formatMarkdown(r, { lang: 'sv', baseLabel: 'origin/main' });
    const lines = md.split('\n');
    assert.equal(lines[0], '## Behörighetsändringar jämfört med `origin/main`');
    assert.equal(lines[2], '**1 behörighet vidgas, 1 ny behörighet, varav 1 utan stöd i analysen** · 1 inskränkt · 1 ändring i analysen · **1 fastställd analys ändrad utan ny fastställelse** · 4 nya fynd · 3 åtgärdade fynd');
    const table = lines.filter((l) => l.startsWith('|'));
    // labels instead of codes; every new finding on the entry decides ✅/⚠️/❌ (AM-2 and R2: BRA045, the risk is gone)
    assert.deepEqual(table, [
      '| Behörighet | Roll | System | Ändring | Detaljer | Stöd i analysen |',
      '|---|---|---|---|---|---|',
      '| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter | ❌ BRA032 |',
      '| AM-3 | Läkare | Journalsystem (inre sekretess) | ny | patientomfång: pågående vårdrelation<br>kategorier: Läkemedel<br>villkor: kontroll av vårdrelation | ✅ ℹ️ BRA034 |',
      '| Behovs- och riskanalys – Vårdcentralen Björkdalen | – | – | fastställd analys ändrad | den fastställda analysen (version 2.0, fastställd 2026-01-15) ändras (risker och åtgärder) utan ny version eller ny fastställelse: analysen visar inte att ändringarna är fastställda | ❌ ej fastställd ändring av analysen |',
      '| AM-2 | Medicinska sekreterare | Journalsystem (inre sekretess) | inskränkt | vårdenheter: −Vårdcentralen | ❌ BRA034, BRA045 |',
      '| R2 | – | Journalsystem | risk borttagen | risken R2 (Sekreterare läser fel enhets journaler) är borttagen ur analysen<br>behörigheter som grundas på det: AM-2 | ❌ BRA034, BRA045 |',
    ]);
    assert.ok(md.includes('### Nya fynd ('));
    assert.match(md, /- ❌ \*\*BRA032\*\* \(fel\) `a\.bra\.yaml:\d+:\d+` — Behörigheten AM-1 är vidare än behovet/);
  });

  it('markdown in English', () => {
    const md = formatMarkdown(r, { lang: 'en', baseLabel: 'main' });
    assert.ok(md.startsWith('## Access changes compared with `main`\n\n**1 entry widens access, 1 new entry, 1 without support in the analysis** · 1 narrowed · 1 change to the analysis · **1 approved analysis changed without a new approval** · 4 new findings · 3 resolved findings'));
    assert.ok(md.includes('| Entry | Role | System | Change | Details | Justified |'));
    assert.ok(md.includes('| AM-1 | Läkare | Journalsystem (internal confidentiality) | widened | patient scope: ongoing care relationship → all patients | ❌ BRA032 |'));
    assert.ok(md.includes('### New findings ('));
  });

  it('markdown with no changes says so; table cells escape pipes and HTML', () => {
    const none = diffText(BASE, BASE);
    const md = formatMarkdown(none, { lang: 'sv' });
    assert.ok(md.includes('Inga ändringar av behörigheter.'));
    assert.ok(md.includes('0 nya fynd · 0 åtgärdade fynd'));
    const odd = diffText(BASE, edit(BASE, '  - id: AM-2\n', '  - id: "A|<b>"\n'));
    const row = formatMarkdown(odd, { lang: 'en' }).split('\n').find((l) => l.includes('A\\|'))!;
    assert.ok(row.startsWith('| A\\|\\<b\\> |'), row);
  });

  it('json: exactly the documented shape', () => {
    const j = JSON.parse(formatJson(r, { lang: 'en' }));
    assert.deepEqual(Object.keys(j), ['changes', 'newFindings', 'resolvedFindings']);
    assert.deepEqual(Object.keys(j.changes[0]), ['kind', 'entry', 'role', 'system', 'regime', 'details', 'justified', 'verdict', 'newFindings']);
    assert.deepEqual([j.changes[0].role, j.changes[0].system, j.changes[0].regime, j.changes[0].verdict], ['lakare', 'journal', 'inner_secrecy', 'error'], 'codes in the JSON');
    assert.deepEqual(j.changes.map((c: { verdict: string }) => c.verdict), ['error', 'info', 'error', 'error', 'error']);
    assert.deepEqual([j.changes[2].gate, j.changes[4].subject, j.changes[4].change], [['approval'], 'risk', 'removed']);
    assert.deepEqual(j.changes[0].details, ['patient scope: care_relation → all_patients']);
    assert.equal(j.changes[0].justified, false);
    const f = j.changes[0].newFindings[0];
    assert.deepEqual(Object.keys(f), ['path', 'rule', 'severity', 'message', 'location', 'range', 'data']);
    assert.equal(f.rule, 'BRA032');
    assert.equal(f.location, '$.access_matrix[AM-1]');
    assert.ok(f.range.start.line > 1 && f.range.start.column >= 1);
    assert.equal(diffJson(r, 'sv').changes instanceof Array, true);
    assert.deepEqual((diffJson(r, 'sv').changes as { details: string[] }[])[0].details, ['patientomfång: care_relation → all_patients']);
  });

  it('sarif: the new findings and the gate rows (here the approval), with rules, levels and logical locations', () => {
    const s = JSON.parse(formatSarif(r, { lang: 'en', version: '1.2.3' }));
    assert.equal(s.version, '2.1.0');
    const run = s.runs[0];
    assert.equal(run.tool.driver.name, 'bra');
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.equal(run.results.length, r.newFindings.length + 1);
    const gate = run.results[run.results.length - 1];
    assert.deepEqual([gate.ruleId, gate.level, gate.locations[0].physicalLocation.artifactLocation], ['bra-diff/approval', 'error', { uri: 'a.bra.yaml', uriBaseId: '%SRCROOT%' }]);
    assert.match(gate.message.text, /^Behovs- och riskanalys – Vårdcentralen Björkdalen: the approved analysis \(version 2\.0, approved 2026-01-15\) changes \(risks and measures\) without a new version or a new approval/);
    assert.equal(run.tool.driver.rules[gate.ruleIndex].id, 'bra-diff/approval');
    const bra032 = run.results.find((x: { ruleId: string }) => x.ruleId === 'BRA032');
    assert.equal(bra032.level, 'error');
    assert.equal(bra032.locations[0].physicalLocation.artifactLocation.uri, 'a.bra.yaml');
    assert.equal(bra032.locations[0].logicalLocations[0].fullyQualifiedName, '$.access_matrix[AM-1]');
    assert.equal(run.tool.driver.rules[bra032.ruleIndex].id, 'BRA032');
    assert.ok(bra032.partialFingerprints['braFinding/v1']);
    assert.match(run.tool.driver.rules[bra032.ruleIndex].helpUri, /^https:\/\//);
    assert.equal(JSON.parse(formatSarif(diffText(BASE, BASE), { lang: 'sv' })).runs[0].results.length, 0);
  });

  it('github: one annotation per new finding and per gate row, escaped', () => {
    const g = formatGithub(r, { lang: 'en' });
    const lines = g.trimEnd().split('\n');
    assert.equal(lines.length, r.newFindings.length + 1);
    assert.equal(lines[lines.length - 1], '::error file=a.bra.yaml,title=bra-diff/approval::Behovs- och riskanalys – Vårdcentralen Björkdalen: the approved analysis (version 2.0, approved 2026-01-15) changes (risks and measures) without a new version or a new approval: the analysis does not show that the changes are approved');
    const l = lines.find((x) => x.includes('BRA032'))!;
    assert.match(l, /^::error file=a\.bra\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=BRA032::Access entry AM-1 is wider/);
    assert.equal(formatGithub(diffText(BASE, BASE), { lang: 'en' }), '');
    assert.equal(formatDiff(r, 'github', { lang: 'en' }), g);
  });
});
