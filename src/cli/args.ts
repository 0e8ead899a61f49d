/** Small helpers shared by the CLI commands (check, diff, report): dates, language, argument errors. */
import type { Lang } from '../model';

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
