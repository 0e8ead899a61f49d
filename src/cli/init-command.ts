/**
 * `bra init [DIR] [--name NAME] [--lang sv|en] [--force]`: writes the commented skeleton of a needs-and-risk
 * analysis and its access matrix (src/start) into DIR (default: the current directory; created when missing).
 *
 * Exit codes: 0 the files were written; 2 usage or I/O error, or a file exists already (without --force), as one
 * line `bra: <message>` on stderr. Nothing is written when any target exists.
 */
import { HELP_OPTION, LANG_OPTION, langOf, localToday, parseCommand, usageError } from './args';
import * as nodePath from 'node:path';
import type { Lang } from '../model';
import { resolveLang } from '../i18n';
import { skeleton, skeletonNames } from '../start';
import { CliError, displayPath, ioReason } from './files';
import type { FsIo } from './files';

export interface InitIo extends FsIo {
  env: Record<string, string | undefined>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Writes a UTF-8 file (absolute path); throws with `code` when it cannot. */
  writeFile?(path: string, text: string): void;
  /** Creates a directory and its parents (absolute path). */
  mkdir?(path: string): void;
  today?: () => string;
}

export const INIT_HELP: Record<Lang, string> = {
  sv: `Användning:
  bra init [KATALOG] [--name NAMN] [--lang sv|en] [--force]

Skriver en kommenterad mall för en ny behovs- och riskanalys och en behörighetsmatris i KATALOG
(standard: aktuell katalog; skapas om den saknas): analys.bra.yaml och behorighetsmatris.bra.yaml,
eller med --name NAMN.bra.yaml och NAMN.behorighetsmatris.bra.yaml. Mallen följer schemat; kör sedan
bra check KATALOG: fynden säger vad som ska fyllas i.

Flaggor:
  --name NAMN        verksamhetens namn, t.ex. "Vårdcentralen Solgläntan" (ger även filnamnet)
  --lang sv|en       mallens språk (standard: sv; även BRA_LANG)
  --force            skriv över befintliga filer

Avslutningskoder:
  0  filerna skrevs
  2  fel i användning eller skrivning, eller en fil finns redan (utan --force)
`,
  en: `Usage:
  bra init [DIR] [--name NAME] [--lang sv|en] [--force]

Writes a commented skeleton of a new needs-and-risk analysis and an access matrix into DIR (default:
the current directory; created when missing): analysis.bra.yaml and access-matrix.bra.yaml, or with
--name NAME.bra.yaml and NAME.access-matrix.bra.yaml. The skeleton follows the schema; then run
bra check DIR: the findings say what to fill in.

Options:
  --name NAME        the organisation's name, e.g. "Vårdcentralen Solgläntan" (also gives the file name)
  --lang sv|en       language of the skeleton (default: sv; also BRA_LANG)
  --force            overwrite existing files

Exit codes:
  0  the files were written
  2  usage or write error, or a file exists already (without --force)
`,
};

const INIT = {
  options: {
    name: { type: 'string' },
    lang: LANG_OPTION,
    force: { type: 'boolean' },
    help: HELP_OPTION,
  },
  help: INIT_HELP,
  seeHelp: { sv: 'Se bra init --help.', en: 'See bra init --help.' },
} as const;

/** `bra init …` (argv without `init`) → exit code. Never throws. */
export async function runInit(argv: string[], io: InitIo): Promise<0 | 2> {
  const lang: Lang = langOf(argv, io.env);
  const fail = (message: string): 2 => usageError(io, message);
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  try {
    const seeHelp = () => INIT.seeHelp[lang];
    const parsed = parseCommand(argv, INIT, lang, io);
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    if (positionals.length > 1) return fail(t(`ange en katalog, inte ${positionals.length}. ${seeHelp()}`, `give one directory, not ${positionals.length}. ${seeHelp()}`));
    if (values.name !== undefined && values.name.trim() === '') return fail(t(`--name behöver ett namn. ${seeHelp()}`, `--name needs a name. ${seeHelp()}`));

    const dirArg = positionals[0] ?? '.';
    const dir = nodePath.resolve(io.cwd, dirArg);
    const names = skeletonNames({ lang, name: values.name });
    const shown = (f: string) => displayPath(io.cwd, nodePath.join(dir, f));

    // the directory: existing (a directory), or created
    let exists = false;
    try {
      const st = io.stat(dir);
      if (!st.isDirectory()) return fail(t(`'${dirArg}' finns och är inte en katalog`, `'${dirArg}' exists and is not a directory`));
      exists = true;
    } catch (e) {
      if ((e as { code?: string })?.code !== 'ENOENT') return fail(t(`kan inte läsa '${dirArg}': ${ioReason(e, lang)}`, `cannot read '${dirArg}': ${ioReason(e, lang)}`));
    }
    if (exists && !values.force) {
      for (const f of [names.analysis, names.matrix]) {
        let found = false;
        try {
          io.stat(nodePath.join(dir, f));
          found = true;
        } catch {
          /* absent: fine */
        }
        if (found) return fail(t(`'${shown(f)}' finns redan; inget skrevs (skriv över med --force)`, `'${shown(f)}' exists already; nothing was written (overwrite with --force)`));
      }
    }
    if (!io.writeFile) return fail(t('kan inte skriva filer här', 'cannot write files here'));
    if (!exists) {
      try {
        if (!io.mkdir) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        io.mkdir(dir);
      } catch (e) {
        return fail(t(`kan inte skapa katalogen '${dirArg}': ${ioReason(e, lang)}`, `cannot create the directory '${dirArg}': ${ioReason(e, lang)}`));
      }
    }
    const s = skeleton({ lang, name: values.name, today: (io.today ?? localToday)() });
    for (const f of [s.analysis, s.matrix]) {
      try {
        io.writeFile(nodePath.join(dir, f.name), f.text);
      } catch (e) {
        return fail(t(`kan inte skriva '${shown(f.name)}': ${ioReason(e, lang)}`, `cannot write '${shown(f.name)}': ${ioReason(e, lang)}`));
      }
    }
    const target = displayPath(io.cwd, dir);
    io.stdout(
      t(
        `Skapade ${shown(s.analysis.name)} och ${shown(s.matrix.name)}.\nNästa steg:\n  1. Fyll i analysen uppifrån och ned; kommentarerna i filerna säger vad som ska stå var.\n  2. Kör bra check ${target}: fynden säger vad analysen ännu inte visar.\n`,
        `Created ${shown(s.analysis.name)} and ${shown(s.matrix.name)}.\nNext steps:\n  1. Fill in the analysis from top to bottom; the comments in the files say what goes where.\n  2. Run bra check ${target}: the findings say what the analysis does not show yet.\n`,
      ),
    );
    return 0;
  } catch (e) {
    if (e instanceof CliError) return fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    return fail(t(`internt fel: ${msg}`, `internal error: ${msg}`));
  }
}
