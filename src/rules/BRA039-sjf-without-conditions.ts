/**
 * BRA039 — Åtkomst via sammanhållen vård- och omsorgsdokumentation utan villkor (lag 2022:913; rules-and-model.md §2.4).
 * Under lag (2022:913) a care or social-care provider may take part of other providers' data given a current patient
 * or care relationship and consent, with express rules on children's consent, on persons who cannot take a position,
 * and on emergencies. The paragraphs are not verified here (see the doc page's "Tolkning").
 */
import { bi, joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import { CONDITION } from '../domain/labels';
import { bool, str, strList } from '../domain/model';

export default defineRule({
  id: 'BRA039',
  name: 'sjf-without-conditions',
  severity: 'warning',
  title: bi(
    'Åtkomst via sammanhållen vård- och omsorgsdokumentation utan villkor om relation och samtycke',
    'Access through coherent health and social care documentation without relationship and consent conditions',
  ),
  messages: {
    default: bi(
      'Behörigheten {entry} (sammanhållen vård- och omsorgsdokumentation) saknar villkoren {conditions}. Att ta del av andra vård- och omsorgsgivares uppgifter förutsätter en aktuell patient- eller omsorgsrelation och samtycke; lagen har särskilda regler för barns samtycke, för den som inte kan ta ställning och för nödsituationer.',
      "Entry {entry} (coherent health and social care documentation) lacks the conditions {conditions}. Access to other care and social-care providers' data requires a current patient or care relationship and consent; the Act has special rules for children's consent, for persons who cannot take a position, and for emergencies.",
    ),
    one: bi(
      'Behörigheten {entry} (sammanhållen vård- och omsorgsdokumentation) saknar villkoret {conditions}. Att ta del av andra vård- och omsorgsgivares uppgifter förutsätter en aktuell patient- eller omsorgsrelation och samtycke; lagen har särskilda regler för barns samtycke, för den som inte kan ta ställning och för nödsituationer.',
      "Entry {entry} (coherent health and social care documentation) lacks the condition {conditions}. Access to other care and social-care providers' data requires a current patient or care relationship and consent; the Act has special rules for children's consent, for persons who cannot take a position, and for emergencies.",
    ),
  },
  legal: [
    {
      act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation',
      ref: 'villkor för att ta del av uppgifter: aktuell relation, samtycke, barns samtycke, nödsituation (paragrafer ej kontrollerade)',
      url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022913-om-sammanhallen-vard-och_sfs-2022-913/',
    },
    { act: 'prop. 2021/22:177', ref: 'uttryckliga bestämmelser om barns samtycke; omsorgsgivare', url: 'https://rkrattsbaser.gov.se/prop?fritext=2023&page=17&post_id=412' },
  ],
  fixable: true,
  check(ctx) {
    // Children's consent is only asked for where the analysis says children occur.
    const children = ctx.m.registeredCategories.some((c) => c.id === 'children' && bool(c.v, 'present') === true);
    for (const entry of ctx.m.entries) {
      if (str(entry.v, 'regime') !== 'coherent_record_keeping') continue;
      const required = str(entry.v, 'patient_scope') === 'emergency_only'
        ? ['emergency_access_logged']
        : ['care_relation_check', 'patient_consent', ...(children ? ['child_consent_checked'] : [])];
      const conditions = strList(entry.v, 'conditions') ?? [];
      const missing = required.filter((c) => !conditions.includes(c));
      if (missing.length === 0) continue;
      const named = missing.map((c) => ({ sv: `${c} (${CONDITION[c].sv})`, en: `${c} (${CONDITION[c].en})` }));
      ctx.report({
        location: entry.loc,
        at: has(entry.doc, [...entry.path, 'conditions']) ? ctx.at(entry, 'conditions', 'value') : ctx.at(entry),
        message: missing.length === 1 ? 'one' : 'default',
        args: { entry: entry.id ?? entry.loc, conditions: joinBoth(named) },
        fixes: [{
          title: bi(`Lägg till villkoren ${missing.join(', ')}`, `Add the conditions ${missing.join(', ')}`),
          edits: appendItems(entry.doc, [...entry.path, 'conditions'], missing),
          preferred: true,
        }],
      });
    }
  },
});
