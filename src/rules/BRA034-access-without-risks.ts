import { bi } from '../i18n';
import { appendItems } from '../fixes';
import { defineRule } from './define';
import { has, isMap, nodeAt } from '../yaml';
import { str, strList } from '../domain/model';

export default defineRule({
  id: 'BRA034',
  name: 'access-without-risks',
  severity: 'info',
  title: bi('Behörighet utan koppling till bedömda risker', 'Access entry not linked to assessed risks'),
  messages: {
    default: bi(
      'Behörigheten {entry} hänvisar inte till några bedömda risker. Tilldelningen ska grundas på både behov och risker.',
      'Access entry {entry} references no assessed risks. Assignment must rest on both needs and risks.',
    ),
  },
  legal: [
    { act: 'prop. 2007/08:126', ref: 's. 148', source: 'DI-2019-3845 s. 15' },
    { act: 'IMY:s beslut DI-2019-3845', ref: 'analysen ska omfatta både behov och risker', source: 'DI-2019-3845 s. 18, 20' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    for (const entry of m.entries) {
      if (!isMap(nodeAt(entry.doc, entry.path))) continue; // not an entry at all: the schema reports it
      // dangling ids count as absent (§2.3)
      const considered = (strList(entry.v, 'risks_considered') ?? []).filter((id) => m.riskById.has(id));
      if (considered.length > 0) continue;
      const system = str(entry.v, 'system');
      const regime = str(entry.v, 'regime');
      const ofSystem = m.risks.filter((r) => r.id && system !== undefined && (strList(r.v, 'systems') ?? []).includes(system));
      const ofRegime = ofSystem.filter((r) => {
        const regimes = strList(r.v, 'regimes');
        return !regimes || regimes.length === 0 || (regime !== undefined && regimes.includes(regime));
      });
      const candidates = (ofRegime.length > 0 ? ofRegime : ofSystem).map((r) => r.id!);
      const present = has(entry.doc, [...entry.path, 'risks_considered']);
      ctx.report({
        location: entry.loc,
        at: present ? ctx.at(entry, 'risks_considered', 'value') : ctx.at(entry),
        args: { entry: entry.id ?? entry.loc },
        fixes: candidates.length > 0 ? [{
          title: bi(`Hänvisa till riskerna för ${system}: ${candidates.join(', ')}`, `Reference the risks of ${system}: ${candidates.join(', ')}`),
          edits: appendItems(entry.doc, [...entry.path, 'risks_considered'], candidates),
          preferred: true,
        }] : undefined,
      });
    }
  },
});
