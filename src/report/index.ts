/** The formatters of `bra check`: pure `(results, ctx) => string`; the CLI picks one by name. */
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<'stylish' | 'json' | 'sarif' | 'github', Formatter> = { stylish, json, sarif, github };
export type FormatName = keyof typeof FORMATTERS;

export { github, json, sarif, stylish };
export { countFindings } from './types';
export type { Counts, Formatter, ReportContext } from './types';
export { lineIndex } from './position';
export type { Position } from './position';
