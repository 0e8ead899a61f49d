/** The query engine (src/query) on the samples: allow/deny, the reasons and the chain need → risk → entry; access tests. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { answer, checkQuestion, queryContext } from '../../src/query';
import type { Question } from '../../src/query';
import { readAccessTests, runAccessTests } from '../../src/query/access-tests';
import { formatMarkdown } from '../../src/query/format';

const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const VC = { path: 'vc.bra.yaml', text: read('samples/vardcentralen-solglantan.bra.yaml') };
const vc = queryContext(VC);
const norrby = queryContext({ path: 'analys.bra.yaml', text: read('samples/psykiatri-norrby/analys.bra.yaml') }, [
  { path: 'behorighetsmatris.bra.yaml', text: read('samples/psykiatri-norrby/behorighetsmatris.bra.yaml') },
]);
const AS_OF = '2026-12-01';
const ask = (q: Question, asOf = AS_OF, ctx = vc) => answer(ctx, q, asOf);
const chain = (a: ReturnType<typeof ask>) => a.chain.map((l) => `${l.kind} ${l.id}${l.covers === undefined ? '' : l.covers ? ' +' : ' -'}`);

describe('query: who can see what', () => {
  it('allow: a physician reads sexual health of a patient in a care relation, via AM-01, with its conditions and chain', () => {
    const a = ask({ role: 'lakare', system: 'journal', category: 'sexual_health' });
    assert.equal(a.allowed, true);
    assert.deepEqual(a.allowedBy, ['AM-01']);
    assert.deepEqual(a.conditions, ['care_relation_check', 'active_choice', 'blocking_respected', 'protected_identity_masked']);
    assert.deepEqual(chain(a), ['need N-LAK-J +', 'risk R01', 'risk R02', 'risk R03', 'risk R05', 'risk R06', 'risk R09', 'entry AM-01 +']);
    assert.equal(a.verdict.sv, 'Ja – behörigheten AM-01 tillåter det, med villkor.');
    assert.equal(a.reasons[0].en, 'AM-01 allows it, with conditions: care relationship check, active choice, blocks respected and masking of protected identity.');
  });

  it('deny by patient scope: district nurses and all patients (the need does not cover it either)', () => {
    const a = ask({ role: 'dsk', unit: 'vc', system: 'journal', category: 'mental_health', patients: 'all_patients' });
    assert.equal(a.allowed, false);
    assert.deepEqual(a.reasons.map((r) => r.sv), ['AM-04: patientomfånget är pågående vårdrelation, inte samtliga patienter.']);
    assert.deepEqual(chain(a), ['need N-DSK-J -', 'risk R01', 'risk R02', 'risk R06', 'risk R09', 'entry AM-04 -']);
    // the same nurses in a care relation: allowed
    assert.equal(ask({ role: 'dsk', unit: 'vc', system: 'journal', category: 'mental_health', patients: 'care_relation' }).allowed, true);
  });

  it('deny by category and scope at once: assistant nurses and mental health', () => {
    const a = ask({ role: 'usk', system: 'journal', category: 'mental_health' });
    assert.equal(a.allowed, false);
    assert.equal(a.reasons[0].en, 'AM-09: mental_health is not included and the patient scope is scheduled patient contact, not ongoing care relationship.');
    // the narrower question about categories the entry has: allowed
    assert.equal(ask({ role: 'usk', system: 'journal', category: 'medication', patients: 'scheduled_contact' }).allowed, true);
  });

  it('deny without any entry: administrators have no NPÖ; the chain shows the risks assessed for the category there', () => {
    const a = ask({ role: 'admin', system: 'npo', category: 'identity_contact' });
    assert.equal(a.allowed, false);
    assert.equal(a.verdict.sv, 'Nej – ingen behörighet i matrisen.');
    assert.deepEqual(a.reasons.map((r) => r.en), ['No entry of the access matrix gives admin access to npo.']);
    assert.deepEqual(chain(a), ['risk R09']);
  });

  it('deny at a unit the role does not work at', () => {
    const a = ask({ role: 'dsk', unit: 'bvc', system: 'journal', category: 'mental_health' });
    assert.equal(a.allowed, false);
    assert.equal(a.reasons[0].sv, 'Rollen dsk arbetar inte vid bvc enligt analysen (units: vc).');
    assert.deepEqual(chain(a).at(-1), 'entry AM-04 -');
  });

  it('pseudonymised data: the analyst gets it, identified data is denied', () => {
    assert.equal(ask({ role: 'analys', system: 'journal', category: 'mental_health', patients: 'all_patients', identifiability: 'pseudonymised' }).allowed, true);
    const a = ask({ role: 'analys', system: 'journal', category: 'mental_health', patients: 'all_patients' });
    assert.equal(a.allowed, false);
    assert.deepEqual(a.reasons.map((r) => r.sv), ['AM-12: ger bara indirekt identifierbara uppgifter.']);
    assert.deepEqual(chain(a), ['need N-ANA-J -', 'risk R10', 'entry AM-12 -']);
  });

  it('valid_from: an entry not yet in force denies; operations: an operation the entry does not list denies', () => {
    const q: Question = { role: 'analys', system: 'journal', category: 'medication', patients: 'all_patients', identifiability: 'pseudonymised' };
    assert.equal(ask(q, '2026-05-01').allowed, true);
    const before = ask(q, '2026-04-30');
    assert.equal(before.allowed, false);
    assert.equal(before.reasons[0].sv, 'AM-12: gäller först från 2026-05-01.');
    const sign = ask({ role: 'sekr', system: 'journal', category: 'somatic_care', operation: 'sign' });
    assert.equal(sign.allowed, false);
    assert.equal(sign.reasons[0].en, 'AM-10: the operation sign is not included.');
  });

  it('several entries: the emergency question is allowed by PM-02 and PM-03 (matrix in its own file)', () => {
    const a = ask({ role: 'psykiatriker', system: 'npo', category: 'mental_health', patients: 'emergency_only' }, AS_OF, norrby);
    assert.deepEqual(a.allowedBy, ['PM-02', 'PM-03']);
    assert.equal(a.verdict.en, 'Yes – access entries PM-02 and PM-03 allow it, with conditions.');
    assert.deepEqual(a.chain.filter((l) => l.kind === 'entry').map((l) => `${l.path}:${l.line}`), ['behorighetsmatris.bra.yaml:18', 'behorighetsmatris.bra.yaml:30']);
  });

  it('an entry that allows more than its need says so (the analysis does not show the need)', () => {
    const text = VC.text.replace(
      '{ id: AM-05, role: dsk, system: npo, regime: coherent_record_keeping, data_categories: [identity_contact, somatic_care, medication, infectious_notifiable]',
      '{ id: AM-05, role: dsk, system: npo, regime: coherent_record_keeping, data_categories: [identity_contact, somatic_care, medication, infectious_notifiable, mental_health]',
    );
    assert.notEqual(text, VC.text);
    const a = ask({ role: 'dsk', system: 'npo', category: 'mental_health' }, AS_OF, queryContext({ path: 'vc.bra.yaml', text }));
    assert.equal(a.allowed, true);
    assert.equal(a.reasons[1].sv, 'Analysen visar inte ett behov som omfattar detta för AM-05 (se BRA031/BRA032).');
  });

  it('checkQuestion names the unknown id and the valid ones', () => {
    assert.equal(checkQuestion(vc.m, { role: 'dsk', system: 'pmo', category: 'mental_health' })?.message.en, "the system 'pmo' is not in the analysis (there are: journal, npo)");
    assert.equal(checkQuestion(vc.m, { role: 'dsk', system: 'npo', category: 'mental_health', unit: 'x' })?.field, 'unit');
    assert.equal(checkQuestion(vc.m, { role: 'dsk', system: 'npo', category: 'mental_health' }), undefined);
  });

  it('formatMarkdown: question, verdict, reasons and the chain table', () => {
    const md = formatMarkdown(ask({ role: 'admin', system: 'npo', category: 'identity_contact' }), 'en');
    assert.equal(md.split('\n').slice(0, 8).join('\n'), [
      '# Who can see what?',
      '',
      '**Question:** Can Vårdadministratörer (reception och tidbok) (admin) read Identity and contact details (identity_contact) of patients (ongoing care relationship) in Nationell patientöversikt (NPÖ) (npo)?',
      '',
      '**Answer:** ⛔ No – no access entry in the matrix.',
      '',
      '- No entry of the access matrix gives admin access to npo.',
      '',
    ].join('\n'));
    assert.match(md, /^\| risk \| R09 \| vc\.bra\.yaml:425 \| Delade inloggningar eller obevakad inloggad dator \(risk level medium → after measures low\) \|$/m);
  });
});

describe('access tests', () => {
  const schema = JSON.parse(read('schemas/access-tests.schema.json'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const sampleTests = read('samples/vardcentralen-solglantan.access-tests.yaml');

  it('the sample passes the JSON schema, reads without findings and all its tests hold', () => {
    const file = readAccessTests(sampleTests);
    assert.ok(validate(file.p.data), JSON.stringify(validate.errors));
    assert.deepEqual(file.findings, []);
    assert.equal(file.tests.length, 6);
    assert.deepEqual(runAccessTests(file, vc, AS_OF), []);
  });

  it('the structure checks agree with the JSON schema on invalid files', () => {
    const cases = [
      'tests: []\n',
      'analysis: a.bra.yaml\n',
      'analysis: a.bra.yaml\ntests:\n  - { name: X, role: r, category: c, system: s, expect: maybe }\n',
      'analysis: a.bra.yaml\ntests:\n  - { name: X, role: r, category: c, system: s }\n',
      'analysis: a.bra.yaml\ntests:\n  - { name: X, role: r, category: c, system: s, expect: deny, when: now }\n',
      'analysis: a.bra.yaml\nextra: 1\ntests: []\n',
      'analysis: a.bra.yaml\ntests:\n  - { name: X, role: r, category: c, system: s, expect: deny, patients: everyone }\n',
    ];
    for (const c of cases) {
      const file = readAccessTests(c);
      assert.equal(validate(file.p.data), false, c);
      assert.ok(file.findings.length > 0 && file.findings.every((f) => f.rule === 'schema'), `${c}: ${JSON.stringify(file.findings.map((f) => f.message.en))}`);
    }
    const ok = 'analysis: a.bra.yaml\ntests:\n  - { name: X, role: r, unit: u, category: c, patients: own_unit, system: s, regime: inner_secrecy, identifiability: pseudonymised, operation: export, expect: deny }\n';
    assert.ok(validate(readAccessTests(ok).p.data));
    assert.deepEqual(readAccessTests(ok).findings, []);
  });

  it('a failing test: access-test finding at the test item, with the chain and related need and entry', () => {
    const file = readAccessTests('analysis: vc.bra.yaml\ntests:\n  - name: Undersköterskor läser PHV-anteckningar\n    role: usk\n    category: mental_health\n    system: journal\n    expect: allow\n');
    const [f] = runAccessTests(file, vc, AS_OF);
    assert.equal(f.rule, 'access-test');
    assert.equal(f.severity, 'error');
    assert.equal(f.location, '$.tests[0]');
    assert.equal(file.p.text.slice(f.span.start, f.span.end), 'name: Undersköterskor läser PHV-anteckningar');
    assert.equal(f.message.sv, 'Testet "Undersköterskor läser PHV-anteckningar" väntar sig ja (allow), men svaret är nej: AM-09: mental_health ingår inte och patientomfånget är schemalagt/bokat patientmöte, inte pågående vårdrelation. Kedja: N-USK-J → R01 → R09 → AM-09.');
    assert.deepEqual(f.related?.map((r) => `${r.path} ${VC.text.slice(r.span.start, r.span.end)}`), ['vc.bra.yaml id: N-USK-J', 'vc.bra.yaml id: AM-09']);
  });

  it('an unusable analysis is one access-test finding at analysis:', () => {
    const file = readAccessTests('analysis: x.bra.yaml\ntests: []\n');
    const [f] = runAccessTests(file, queryContext({ path: 'x.bra.yaml', text: 'a: [\n' }), AS_OF);
    assert.equal(f.rule, 'access-test');
    assert.equal(f.location, '$.analysis');
    assert.equal(file.p.text.slice(f.span.start, f.span.end), 'x.bra.yaml');
    assert.match(f.message.sv, /^Testerna kan inte köras: x\.bra\.yaml kan inte läsas/);
  });
});
