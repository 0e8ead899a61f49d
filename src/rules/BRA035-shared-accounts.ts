import { bi } from '../i18n';
import { defineRule } from './define';
import { bool } from '../domain/model';

export default defineRule({
  id: 'BRA035',
  name: 'shared-accounts',
  severity: 'error',
  title: bi('Gemensamma användarkonton', 'Shared user accounts'),
  messages: {
    default: bi(
      '{system} används med gemensamma konton. Varje användare ska ha en individuell behörighet.',
      '{system} is used with shared accounts. Each user must have an individual authorisation.',
    ),
  },
  legal: [
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 16' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 9 a § (loggarnas innehåll, bl.a. användarens identitet)', url: 'https://www.imy.se/verksamhet/dataskydd/dataskydd-pa-olika-omraden/personuppgifter-inom-halso--och-sjukvarden/kontroll-av-atkomst-till-uppgifter---for-vardgivare2' },
  ],
  fixable: false,
  check(ctx) {
    for (const s of ctx.m.systems) {
      if (bool(s.v, 'individual_accounts') !== false) continue;
      ctx.report({ location: s.loc, at: ctx.at(s, 'individual_accounts', 'value'), args: { system: s.id ?? s.loc } });
    }
  },
});
