/**
 * A validator of SARIF 2.1.0 logs against the official schema, offline. The schema (draft-04) is the one shipped
 * by Microsoft's @microsoft/jest-sarif (a devDependency for this alone); ajv-draft-04 is ajv 8 for draft-04.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';

const SCHEMA_PATH = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');

/** Formats are checked by hand (ajv-formats is not a dependency). */
export function sarifValidator() {
  // unicodeRegExp off: the schema's `language` pattern (`…{2}]?$`) is not valid with the u flag
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));
}
