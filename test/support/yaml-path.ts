/**
 * Loaded by mocha (.mocharc.json `require`, and the second rules run of scripts/test.mjs): BRA_YAML_FAST=0 turns the
 * hand-written fast YAML parser off, so every parse goes through yaml's parseDocument. Unset or 1: the fast path.
 */
import { setFastPath } from '../../src/yaml';

const v = process.env.BRA_YAML_FAST;
if (v !== undefined && v !== '' && v !== '0' && v !== '1') throw new Error(`BRA_YAML_FAST must be 0 or 1, not ${JSON.stringify(v)}`);
setFastPath(v !== '0');
