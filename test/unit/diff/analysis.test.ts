/** Issue 12 items 3 and 4: the analysis in the diff, and a table that tells the truth (what a reviewer sees). */
import * as assert from 'node:assert/strict';
import { fails } from '../../../src/diff';
import { diffJson, formatMarkdown } from '../../../src/diff/format';
import { BASE, diffText, edit } from './fixture';

const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ')).slice(1);
// the colleague's "fix": the need and the access widened together, version and approval unchanged
const widenBoth = edit(
  edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions'),
  'data_categories: all, patient_scope: care_relation }', 'data_categories: all, patient_scope: all_patients }',
);

describe('diff: the analysis and the truth of the table (issue 12)', () => {
  it('a need widened with the access in an approved analysis: need row, approval row, the entry ❌, exit 1', () => {
    const r = diffText(BASE, widenBoth);
    const md = formatMarkdown(r, { lang: 'sv' });
    assert.deepEqual(rows(md), [
      '| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter<br>stöds bara av behov som läggs till eller vidgas i samma ändring: N1 | ❌ ej fastställd ändring av analysen, stöd endast i behov nytt eller vidgat i samma ändring (N1) |',
      '| Behovs- och riskanalys – Vårdcentralen Björkdalen | – | – | fastställd analys ändrad | den fastställda analysen (version 2.0, fastställd 2026-01-15) ändras (roller och behov) utan ny version eller ny fastställelse: analysen visar inte att ändringarna är fastställda | ❌ ej fastställd ändring av analysen |',
      '| N1 | Läkare | Journalsystem (inre sekretess) | behov vidgat | behovet N1 vidare: patientomfång pågående vårdrelation → samtliga patienter<br>behörigheter som grundas på det: AM-1 | ✅ |',
    ]);
    const j = diffJson(r, 'en').changes as Record<string, unknown>[];
    assert.deepEqual(j.map((c) => [c.kind, c.entry, c.verdict]), [['widened', 'AM-1', 'error'], ['approval', 'Behovs- och riskanalys – Vårdcentralen Björkdalen', 'error'], ['analysis', 'N1', 'ok']]);
    assert.deepEqual(j[0].supportChangedBy, ['N1']);
    assert.deepEqual([j[2].subject, j[2].change, j[2].role, j[2].system], ['need', 'widened', 'lakare', 'journal']);
    assert.deepEqual(j[0].details, ['patient scope: care_relation → all_patients', 'supported only by needs added or widened in the same change: N1'], 'codes stay in the JSON');
    assert.equal(fails(r, 'error'), true);
  });

  it('the same with a new version: no approval row, the entry ⚠️ (not ✅), exit 0 at error and 1 at warning', () => {
    const r = diffText(BASE, edit(widenBoth, 'version: "2.0"', 'version: "2.1"'));
    const md = formatMarkdown(r, { lang: 'en' });
    assert.equal(rows(md)[0], '| AM-1 | Läkare | Journalsystem (internal confidentiality) | widened | patient scope: ongoing care relationship → all patients<br>supported only by needs added or widened in the same change: N1 | ⚠️ supported only by a need added or widened in the same change (N1) |');
    assert.ok(!r.changes.some((c) => c.kind === 'approval'));
    assert.equal(fails(r, 'error'), false);
    assert.equal(fails(r, 'warning'), true);
  });

  it('a risk lowered and a measure removed are rows of their own', () => {
    const base = edit(BASE, '    title: Läkare läser journal utan vårdrelation\n', '    title: Läkare läser journal utan vårdrelation\n    probability: 3\n    severity: 3\n    level: high\n    measures:\n      - { id: M1, kind: log_review, description: Loggkontroll }\n');
    const head = edit(edit(base, '    probability: 3\n', '    probability: 1\n'), '    measures:\n      - { id: M1, kind: log_review, description: Loggkontroll }\n', '');
    const r = diffText(base, edit(head, 'version: "2.0"', 'version: "2.1"'));
    const md = formatMarkdown(r, { lang: 'sv' });
    assert.deepEqual(rows(md), [
      '| R1 | – | Journalsystem | risk sänkt | risken R1 (Läkare läser journal utan vårdrelation) bedöms lägre<br>sannolikhet: 3 → 1<br>behörigheter som grundas på det: AM-1 | ✅ |',
      '| R1 | – | Journalsystem | åtgärd borttagen | åtgärder mot risken R1 (Läkare läser journal utan vårdrelation):<br>åtgärden M1 är borttagen (Loggkontroll)<br>behörigheter som grundas på det: AM-1 | ✅ |',
    ]);
  });

  it('every new finding on the entry counts: an info is ✅ ℹ️; an added entry is "ny" and counted apart from "vidgas"', () => {
    const head = `${BASE}  - { id: AM-3, role: lakare, system: journal, regime: inner_secrecy, data_categories: [medication], patient_scope: care_relation, conditions: [care_relation_check], justified_by: [N1], valid_from: 2026-02-01 }\n`;
    const md = formatMarkdown(diffText(BASE, head), { lang: 'sv' });
    assert.equal(md.split('\n')[2], '**1 ny behörighet, alla med stöd i analysen** · 1 nytt fynd · 0 åtgärdade fynd');
    assert.deepEqual(rows(md), ['| AM-3 | Läkare | Journalsystem (inre sekretess) | ny | patientomfång: pågående vårdrelation<br>kategorier: Läkemedel<br>villkor: kontroll av vårdrelation | ✅ ℹ️ BRA034 |']);
  });

  it('NPÖ access for a new need without patient consent (the journey\'s AM-10): ⚠️ BRA039, not ✅', () => {
    let head = edit(BASE, '    regimes: [inner_secrecy]\n', '    regimes: [inner_secrecy]\n  - id: npo\n    name: Nationell patientöversikt\n    regimes: [coherent_record_keeping]\n');
    head = edit(head, 'data_categories: all, patient_scope: care_relation }\n',
      'data_categories: all, patient_scope: care_relation }\n      - { id: N3, system: npo, regime: coherent_record_keeping, data_categories: [medication], patient_scope: care_relation }\n');
    head = `${edit(head, 'version: "2.0"', 'version: "2.1"')}  - { id: AM-4, role: lakare, system: npo, regime: coherent_record_keeping, data_categories: [medication], patient_scope: care_relation, conditions: [care_relation_check], justified_by: [N3], risks_considered: [R1], valid_from: 2026-02-01 }\n`;
    const r = diffText(BASE, head);
    const md = formatMarkdown(r, { lang: 'sv' });
    assert.equal(md.split('\n')[2], '**1 ny behörighet, alla med stöd i analysen** · 1 ändring i analysen · 7 nya fynd · 0 åtgärdade fynd');
    assert.deepEqual(rows(md), [
      '| AM-4 | Läkare | Nationell patientöversikt (sammanhållen vård- och omsorgsdokumentation) | ny | nytt system: Nationell patientöversikt<br>patientomfång: pågående vårdrelation<br>kategorier: Läkemedel<br>villkor: kontroll av vårdrelation<br>stöds bara av behov som läggs till eller vidgas i samma ändring: N3 | ⚠️ BRA039, stöd endast i behov nytt eller vidgat i samma ändring (N3) |',
      '| N3 | Läkare | Nationell patientöversikt (sammanhållen vård- och omsorgsdokumentation) | nytt behov | nytt behov N3 för Läkare: patientomfång pågående vårdrelation, kategorier Läkemedel<br>behörigheter som grundas på det: AM-4 | ⚠️ BRA039 |',
    ]);
    const j = diffJson(r, 'en').changes as Record<string, unknown>[];
    assert.deepEqual(j.map((c) => [c.kind, c.entry, c.justified, c.verdict]), [['added', 'AM-4', true, 'warning'], ['analysis', 'N3', true, 'warning']]);
    assert.deepEqual(j[1].details, ['new need N3 of lakare: patient scope care_relation, categories medication', 'access entries resting on it: AM-4']);
    assert.deepEqual([fails(r, 'error'), fails(r, 'warning')], [true, true], 'BRA005, BRA017, BRA042, BRA043 on the new system are new errors');
  });
});

