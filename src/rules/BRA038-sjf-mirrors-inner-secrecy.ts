import { bi, joinBoth } from '../i18n';
import { defineRule } from './define';
import { str, strList } from '../domain/model';

export default defineRule({
  id: 'BRA038',
  name: 'sjf-mirrors-inner-secrecy',
  severity: 'warning',
  title: bi('Åtkomsten via sammanhållen vård- och omsorgsdokumentation speglar den inre sekretessen', 'Access through coherent health and social care documentation mirrors internal access'),
  messages: {
    default: bi(
      'Samma personalkategorier ({roles}) har åtkomst till andra vård- och omsorgsgivares uppgifter via {system} som inom den inre sekretessen. IMY förväntar sig att behovet av åtkomst via sammanhållen vård- och omsorgsdokumentation bedöms för sig.',
      "The same roles ({roles}) have access to other providers' data via {system} as have internal access. IMY expects the need for access through coherent health and social care documentation to be assessed separately.",
    ),
  },
  legal: [
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'behovs- och riskanalys även för åtkomst till andra vård- och omsorgsgivares uppgifter (paragraf ej kontrollerad)', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022913-om-sammanhallen-vard-och_sfs-2022-913/' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'all personal med åtkomst till ProReNata hade också åtkomst till NPÖ', source: 'DI-2019-3845 s. 10–11' },
  ],
  fixable: false,
  check(ctx) {
    const { m, t } = ctx;
    // roles that resolve (dangling role references are ignored), in the order of `roles`
    const rolesWith = (pred: (system: string | undefined, regime: string | undefined) => boolean): string[] => {
      const ids = new Set(m.entries.filter((e) => pred(str(e.v, 'system'), str(e.v, 'regime'))).map((e) => str(e.v, 'role'))
        .filter((r): r is string => r !== undefined && m.roleById.has(r)));
      return m.roles.map((r) => r.id).filter((id): id is string => id !== undefined && ids.has(id))
        .filter((id, i, all) => all.indexOf(id) === i);
    };
    const inner = rolesWith((_s, g) => g === 'inner_secrecy');
    if (inner.length < t.sjfMirrorMinRoles) return;
    for (const s of m.systems) {
      if (!s.id || !(strList(s.v, 'regimes') ?? []).includes('coherent_record_keeping')) continue;
      const sjf = rolesWith((sys, g) => sys === s.id && g === 'coherent_record_keeping');
      if (sjf.length !== inner.length || !sjf.every((r) => inner.includes(r))) continue;
      ctx.report({ location: s.loc, at: ctx.at(s), args: { roles: joinBoth(sjf), system: s.id } });
    }
  },
});
