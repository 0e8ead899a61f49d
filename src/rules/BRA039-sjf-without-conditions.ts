import { bi, joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import { has } from '../yaml';
import { defineRule } from './define';
import { CONDITION } from './labels';
import { str, strList } from './model';

export default defineRule({
  id: 'BRA039',
  name: 'sjf-without-conditions',
  severity: 'warning',
  title: bi('SJF-åtkomst utan villkor om patientrelation och samtycke', 'Coherent-record-keeping access without patient-relationship and consent conditions'),
  messages: {
    default: bi(
      'Behörigheten {entry} (sammanhållen journalföring) saknar villkoren {conditions}. Direktåtkomst till andra vårdgivares uppgifter förutsätter aktuell patientrelation och samtycke (utom i nödsituation).',
      "Coherent-record-keeping entry {entry} lacks the conditions {conditions}. Direct access to other providers' data requires a current patient relationship and consent (except in emergencies).",
    ),
    one: bi(
      'Behörigheten {entry} (sammanhållen journalföring) saknar villkoret {conditions}. Direktåtkomst till andra vårdgivares uppgifter förutsätter aktuell patientrelation och samtycke (utom i nödsituation).',
      "Coherent-record-keeping entry {entry} lacks the condition {conditions}. Direct access to other providers' data requires a current patient relationship and consent (except in emergencies).",
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '6 kap. 3 §' },
    { act: 'patientdatalagen (2008:355)', ref: '6 kap. 4 §' },
    { act: 'patientdatalagen (2008:355)', ref: '6 kap. 7 §', source: 'DI-2019-3845 s. 16–17' },
  ],
  fixable: true,
  check(ctx) {
    for (const entry of ctx.m.entries) {
      if (str(entry.v, 'regime') !== 'coherent_record_keeping') continue;
      const required = str(entry.v, 'patient_scope') === 'emergency_only' ? ['emergency_access_logged'] : ['care_relation_check', 'patient_consent'];
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
