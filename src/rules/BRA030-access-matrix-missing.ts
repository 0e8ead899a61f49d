/** BRA030 — Behörighetsmatris saknas (rules-and-model.md §2.4). */
import type { Fix } from '../model';
import { appendItems, renderLines, replaceValue } from '../fixes';
import type { Stub } from '../fixes';
import { eolOf, has, isSeq, nodeAt } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { defineRule } from './define';
import type { At } from './define';
import type { Model } from '../domain/model';
import { idsOrAll, isRec, str, strList } from '../domain/model';
import { isoDate, PATIENT_SCOPE_RANK } from '../domain/shared';

/** The day after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * `valid_from` of a generated entry: the approval date of an approved analysis (the analysis precedes the
 * assignment), else the day after the evaluation date (a planned assignment of a draft).
 */
function validFrom(m: Model, asOf: string): string {
  const doc = m.document;
  const status = str(doc, 'status');
  const approved = isRec(doc?.approved) ? isoDate(doc!.approved as Record<string, unknown>, 'date') : undefined;
  if ((status === 'approved' || status === 'superseded') && approved) return approved;
  return nextDay(asOf);
}

/** One access entry per documented need: same role, system, regime, categories, patient scope (and units, identifiability). */
function entriesFromNeeds(m: Model, asOf: string): Stub[] {
  const from = validFrom(m, asOf);
  const out: Stub[] = [];
  let i = 1;
  for (const n of m.needs) {
    if (!isRec(n.v) || n.role.id === undefined) continue;
    const e: { [k: string]: Stub } = { id: `AM-${String(i++).padStart(2, '0')}`, role: n.role.id };
    const system = str(n.v, 'system');
    const regime = str(n.v, 'regime');
    if (system) e.system = system;
    if (regime) e.regime = regime;
    const cats = idsOrAll(n.v, 'data_categories');
    if (cats === 'all' || (cats && cats.length)) e.data_categories = cats;
    const scope = str(n.v, 'patient_scope');
    if (scope && scope in PATIENT_SCOPE_RANK) e.patient_scope = scope;
    const units = strList(n.v, 'units');
    if (units && units.length) e.units = units;
    if (str(n.v, 'identifiability') === 'pseudonymised') e.identifiability = 'pseudonymised';
    if (n.id) e.justified_by = [n.id];
    e.valid_from = from;
    out.push(e);
  }
  return out;
}

/** Edits that put `items` into the list `access_matrix` of `doc` (a block list under the key when it is `[]`). */
function fillMatrix(p: ParsedDoc, items: Stub[]): Fix['edits'] {
  const node = nodeAt(p, ['access_matrix']);
  if (isSeq(node) && node.flow && node.items.length === 0) {
    const nl = eolOf(p);
    const edits = replaceValue(p, ['access_matrix'], nl + renderLines(items).map((l) => `  ${l}`).join(nl));
    for (const e of edits) while (e.start > 0 && p.text[e.start - 1] === ' ') e.start--;
    return edits;
  }
  return appendItems(p, ['access_matrix'], items);
}

export default defineRule({
  id: 'BRA030',
  name: 'access-matrix-missing',
  severity: 'warning',
  title: { sv: 'Behörighetsmatris saknas', en: 'Access matrix missing' },
  messages: {
    default: {
      sv: 'Behörighetsmatris saknas. Analysen visar inte hur behörigheterna faktiskt är tilldelade; IMY förväntar sig att analysen leder till en behörighetsstruktur som är anpassad till verksamheten.',
      en: 'No access matrix. The analysis does not show how access is actually assigned; IMY expects the analysis to result in an authorisation structure adapted to the organisation.',
    },
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'en behörighetsstruktur som är anpassad till verksamheten', source: 'DI-2019-3845 s. 19' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'ingen tilldelning ger vidare åtkomst än analysen visar är befogad', source: 'DI-2019-3845 s. 20, 23' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 § (villkor för tilldelning av behörighet)', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    if (m.entries.length > 0) return;
    // where the (empty) matrix is written: the analysis's own key, else a separate matrix file's key, else the root
    const inAnalysis = has(m.analysis, ['access_matrix']);
    const separate = m.matrixDocs.find((d) => d.doc !== m.analysis && has(d.doc, ['access_matrix']));
    const doc = inAnalysis || !separate ? m.analysis : separate.doc;
    const at: At = has(doc, ['access_matrix']) ? { doc, path: ['access_matrix'], part: 'key' } : { doc, path: [] };
    const v = isRec(doc.data) ? doc.data.access_matrix : undefined;
    const items = entriesFromNeeds(m, ctx.asOf);
    const edits = items.length && (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) ? fillMatrix(doc, items) : [];
    ctx.report({
      location: '$',
      at,
      fixes: edits.length
        ? [{ title: { sv: `Skapa en behörighet per dokumenterat behov (${items.length} st.)`, en: `Create one access entry per documented need (${items.length})` }, edits, preferred: true }]
        : undefined,
    });
  },
});
