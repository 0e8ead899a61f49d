import type { Bilingual } from '../model';
import { bi, joinBoth } from '../i18n';
import { setValue } from '../fixes';
import type { Stub } from '../fixes';
import type { TextEdit } from '../model';
import { defineRule } from './define';
import { label, PATIENT_SCOPE } from '../domain/labels';
import { idsOrAll, str, strList } from '../domain/model';
import { expandCategories, matchedNeed, PATIENT_SCOPE_RANK } from '../domain/shared';
import { needGap } from '../domain/need-gap';

const IDENT: Record<string, Bilingual> = {
  identified: bi('direkt identifierbara', 'directly identifiable'),
  pseudonymised: bi('indirekt identifierbara', 'indirectly identifiable'),
};

const lower = (b: Bilingual): Bilingual => ({ sv: b.sv.charAt(0).toLowerCase() + b.sv.slice(1), en: b.en.charAt(0).toLowerCase() + b.en.slice(1) });
const list = (ids: string[]): string => (ids.length > 0 ? ids.join(', ') : '–');

export default defineRule({
  id: 'BRA032',
  name: 'access-wider-than-need',
  severity: 'error',
  title: bi('Behörighet vidare än behovet', 'Access wider than the need'),
  messages: {
    default: bi(
      'Behörigheten {entry} är vidare än behovet {need}: {details}.',
      'Access entry {entry} is wider than need {need}: {details}.',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'prop. 2007/08:126', ref: 's. 148 (behovs- och riskanalyser), s. 149 (grovmaskig tilldelning)', source: 'DI-2019-3845 s. 15–16, 19' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'ingen tilldelning får ge vidare åtkomst än analysen visar är befogad', source: 'DI-2019-3845 s. 23' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const entry of m.entries) {
      if (needGap(m, entry)) continue; // §2.3: BRA031 fires for this entry
      const need = matchedNeed(m, entry);
      if (!need) continue;
      const details: Bilingual[] = [];
      const edits: TextEdit[] = [];
      const set = (key: string, value: Stub) => edits.push(...setValue(entry.doc, entry.path, key, value));

      // 1. categories ⊆ the need's categories (skipped when either side states none)
      const granted = expandCategories(m, entry.v);
      if (granted && need.categories) {
        const extra = granted.ids.filter((c) => !need.categories!.includes(c));
        if (extra.length > 0) {
          details.push(bi(
            `uppgiftskategorier (tilldelat utöver behovet: ${list(extra)}; behov: ${list(need.categories)})`,
            `data categories (granted beyond the need: ${list(extra)}; needed: ${list(need.categories)})`,
          ));
          const rawEntry = idsOrAll(entry.v, 'data_categories');
          const kept = rawEntry === 'all' || rawEntry === undefined ? [] : rawEntry.filter((c) => need.categories!.includes(c));
          // narrow to the granted categories that the need covers; the need's own value when nothing is left
          const needRaw = need.needs.length === 1 ? idsOrAll(need.needs[0].v, 'data_categories') : undefined;
          set('data_categories', kept.length > 0 ? kept : needRaw === 'all' ? 'all' : need.categories);
        }
      }
      // 2. patient scope rank ≤ the need's (skipped when the need states none: BRA026)
      const scope = str(entry.v, 'patient_scope');
      if (scope !== undefined && scope in PATIENT_SCOPE_RANK && need.patientScope !== undefined
        && PATIENT_SCOPE_RANK[scope] > PATIENT_SCOPE_RANK[need.patientScope]) {
        const g = lower(label(PATIENT_SCOPE, scope));
        const n = lower(label(PATIENT_SCOPE, need.patientScope));
        details.push(bi(`patientomfång (tilldelat: ${g.sv}; behov: ${n.sv})`, `patient scope (granted: ${g.en}; needed: ${n.en})`));
        set('patient_scope', need.patientScope);
        if (need.patientScope === 'listed_units' && need.units.length > 0) set('units', need.units);
      }
      // 3. both listed_units: the entry's units ⊆ the need's units (dangling unit ids count as absent)
      if (scope === 'listed_units' && need.patientScope === 'listed_units') {
        const units = (strList(entry.v, 'units') ?? []).filter((u) => m.unitById.has(u));
        const needUnits = need.units.filter((u) => m.unitById.has(u));
        const extra = units.filter((u) => !needUnits.includes(u));
        if (extra.length > 0) {
          details.push(bi(
            `vårdenheter (tilldelat utöver behovet: ${list(extra)}; behov: ${list(needUnits)})`,
            `care units (granted beyond the need: ${list(extra)}; needed: ${list(needUnits)})`,
          ));
          const kept = units.filter((u) => needUnits.includes(u));
          set('units', kept.length > 0 ? kept : needUnits);
        }
      }
      // 4. identified access where the need is pseudonymised
      if (str(entry.v, 'identifiability') !== 'pseudonymised' && need.identifiability === 'pseudonymised') {
        details.push(bi(
          `identifierbarhet (tilldelat: ${IDENT.identified.sv}; behov: ${IDENT.pseudonymised.sv})`,
          `identifiability (granted: ${IDENT.identified.en}; needed: ${IDENT.pseudonymised.en})`,
        ));
        set('identifiability', 'pseudonymised');
      }
      if (details.length === 0) continue;
      const needIds = need.needs.map((n) => n.id ?? n.loc);
      ctx.report({
        location: entry.loc,
        at: ctx.at(entry),
        args: {
          entry: entry.id ?? entry.loc,
          need: joinBoth(needIds),
          details: { sv: details.map((d) => d.sv).join('; '), en: details.map((d) => d.en).join('; ') },
        },
        fixes: [{ title: bi('Begränsa till behovet', 'Restrict to the need'), edits, preferred: true }],
        related: need.needs.map((n) => ({ at: ctx.at(n), message: bi(`Behovet ${n.id ?? ''}`.trim(), `Need ${n.id ?? ''}`.trim()) })),
      });
    }
  },
});
