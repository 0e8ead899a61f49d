import type { Fix } from '../model';
import { bi, joinBoth } from '../i18n';
import { appendItems, insertEntries, removeAt, replaceValue, setValue } from '../fixes';
import type { TextEdit } from '../model';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { label, REGIME } from '../domain/labels';
import type { Ent, Model } from '../domain/model';
import { idsOrAll, str, strList } from '../domain/model';
import { PATIENT_SCOPE_RANK } from '../domain/shared';
import { needGap } from '../domain/need-gap';
import type { NeedGap } from '../domain/need-gap';

function freshNeedId(m: Model, entry: Ent): string {
  return freshId(m, `N-${entry.id ?? entry.index + 1}`.replace(/[^A-Za-z0-9_.-]/g, '-'));
}

/** `base`, or `base-2`, `base-3` … when taken by a need. */
function freshId(m: Model, base: string): string {
  let id = base;
  for (let i = 2; m.needById.has(id) || m.needs.some((n) => n.id === id); i++) id = `${base}-${i}`;
  return id;
}

/**
 * The edits that justify an entry by the role's matching need: its id when the id names that need, else (the id is
 * shared with an earlier need, or missing) a fresh id for the need, so that `justified_by` can name it unambiguously.
 */
function justifyByMatchingNeed(m: Model, entry: Ent, gap: NeedGap, kept: string[]): TextEdit[] {
  const matching = m.needs.filter((n) => n.role === gap.role && str(n.v, 'system') === gap.system && str(n.v, 'regime') === gap.regime);
  const own = matching.filter((n) => n.id !== undefined && m.needById.get(n.id) === n);
  if (own.length > 0) return setValue(entry.doc, entry.path, 'justified_by', [...kept, ...own.map((n) => n.id!)]);
  const need = matching[0];
  if (!need) return [];
  const id = freshId(m, need.id ?? freshNeedId(m, entry));
  const rename = need.id !== undefined ? replaceValue(need.doc, [...need.path, 'id'], id) : insertEntries(need.doc, need.path, { id });
  return rename.length ? [...rename, ...setValue(entry.doc, entry.path, 'justified_by', [...kept, id])] : [];
}

/** The need stub that documents what the entry grants (without `when`/`context`: the user must write them). */
function needStub(m: Model, entry: Ent, gap: NeedGap, id: string): { [k: string]: Stub } {
  const stub: { [k: string]: Stub } = { id, system: gap.system, regime: gap.regime };
  const cats = idsOrAll(entry.v, 'data_categories');
  if (cats === 'all') stub.data_categories = 'all';
  else if (cats) {
    const known = cats.filter((c) => m.dataCategoryById.has(c));
    if (known.length > 0) stub.data_categories = known;
  }
  const scope = str(entry.v, 'patient_scope');
  if (scope !== undefined && scope in PATIENT_SCOPE_RANK) stub.patient_scope = scope;
  const units = (strList(entry.v, 'units') ?? []).filter((u) => m.unitById.has(u));
  if (scope === 'listed_units' && units.length > 0) stub.units = units;
  if (str(entry.v, 'identifiability') === 'pseudonymised') stub.identifiability = 'pseudonymised';
  return stub;
}

export default defineRule({
  id: 'BRA031',
  name: 'access-without-need',
  severity: 'error',
  title: bi('Behörighet utan dokumenterat behov', 'Access without a documented need'),
  messages: {
    default: bi(
      'Behörigheten {entry} ger {role} åtkomst till {system} ({regime}) utan att analysen visar ett sådant behov.',
      'Access entry {entry} gives {role} access to {system} ({regime}) although the analysis documents no such need.',
    ),
    mismatch: bi(
      'Behörigheten {entry} ger {role} åtkomst till {system} ({regime}), men behoven den grundas på avser annat system eller regelverk: {needs}. Analysen visar inte ett behov som motsvarar behörigheten.',
      'Access entry {entry} gives {role} access to {system} ({regime}), but the needs it is justified by concern another system or regime: {needs}. The analysis documents no need that matches the access.',
    ),
    both: bi(
      'Behörigheten {entry} ger {role} åtkomst till {system} ({regime}) utan att analysen visar ett sådant behov. Behoven den grundas på avser annat system eller regelverk: {needs}.',
      'Access entry {entry} gives {role} access to {system} ({regime}) although the analysis documents no such need. The needs it is justified by concern another system or regime: {needs}.',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'behörighet även vid åtkomst till andra vård- och omsorgsgivares uppgifter (paragraf ej kontrollerad)', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022913-om-sammanhallen-vard-och_sfs-2022-913/' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'ingen tilldelning får ge vidare åtkomst än analysen visar är befogad', source: 'DI-2019-3845 s. 23' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const entry of m.entries) {
      const gap = needGap(m, entry);
      if (!gap) continue;
      const regimeLabel = label(REGIME, gap.regime);
      const fixes: Fix[] = [];
      const justified = strList(entry.v, 'justified_by');
      const keptJustification = (justified ?? []).filter((id) => !gap.mismatched.some((n) => n.id === id));
      if (gap.noNeed && entry.doc === m.analysis) {
        // The need is added to the role in the analysis; only offered when the entry is in the same file.
        const id = freshNeedId(m, entry);
        const edits = appendItems(m.analysis, [...gap.role.path, 'needs'], [needStub(m, entry, gap, id)]);
        if (gap.mismatched.length > 0) edits.push(...setValue(entry.doc, entry.path, 'justified_by', [...keptJustification, id]));
        fixes.push({
          title: bi(`Lägg till behovet ${id} för ${gap.role.id} (${gap.system}, ${regimeLabel.sv})`, `Add need ${id} to ${gap.role.id} (${gap.system}, ${regimeLabel.en})`),
          edits,
        });
      } else if (!gap.noNeed) {
        // The role has a matching need: point justified_by at it instead of the mismatched ones.
        const edits = keptJustification.some((id) => m.needById.has(id))
          ? setValue(entry.doc, entry.path, 'justified_by', keptJustification)
          : justifyByMatchingNeed(m, entry, gap, keptJustification);
        if (edits.length) {
          fixes.push({
            title: bi('Grunda behörigheten på rollens behov för detta system och regelverk', "Justify the entry by the role's need for this system and regime"),
            edits,
            preferred: true,
          });
        }
      }
      fixes.push({ title: bi(`Ta bort behörigheten ${entry.id ?? ''}`.trim(), `Remove access entry ${entry.id ?? ''}`.trim()), edits: removeAt(entry.doc, entry.path) });
      const needs = joinBoth(gap.mismatched.map((n) => {
        const r = str(n.v, 'regime');
        const rl = r === undefined ? bi('–', '–') : label(REGIME, r);
        return bi(`${n.id} (${str(n.v, 'system') ?? '–'}, ${rl.sv})`, `${n.id} (${str(n.v, 'system') ?? '–'}, ${rl.en})`);
      }));
      ctx.report({
        location: entry.loc,
        at: gap.noNeed ? ctx.at(entry) : ctx.at(entry, 'justified_by', 'value'),
        message: gap.noNeed ? (gap.mismatched.length > 0 ? 'both' : 'default') : 'mismatch',
        args: { entry: entry.id ?? entry.loc, role: gap.role.id ?? '', system: gap.system, regime: regimeLabel, needs },
        fixes,
        related: [{ at: ctx.at(gap.role), message: bi(`Personalkategorin ${gap.role.id} och dess behov`, `Role ${gap.role.id} and its needs`) }],
      });
    }
  },
});
