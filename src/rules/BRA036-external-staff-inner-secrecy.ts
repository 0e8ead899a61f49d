/**
 * BRA036 — Annan organisations personal inom inre sekretess (rules-and-model.md §2.4).
 * Three legally different groups (regulatory review §2): staff who work at the provider (e.g. hired) come under the
 * inner secrecy (4 kap. 1 § PDL); suppliers are processors (art. 28 GDPR); other care or social-care providers reach
 * the data through coherent health and social care documentation (lag 2022:913). Only the last gets a regime change.
 */
import { bi } from '../i18n';
import { setValue } from '../fixes';
import { defineRule } from './define';
import { bool, str, strList } from '../domain/model';

const SVOD = 'coherent_record_keeping';

export default defineRule({
  id: 'BRA036',
  name: 'external-staff-inner-secrecy',
  severity: 'warning',
  title: bi('Annan organisations personal inom inre sekretess', "Another organisation's staff under internal confidentiality"),
  messages: {
    default: bi(
      '{role} tillhör en annan organisation ({organisation}) och har behörighet inom den inre sekretessen i {system}, men analysen anger inte organisationens förhållande till vårdgivaren (external_relation). Personal som arbetar hos vårdgivaren (t.ex. inhyrd) omfattas av den inre sekretessen; leverantörer är personuppgiftsbiträden och behöver ett biträdesavtal (art. 28 GDPR); andra vård- och omsorgsgivare når uppgifterna via sammanhållen vård- och omsorgsdokumentation.',
      "{role} belongs to another organisation ({organisation}) and has internal-confidentiality access to {system}, but the analysis does not state the organisation's relation to the provider (external_relation). Staff who work at the provider (e.g. hired staff) come under internal confidentiality; suppliers are processors and need a processor agreement (Art. 28 GDPR); other care or social-care providers reach the data through coherent health and social care documentation.",
    ),
    processor: bi(
      '{role} tillhör leverantören {organisation} och har behörighet i {system}, men analysen visar inte att det finns ett personuppgiftsbiträdesavtal (art. 28 GDPR) som omfattar åtkomsten.',
      '{role} belongs to the supplier {organisation} and has access to {system}, but the analysis does not show a processor agreement (Art. 28 GDPR) covering the access.',
    ),
    otherProvider: bi(
      '{role} tillhör en annan vård- eller omsorgsgivare ({organisation}) men har behörighet inom den inre sekretessen i {system}. En annan vård- eller omsorgsgivares personal når uppgifterna via sammanhållen vård- och omsorgsdokumentation (lag 2022:913), inte inom den inre sekretessen.',
      "{role} belongs to another care or social-care provider ({organisation}) but has internal-confidentiality access to {system}. Another provider's staff reach the data through coherent health and social care documentation (Act 2022:913), not under internal confidentiality.",
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 1 §' },
    { act: 'GDPR', ref: 'art. 28', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'direktåtkomst till andra vård- och omsorgsgivares uppgifter', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022913-om-sammanhallen-vard-och_sfs-2022-913/' },
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
      const relation = str(role.v, 'external_relation');
      // Staff who work at the provider (hired, students): 4 kap. 1 § PDL; the inner secrecy is the right frame.
      if (relation === 'hired_staff') continue;
      if (relation === 'processor' && bool(role.v, 'processor_agreement') === true) continue;
      const system = str(entry.v, 'system');
      const sys = system === undefined ? undefined : m.systemById.get(system);
      // A regime change only for another provider's staff, and only where the system takes part in SVOD.
      const svod = relation === 'other_provider' && (strList(sys?.v, 'regimes') ?? []).includes(SVOD);
      ctx.report({
        location: entry.loc,
        at: ctx.at(entry, 'regime', 'value'),
        message: relation === 'processor' ? 'processor' : relation === 'other_provider' ? 'otherProvider' : 'default',
        args: { role: role.id ?? '', organisation, system: system ?? '–' },
        fixes: svod ? [{
          title: bi('Ändra regelverk till sammanhållen vård- och omsorgsdokumentation (coherent_record_keeping)', 'Change the regime to coherent health and social care documentation (coherent_record_keeping)'),
          edits: setValue(entry.doc, entry.path, 'regime', SVOD),
        }] : undefined,
        related: [{ at: ctx.at(role, 'external_organisation', 'pair'), message: bi(`${role.id} tillhör ${organisation}`, `${role.id} belongs to ${organisation}`) }],
      });
    }
  },
});
