/** BRA023 — Restrisk saknas, är orimlig eller inte accepterad (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { insertEntries } from '../fixes';
import type { Stub } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import { isRec, str } from '../domain/model';
import { LEVEL, label } from '../domain/labels';
import { LEVEL_RANK } from '../domain/shared';
import { bra018Fires, isRiskMap, methodLevel, rankOf, riskMethodOf } from '../domain/risk-method';

const ACCEPTANCE = ['accepted_by', 'accepted_date', 'rationale'];
const lower = (b: Bilingual): Bilingual => ({ sv: b.sv.toLowerCase(), en: b.en.toLowerCase() });

export default defineRule({
  id: 'BRA023',
  name: 'residual-risk',
  severity: 'warning',
  title: { sv: 'Restrisk saknas, är högre än ursprunglig risk eller har inte godtagits', en: 'Residual risk missing, higher than the inherent risk or not accepted' },
  messages: {
    default: {
      sv: 'Restrisken för {risk} {problems}.',
      en: 'The residual risk of {risk} {problems}.',
    },
  },
  legal: [
    { act: 'GDPR', ref: 'art. 24.1 och 32.1', source: 'DI-2019-3845 s. 12' },
    { act: 'GDPR', ref: 'art. 35 och 36.1 (förhandssamråd om en konsekvensbedömning visar hög risk som inte begränsas)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
  ],
  fixable: true,
  check(ctx) {
    const method = riskMethodOf(ctx.m.root);
    for (const r of ctx.m.risks) {
      if (!isRiskMap(r) || bra018Fires(r, method)) continue; // §2.3 cascade
      const inherent = methodLevel(method, r.v);
      if (inherent === undefined || LEVEL_RANK[inherent] < LEVEL_RANK.medium) continue;
      const residual = isRec(r.v.residual) ? r.v.residual : undefined;
      const problems: Bilingual[] = [];
      let fixes: Fix[] | undefined;
      const lacking = residual ? (['probability', 'severity'] as const).filter((k) => rankOf(method, k, residual[k]) === undefined) : [];
      if (!residual) {
        problems.push({ sv: 'är inte bedömd', en: 'is not assessed' });
        if (r.v.residual === undefined || r.v.residual === null) {
          // copied from the inherent assessment: no reduction is claimed until the user assesses it
          const block: { [k: string]: Stub } = { probability: r.v.probability as string | number, severity: r.v.severity as string | number };
          if (r.v.level !== undefined) block.level = inherent;
          // a high residual needs a decision to accept it: keys to fill in (accepted_date is left out, as "" is no date)
          if (inherent === 'high' || inherent === 'very_high') Object.assign(block, { accepted_by: '', rationale: '' });
          const edits = r.v.residual === null ? insertEntries(r.doc, [...r.path, 'residual'], block) : insertEntries(r.doc, r.path, { residual: block });
          if (edits.length) {
            fixes = [{ title: { sv: 'Lägg till restrisk (kopierad från ursprunglig bedömning)', en: 'Add a residual risk (copied from the inherent assessment)' }, edits, preferred: true }];
          }
        }
      } else if (lacking.length > 0) {
        problems.push({
          sv: `saknar ${lacking.map((k) => (k === 'probability' ? 'sannolikhet' : 'konsekvens')).join(' och ')}`,
          en: `lacks ${lacking.join(' and ')}`,
        });
      } else {
        const level = methodLevel(method, residual)!;
        if (LEVEL_RANK[level] > LEVEL_RANK[inherent]) {
          const l = lower(label(LEVEL, level));
          const i = lower(label(LEVEL, inherent));
          problems.push({ sv: `är högre än den ursprungliga risken (${l.sv} mot ${i.sv})`, en: `is higher than the inherent risk (${l.en} vs. ${i.en})` });
        }
        if (level === 'high' || level === 'very_high') {
          const missing = ACCEPTANCE.filter((k) => str(residual, k) === undefined);
          if (missing.length > 0) {
            const l = lower(label(LEVEL, level));
            problems.push({
              sv: `är ${l.sv} men beslut om att acceptera den (vem, när, motivering) saknas: ${missing.join(', ')}; om behandlingen kräver en konsekvensbedömning (art. 35) och den visar en hög risk som inte kan begränsas ska IMY konsulteras (art. 36.1)`,
              en: `is ${l.en} but no documented acceptance (who, when, rationale): ${missing.join(', ')}; if the processing requires an impact assessment (Art. 35) and it shows a high risk that cannot be mitigated, IMY must be consulted (Art. 36(1))`,
            });
          }
        }
      }
      if (problems.length === 0) continue;
      ctx.report({
        location: r.loc,
        at: has(r.doc, [...r.path, 'residual']) ? ctx.at(r, 'residual', 'key') : ctx.at(r),
        args: { risk: r.id ?? r.loc, problems: joinBoth(problems) },
        fixes,
      });
    }
  },
});
