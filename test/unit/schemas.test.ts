import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { SCHEMA_KEYWORDS } from '../../src/schema/keywords';

type Json = Record<string, unknown>;

/** Tests run from out/test/unit; BRA_SCHEMA_DIR overrides (e.g. when compiled elsewhere). */
const SCHEMA_DIR = process.env.BRA_SCHEMA_DIR ?? path.join(__dirname, '../../../schemas');
const load = (name: string): Json => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as Json;

const analysisSchema = load('analysis.schema.json');
const matrixSchema = load('access-matrix.schema.json');

function newAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: true, keywords: [...SCHEMA_KEYWORDS] });
}

const ajv = newAjv();
const validateAnalysis = ajv.compile(analysisSchema);
const validateMatrix = ajv.compile(matrixSchema);

/** rules-and-model.md §3.5, verbatim. */
const COMPACT_EXAMPLE = `schema_version: "1.0"
document:
  id: ML-BRA-2026
  title: Behovs- och riskanalys – Mottagningen Lindgården (psykiatrisk öppenvård)
  version: "1.2"
  status: approved
  care_provider: { name: Lindgården Psykiatri AB, org_number: "556000-0000", kind: private_company }
  prepared_by:
    - { name: Verksamhetschef, function: clinical_operations }
    - { name: Dataskyddsombud (extern), function: data_protection }
  approved: { by: Sara Holm, role: Verksamhetschef, date: 2026-01-20 }
  next_review: 2027-01-20
scope:
  care_units:
    - { id: mott, name: Psykiatrisk öppenvårdsmottagning, specialty: psychiatry }
systems:
  - id: journal
    name: Journalsystem (webbaserat)
    regimes: [inner_secrecy]
    patients_registered: 5200
    users_with_access: 14
    individual_accounts: true
    logging: { action: true, care_unit_or_process: true, timestamp: true, user_identity: true, patient_identity: true, retention_years: 10 }
data_categories:
  - { id: mental_health, label: Psykisk ohälsa, present: true, sensitivity: very_high }
  - { id: sexual_health, label: Sexualliv, present: true, sensitivity: very_high }
registered_categories:
  - { id: protected_identity, label: Skyddade personuppgifter, present: true, estimated_count: 8 }
roles:
  - id: behandlare
    label: Psykologer och psykoterapeuter
    staff_category: psychologist
    units: [mott]
    headcount: 14
    tasks: [Utredning och psykoterapeutisk behandling]
    needs:
      - id: N1
        system: journal
        regime: inner_secrecy
        data_categories: all
        patient_scope: care_relation
        when: Under pågående behandling och vid uppföljning inom sex månader efter avslut.
        context: Egen patient eller patient i behandlingskonferens där behandlaren deltar.
risks:
  - id: R1
    title: Behandlare läser journal för patient de inte behandlar (t.ex. bekant eller kollega)
    threat_type: internal_unauthorised_access
    regimes: [inner_secrecy]
    systems: [journal]
    data_categories: [mental_health, sexual_health]
    registered_categories: [protected_identity]
    consequences:
      - type: relationship_harm
        description: En bekant får veta att patienten behandlas för trauma efter sexuella övergrepp, vilket skadar förtroende och relationer.
    scale_impact: Liten verksamhet (5 200 patienter, 14 användare) där personal och patienter ofta känner varandra på orten.
    probability: 2
    severity: 4
    level: high
    measures:
      - { id: M1, kind: care_relation_check, description: Journalen öppnas bara för patienter med bokad behandling eller aktiv vårdplan., status: implemented }
    residual: { probability: 1, severity: 4, level: medium }
special_risk_assessments:
  - id: SRB1
    title: Skyddade personuppgifter och psykiatrisk specialistvård
    registered_categories: [protected_identity]
    care_units: [mott]
    assessment: Hela verksamheten är särskilt integritetskänslig; sekretessmarkerade patienter hanteras med dold adress.
    risks: [R1]
access_matrix:
  - id: AM-1
    role: behandlare
    system: journal
    regime: inner_secrecy
    data_categories: all
    patient_scope: care_relation
    conditions: [care_relation_check]
    justified_by: [N1]
    risks_considered: [R1]
    valid_from: 2026-02-01
access_governance:
  assignment_instructions: { document_ref: "Rutin behörighetstilldelning v2", responsible: Verksamhetschef }
  review: { interval_months: 6, last_performed: 2026-08-15, responsible: Verksamhetschef, triggers: [role_change, employment_end, leave_of_absence] }
log_controls:
  - id: LK1
    system: journal
    interval_days: 30
    selection: [random_sample, targeted]
    documented: true
    responsible: Verksamhetschef
    staff_informed: true
    unauthorised_access_guideline: "Riktlinje obehörig åtkomst v1"
    on_suspicion: true
`;

