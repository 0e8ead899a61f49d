/**
 * The examples of a rule's doc page (docs/rules/<id>-<name>.md, section "## Exempel / Examples"), read so that they
 * can be run as tests (test/rules/docs.test.ts), as typescript-eslint runs its docs' Incorrect/Correct blocks.
 *
 * - A paragraph with ❌ starts an example that must fire the rule; one with ✅ an example that must not.
 *   The ```yaml blocks after it (up to the next ❌/✅) are that example, in order.
 * - A block is a fragment: its top-level keys are merged into EXAMPLE_BASE (a key of the fragment replaces the base's
 *   key). A block with `schema_version:` is a whole analysis and is used as written.
 * - `<!-- example: base -->` just before a block makes it the base of the examples after it on the page
 *   (merged into EXAMPLE_BASE itself): context the page shows once, e.g. the roles every example uses.
 * - `<!-- example: not run: <why> -->` in the paragraph of a ❌/✅ says why that example cannot run (say, it is a
 *   separate matrix file, or prose without a block). The test requires the reason and lists it; an example that
 *   has no block and no such marker fails.
 * Every example is evaluated as of AS_OF (2026-12-01), the date of the rule tests.
 */
import { parse, stringify } from 'yaml';

/** The analysis every fragment is merged into: a draft with the required document fields and nothing else. */
export const EXAMPLE_BASE = {
  schema_version: '1.0',
  document: { id: 'EX-1', title: 'Exempel / Example', version: '1.0', status: 'draft' },
};

export interface DocExample {
  /** ❌ must fire the rule, ✅ must not. */
  kind: 'invalid' | 'valid';
  /** 1-based line of the ❌/✅ paragraph on the page. */
  line: number;
  /** The ```yaml blocks of the example, in order. */
  blocks: string[];
  /** The context set by `<!-- example: base -->` blocks before this example on the page. */
  base: Record<string, unknown>;
  /** The reason of `<!-- example: not run: … -->`, when the example says it cannot run. */
  notRun?: string;
}

const MARKER = /<!--\s*example:\s*(base|not run:\s*([^]*?))\s*-->/;

/** The ❌/✅ examples of a page, with their blocks and markers. */
export function docExamples(md: string): DocExample[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## Exempel'));
  if (start < 0) return [];
  const out: DocExample[] = [];
  let base: Record<string, unknown> = {};
  let current: DocExample | undefined;
  let nextIsBase = false;
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const l = lines[i];
    if (/^```/.test(l)) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      const text = body.join('\n') + '\n';
      if (nextIsBase) {
        base = { ...base, ...(parse(text) as Record<string, unknown>) };
        nextIsBase = false;
      } else if (current) current.blocks.push(text);
      continue;
    }
    const m = MARKER.exec(l);
    if (m && m[1] === 'base') nextIsBase = true;
    const kind = l.includes('❌') ? 'invalid' : l.includes('✅') ? 'valid' : undefined;
    if (kind) {
      current = { kind, line: i + 1, blocks: [], base };
      out.push(current);
    }
    if (m && m[1] !== 'base' && current) current.notRun = m[2].trim();
  }
  return out;
}

/** The analysis text of one block of an example: the block merged into the base (or the block, when it is whole). */
export function exampleDocument(block: string, base: Record<string, unknown> = {}): string {
  const fragment = parse(block) as Record<string, unknown>;
  if (fragment && typeof fragment === 'object' && 'schema_version' in fragment) return block;
  return stringify({ ...EXAMPLE_BASE, ...base, ...fragment });
}
