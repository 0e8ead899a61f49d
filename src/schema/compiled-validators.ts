/**
 * Placeholder for the validators that the build precompiles with ajv's standalone code (scripts/build.mjs swaps
 * this module for out/gen/validators.js in the bundles, so the extension activates without compiling the schema).
 * Under plain tsc (the unit tests) it is empty and src/schema compiles the schemas at first use.
 */
import type { ValidateFunction } from 'ajv';

export const compiled: { analysis?: ValidateFunction; matrix?: ValidateFunction } = {};