const example = (): Json => parse(COMPACT_EXAMPLE) as Json;

function errorsOf(v: ValidateFunction, data: unknown): ErrorObject[] {
  return v(data) ? [] : [...(v.errors ?? [])];
}

function explain(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`).join('\n');
}

function hasError(errors: ErrorObject[], keyword: string, instancePath: string, params?: Json): void {
  const hit = errors.some(
    (e) => e.keyword === keyword && e.instancePath === instancePath &&
      Object.entries(params ?? {}).every(([k, v]) => (e.params as Json)[k] === v));
  assert.ok(hit, `expected ${keyword} at "${instancePath}" ${JSON.stringify(params ?? {})}, got:\n${explain(errors)}`);
}

/** Every schema object in a schema tree, with its JSON pointer. Skips annotation values (labels, snippets, examples). */
function walk(node: unknown, at: string, visit: (s: Json, at: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => walk(n, `${at}/${i}`, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const s = node as Json;
  visit(s, at);
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === 'definitions') {
      for (const [name, sub] of Object.entries(v as Json)) walk(sub, `${at}/${k}/${name}`, visit);
    } else if (k === 'items' || k === 'anyOf' || k === 'oneOf' || k === 'allOf' || k === 'not' || k === 'if' || k === 'then' || k === 'else') {
      walk(v, `${at}/${k}`, visit);
    }
  }
}

/** Property schemas (values of `properties` maps) and definitions of a schema. */
function namedSchemas(schema: Json): { at: string; s: Json; kind: 'property' | 'definition' }[] {
  const out: { at: string; s: Json; kind: 'property' | 'definition' }[] = [];
  walk(schema, '#', (s, at) => {
    if (at.split('/').slice(-2, -1)[0] === 'properties') out.push({ at, s, kind: 'property' });
    if (at.split('/').slice(-2, -1)[0] === 'definitions') out.push({ at, s, kind: 'definition' });
  });
  return out;
}

/** Replace VS Code snippet placeholders (`${1:default}`, `${1}`, `$1`) by their default text. */
function fillSnippet(body: unknown): unknown {
  if (typeof body === 'string') return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
  if (Array.isArray(body)) return body.map(fillSnippet);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fillSnippet(v)]));
  return body;
}

describe('schemas: compile', () => {
  it('both schemas compile with ajv in strict mode with the shared keyword list', () => {
    const fresh = newAjv();
    assert.doesNotThrow(() => fresh.compile(analysisSchema));
    assert.doesNotThrow(() => fresh.compile(matrixSchema));
  });

  it('are draft-07 with the agreed $ids and titles', () => {
    assert.equal(analysisSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(matrixSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(analysisSchema.$id, 'https://behorighet.example.invalid/schemas/1.0/analysis.schema.json');
    assert.equal(matrixSchema.$id, 'https://behorighet.example.invalid/schemas/1.0/access-matrix.schema.json');
    assert.equal(analysisSchema.title, 'Behovs- och riskanalys med behörighetsmodell');
    assert.deepEqual(analysisSchema.required, ['schema_version', 'document']);
    assert.deepEqual(matrixSchema.required, ['schema_version', 'analysis']);
  });

  it('every SCHEMA_KEYWORDS entry is used by the analysis schema (the list is exact)', () => {
    const text = JSON.stringify(analysisSchema);
    for (const k of SCHEMA_KEYWORDS) assert.ok(text.includes(`"${k}":`), `keyword ${k} is not used`);
  });

  it('uses only local $refs that resolve, in each file on its own', () => {
    for (const schema of [analysisSchema, matrixSchema]) {
      const defs = (schema.definitions ?? {}) as Json;
      walk(schema, '#', (s, at) => {
        if (s.$ref === undefined) return;
        assert.equal(typeof s.$ref, 'string');
        const m = /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(s.$ref as string);
        assert.ok(m, `non-local $ref ${String(s.$ref)} at ${at}`);
        assert.ok(m[1] in defs, `dangling $ref ${String(s.$ref)} at ${at}`);
      });
    }
  });

  it('sets additionalProperties: false on every object schema', () => {
    for (const schema of [analysisSchema, matrixSchema]) {
      walk(schema, '#', (s, at) => {
        if (s.type === 'object') assert.equal(s.additionalProperties, false, `${at} allows additional properties`);
      });
    }
  });
});

describe('schemas: the compact example (rules-and-model.md §3.5)', () => {
  it('is a valid analysis', () => {
    const errors = errorsOf(validateAnalysis, example());
    assert.deepEqual(errors, [], explain(errors));
  });

  it('its access matrix is valid as a matrix file of its own', () => {
    const data = { schema_version: '1.0', analysis: 'lindgarden.bra.yaml', access_matrix: example().access_matrix };
    const errors = errorsOf(validateMatrix, data);
    assert.deepEqual(errors, [], explain(errors));
  });

  it('a minimal skeleton (schema_version + document) is valid', () => {
    assert.deepEqual(errorsOf(validateAnalysis, { schema_version: '1.0', document: {} }), []);
  });
});

describe('schemas: invalid documents', () => {
  it('missing document → required at the root', () => {
    const data = example();
    delete data.document;
    hasError(errorsOf(validateAnalysis, data), 'required', '', { missingProperty: 'document' });
  });

  it('missing schema_version → required at the root', () => {
    const data = example();
    delete data.schema_version;
    hasError(errorsOf(validateAnalysis, data), 'required', '', { missingProperty: 'schema_version' });
  });

  it('unknown key `sytem` in an access entry → additionalProperties on the entry', () => {
    const data = example();
    const entry = (data.access_matrix as Json[])[0];
    entry.sytem = entry.system;
    delete entry.system;
    hasError(errorsOf(validateAnalysis, data), 'additionalProperties', '/access_matrix/0', { additionalProperty: 'sytem' });
  });

  it('patient_scope: everyone → enum', () => {
    const data = example();
    (data.access_matrix as Json[])[0].patient_scope = 'everyone';
    hasError(errorsOf(validateAnalysis, data), 'enum', '/access_matrix/0/patient_scope');
  });

  it('probability 5 or "Hög" passes the schema (a risk_method may declare them; BRA018 checks the value); a list or a boolean → anyOf', () => {
    const data = example();
    const risk = (data.risks as Json[])[0];
    risk.probability = 5;
    (risk.residual as Json).severity = 'Hög';
    assert.deepEqual(errorsOf(validateAnalysis, data).filter((e) => e.instancePath.startsWith('/risks/0')), []);
    risk.probability = [1];
    (risk.residual as Json).severity = true;
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'anyOf', '/risks/0/probability');
    hasError(errors, 'anyOf', '/risks/0/residual/severity');
  });

  it('risk_method: scales of at least two distinct values', () => {
    const data = example();
    data.risk_method = { name: 'Regionens 5×5', probability: [1, 2, 3, 4, 5], severity: ['Låg', 'Medel', 'Hög'] };
    assert.deepEqual(errorsOf(validateAnalysis, data), []);
    data.risk_method = { probability: [1], severity: ['Låg', 'Låg'], levels: 3 };
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'minItems', '/risk_method/probability');
    hasError(errors, 'uniqueItems', '/risk_method/severity');
    hasError(errors, 'additionalProperties', '/risk_method');
  });

  it('a key written without a value (`probability:`) is null → type', () => {
    const data = parse(COMPACT_EXAMPLE.replace('    probability: 2\n', '    probability:\n')) as Json;
    assert.equal((data.risks as Json[])[0].probability, null);
    hasError(errorsOf(validateAnalysis, data), 'type', '/risks/0/probability', { type: 'integer' });
  });

  it('valid_from missing → required on the access entry', () => {
    const data = example();
    delete (data.access_matrix as Json[])[0].valid_from;
    hasError(errorsOf(validateAnalysis, data), 'required', '/access_matrix/0', { missingProperty: 'valid_from' });
  });

  it('a list item without id → required', () => {
    const data = example();
    delete (data.risks as Json[])[0].id;
    delete ((data.roles as Json[])[0].needs as Json[])[0].id;
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'required', '/risks/0', { missingProperty: 'id' });
    hasError(errors, 'required', '/roles/0/needs/0', { missingProperty: 'id' });
  });

  it('content with legal weight is not required by the schema (semantic rules report it)', () => {
    const data = example();
    const risk = (data.risks as Json[])[0];
    delete risk.probability;
    delete risk.severity;
    delete risk.consequences;
    delete (data.roles as Json[])[0].tasks;
    assert.deepEqual(errorsOf(validateAnalysis, data), []);
  });

  it('bad date, bad id, bad category id, bad duration → pattern', () => {
    const data = example();
    const entry = (data.access_matrix as Json[])[0];
    entry.valid_from = '1 feb 2026';
    entry.id = 'AM 1';
    entry.time_limit = '4 months';
    (data.data_categories as Json[])[0].id = 'Mental-Health';
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'pattern', '/access_matrix/0/valid_from');
    hasError(errors, 'pattern', '/access_matrix/0/id');
    hasError(errors, 'pattern', '/access_matrix/0/time_limit');
    hasError(errors, 'pattern', '/data_categories/0/id');
  });

  it('ISO-8601 durations are accepted as time_limit', () => {
    for (const d of ['P4M', 'P14D', 'P1Y6M', 'PT12H', 'P2W', 'P1DT2H']) {
      const data = example();
      (data.access_matrix as Json[])[0].time_limit = d;
      assert.deepEqual(errorsOf(validateAnalysis, data), [], d);
    }
    for (const d of ['P', 'PT', '4M', 'P4', 'P1DT']) {
      const data = example();
      (data.access_matrix as Json[])[0].time_limit = d;
      hasError(errorsOf(validateAnalysis, data), 'pattern', '/access_matrix/0/time_limit');
    }
  });

  it('data_categories and units are a list of ids or "all"; anything else → anyOf', () => {
    const data = example();
    (data.access_matrix as Json[])[0].data_categories = 'alla';
    (data.roles as Json[])[0].units = 'everywhere';
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'anyOf', '/access_matrix/0/data_categories');
    hasError(errors, 'anyOf', '/roles/0/units');
    const ok = example();
    (ok.roles as Json[])[0].units = 'all';
    (ok.access_matrix as Json[])[0].data_categories = ['mental_health', 'custom_category_1'];
    assert.deepEqual(errorsOf(validateAnalysis, ok), []);
  });

  it('counts are non-negative integers', () => {
    const data = example();
    (data.systems as Json[])[0].patients_registered = -1;
    (data.roles as Json[])[0].headcount = 2.5;
    const errors = errorsOf(validateAnalysis, data);
    hasError(errors, 'minimum', '/systems/0/patients_registered');
    hasError(errors, 'type', '/roles/0/headcount', { type: 'integer' });
  });

  it('schema_version must be the string "1.0"', () => {
    const data = example();
    data.schema_version = 1;
    hasError(errorsOf(validateAnalysis, data), 'type', '/schema_version');
    data.schema_version = '2.0';
    hasError(errorsOf(validateAnalysis, data), 'enum', '/schema_version');
  });

  it('matrix file: analysis and schema_version are required, unknown top-level keys are refused', () => {
    const errors = errorsOf(validateMatrix, { access_matrix: [], document: {} });
    hasError(errors, 'required', '', { missingProperty: 'analysis' });
    hasError(errors, 'required', '', { missingProperty: 'schema_version' });
    hasError(errors, 'additionalProperties', '', { additionalProperty: 'document' });
    const entryErrors = errorsOf(validateMatrix, { schema_version: '1.0', analysis: 'a.bra.yaml', access_matrix: [{ id: 'X', patient_scope: 'everyone' }] });
    hasError(entryErrors, 'required', '/access_matrix/0', { missingProperty: 'valid_from' });
    hasError(entryErrors, 'enum', '/access_matrix/0/patient_scope');
  });
});

describe('schemas: annotations', () => {
  for (const [name, schema] of [['analysis', analysisSchema], ['access-matrix', matrixSchema]] as const) {
    it(`${name}: every enum has enumDescriptions, markdownEnumDescriptions and x-label-sv/x-label-en for every value`, () => {
      let count = 0;
      walk(schema, '#', (s, at) => {
        if (!Array.isArray(s.enum)) return;
        count++;
        const values = s.enum as unknown[];
        for (const k of ['enumDescriptions', 'markdownEnumDescriptions']) {
          const d = s[k] as unknown[];
          assert.ok(Array.isArray(d), `${at}: ${k} missing`);
          assert.equal(d.length, values.length, `${at}: ${k} length`);
          for (const x of d) assert.ok(typeof x === 'string' && x.trim() !== '', `${at}: empty ${k}`);
        }
        for (const k of ['x-label-sv', 'x-label-en']) {
          const labels = s[k] as Json;
          assert.ok(labels && typeof labels === 'object', `${at}: ${k} missing`);
          assert.deepEqual(Object.keys(labels).sort(), values.map(String).sort(), `${at}: ${k} keys`);
          for (const v of Object.values(labels)) assert.ok(typeof v === 'string' && v.trim() !== '', `${at}: empty ${k}`);
        }
      });
      assert.ok(count > 0);
    });

    it(`${name}: every property and definition has a Swedish title and description and English x-title-en/x-description-en`, () => {
      const named = namedSchemas(schema);
      assert.ok(named.length > 0);
      for (const { at, s } of named) {
        for (const k of ['title', 'description', 'x-title-en', 'x-description-en']) {
          assert.ok(typeof s[k] === 'string' && (s[k] as string).trim() !== '', `${at}: ${k} missing`);
        }
      }
    });
  }

  it('uses the exact Swedish labels of the data model', () => {
    const defs = analysisSchema.definitions as Record<string, Json>;
    assert.equal((defs.patient_scope['x-label-sv'] as Json).care_relation, 'Pågående vårdrelation');
    assert.deepEqual(defs.probability.enumDescriptions, ['1 – Mycket liten', '2 – Liten', '3 – Stor', '4 – Mycket stor']);
    assert.deepEqual(defs.severity.enumDescriptions, ['1 – Begränsad', '2 – Måttlig', '3 – Betydande', '4 – Allvarlig']);
    assert.deepEqual(defs.risk_level['x-label-sv'], { low: 'Låg', medium: 'Medel', high: 'Hög', very_high: 'Mycket hög' });
    assert.equal((defs.measure_kind['x-label-sv'] as Json).confidentiality_undertaking, 'Sekretessförbindelse');
  });

  it('the shared definitions of the matrix schema are deep-equal copies of the analysis schema', () => {
    const a = analysisSchema.definitions as Json;
    const m = matrixSchema.definitions as Json;
    assert.ok(Object.keys(m).length > 0);
    for (const k of Object.keys(m)) {
      assert.ok(k in a, `matrix definition ${k} is not in the analysis schema`);
      assert.deepEqual(m[k], a[k], `definition ${k} differs`);
    }
    const ap = analysisSchema.properties as Json;
    const mp = matrixSchema.properties as Json;
    assert.deepEqual(mp.schema_version, ap.schema_version);
    assert.deepEqual(mp.access_matrix, ap.access_matrix);
    assert.equal((mp.analysis as Json).title, 'Analys');
  });

  it('defaultSnippets: Swedish labels, and each body (placeholders filled) is valid against its schema', () => {
    const check = (schema: Json, validate: (data: unknown) => ErrorObject[], where: string): number => {
      const snippets = (schema.defaultSnippets ?? []) as Json[];
      for (const sn of snippets) {
        assert.ok(typeof sn.label === 'string' && sn.label !== '', `${where}: snippet without label`);
        assert.ok(typeof sn.description === 'string' && sn.description !== '', `${where}: snippet without description`);
        const errors = validate(fillSnippet(sn.body));
        assert.deepEqual(errors, [], `${where} snippet "${String(sn.label)}":\n${explain(errors)}`);
      }
      return snippets.length;
    };
    assert.equal(check(analysisSchema, (d) => errorsOf(validateAnalysis, d), 'analysis root'), 1);
    assert.equal(check(matrixSchema, (d) => errorsOf(validateMatrix, d), 'matrix root'), 1);
    const defs = analysisSchema.definitions as Record<string, Json>;
    const labels: string[] = [];
    for (const name of ['risk', 'need', 'access_entry', 'system', 'role', 'log_control', 'special_risk_assessment']) {
      const v = ajv.getSchema(`${String(analysisSchema.$id)}#/definitions/${name}`);
      assert.ok(v, name);
      assert.ok(check(defs[name], (d) => errorsOf(v, d), name) >= 1, `${name} has no snippet`);
      labels.push(...(defs[name].defaultSnippets as Json[]).map((s) => String(s.label)));
    }
    assert.ok(labels.includes('Ny risk') && labels.includes('Ny behörighet'), labels.join(', '));
  });
});
