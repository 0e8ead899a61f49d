/** `bra query` / `bra fråga` and the access tests that `bra check` runs (built dist/cli.js): exact output, exit codes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AS_OF, ROOT, assertUsageError, bra, cleanTempDirs, sample, tempDir } from './helpers';

const VC = 'samples/vardcentralen-solglantan.bra.yaml';
const DSK_ALL = ['--role', 'dsk', '--unit', 'vc', '--category', 'mental_health', '--patients', 'all_patients', '--system', 'journal'];

describe('cli: bra query / bra fråga', function () {
  this.timeout(60000);
  after(cleanTempDirs);

  it('no: district nurses may not read mental health of all patients (Swedish, exact output with the chain, exit 0)', () => {
    const r = bra(['query', VC, ...DSK_ALL, '--as-of', AS_OF]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      "Får Distriktssköterskor (mottagning, telefonrådgivning, hemsjukvård) (dsk) vid Vårdcentralen Solgläntan – allmänmedicinsk mottagning (vc) läsa Psykisk ohälsa (mental_health) för samtliga patienter i Journalsystem Medvera Primärvård (journal)?\n" +
      "Nej – ingen behörighet i matrisen omfattar det.\n" +
      "  AM-04: patientomfånget är pågående vårdrelation, inte samtliga patienter.\n" +
      "\n" +
      "Kedja (behov → risk → behörighet):\n" +
      "  behov       N-DSK-J  samples/vardcentralen-solglantan.bra.yaml:128  Pågående vårdrelation; kategorier: identity_contact, somatic_care, medication, mental_health, sexual_health, substance_abuse, violence_close_relations, infectious_notifiable; när: Under pågående kontakt (samtal, besök, hembesök) och i uppföljning av egna åtgärder. — behovet omfattar inte frågan\n" +
      "  risk        R01      samples/vardcentralen-solglantan.bra.yaml:243  Nyfikenhetsslagning på grannar, bekanta och släktingar i journalen (risknivå hög → efter åtgärder medel)\n" +
      "  risk        R02      samples/vardcentralen-solglantan.bra.yaml:268  PHV-teamets anteckningar läses av personal utanför teamet (risknivå hög → efter åtgärder låg)\n" +
      "  risk        R06      samples/vardcentralen-solglantan.bra.yaml:354  Medarbetare läser sin egen, en kollegas eller en närståendes journal (risknivå hög → efter åtgärder låg)\n" +
      "  risk        R09      samples/vardcentralen-solglantan.bra.yaml:425  Delade inloggningar eller obevakad inloggad dator (risknivå medel → efter åtgärder låg)\n" +
      "  behörighet  AM-04    samples/vardcentralen-solglantan.bra.yaml:502  inre sekretess, pågående vårdrelation; kategorier: identity_contact, somatic_care, medication, mental_health, sexual_health, substance_abuse, violence_close_relations, infectious_notifiable; villkor: kontroll av vårdrelation, aktivt val och spärrar respekteras — tillåter inte: patientomfånget är pågående vårdrelation, inte samtliga patienter\n",
    );
  });

  it('no, in English: assistant nurses and mental health (category not included, scope narrower)', () => {
    const r = bra(['query', VC, '--role', 'usk', '--category', 'mental_health', '--system', 'journal', '--as-of', AS_OF, '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      "Can Undersköterskor (lab, mottagning, vaccination) (usk) read Mental health (mental_health) of patients (ongoing care relationship) in Journalsystem Medvera Primärvård (journal)?\n" +
      "No – no access entry in the matrix covers it.\n" +
      "  AM-09: mental_health is not included and the patient scope is scheduled patient contact, not ongoing care relationship.\n" +
      "\n" +
      "Chain (need → risk → access entry):\n" +
      "  need   N-USK-J  samples/vardcentralen-solglantan.bra.yaml:188  Scheduled patient contact; categories: identity_contact, somatic_care, medication, infectious_notifiable; when: Samma dag som patienten är bokad för provtagning eller besök. — the need does not cover the question\n" +
      "  risk   R01      samples/vardcentralen-solglantan.bra.yaml:243  Nyfikenhetsslagning på grannar, bekanta och släktingar i journalen (risk level high → after measures medium)\n" +
      "  risk   R09      samples/vardcentralen-solglantan.bra.yaml:425  Delade inloggningar eller obevakad inloggad dator (risk level medium → after measures low)\n" +
      "  entry  AM-09    samples/vardcentralen-solglantan.bra.yaml:507  internal confidentiality, scheduled patient contact; categories: identity_contact, somatic_care, medication, infectious_notifiable; conditions: linked to a scheduled meeting and time-limited — does not allow: mental_health is not included and the patient scope is scheduled patient contact, not ongoing care relationship\n",
    );
  });

  it('yes, with the allowing entries and their conditions; bra fråga is the same command; a matrix file leads to its analysis', () => {
    const args = ['samples/psykiatri-norrby/behorighetsmatris.bra.yaml', '--role', 'psykiatriker', '--category', 'mental_health', '--system', 'npo', '--patients', 'emergency_only', '--as-of', AS_OF, '--lang', 'en'];
    const r = bra(['query', ...args]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[1], 'Yes – access entries PM-02 and PM-03 allow it, with conditions.');
    assert.equal(lines[2], "  PM-02 allows it, with conditions: blocks respected, care relationship check and patient's consent.");
    assert.equal(lines[3], '  PM-03 allows it, with conditions: blocks respected and emergency access logged and followed up.');
    assert.match(r.stdout, /^ {2}entry {2}PM-03 {6}samples\/psykiatri-norrby\/behorighetsmatris\.bra\.yaml:30 {2}coherent health and social care documentation, emergency access only; all data categories; conditions: blocks respected and emergency access logged and followed up — allows$/m);
    assert.equal(bra(['fråga', ...args]).stdout, r.stdout);
  });

  it('--format json: answer, allowedBy, conditions and the chain with 1-based positions', () => {
    const r = bra(['query', VC, '--role', 'lakare', '--category', 'sexual_health', '--system', 'journal', '--as-of', AS_OF, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.answer, 'allow');
    assert.deepEqual(j.allowedBy, ['AM-01']);
    assert.deepEqual(j.conditions, ['care_relation_check', 'active_choice', 'blocking_respected', 'protected_identity_masked']);
    assert.deepEqual(j.question, { role: 'lakare', system: 'journal', category: 'sexual_health', patients: 'care_relation', identifiability: 'identified', operation: 'read' });
    assert.deepEqual(j.chain.map((l: { kind: string; id: string }) => `${l.kind} ${l.id}`), ['need N-LAK-J', 'risk R01', 'risk R02', 'risk R03', 'risk R05', 'risk R06', 'risk R09', 'entry AM-01']);
    const am01 = j.chain[j.chain.length - 1];
    assert.deepEqual([am01.path, am01.line, am01.column, am01.covers], [VC, 498, 7, true]);
    assert.equal(sample('vardcentralen-solglantan.bra.yaml').split('\n')[497].slice(6, 15), 'id: AM-01');
  });

  it('usage errors: missing flags, unknown ids (with the valid ones), bad codes, no file', () => {
    assertUsageError(bra(['query', VC, '--role', 'dsk']), /^bra: ange --system, --category\. Se bra fråga --help\.\n$/);
    assertUsageError(bra(['query', VC, '--role', 'kurator', '--system', 'journal', '--category', 'mental_health']),
      /^bra: rollen 'kurator' finns inte i analysen \(finns: lakare, dsk, bvc_ssk, phv_team, usk, sekr, admin, analys\)\n$/);
    assertUsageError(bra(['query', VC, '--role', 'dsk', '--system', 'journal', '--category', 'mental_health', '--patients', 'everyone', '--lang', 'en']),
      /^bra: unknown patient scope 'everyone' \(choose none, emergency_only, scheduled_contact, care_relation, own_unit, listed_units, all_patients\)\n$/);
    assertUsageError(bra(['query', '--role', 'dsk', '--system', 'journal', '--category', 'x']), /^bra: ange analysfilen/);
    assertUsageError(bra(['query', 'finns-inte.bra.yaml', '--role', 'dsk', '--system', 'journal', '--category', 'x']), /^bra: kan inte läsa 'finns-inte\.bra\.yaml': filen eller katalogen finns inte\n$/);
    assertUsageError(bra(['query', VC, ...DSK_ALL, '--format', 'xml']), /--format/);
  });
});

describe('cli: access tests (*.access-tests.yaml) in bra check', function () {
  this.timeout(60000);
  after(cleanTempDirs);
  const analysis = sample('vardcentralen-solglantan.bra.yaml');

  it('the sample access tests pass: the samples keep their findings and the tests add none', () => {
    const r = bra(['check', 'samples/vardcentralen-solglantan.access-tests.yaml', '--as-of', AS_OF]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '✔ 1 fil kontrollerad, inga problem\n');
    const j = JSON.parse(bra(['check', 'samples', '--as-of', AS_OF, '--format', 'json']).stdout);
    const t = j.files.find((f: { path: string }) => f.path === 'samples/vardcentralen-solglantan.access-tests.yaml');
    assert.deepEqual(t, { path: 'samples/vardcentralen-solglantan.access-tests.yaml', kind: 'access-tests', diagnostics: [] });
  });

  it('a failing expectation and an unknown id are access-test errors at the test, with the chain (exact stylish output, exit 1)', () => {
    const dir = tempDir({
      'vc.bra.yaml': analysis,
      'vc.access-tests.yaml': [
        'analysis: vc.bra.yaml',
        'tests:',
        '  - name: Undersköterskor läser PHV-anteckningar',
        '    role: usk',
        '    category: mental_health',
        '    system: journal',
        '    expect: allow',
        '  - { name: Sekreterare har inte NPÖ, role: sekr, category: identity_contact, system: npo, expect: deny }',
        '  - { name: Okänd roll, role: kurator, category: mental_health, system: journal, expect: deny }',
        '',
      ].join('\n'),
    });
    const r = bra(['check', '.', '--as-of', AS_OF], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(
      r.stdout,
      'vc.access-tests.yaml\n' +
        '  3:5   error  Testet "Undersköterskor läser PHV-anteckningar" väntar sig ja (allow), men svaret är nej: AM-09: mental_health ingår inte och patientomfånget är schemalagt/bokat patientmöte, inte pågående vårdrelation. Kedja: N-USK-J → R01 → R09 → AM-09.  access-test\n' +
        '    ↳ vc.bra.yaml:188:9  behov N-USK-J: Schemalagt/bokat patientmöte; kategorier: identity_contact, somatic_care, medication, infectious_notifiable; när: Samma dag som patienten är bokad för provtagning eller besök. — behovet omfattar inte frågan\n' +
        '    ↳ vc.bra.yaml:507:5  behörighet AM-09: inre sekretess, schemalagt/bokat patientmöte; kategorier: identity_contact, somatic_care, medication, infectious_notifiable; villkor: kopplad till schemalagt möte och tidsbegränsad — tillåter inte: mental_health ingår inte och patientomfånget är schemalagt/bokat patientmöte, inte pågående vårdrelation\n' +
        "  9:31  error  Testet \"Okänd roll\": Rollen 'kurator' finns inte i analysen (finns: lakare, dsk, bvc_ssk, phv_team, usk, sekr, admin, analys).  access-test\n" +
        '\n' +
        '✖ 2 fel, 0 varningar, 0 information\n',
    );
    const j = JSON.parse(bra(['check', '.', '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout);
    const d = j.files.find((f: { path: string }) => f.path === 'vc.access-tests.yaml').diagnostics;
    assert.deepEqual(d.map((x: { rule: string; location: string; range: { start: { line: number } } }) => [x.rule, x.location, x.range.start.line]), [
      ['access-test', '$.tests[0]', 3],
      ['access-test', '$.tests[2].role', 9],
    ]);
    assert.equal(d[0].message, 'Test "Undersköterskor läser PHV-anteckningar" expects yes (allow), but the answer is no: AM-09: mental_health is not included and the patient scope is scheduled patient contact, not ongoing care relationship. Chain: N-USK-J → R01 → R09 → AM-09.');
    assert.deepEqual(d[0].data, { expect: 'allow', answer: 'deny', allowedBy: [] });
  });

  it('structure problems are schema findings; an unreadable analysis is one access-test finding', () => {
    const dir = tempDir({
      'a.access-tests.yaml': 'analysis: saknas.bra.yaml\ntests:\n  - { name: X, role: usk, category: mental_health, system: journal, expect: maybe, when: now }\n',
      'b.access-tests.yaml': 'analysis: vc.bra.yaml\ntests:\n  - { name: Y, role: usk, category: mental_health, system: journal, expect: allow }\n',
      'vc.bra.yaml': analysis,
    });
    const j = JSON.parse(bra(['check', '.', '--as-of', AS_OF, '--format', 'json'], { cwd: dir }).stdout);
    const a = j.files.find((f: { path: string }) => f.path === 'a.access-tests.yaml').diagnostics;
    assert.deepEqual(a.map((x: { rule: string; location: string; message: string }) => [x.rule, x.location, x.message]), [
      ['access-test', '$.analysis', "Kan inte läsa 'saknas.bra.yaml': filen eller katalogen finns inte"],
      ['schema', '$.tests[0].expect', 'Ogiltigt värde "maybe" för "expect". Tillåtna värden: allow, deny.'],
      ['schema', '$.tests[0].when', 'Okänd nyckel "when" i ett test (tillåtna: name, role, unit, category, patients, system, regime, identifiability, operation, expect).'],
    ]);
    const r = bra(['check', 'b.access-tests.yaml', '--as-of', AS_OF], { cwd: dir });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /^ {2}3:5 {2}error {2}Testet "Y" väntar sig ja/m);
    // .bra.jsonc sets the severity of access-test like any rule's
    fs.writeFileSync(path.join(dir, '.bra.jsonc'), '{ "rules": { "access-test": "warning" } }');
    const w = bra(['check', 'b.access-tests.yaml', '--as-of', AS_OF], { cwd: dir });
    assert.equal(w.code, 0, w.stdout + w.stderr);
    assert.match(w.stdout, /^ {2}3:5 {2}warning {2}Testet "Y" väntar sig ja/m);
  });

  it('a directory walk picks up *.access-tests.yaml next to the analyses', () => {
    const dir = tempDir({ 'x/vc.bra.yaml': analysis, 'x/vc.access-tests.yaml': 'analysis: vc.bra.yaml\ntests: []\n' });
    const j = JSON.parse(bra(['check', '.', '--as-of', AS_OF, '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(j.files.map((f: { path: string; kind: string }) => `${f.path} ${f.kind}`), ['x/vc.bra.yaml analysis', 'x/vc.access-tests.yaml access-tests']);
    void ROOT;
  });
});
