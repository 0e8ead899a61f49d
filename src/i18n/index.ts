import type { Bilingual, Lang } from '../model';

export type Arg = string | number | Bilingual;

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && 'sv' in v && 'en' in v;
}

/** The text of `b` in `lang`. */
export function pick(b: Bilingual, lang: Lang): string {
  return b[lang];
}

/** Fill `{name}` placeholders; a Bilingual argument is taken in `lang`. Unknown placeholders stay as written. */
export function format(template: string, args: Record<string, Arg>, lang: Lang): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const v = args[name];
    if (v === undefined) return whole;
    return isBilingual(v) ? v[lang] : String(v);
  });
}

/** Fill both languages of a bilingual template. */
export function formatBoth(template: Bilingual, args: Record<string, Arg>): Bilingual {
  return { sv: format(template.sv, args, 'sv'), en: format(template.en, args, 'en') };
}

/** Placeholders of a template, sorted (a meta-test compares sv and en). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * The language to show. Swedish is the default (our users' language; VS Code has no official Swedish
 * language pack). `auto` follows the environment locale: Swedish when it starts with `sv`, else English.
 */
export function resolveLang(setting: string | undefined, envLocale?: string): Lang {
  if (setting === 'en' || setting === 'sv') return setting;
  if (setting === 'auto') return envLocale && /^sv/i.test(envLocale) ? 'sv' : 'en';
  return 'sv';
}

/** Join a list in natural language: "a, b och c" / "a, b and c". */
export function joinList(items: Arg[], lang: Lang): string {
  const s = items.map((i) => (isBilingual(i) ? i[lang] : String(i)));
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${s[s.length - 1]}`;
}

/** A bilingual list join. */
export function joinBoth(items: Arg[]): Bilingual {
  return { sv: joinList(items, 'sv'), en: joinList(items, 'en') };
}

export function bi(sv: string, en: string): Bilingual {
  return { sv, en };
}

/** The two forms of a counted phrase in each language: `{n}` in them is the number (`1 risk` / `{n} risker`). */
export type PluralForms = { sv: [one: string, other: string]; en: [one: string, other: string] };

/**
 * A counted phrase with the right plural: `plural(2, { sv: ['1 risk', '{n} risker'], en: ['1 risk', '{n} risks'] }, 'sv')`
 * → "2 risker". Swedish and English both use the singular for exactly 1 only (0 risker, 0 risks).
 */
export function plural(n: number, forms: PluralForms, lang: Lang): string {
  return forms[lang][n === 1 ? 0 : 1].replace(/\{n\}/g, String(n));
}

/** `plural` in both languages. */
export function pluralBoth(n: number, forms: PluralForms): Bilingual {
  return { sv: plural(n, forms, 'sv'), en: plural(n, forms, 'en') };
}
