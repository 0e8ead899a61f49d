/**
 * The argument framework of the CLI commands (check, report, query, init, diff): one declarative parser
 * (`parseOptions`/`parseCommand`) that validates enums and dates and gives the bilingual one-line usage errors and
 * `--help`, plus the shared helpers: dates, language, argument errors.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../model';
import { resolveLang } from '../i18n';

/** Local date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A real calendar date in the form YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it maps years 0–99 to 1900–1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The one check of an `--as-of` value, for every command (check, diff, report): undefined when it is a real
 * calendar date YYYY-MM-DD, else the one-line usage message in the language `t` picks.
 */
export function asOfError(value: string, t: (sv: string, en: string) => string): string | undefined {
  if (isCalendarDate(value)) return undefined;
  return t(`ogiltigt datum för --as-of: '${value}' (ange ett verkligt datum som ÅÅÅÅ-MM-DD)`, `invalid date for --as-of: '${value}' (give a real date as YYYY-MM-DD)`);
}

/** The locale of the environment (LC_ALL, LC_MESSAGES, LANG), for `--lang auto`. */
export function envLocale(env: Record<string, string | undefined>): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

export function isLangSetting(v: string | undefined): v is 'sv' | 'en' | 'auto' {
  return v === 'sv' || v === 'en' || v === 'auto';
}

/** One line of a parseArgs error, without node's long advice. */
export function argError(e: unknown, lang: Lang): string {
  const err = e as { code?: string; message?: string };
  const name = /'(-{1,2}[^' ]+)/.exec(err.message ?? '')?.[1];
  const sv = lang === 'sv';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return sv ? `okänd flagga '${name}'` : `unknown option '${name}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return sv ? `flaggan '${name}' behöver ett värde` : `option '${name}' needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return sv ? 'oväntat argument' : 'unexpected argument';
    default:
      return (err.message ?? String(e)).split('\n')[0];
  }
}

// ---- the argument framework of every command (check, report, query, init, diff) ----

/** One option of a command: a string (optionally one of `choices`, or a calendar date) or a boolean flag. */
export type OptionSpec =
  | { type: 'string'; short?: string; choices?: readonly string[]; date?: true }
  | { type: 'boolean'; short?: string };

export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed values: strings for string options, booleans for flags (undefined when not given). */
export type Values<O extends OptionSpecs> = { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

/** A usage error: one line; `hint` says whether "See bra … --help." belongs after it (malformed arguments). */
export interface UsageProblem {
  error: string;
  hint: boolean;
}

const quoteList = (l: readonly string[]) => l.map((x) => `'${x}'`).join(', ');

/**
 * Parse `argv` against `options` (node:util parseArgs, strict, positionals allowed) and validate every given value:
 * `choices` (`invalid value for --format: 'xml' (choose 'a', 'b')`) and dates (asOfError). With `--help` given the
 * values are not validated (the help is shown). `dashValues`: a string option takes the next argument as its value
 * even when it starts with `-` (bra diff: `--base -x` is a ref git refuses, not a missing value).
 */
export function parseOptions<O extends OptionSpecs>(argv: string[], options: O, lang: Lang, o: { dashValues?: boolean } = {}): Parsed<O> | UsageProblem {
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  let args = argv;
  if (o.dashValues) {
    const valued = new Map<string, string>();
    for (const [name, s] of Object.entries(options)) {
      if (s.type !== 'string') continue;
      valued.set(`--${name}`, name);
      if (s.short !== undefined) valued.set(`-${s.short}`, name);
    }
    args = [];
    for (let i = 0; i < argv.length; i++) {
      const name = valued.get(argv[i]);
      if (argv[i] === '--') {
        args.push(...argv.slice(i));
        break;
      }
      args.push(name !== undefined && i + 1 < argv.length ? `--${name}=${argv[++i]}` : argv[i]);
    }
  }
  const nodeOptions: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, s] of Object.entries(options)) nodeOptions[name] = s.short === undefined ? { type: s.type } : { type: s.type, short: s.short };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: nodeOptions }) as typeof parsed;
  } catch (e) {
    return { error: argError(e, lang), hint: true };
  }
  if (parsed.values.help !== true) {
    for (const [name, s] of Object.entries(options)) {
      const v = parsed.values[name];
      if (s.type !== 'string' || typeof v !== 'string') continue;
      if (s.choices && !s.choices.includes(v)) {
        return { error: t(`ogiltigt värde för --${name}: '${v}' (välj ${quoteList(s.choices)})`, `invalid value for --${name}: '${v}' (choose ${quoteList(s.choices)})`), hint: false };
      }
      const bad = s.date ? asOfError(v, t) : undefined;
      if (bad) return { error: bad, hint: false };
    }
  }
  return { values: { ...parsed.values } as Values<O>, positionals: parsed.positionals };
}

/** What a command needs to print usage errors and its help. */
export interface UsageIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Print a usage error as the one line `bra: <message>` on stderr; exit code 2. */
export function usageError(io: Pick<UsageIo, 'stderr'>, message: string): 2 {
  io.stderr(`bra: ${message.split(/\r?\n/)[0]}\n`);
  return 2;
}

/** A command: its options, its help text and the hint after a malformed argument ("See bra report --help."). */
export interface CommandSpec<O extends OptionSpecs> {
  options: O;
  help: Record<Lang, string>;
  seeHelp: Record<Lang, string>;
}

/**
 * parseOptions for a command, with the shared behaviour: a usage error is one line on stderr (exit 2), `--help`
 * prints the help in `lang` (exit 0). Returns the parsed arguments, or the exit code when the command is done.
 */
export function parseCommand<O extends OptionSpecs>(argv: string[], spec: CommandSpec<O>, lang: Lang, io: UsageIo): Parsed<O> | { exit: 0 | 2 } {
  const r = parseOptions(argv, spec.options, lang);
  if ('error' in r) return { exit: usageError(io, r.hint ? `${r.error}. ${spec.seeHelp[lang]}` : r.error) };
  if (r.values.help) {
    io.stdout(spec.help[lang]);
    return { exit: 0 };
  }
  return r;
}

/**
 * The language of a command's messages before its arguments are parsed: a valid `--lang` anywhere in `argv`, else
 * BRA_LANG, else sv (`auto` follows the environment's locale).
 */
export function langOf(argv: string[], env: Record<string, string | undefined>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i === -1 ? undefined : argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  if (isLangSetting(v)) return resolveLang(v, envLocale(env));
  return resolveLang(isLangSetting(env.BRA_LANG) ? env.BRA_LANG : undefined, envLocale(env));
}

/** The language options of every command. */
export const LANG_OPTION = { type: 'string', choices: ['sv', 'en', 'auto'] } as const;
export const AS_OF_OPTION = { type: 'string', date: true } as const;
export const HELP_OPTION = { type: 'boolean', short: 'h' } as const;
