/** BRA001 — Metadata eller fastställande saknas (rules-and-model.md §2.4). */
import type { Bilingual, TextEdit } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries, renameKey } from '../fixes';
import type { Stub } from '../fixes';
import { has } from '../yaml';
import type { Path } from '../yaml';
import { defineRule } from './define';
import { isRec, rec, str } from '../domain/model';

interface Field {
  path: Path;
  label: Bilingual;
}

const F = {
  name: { path: ['care_provider', 'name'], label: { sv: 'vårdgivarens namn (care_provider.name)', en: 'the care provider name (care_provider.name)' } },
  version: { path: ['version'], label: { sv: 'version (version)', en: 'version (version)' } },
  status: { path: ['status'], label: { sv: 'status (status)', en: 'status (status)' } },
  preparedBy: { path: ['prepared_by'], label: { sv: 'vem som upprättat analysen (prepared_by)', en: 'who prepared the analysis (prepared_by)' } },
  approvedBy: { path: ['approved', 'by'], label: { sv: 'vem som fastställt analysen (approved.by)', en: 'who approved it (approved.by)' } },
  approvedRole: { path: ['approved', 'role'], label: { sv: 'fastställarens befattning (approved.role)', en: "the approver's position (approved.role)" } },
  approvedDate: { path: ['approved', 'date'], label: { sv: 'fastställandedatum (approved.date)', en: 'the approval date (approved.date)' } },
} satisfies Record<string, Field>;

/** A `prepared_by` item that says something: a non-blank string, or a map with at least one non-blank value. */
function filledItem(x: unknown): boolean {
  if (typeof x === 'string') return x.trim() !== '';
  if (!isRec(x)) return false;
  return Object.values(x).some((v) => (typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined));
}

/** Edit distance (for a misspelled `prepared_by`). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** A key of `document` that is `prepared_by` misspelled (case, `-`/space for `_`, or up to two typos), if any. */
function misspelledPreparedBy(d: Record<string, unknown> | undefined): string | undefined {
  if (!d || 'prepared_by' in d) return undefined;
  const norm = (k: string) => k.toLowerCase().replace(/[\s_-]+/g, '');
  return Object.keys(d).find((k) => norm(k) === 'preparedby' || distance(norm(k), 'preparedby') <= 2);
}

/**
 * Inserts at the same offset (a nested map that is the last item of `document`) are merged so that the deeper
 * text comes first; a client applying same-offset inserts in any order then gets the same result.
 */
function merge(nested: TextEdit[], outer: TextEdit[]): TextEdit[] {
  const out = [...nested];
  for (const e of outer) {
    const same = out.find((x) => x.start === e.start && x.end === e.end && x.start === x.end);
    if (same && e.start === e.end) same.newText += e.newText;
    else out.push(e);
  }
  return out;
}

export default defineRule({
  id: 'BRA001',
  name: 'metadata-approval',
  severity: 'warning',
  title: { sv: 'Metadata eller fastställande saknas', en: 'Document metadata or approval missing' },
  messages: {
    default: {
      sv: 'Dokumentet saknar uppgifter om {fields}. Analysen visar därmed inte vem som har tagit fram och fastställt den eller när.',
      en: 'The document is missing {fields}. The analysis therefore does not show who prepared and approved it, or when.',
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 5.2', source: 'DI-2019-3845 s. 12' },
    { act: 'GDPR', ref: 'art. 24.1', source: 'DI-2019-3845 s. 12' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const p = m.analysis;
    const hasDocKey = 'document' in m.root;
    const d = m.document;
    const missing: Field[] = [];
    const cp = rec(d, 'care_provider');
    if (!str(cp, 'name')) missing.push(F.name);
    if (!str(d, 'version')) missing.push(F.version);
    if (!str(d, 'status')) missing.push(F.status);
    const pb = d?.prepared_by;
    if (!Array.isArray(pb) || !pb.some(filledItem)) missing.push(F.preparedBy);
    const approvedRequired = str(d, 'status') === 'approved';
    const ap = rec(d, 'approved');
    if (approvedRequired) {
      if (!str(ap, 'by')) missing.push(F.approvedBy);
      if (!str(ap, 'role')) missing.push(F.approvedRole);
      if (!str(ap, 'date')) missing.push(F.approvedDate);
    }
    if (missing.length === 0) return;

    // Range: the deepest existing map that all missing keys share (a missing key points at its parent).
    let at: Path = ['document'];
    const parents = new Set(missing.map((f) => (f.path.length > 1 && has(p, ['document', f.path[0]]) ? String(f.path[0]) : '')));
    if (parents.size === 1) {
      const only = [...parents][0];
      if (only) at = ['document', only];
    }
    // Fix: a skeleton of the missing keys with blank texts for the user to fill in (the finding stays until then).
    // Values keep the schema's types: a missing status becomes `draft`; a date has no blank form, so it is left out.
    const skeleton = (f: Field): Stub | undefined => {
      if (f === F.status) return 'draft';
      if (f === F.preparedBy) return [{ name: '' }];
      if (f === F.approvedDate) return undefined;
      return '';
    };
    let edits: TextEdit[] = [];
    // a misspelled `prepared_by` (`preparedby:`, `Prepared-By:`) is renamed, not joined by a second, blank key
    const typo = missing.includes(F.preparedBy) ? misspelledPreparedBy(d) : undefined;
    const renamed = typo === undefined ? [] : renameKey(p, ['document', typo], 'prepared_by');
    // into the document map, or creating it (missing, or `document:` with no value); never over a value of another type
    if (d !== undefined || m.root.document === undefined || m.root.document === null) {
      const top: Record<string, Stub> = {};
      const nested: Record<string, Record<string, Stub>> = {};
      for (const f of missing) {
        if (f === F.preparedBy && renamed.length) continue;
        const value = skeleton(f);
        if (value === undefined) continue;
        const [k, sub] = f.path.map(String);
        if (sub === undefined) top[k] = value;
        else if (d?.[k] === undefined) ((top[k] ??= {}) as Record<string, Stub>)[sub] = value;
        else (nested[k] ??= {})[sub] = value;
      }
      const nestedEdits: TextEdit[] = [];
      for (const [k, entries] of Object.entries(nested)) {
        // an existing map, or a key written with no value: fill it in place (another type is the schema's business)
        if (isRec(d?.[k]) || d?.[k] === null) nestedEdits.push(...insertEntries(p, ['document', k], entries));
      }
      const outer = Object.keys(top).length ? insertEntries(p, ['document'], top) : [];
      edits = merge(nestedEdits, outer);
    }
    edits = [...renamed, ...edits];

    ctx.report({
      location: hasDocKey ? '$.document' : '$',
      at: hasDocKey ? { doc: p, path: at, part: 'key' } : { doc: p, path: [] },
      args: { fields: joinBoth(missing.map((f) => f.label)) },
      fixes: edits.length
        ? [{
          title: renamed.length && edits.length === renamed.length
            ? { sv: `Byt namn på "${typo}" till "prepared_by"`, en: `Rename "${typo}" to "prepared_by"` }
            : { sv: 'Lägg till de saknade uppgifterna (att fylla i)', en: 'Add the missing keys (to be filled in)' },
          edits,
          preferred: true,
        }]
        : undefined,
    });
  },
});
