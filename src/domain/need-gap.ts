/** BRA031's condition for an access entry, shared with BRA032 (which is skipped for an entry BRA031 fires for). */
import type { Ent, Model, NeedEnt } from './model';
import { str, strList } from './model';

export interface NeedGap {
  role: Ent;
  system: string;
  regime: string;
  /** The role has no need with the entry's system and regime. */
  noNeed: boolean;
  /** Needs named in `justified_by` (resolved) that do not have this system and regime. */
  mismatched: NeedEnt[];
}

/**
 * BRA031's condition for one access entry (also used by BRA032, which is skipped when this fires).
 * Undefined when the rule does not apply: the entry's role, system or regime is missing or does not resolve
 * (dangling references are BRA045's business), or the entry is justified.
 */
export function needGap(m: Model, entry: Ent): NeedGap | undefined {
  const roleId = str(entry.v, 'role');
  const system = str(entry.v, 'system');
  const regime = str(entry.v, 'regime');
  const role = roleId === undefined ? undefined : m.roleById.get(roleId);
  if (!role || system === undefined || regime === undefined || !m.systemById.has(system)) return undefined;
  const matches = (n: Ent) => str(n.v, 'system') === system && str(n.v, 'regime') === regime;
  const noNeed = !(m.needsByRole.get(roleId!) ?? []).some((n) => n.role === role && matches(n));
  const mismatched = (strList(entry.v, 'justified_by') ?? [])
    .map((id) => m.needById.get(id))
    .filter((n): n is NeedEnt => n !== undefined && !matches(n));
  return noNeed || mismatched.length > 0 ? { role, system, regime, noNeed, mismatched } : undefined;
}

/** A need id not used anywhere in the document: `N-<entry id>`, with a suffix when taken. */
