import { bi } from '../i18n';
import { appendItems } from '../fixes';
import { defineRule } from './define';
import { str } from '../domain/model';

export default defineRule({
  id: 'BRA043',
  name: 'log-control-missing',
  severity: 'error',
  title: bi('Systematisk loggkontroll saknas', 'No systematic log control'),
  messages: {
    default: bi(
      'Analysen visar inte att åtkomsten i {system} kontrolleras systematiskt (logguppföljning).',
      'The analysis does not show that access in {system} is systematically checked (log follow-up).',
    ),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 3 §', source: 'DI-2019-3845 s. 17' },
    { act: 'prop. 2007/08:126', ref: 's. 149 f.', url: 'http://www.ucr.uu.se/sv/kontakta-oss/support/e-tjaenstekort/lagar-och-regler/378-atkomstkontroll' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const controlled = new Set(m.logControls.map((c) => str(c.v, 'system')).filter((s): s is string => s !== undefined));
    const taken = new Set(m.logControls.map((c) => c.id).filter((id): id is string => id !== undefined));
    for (const s of m.systems) {
      if (!s.id || controlled.has(s.id)) continue;
      const base = `LK-${s.id}`.replace(/[^A-Za-z0-9_.-]/g, '-');
      let id = base;
      for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
      taken.add(id);
      ctx.report({
        location: s.loc,
        at: ctx.at(s),
        args: { system: s.id },
        fixes: [{
          title: bi(`Lägg till en loggkontroll för ${s.id}`, `Add a log control for ${s.id}`),
          edits: appendItems(m.analysis, ['log_controls'], [{ id, system: s.id }]),
          preferred: true,
        }],
      });
    }
  },
});
