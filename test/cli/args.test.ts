/** The argument framework every command uses (src/cli/args.ts): one parser, the same one-line messages. */
import * as assert from 'node:assert/strict';
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, langOf, parseCommand, parseOptions } from '../../src/cli/args';

const OPTIONS = { lang: LANG_OPTION, format: { type: 'string', choices: ['a', 'b'] }, 'as-of': AS_OF_OPTION, base: { type: 'string' }, help: HELP_OPTION } as const;
const SPEC = { options: OPTIONS, help: { sv: 'hjälp\n', en: 'help\n' }, seeHelp: { sv: 'Se bra x --help.', en: 'See bra x --help.' } };

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } } };
}

describe('cli: argument framework', () => {
  it('values and positionals; enums and dates checked with the bilingual one-line message', () => {
    assert.deepEqual(parseOptions(['x', '--format=b', '--as-of', '2024-02-29'], OPTIONS, 'en'), { values: { format: 'b', 'as-of': '2024-02-29' }, positionals: ['x'] });
    assert.deepEqual(parseOptions(['--format', 'c'], OPTIONS, 'en'), { error: "invalid value for --format: 'c' (choose 'a', 'b')", hint: false });
    assert.deepEqual(parseOptions(['--format', 'c'], OPTIONS, 'sv'), { error: "ogiltigt värde för --format: 'c' (välj 'a', 'b')", hint: false });
    assert.deepEqual(parseOptions(['--lang', 'de'], OPTIONS, 'en'), { error: "invalid value for --lang: 'de' (choose 'sv', 'en', 'auto')", hint: false });
    assert.deepEqual(parseOptions(['--as-of', '2026-13-01'], OPTIONS, 'en'), { error: "invalid date for --as-of: '2026-13-01' (give a real date as YYYY-MM-DD)", hint: false });
    assert.deepEqual(parseOptions(['--nope'], OPTIONS, 'sv'), { error: "okänd flagga '--nope'", hint: true });
    assert.deepEqual(parseOptions(['--base'], OPTIONS, 'en'), { error: "option '--base' needs a value", hint: true });
  });

  it('dashValues: the next argument is the value even when it starts with -; -- ends the options', () => {
    assert.deepEqual(parseOptions(['--base', '--upload-pack=x', '--', '--format'], OPTIONS, 'en', { dashValues: true }), { values: { base: '--upload-pack=x' }, positionals: ['--format'] });
  });

  it('parseCommand: help in the language given (exit 0); a usage error is one line with the hint (exit 2)', () => {
    let m = io();
    assert.deepEqual(parseCommand(['--help', '--format', 'zz'], SPEC, 'en', m.io), { exit: 0 });
    assert.deepEqual(m.out, { stdout: 'help\n', stderr: '' });
    m = io();
    assert.deepEqual(parseCommand(['--nope'], SPEC, 'sv', m.io), { exit: 2 });
    assert.deepEqual(m.out, { stdout: '', stderr: "bra: okänd flagga '--nope'. Se bra x --help.\n" });
    m = io();
    assert.deepEqual(parseCommand(['--format', 'c'], SPEC, 'en', m.io), { exit: 2 });
    assert.equal(m.out.stderr, "bra: invalid value for --format: 'c' (choose 'a', 'b')\n");
  });

  it('langOf: a valid --lang anywhere, else BRA_LANG, else sv', () => {
    assert.equal(langOf(['x', '--lang=en'], {}), 'en');
    assert.equal(langOf(['--lang', 'de'], { BRA_LANG: 'en' }), 'en');
    assert.equal(langOf([], {}), 'sv');
    assert.equal(langOf(['--lang', 'auto'], { LANG: 'en_US.UTF-8' }), 'en');
  });
});
