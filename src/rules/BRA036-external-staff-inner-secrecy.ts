import { bi } from '../i18n';
import { setValue } from '../fixes';
import { defineRule } from './define';
import { str, strList } from './model';

export default defineRule({
  id: 'BRA036',
  name: 'external-staff-inner-secrecy',
  severity: 'warning',
  title: bi('Annan organisations personal inom inre sekretess', "Another organisation's staff under internal confidentiality"),
  messages: {
    default: bi(
      '{role} tillhör en annan organisation ({organisation}) men har behörighet inom den inre sekretessen i {system}. Åtkomst för annan vårdgivares personal kräver annat stöd, t.ex. sammanhållen journalföring.',
      "{role} belongs to another organisation ({organisation}) but has internal-confidentiality access to {system}. Another provider's staff need a different legal route, e.g. coherent record keeping.",
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 1 §' },
    { act: 'patientdatalagen (2008:355)', ref: '6 kap.', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const entry of m.entries) {
      if (str(entry.v, 'regime') !== 'inner_secrecy') continue;
      const roleId = str(entry.v, 'role');
      const role = roleId === undefined ? undefined : m.roleById.get(roleId);
      const organisation = str(role?.v, 'external_organisation');
      if (!role || organisation === undefined) continue;
      const system = str(entry.v, 'system');
      const sys = system === undefined ? undefined : m.systemById.get(system);
      // Offer the regime change only where coherent record keeping is a regime of the system.
      const sjf = (strList(sys?.v, 'regimes') ?? []).includes('coherent_record_keeping');
      ctx.report({
        location: entry.loc,
        at: ctx.at(entry, 'regime', 'value'),
        args: { role: role.id ?? '', organisation, system: system ?? '–' },
        fixes: sjf ? [{
          title: bi('Ändra regelverk till sammanhållen journalföring (coherent_record_keeping)', 'Change the regime to coherent record keeping (coherent_record_keeping)'),
          edits: setValue(entry.doc, entry.path, 'regime', 'coherent_record_keeping'),
        }] : undefined,
        related: [{ at: ctx.at(role, 'external_organisation', 'pair'), message: bi(`${role.id} tillhör ${organisation}`, `${role.id} belongs to ${organisation}`) }],
      });
    }
  },
});
