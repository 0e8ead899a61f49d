/** BRA017 — System/regim saknar riskanalys (inre sekretess resp. SJF) (rules-and-model.md §2.4). */
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { strList } from '../domain/model';
import { systemName } from '../domain/names';
import { freshId } from '../domain/stubs';

const REGIMES: Record<string, { message: 'default' | 'sjf'; short: string; title: (name: string) => string }> = {
  inner_secrecy: { message: 'default', short: 'inre', title: (n) => `För vid åtkomst till ${n} inom den inre sekretessen` },
  coherent_record_keeping: { message: 'sjf', short: 'sjf', title: (n) => `Åtkomst till andra vårdgivares uppgifter via ${n}` },
};

export default defineRule({
  id: 'BRA017',
  name: 'regime-risk-analysis',
  severity: 'error',
  title: {
    sv: 'Riskanalys saknas för ett system inom inre sekretess eller sammanhållen vård- och omsorgsdokumentation',
    en: 'No risk analysis for a system under internal confidentiality or coherent health and social care documentation',
  },
  messages: {
    default: {
      sv: 'Analysen innehåller ingen risk som avser {system} inom den inre sekretessen.',
      en: 'The analysis contains no risk concerning {system} under internal confidentiality.',
    },
    sjf: {
      sv: 'Analysen innehåller ingen risk som avser {system} inom sammanhållen vård- och omsorgsdokumentation. IMY förväntar sig att åtkomst till andra vård- och omsorgsgivares uppgifter analyseras för sig.',
      en: "The analysis contains no risk concerning {system} under coherent health and social care documentation. IMY expects access to other care and social-care providers' data to be analysed separately.",
    },
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'behovs- och riskanalys även för åtkomst till andra vård- och omsorgsgivares uppgifter (paragraf ej kontrollerad)', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022913-om-sammanhallen-vard-och_sfs-2022-913/' },
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
              title: { sv: `Skapa en risk för ${s.id} (${g === 'inner_secrecy' ? 'inre sekretess' : 'sammanhållen vård- och omsorgsdokumentation'})`, en: `Create a risk for ${s.id} (${g === 'inner_secrecy' ? 'internal confidentiality' : 'coherent health and social care documentation'})` },
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
