/** BRA017 — System/regim saknar riskanalys (inre sekretess resp. SJF) (rules-and-model.md §2.4). */
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { strList } from './model';
import { systemName } from './BRA005-system-scale';
import { freshId } from './BRA010-sensitive-category-risk';

const REGIMES: Record<string, { message: string; short: string; title: (name: string) => string }> = {
  inner_secrecy: { message: 'default', short: 'inre', title: (n) => `För vid åtkomst till ${n} inom den inre sekretessen` },
  coherent_record_keeping: { message: 'sjf', short: 'sjf', title: (n) => `Åtkomst till andra vårdgivares uppgifter via ${n}` },
};

export default defineRule({
  id: 'BRA017',
  name: 'regime-risk-analysis',
  severity: 'error',
  title: {
    sv: 'System/regim saknar riskanalys (inre sekretess resp. SJF)',
    en: 'System or regime without a risk analysis (internal confidentiality or coherent record keeping)',
  },
  messages: {
    default: {
      sv: 'Det finns ingen riskanalys för åtkomst till {system} inom den inre sekretessen.',
      en: 'There is no risk analysis for access to {system} under internal confidentiality. Each regime must be analysed separately.',
    },
    sjf: {
      sv: 'Det finns ingen riskanalys för sammanhållen journalföring via {system}. Åtkomst till andra vårdgivares uppgifter ska analyseras för sig.',
      en: "There is no risk analysis for coherent record keeping via {system}. Access to other care providers' data must be analysed separately.",
    },
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'patientdatalagen (2008:355)', ref: '6 kap. 7 §', source: 'DI-2019-3845 s. 17' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'såväl inom den inre sekretessen som vid sammanhållen journalföring', source: 'DI-2019-3845 s. 10, 19, 21–22' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const covered = new Set<string>();
    for (const r of m.risks) {
      const regimes = strList(r.v, 'regimes') ?? [];
      for (const s of strList(r.v, 'systems') ?? []) for (const g of regimes) covered.add(`${s}\u0000${g}`);
    }
    const seen = new Set<string>();
    for (const s of m.systems) {
      // a system without an id cannot be referenced by a risk (the schema reports the missing id)
      if (s.id === undefined || seen.has(s.id)) continue;
      seen.add(s.id);
      const raw = s.v.regimes;
      const regimes = Array.isArray(raw) ? raw : [];
      const done = new Set<string>();
      regimes.forEach((g, i) => {
        if (typeof g !== 'string' || !(g in REGIMES) || done.has(g)) return;
        done.add(g);
        if (covered.has(`${s.id}\u0000${g}`)) return;
        const info = REGIMES[g];
        const v = m.root.risks;
        let fixes;
        if (v === undefined || v === null || Array.isArray(v)) {
          const stub: Stub = {
            id: freshId(Array.isArray(v) ? v : [], `R-${s.id}-${info.short}`),
            title: info.title(systemName(s)),
            regimes: [g],
            systems: [s.id!],
          };
          const edits = appendItems(m.analysis, ['risks'], [stub]);
          if (edits.length) {
            fixes = [{
              title: { sv: `Skapa en risk för ${s.id} (${g === 'inner_secrecy' ? 'inre sekretess' : 'sammanhållen journalföring'})`, en: `Create a risk for ${s.id} (${g === 'inner_secrecy' ? 'internal confidentiality' : 'coherent record keeping'})` },
              edits,
              preferred: true,
            }];
          }
        }
        ctx.report({
          location: s.loc,
          // the regime item in the system's `regimes` tells the two possible findings apart on screen
          at: ctx.at(s, ['regimes', i], 'value'),
          message: info.message,
          args: { system: systemName(s) },
          data: { regime: g },
          fixes,
        });
      });
    }
  },
});
