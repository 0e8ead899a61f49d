/**
 * The validators of the two schemas. The build precompiles them with ajv's standalone code (scripts/build.mjs swaps
 * this module for out/gen/validators.js in the bundles, so the bundles neither compile the schemas nor contain ajv's
 * compiler). Under plain tsc (the unit tests) this module is used as it is and compiles the schemas with the same
 * options at first use.
 */
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { SCHEMA_KEYWORDS } from './keywords';
import analysisSchema from '../../schemas/analysis.schema.json';
import matrixSchema from '../../schemas/access-matrix.schema.json';

let validators: { analysis: ValidateFunction; matrix: ValidateFunction } | undefined;

function compile(): { analysis: ValidateFunction; matrix: ValidateFunction } {
  if (!validators) {
    // Nothing is fetched: no loadSchema, and both schemas are self-contained (local $refs only).
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, keywords: [...SCHEMA_KEYWORDS] });
    validators = { analysis: ajv.compile(analysisSchema as object), matrix: ajv.compile(matrixSchema as object) };
  }
  return validators;
}

export const compiled: { readonly analysis: ValidateFunction; readonly matrix: ValidateFunction } = {
  get analysis() {
    return compile().analysis;
  },
  get matrix() {
    return compile().matrix;
  },
};
