/**
 * BRA046 — Spärr: systemet visar inte stöd för spärr, eller behörigheten respekterar inte spärrar
 * (issue #11 item 5; regulatory-review.md §3 item 2, §6 item 5).
 */
import { bi } from '../i18n';
import { appendItems } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import type { Ent } from '../domain/model';
import { bool, rec, str, strList } from '../domain/model';

/** Inner-secrecy patient scopes that reach patients of other care units (where an inner block has effect). */
const CROSS_UNIT_SCOPES = new Set(['listed_units', 'all_patients']);

/** Whether the system's inner block is settled: supported, or stated not to apply with a rationale. */
function internalSettled(sys: Ent): boolean {
  const b = rec(sys.v, 'blocking');
  return bool(b, 'internal') === true || (bool(b, 'internal') === false && str(b, 'rationale') !== undefined);
}

export default defineRule({
  id: 'BRA046',
  name: 'blocking',
  severity: 'warning',
  title: bi('Spärr: stöd i systemet eller respekt i behörigheten framgår inte', 'Blocking: support in the system or respect in the access entry not shown'),
  messages: {
    default: bi(
      'Analysen visar inte att {system} kan spärra uppgifter mot andra vårdenheter eller vårdprocesser (inre spärr) eller mot andra vård- och omsorgsgivare.',
      'The analysis does not show that {system} can block data from other care units or care processes (internal block) or from other care and social-care providers.',
    ),
    internal: bi(
      'Analysen visar inte att {system} kan spärra uppgifter mot andra vårdenheter eller vårdprocesser hos vårdgivaren (inre spärr, blocking.internal), eller varför det inte behövs.',
      "The analysis does not show that {system} can block data from the provider's other care units or care processes (internal block, blocking.internal), or why it is not needed.",
    ),
    external: bi(
      'Analysen visar inte att spärrar mot andra vård- och omsorgsgivare kan sättas och respekteras i {system} (sammanhållen vård- och omsorgsdokumentation, blocking.external).',
      'The analysis does not show that blocks towards other care and social-care providers can be set and are respected in {system} (shared care documentation, blocking.external).',
    ),
    entry: bi(
      'Analysen visar inte att behörigheten {entry} respekterar patienters spärrar ({regime}). Lägg till villkoret blocking_respected om systemet upprätthåller spärren för denna åtkomst.',
      'The analysis does not show that access entry {entry} respects patients\' blocks ({regime}). Add the condition blocking_respected if the system enforces blocks for this access.',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 4 §', source: 'Region Kalmar, Spärrar och loggutdrag (vardgivare.regionkalmar.se)' },
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'bestämmelserna om spärr', source: 'riksdagen.se SFS 2022:913; Socialstyrelsen, samlat stöd' },
    { act: 'Datainspektionens tillsyn av Region Gävleborg', ref: 'teknisk funktion för inre spärr saknades', source: 'beslutet s. 1, docplayer.se/106891917 (sekundär kopia)' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const sys of m.systems) {
      const regimes = strList(sys.v, 'regimes') ?? [];
      const inner = regimes.includes('inner_secrecy');
      const crk = regimes.includes('coherent_record_keeping');
      const internalGap = inner && !internalSettled(sys);
      const externalGap = crk && bool(rec(sys.v, 'blocking'), 'external') !== true;
      if (!internalGap && !externalGap) continue;
      ctx.report({
        location: sys.loc,
        at: has(sys.doc, [...sys.path, 'blocking']) ? ctx.at(sys, 'blocking', 'key') : ctx.at(sys),
        message: internalGap && externalGap ? 'default' : internalGap ? 'internal' : 'external',
        args: { system: sys.id ?? sys.loc },
      });
    }
    for (const e of m.entries) {
      if (str(e.v, 'identifiability') === 'pseudonymised') continue;
      const regime = str(e.v, 'regime');
      const scope = str(e.v, 'patient_scope');
      const conditions = strList(e.v, 'conditions') ?? [];
      if (conditions.includes('blocking_respected')) continue;
      // Only where the system can block: a system that does not is the system finding above (one root cause, one finding).
      const system = str(e.v, 'system');
      const b = rec(system === undefined ? undefined : m.systemById.get(system)?.v, 'blocking');
      const applies = regime === 'coherent_record_keeping'
        ? scope !== 'none' && bool(b, 'external') === true
        : regime === 'inner_secrecy' && CROSS_UNIT_SCOPES.has(scope ?? '') && bool(b, 'internal') === true;
      if (!applies) continue;
      const c = e.v.conditions;
      const edits = c === undefined || c === null || Array.isArray(c) ? appendItems(e.doc, [...e.path, 'conditions'], ['blocking_respected']) : [];
      ctx.report({
        location: e.loc,
        at: has(e.doc, [...e.path, 'conditions']) ? ctx.at(e, 'conditions', 'value') : ctx.at(e),
        message: 'entry',
        args: {
          entry: e.id ?? e.loc,
          regime: regime === 'coherent_record_keeping'
            ? bi('spärr mot andra vård- och omsorgsgivare', 'blocks towards other providers')
            : bi('inre spärr mot andra vårdenheter', 'internal blocks towards other care units'),
        },
        fixes: edits.length
          ? [{ title: bi('Lägg till villkoret blocking_respected (spärrar respekteras)', 'Add the condition blocking_respected (blocks respected)'), edits, preferred: true }]
          : undefined,
      });
    }
  },
});
