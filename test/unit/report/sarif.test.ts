import * as assert from 'node:assert/strict';
import { sarif } from '../../../src/report';
import { fileUri, fingerprint } from '../../../src/report/sarif';
import { allRuleMeta, docsUrl } from '../../../src/rules';
import { CTX, results } from './fixtures';
import { sarifValidator } from './sarif-schema';

describe('report: sarif', () => {
  const validate = sarifValidator();
  const log = JSON.parse(sarif(results(), CTX));
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema (sv, en, no findings, no cwd)', () => {
    for (const out of [
      sarif(results(), CTX),
      sarif(results(), { ...CTX, lang: 'en' }),
      sarif([], CTX),
      sarif(results(), { ...CTX, cwd: undefined }),
    ]) {
      const ok = validate(JSON.parse(out));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3), null, 1));
    }
  });
  it('the validator rejects a broken log (the test can fail)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] }), false);
  });
  it('header: $schema, version, one run, language, columnKind, %SRCROOT% as a file URI with a trailing slash', () => {
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(run.language, 'sv-SE');
    assert.equal(JSON.parse(sarif([], { ...CTX, lang: 'en' })).runs[0].language, 'en-US');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/v%C3%A5rd/' } });
    assert.deepEqual(run.properties, { asOf: '2026-12-01' });
  });
  it('tool.driver lists EVERY rule (catalogue, then yaml-syntax, schema, suppression) with docs, level and legal basis', () => {
    const d = run.tool.driver;
    assert.equal(d.name, 'bra');
    assert.equal(d.version, '1.2.3');
    assert.match(d.informationUri, /^https:\/\//);
    const metas = allRuleMeta();
    const ids = d.rules.map((r: { id: string }) => r.id);
    // every registered rule, in registry order; after them only rules of findings that are not registered
    assert.deepEqual(ids.slice(0, metas.length), metas.map((m) => m.id));
    assert.deepEqual(ids.slice(metas.length - 3, metas.length), ['yaml-syntax', 'schema', 'suppression']);
    const used = new Set(results().flatMap((r) => r.findings.map((f) => f.rule)));
    for (const extra of ids.slice(metas.length)) assert.ok(used.has(extra) && !metas.some((m) => m.id === extra), extra);
    const level = { error: 'error', warning: 'warning', info: 'note' };
    metas.forEach((m, i) => {
      const r = d.rules[i];
      assert.equal(r.name, m.name);
      assert.equal(r.shortDescription.text, m.title.sv);
      assert.ok(r.fullDescription.text.startsWith(m.title.sv.replace(/\.$/, '')));
      assert.equal(r.helpUri, docsUrl(m.id));
      assert.equal(r.defaultConfiguration.level, level[m.severity]);
      assert.deepEqual(r.properties.legal, m.legal);
      assert.ok(Array.isArray(r.properties.tags) && r.properties.tags.length > 0);
      for (const l of m.legal) assert.ok(r.fullDescription.text.includes(`${l.act} ${l.ref}`));
    });
  });
  it('results: ruleId/ruleIndex, level, message, 1-based region relative to %SRCROOT%, logical location', () => {
    assert.equal(run.results.length, 4);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const bra018 = run.results.find((r: any) => r.ruleId === 'BRA018');
    assert.equal(bra018.level, 'error');
    assert.equal(bra018.message.text, 'Risken "R1" har en ogiltig sannolikhet: 100 % säker?\nRätta värdet.');
    assert.deepEqual(bra018.locations, [{
      physicalLocation: {
        artifactLocation: { uri: 'samples/v%C3%A5rd%2Cdata%3Aa.bra.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 7, startColumn: 18, endLine: 7, endColumn: 19 },
      },
      logicalLocations: [{ fullyQualifiedName: '$.risks[R1]', kind: 'member' }],
    }]);
    assert.deepEqual(bra018.properties, { data: { field: 'probability' } });
    assert.equal(run.results.find((r: any) => r.ruleId === 'BRA004').level, 'note');
    assert.equal(run.results.find((r: any) => r.ruleId === 'schema').level, 'warning');
  });
  it('related information → relatedLocations (a file without text gets no region)', () => {
    const bra031 = run.results.find((r: any) => r.ruleId === 'BRA031');
    assert.deepEqual(bra031.relatedLocations, [
      { id: 0, physicalLocation: { artifactLocation: { uri: 'samples/v%C3%A5rd%2Cdata%3Aa.bra.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 6 } }, message: { text: 'Analysens risker' } },
      { id: 1, physicalLocation: { artifactLocation: { uri: 'elsewhere/unknown.yaml', uriBaseId: '%SRCROOT%' } }, message: { text: 'Okänd fil' } },
    ]);
  });
  it('partialFingerprints: stable under edits that move the finding, different for different rule/location/data', () => {
    const r = results();
    const f = r[0].findings[2];
    const moved = { ...f, span: { start: 0, end: 3 }, message: { sv: 'annan', en: 'other' }, data: { field: 'probability' } };
    assert.equal(fingerprint(moved), fingerprint(f));
    assert.equal(fingerprint({ ...f, data: { field: 'probability' } }), fingerprint({ ...f, data: { field: 'probability' } }));
    assert.notEqual(fingerprint({ ...f, location: '$.risks[R2]' }), fingerprint(f));
    assert.notEqual(fingerprint({ ...f, data: { field: 'severity' } }), fingerprint(f));
    assert.notEqual(fingerprint({ ...f, rule: 'BRA019' }), fingerprint(f));
    // key order of data does not matter
    assert.equal(fingerprint({ ...f, data: { a: 1, b: 2 } }), fingerprint({ ...f, data: { b: 2, a: 1 } }));
    const fps = run.results.map((x: any) => x.partialFingerprints['braFinding/v1']);
    for (const fp of fps) assert.match(fp, /^[0-9a-f]{16}$/);
  });
  it('an absolute path outside cwd becomes a file URI without uriBaseId', () => {
    const out = JSON.parse(sarif([{ ...results()[0], path: '/other/x.bra.yaml' }], CTX));
    assert.deepEqual(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///other/x.bra.yaml' });
    assert.equal(fileUri('C:\\work\\a b.yaml'), 'file:///C:/work/a%20b.yaml');
  });
  it('a finding of a rule outside the registry still gets a valid ruleIndex', () => {
    const r = results();
    r[0].findings.push({ ...r[0].findings[0], rule: 'BRA999' });
    const out = JSON.parse(sarif(r, CTX));
    const res = out.runs[0].results.find((x: any) => x.ruleId === 'BRA999');
    assert.equal(out.runs[0].tool.driver.rules[res.ruleIndex].id, 'BRA999');
    assert.ok(validate(out));
  });
});
