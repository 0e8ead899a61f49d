import * as assert from 'node:assert/strict';
import { DEFAULT_GLOBS, parseConfig } from '../../src/engine/config';

describe('engine: parseConfig (.bra.jsonc)', () => {
  it('reads rules, thresholds, files and language; comments and trailing commas are allowed', () => {
    const r = parseConfig(`// projektets inställningar
{
  /* regler */
  "rules": { "BRA001": "warning", "schema": "off", "yaml-syntax": "error", "suppression": "info", },
  "thresholds": { "coarseHeadcount": 20, "reviewMaxMonths": 6, "logRetentionMinYears": 0 },
  "files": ["analyser/**/*.yaml", "*.bra.yml",],
  "language": "en",
}
`);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config, {
      rules: { BRA001: 'warning', schema: 'off', 'yaml-syntax': 'error', suppression: 'info' },
      thresholds: { coarseHeadcount: 20, reviewMaxMonths: 6, logRetentionMinYears: 0 },
      files: ['analyser/**/*.yaml', '*.bra.yml'],
      language: 'en',
    });
  });
  it('an empty file or one with only comments is an empty config', () => {
    assert.deepEqual(parseConfig(''), { config: {}, errors: [] });
    assert.deepEqual(parseConfig('// inget\n'), { config: {}, errors: [] });
    assert.deepEqual(parseConfig('{}'), { config: {}, errors: [] });
  });
  it('errors are one English line each: path:line:column: what', () => {
    const text = `{
  "rules": {
    "BRA001": "warning", "BRA999": "error",
    "NOPE": "off",
    "BRA002": "fatal"
  },
  "thresholds": { "coarseHeadcount": -1, "speed": 3, "reviewMaxMonths": "12" },
  "files": "*.yaml",
  "language": "de",
  "extra": true
}`;
    const r = parseConfig(text, 'conf/.bra.jsonc');
    assert.deepEqual(r.errors, [
      "conf/.bra.jsonc:3:26: unknown rule 'BRA999'",
      "conf/.bra.jsonc:4:5: unknown rule 'NOPE'",
      "conf/.bra.jsonc:5:15: invalid severity 'fatal' for rule 'BRA002' (expected 'error', 'warning', 'info' or 'off')",
      "conf/.bra.jsonc:7:38: threshold 'coarseHeadcount' must be a non-negative number, not -1",
      "conf/.bra.jsonc:7:42: unknown threshold 'speed' (expected 'consequenceMinChars', 'coarseHeadcount', 'sjfMirrorMinRoles', 'reviewMaxMonths', 'logIntervalMaxDays', 'logRetentionMinYears', 'sensitiveSpecialties')",
      "conf/.bra.jsonc:7:73: threshold 'reviewMaxMonths' must be a non-negative number, not '12'",
      "conf/.bra.jsonc:8:12: 'files' must be an array of glob strings, not '*.yaml'",
      "conf/.bra.jsonc:9:15: invalid language 'de' (expected 'sv', 'en' or 'auto')",
      "conf/.bra.jsonc:10:3: unknown key 'extra' (expected 'rules', 'thresholds', 'files', 'language')",
    ]);
    for (const e of r.errors) assert.doesNotMatch(e, /\n/);
    // the valid parts are kept
    assert.deepEqual(r.config.rules, { BRA001: 'warning' });
  });
  it("thresholds.sensitiveSpecialties (BRA016): a list of known specialty codes; [] is kept (the documented opt-out); bad items are one line each", () => {
    assert.deepEqual(parseConfig('{ "thresholds": { "sensitiveSpecialties": [] } }'), { config: { thresholds: { sensitiveSpecialties: [] } }, errors: [] });
    assert.deepEqual(parseConfig('{ "thresholds": { "sensitiveSpecialties": ["psychiatry", "youth_clinic"] } }').config, { thresholds: { sensitiveSpecialties: ['psychiatry', 'youth_clinic'] } });
    const r = parseConfig('{ "thresholds": { "sensitiveSpecialties": ["psychiatry", "psykiatri", 3] } }');
    assert.deepEqual(r.errors, [
      ".bra.jsonc:1:58: unknown specialty 'psykiatri' in 'sensitiveSpecialties'",
      ".bra.jsonc:1:71: unknown specialty 3 in 'sensitiveSpecialties'",
    ]);
    assert.deepEqual(parseConfig('{ "thresholds": { "sensitiveSpecialties": "psychiatry" } }').errors, [
      ".bra.jsonc:1:43: threshold 'sensitiveSpecialties' must be an array of specialty codes, not 'psychiatry'",
    ]);
  });
  it('the default path in messages is .bra.jsonc', () => {
    assert.deepEqual(parseConfig('{"rules": {"BRA999": "off"}}').errors, [".bra.jsonc:1:12: unknown rule 'BRA999'"]);
  });
  it('syntax errors with position; no config from a broken file', () => {
    const r = parseConfig('{\n  "rules": { "BRA001": "warning" \n  "files": []\n}');
    assert.deepEqual(r.errors, [".bra.jsonc:3:3: syntax error: ',' expected"]);
    assert.deepEqual(r.config, {});
    assert.deepEqual(parseConfig('{"a": tru}').errors, ['.bra.jsonc:1:7: syntax error: invalid symbol']);
  });
  it('the root must be an object; duplicate keys are errors; wrong types in files', () => {
    assert.deepEqual(parseConfig('[1]').errors, ['.bra.jsonc:1:1: the config must be an object ({ ... }), not an array']);
    assert.deepEqual(parseConfig('{"language": "sv", "language": "en"}').errors, [".bra.jsonc:1:20: duplicate key 'language'"]);
    assert.deepEqual(parseConfig('{"files": ["a", 3, ""]}').errors, [
      ".bra.jsonc:1:17: 'files' entries must be non-empty glob strings, not 3",
      ".bra.jsonc:1:20: 'files' entries must be non-empty glob strings, not an empty string",
    ]);
    assert.deepEqual(parseConfig('{"rules": 1}').errors, [".bra.jsonc:1:11: 'rules' must be an object of rule id to severity, not 1"]);
  });
  it('__proto__ and constructor are unknown keys, and nothing is polluted', () => {
    const r = parseConfig('{"rules": {"__proto__": "off", "constructor": "off"}, "__proto__": {"x": 1}}');
    assert.equal(r.errors.length, 3);
    assert.equal(({} as Record<string, unknown>).x, undefined);
    assert.equal(Object.keys(r.config.rules ?? {}).length, 0);
  });
  it('DEFAULT_GLOBS', () => {
    assert.deepEqual(DEFAULT_GLOBS, ['**/*.bra.yaml', '**/*.bra.yml']);
  });
});