describe('diff: a new role (the journey: fysio next to the district nurses widened)', () => {
  it('"1 behörighet vidgas, 1 ny behörighet"; the new entry says "ny roll" with the label; the new need is a row', () => {
    let head = edit(BASE, '    patient_scope: care_relation\n    conditions', '    patient_scope: all_patients\n    conditions');
    head = edit(head, 'risks:\n', '  - id: fysio\n    label: Fysioterapeuter\n    staff_category: physiotherapist\n    headcount: 3\n    needs:\n'
      + '      - { id: N4, system: journal, regime: inner_secrecy, data_categories: [somatic_care], patient_scope: care_relation }\nrisks:\n');
    head = `${edit(head, 'version: "2.0"', 'version: "2.1"')}  - { id: AM-5, role: fysio, system: journal, regime: inner_secrecy, data_categories: [somatic_care], patient_scope: care_relation, conditions: [care_relation_check], justified_by: [N4], risks_considered: [R1], valid_from: 2026-02-01 }\n`;
    const r = diffText(BASE, head);
    const md = formatMarkdown(r, { lang: 'sv' });
    assert.equal(md.split('\n')[2], '**1 behörighet vidgas, 1 ny behörighet, varav 1 utan stöd i analysen** · 1 ändring i analysen · 4 nya fynd · 0 åtgärdade fynd');
    assert.deepEqual(rows(md), [
      '| AM-1 | Läkare | Journalsystem (inre sekretess) | vidgad | patientomfång: pågående vårdrelation → samtliga patienter | ❌ BRA032 |',
      '| AM-5 | Fysioterapeuter | Journalsystem (inre sekretess) | ny | ny roll: Fysioterapeuter<br>patientomfång: pågående vårdrelation<br>kategorier: Somatisk vård<br>villkor: kontroll av vårdrelation<br>stöds bara av behov som läggs till eller vidgas i samma ändring: N4 | ⚠️ stöd endast i behov nytt eller vidgat i samma ändring (N4) |',
      '| N4 | Fysioterapeuter | Journalsystem (inre sekretess) | nytt behov | nytt behov N4 för Fysioterapeuter: patientomfång pågående vårdrelation, kategorier Somatisk vård<br>behörigheter som grundas på det: AM-5 | ✅ |',
    ]);
    assert.match(formatMarkdown(r, { lang: 'en' }).split('\n')[2], /^\*\*1 entry widens access, 1 new entry, 1 without support in the analysis\*\* · 1 change to the analysis · /);
    assert.deepEqual(r.changes[1].details.map((x) => x.text.en)[0], 'new role: fysio', 'codes in the JSON');
  });
});

describe('diff: what an approval covers', () => {
  it('an access review recorded in an approved analysis is no approval row; a changed risk title is', () => {
    const base = edit(BASE, 'risks:\n', 'access_governance:\n  review: { interval_months: 6, last_performed: 2026-06-01 }\nrisks:\n');
    const reviewed = edit(base, 'last_performed: 2026-06-01', 'last_performed: 2026-11-30');
    assert.deepEqual(diffText(base, reviewed).changes, []);
    const retitled = edit(base, 'title: Sekreterare läser fel enhets journaler', 'title: Sekreterare läser andra enheters journaler');
    const r = diffText(base, retitled);
    assert.deepEqual(r.changes.map((c) => [c.kind, c.details[0].text.en]), [['approval',
      'the approved analysis (version 2.0, approved 2026-01-15) changes (risks and measures) without a new version or a new approval: the analysis does not show that the changes are approved']]);
    assert.equal(fails(r, 'error'), true);
  });
});
