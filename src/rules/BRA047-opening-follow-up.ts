/**
 * BRA047 — Nödöppning och aktivt val inom inre sekretess loggas inte med motivering eller följs inte upp riktat
 * (issue #11 item 5; regulatory-review.md §3 item 3, §6 item 6).
 */
import type { Bilingual } from '../model';
import { bi, joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import { defineRule } from './define';
import type { Ent } from '../domain/model';
import { bool, rec, str, strList } from '../domain/model';

type Opening = 'active_choice' | 'emergency_access';
const OPENING: Record<Opening, Bilingual> = {
  active_choice: bi('aktivt val (active_choice)', 'active choice (active_choice)'),
  emergency_access: bi('nödöppning (emergency_access)', 'emergency opening (emergency_access)'),
};

/** The openings an inner-secrecy entry relies on as a restricting condition. */
function openingsOf(e: Ent): Opening[] {
  if (str(e.v, 'regime') !== 'inner_secrecy' || str(e.v, 'identifiability') === 'pseudonymised') return [];
  const conditions = strList(e.v, 'conditions') ?? [];
  const out: Opening[] = [];
  if (conditions.includes('active_choice')) out.push('active_choice');
  if (conditions.includes('emergency_access_logged') || str(e.v, 'patient_scope') === 'emergency_only') out.push('emergency_access');
  return out;
}

export default defineRule({
  id: 'BRA047',
  name: 'opening-follow-up',
  severity: 'warning',
  title: bi('Nödöppning och aktivt val följs inte upp', 'Emergency and active-choice openings not followed up'),
  messages: {
    one: bi(
      'Behörigheten {entries} i {system} begränsas med {openings}, men analysen visar inte att öppningarna loggas med motivering och följs upp riktat: {gaps}.',
      'Access entry {entries} in {system} is restricted by {openings}, but the analysis does not show that the openings are logged with a reason and followed up in a targeted way: {gaps}.',
    ),
    default: bi(
      'Behörigheterna {entries} i {system} begränsas med {openings}, men analysen visar inte att öppningarna loggas med motivering och följs upp riktat: {gaps}.',
      'Access entries {entries} in {system} are restricted by {openings}, but the analysis does not show that the openings are logged with a reason and followed up in a targeted way: {gaps}.',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 9 a §', source: 'IMY, Kontroll av åtkomst till uppgifter – för vårdgivare (imy.se)' },
    { act: 'prop. 2007/08:126', ref: 's. 149 (aktiva val)', source: 'DI-2019-3845 s. 16' },
    { act: 'Kammarrätten i Stockholm 2022-05-16', ref: 'aktiva val som integritetshöjande åtgärd (enligt referat)', source: 'tmpartners.se 2022-06-02' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const bySystem = new Map<string, { entries: Ent[]; openings: Set<Opening> }>();
    for (const e of m.entries) {
      const openings = openingsOf(e);
      const system = str(e.v, 'system');
      if (openings.length === 0 || system === undefined) continue;
      const g = bySystem.get(system) ?? { entries: [], openings: new Set<Opening>() };
      g.entries.push(e);
      openings.forEach((o) => g.openings.add(o));
      bySystem.set(system, g);
    }
    for (const sys of m.systems) {
      const g = sys.id === undefined ? undefined : bySystem.get(sys.id);
      if (!g) continue;
      const openings = (['active_choice', 'emergency_access'] as Opening[]).filter((o) => g.openings.has(o));
      const gaps: Bilingual[] = [];
      if (bool(rec(sys.v, 'logging'), 'opening_reason') !== true) {
        gaps.push(bi('loggen visar inte öppningen med användarens motivering (logging.opening_reason)', "the log does not show the opening with the user's reason (logging.opening_reason)"));
      }
      // no log control for the system at all is BRA043's finding
      const controls = m.logControls.filter((c) => str(c.v, 'system') === sys.id);
      const targeted = new Set(controls.flatMap((c) => strList(c.v, 'targets') ?? []));
      const untargeted = openings.filter((o) => !targeted.has(o));
      let fix: ReturnType<typeof appendItems> = [];
      if (controls.length > 0 && untargeted.length > 0) {
        const names = joinBoth(untargeted.map((o) => OPENING[o]));
        gaps.push(bi(`ingen loggkontroll av ${sys.id} följer upp ${names.sv} riktat (targets)`, `no log control of ${sys.id} follows up ${names.en} in a targeted way (targets)`));
        const c = controls[0];
        const t = c.v.targets;
        // only a fix that removes the whole finding is offered (the log content is a system capability)
        if (gaps.length === 1 && (t === undefined || t === null || Array.isArray(t))) fix = appendItems(c.doc, [...c.path, 'targets'], untargeted);
      }
      if (gaps.length === 0) continue;
      ctx.report({
        location: sys.loc,
        at: ctx.at(sys),
        message: g.entries.length === 1 ? 'one' : 'default',
        args: {
          entries: g.entries.map((e) => e.id ?? e.loc).join(', '),
          system: sys.id!,
          openings: joinBoth(openings.map((o) => OPENING[o])),
          gaps: { sv: gaps.map((x) => x.sv).join('; '), en: gaps.map((x) => x.en).join('; ') },
        },
        fixes: fix.length
          ? [{ title: bi(`Lägg till ${untargeted.join(', ')} i loggkontrollens riktade urval (targets)`, `Add ${untargeted.join(', ')} to the log control's targets`), edits: fix, preferred: true }]
          : undefined,
      });
    }
  },
});
