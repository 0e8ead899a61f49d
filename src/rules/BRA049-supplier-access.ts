/**
 * BRA049 — Leverantörers och IT-personals åtkomst: biträdesavtal, behörighetsmatris och loggning
 * (issue #11 item 5; regulatory-review.md §3 item 6, §6 item 7).
 */
import type { Bilingual } from '../model';
import { bi, joinBoth } from '../i18n';
import { has } from '../yaml';
import { defineRule } from './define';
import type { Ent } from '../domain/model';
import { bool, rec, str, strList } from '../domain/model';

export default defineRule({
  id: 'BRA049',
  name: 'supplier-access',
  severity: 'warning',
  title: bi('Biträdesavtal, behörighet eller loggning för leverantörers och IT-personals åtkomst framgår inte', "Processing agreement, access entry or logging of suppliers' and IT staff's access not shown"),
  messages: {
    default: bi(
      'Leverantörer eller IT-personal når patientuppgifterna i {system}, men analysen visar inte {gaps}.',
      'Suppliers or IT staff can reach the patient data in {system}, but the analysis does not show {gaps}.',
    ),
  },
  legal: [
    { act: 'förordning (EU) 2016/679 (GDPR)', ref: 'art. 28.3', source: 'EUT L 119, 4.5.2016' },
    { act: 'förordning (EU) 2016/679 (GDPR)', ref: 'art. 32.1 och 32.4', source: 'DI-2019-3845 s. 12–13' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
    { act: 'IMY, Vägledande medskick till vården och omsorgen (2024-05-21)', ref: 'aktörers roller, upphandlade tjänster, biträden', source: 'imy.se/blogg/vagledande-medskick-till-varden-och-omsorgen-efter-imys-tillsyner/' },
  ],
  fixable: false,
  check(ctx) {
    const { m } = ctx;
    const bySystem = new Map<string, Ent[]>();
    for (const e of m.entries) {
      const s = str(e.v, 'system');
      if (s === undefined) continue;
      const list = bySystem.get(s);
      if (list) list.push(e);
      else bySystem.set(s, [e]);
    }
    for (const sys of m.systems) {
      if (sys.id === undefined) continue;
      const sa = rec(sys.v, 'supplier_access');
      const declared = bool(sa, 'present') === true;
      const entries = bySystem.get(sys.id) ?? [];
      const roleOf = (e: Ent) => { const r = str(e.v, 'role'); return r === undefined ? undefined : m.roleById.get(r); };
      const itRoles = [...new Set(entries.map(roleOf).filter((r): r is Ent => r !== undefined && str(r.v, 'staff_category') === 'it_staff'))];
      if (!declared && itRoles.length === 0) continue;
      const gaps: Bilingual[] = [];
      const external = declared || itRoles.some((r) => str(r.v, 'external_organisation') !== undefined);
      if (external && str(sa, 'processor_agreement') === undefined) {
        gaps.push(bi('vilket personuppgiftsbiträdesavtal som reglerar åtkomsten (supplier_access.processor_agreement)', 'which data processing agreement governs the access (supplier_access.processor_agreement)'));
      }
      if (declared) {
        const named = new Set(strList(sa, 'roles') ?? []);
        const inMatrix = entries.some((e) => { const r = roleOf(e); return r !== undefined && (str(r.v, 'staff_category') === 'it_staff' || (r.id !== undefined && named.has(r.id))); });
        if (!inMatrix) gaps.push(bi('att åtkomsten finns i behörighetsmatrisen (en behörighet för en roll med staff_category: it_staff eller en roll i supplier_access.roles)', 'that the access is in the access matrix (an entry for a role with staff_category: it_staff or a role in supplier_access.roles)'));
      }
      if (bool(sa, 'logged') !== true) gaps.push(bi('att åtkomsten loggas och kontrolleras (supplier_access.logged)', 'that the access is logged and reviewed (supplier_access.logged)'));
      if (gaps.length === 0) continue;
      ctx.report({
        location: sys.loc,
        at: has(sys.doc, [...sys.path, 'supplier_access']) ? ctx.at(sys, 'supplier_access', 'key') : ctx.at(sys),
        args: { system: sys.id, gaps: joinBoth(gaps) },
      });
    }
  },
});
