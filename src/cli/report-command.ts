/**
 * `bra report PATH [--format html|markdown] [-o FILE] [--lang sv|en|auto] [--as-of YYYY-MM-DD] [--config FILE]`:
 * the I/O around the pure renderers of src/evidence. Reads the analysis (or a matrix file and the analysis it refers
 * to) with the access matrices kept beside it, lints them, and writes one self-contained HTML file (default) or
 * Markdown to stdout or FILE.
 *
 * Exit codes: 0 the report was written (also when there are findings: the report is evidence, not a gate);
 * 2 usage, I/O or internal error, as one line `bra: <message>` on stderr, never a stack trace.
 */
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, envLocale, isLangSetting, langOf, localToday, parseCommand, usageError } from './args';
import * as nodePath from 'node:path';
import type { BraConfig, Lang } from '../model';
import { resolveLang } from '../i18n';
import { lint, parseConfig } from '../engine';
import { analysisRefOf, joinRef } from '../workspace';
import type { LintInput, Resolved } from '../engine';
import { renderHtml, renderMarkdown } from '../evidence';
import { CliError, checkedRoot, displayPath, ioReason, matricesBeside, readConfigFile, readInsideFile, readNamedFile, refTarget } from './files';
import type { FsIo } from './files';
import { provenanceOf } from './provenance';
import type { Exec } from './git';

/** What runReport needs from the outside world (CliIo of run.ts plus writeFile for -o). */
export interface ReportIo extends FsIo {
  env: Record<string, string | undefined>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Writes a UTF-8 file (absolute path); throws with `code` when it cannot. Needed for -o. */
  writeFile?(path: string, text: string): void;
  version?: string;
  /** Today as YYYY-MM-DD (default: the local date). */
  today?: () => string;
  /** A file's bytes, for the SHA-256 the report names (default: the UTF-8 bytes of readFile's text). */
  readBytes?(path: string): Uint8Array;
  /** Runs git for the commit the report names (tests may inject); default child_process.execFileSync. */
  exec?: Exec;
  /** The time the report names (default: now). */
  now?: () => Date;
}

export type ReportFormat = 'html' | 'markdown';
const FORMATS: ReportFormat[] = ['html', 'markdown'];

const REPORT_OPTIONS = {
  lang: LANG_OPTION,
  format: { type: 'string', choices: FORMATS },
  output: { type: 'string', short: 'o' },
  'as-of': AS_OF_OPTION,
  config: { type: 'string' },
  help: HELP_OPTION,
} as const;

export const REPORT_HELP: Record<Lang, string> = {
  sv: `Användning:
  bra report SÖKVÄG [--format html|markdown] [-o FIL] [--lang sv|en|auto] [--as-of ÅÅÅÅ-MM-DD] [--config FIL]

Skriver en rapport över behovs- och riskanalysen i SÖKVÄG: dokument och fastställelse, omfattning och
system, kategorier av uppgifter och registrerade, roller och behov, risktabell och riskkarta före och
efter åtgärder, särskilda riskbedömningar, behörighetsmatrisen med behov och beaktade risker, styrning,
loggkontroller och öppna fynd med rättslig grund. En behörighetsmatris i egen fil bredvid analysen tas
med; anges en matrisfil används analysen den hänvisar till. Rapporten anger vad den är framtagen ur:
git-commit (HEAD, och om filerna ändrats sedan dess) och SHA-256 för varje fil, samt versionshistorik,
rutor för underskrifter och en översikt över vem som når vad (roller × system).

Flaggor:
  --format html|markdown   html: en fristående fil (CSS och SVG inbäddade, utskrivbar till PDF);
                           markdown: samma innehåll (standard: html, eller markdown när FIL slutar på .md)
  -o, --output FIL         skriv till FIL i stället för standard ut
  --lang sv|en|auto        språk (standard: sv; även BRA_LANG)
  --as-of ÅÅÅÅ-MM-DD       bedömningsdag för fynden (standard: i dag)
  --config FIL             konfiguration (standard: .bra.jsonc i aktuell katalog om den finns)

Avslutningskoder:
  0  rapporten skrevs (även när det finns fynd: rapporten är ett underlag, inte en kontroll)
  2  fel i användning, läsning eller skrivning
`,
  en: `Usage:
  bra report PATH [--format html|markdown] [-o FILE] [--lang sv|en|auto] [--as-of YYYY-MM-DD] [--config FILE]

Writes a report of the needs-and-risk analysis in PATH: document and approval, scope and systems,
categories of data and of data subjects, roles and needs, the risk table and the risk map before and
after measures, special risk assessments, the access matrix with needs and risks considered, governance,
log controls and the open findings with their legal basis. An access matrix in its own file beside the
analysis is included; given a matrix file, the analysis it refers to is used. The report names what it
was made from: the git commit (HEAD, and whether the files changed since) and the SHA-256 of each file,
with the version history, a signature block and a who-reaches-what grid (roles × systems).

Options:
  --format html|markdown   html: one self-contained file (inline CSS and SVG, printable to PDF);
                           markdown: the same content (default: html, or markdown when FILE ends in .md)
  -o, --output FILE        write to FILE instead of standard output
  --lang sv|en|auto        language (default: sv; also BRA_LANG)
  --as-of YYYY-MM-DD       evaluation date of the findings (default: today)
  --config FILE            configuration (default: .bra.jsonc in the current directory if present)

Exit codes:
  0  the report was written (also when there are findings: the report is evidence, not a check)
  2  usage, read or write error
`,
};


const REPORT = { options: REPORT_OPTIONS, help: REPORT_HELP, seeHelp: { sv: 'Se bra report --help.', en: 'See bra report --help.' } };

/** `bra report …` (argv without `report`) → exit code. Never throws. */
export async function runReport(argv: string[], io: ReportIo): Promise<0 | 1 | 2> {
  let lang: Lang = langOf(argv, io.env);
  const fail = (message: string): 2 => usageError(io, message);
  try {
    return await report(argv, io, lang, (l) => (lang = l), fail);
  } catch (e) {
    if (e instanceof CliError) return fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    return fail(lang === 'sv' ? `internt fel: ${msg}` : `internal error: ${msg}`);
  }
}

async function report(argv: string[], io: ReportIo, lang0: Lang, setLang: (l: Lang) => void, fail: (m: string) => 2): Promise<0 | 2> {
  let lang = lang0;
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const seeHelp = () => REPORT.seeHelp[lang];
  const parsed = parseCommand(argv, REPORT, lang, io);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const output = values.output;
  if (output !== undefined && output.trim() === '') return fail(t(`-o behöver ett filnamn. ${seeHelp()}`, `-o needs a file name. ${seeHelp()}`));
  const format = (values.format ?? (output && /\.(md|markdown)$/i.test(output) ? 'markdown' : 'html')) as ReportFormat;
  const asOf = values['as-of'] ?? (io.today ?? localToday)();
  if (positionals.length === 0) return fail(t(`ange analysfilen, t.ex. bra report analys.bra.yaml. ${seeHelp()}`, `give the analysis file, e.g. bra report analysis.bra.yaml. ${seeHelp()}`));
  if (positionals.length > 1) return fail(t(`ange en analysfil, inte ${positionals.length}. ${seeHelp()}`, `give one analysis file, not ${positionals.length}. ${seeHelp()}`));

  // configuration: --config FILE (must be readable), else .bra.jsonc in cwd when it exists
  let config: BraConfig | undefined;
  let configAbs: string | undefined;
  {
    const explicit = values.config !== undefined;
    const abs = nodePath.resolve(io.cwd, values.config ?? '.bra.jsonc');
    let text: string | undefined;
    try {
      text = readConfigFile(io, abs);
    } catch (e) {
      const code = (e as { code?: string })?.code;
      if (explicit || code !== 'ENOENT') {
        return fail(t(`kan inte läsa konfigurationen '${displayPath(io.cwd, abs)}': ${ioReason(e, lang)}`, `cannot read the configuration '${displayPath(io.cwd, abs)}': ${ioReason(e, lang)}`));
      }
    }
    if (text !== undefined) {
      const r = parseConfig(text, displayPath(io.cwd, abs));
      if (r.errors.length > 0) return fail(r.errors[0]);
      config = r.config;
      configAbs = abs;
    }
  }
  const setting = values.lang ?? (isLangSetting(io.env.BRA_LANG) ? io.env.BRA_LANG : undefined) ?? config?.language;
  lang = resolveLang(setting, envLocale(io.env));
  setLang(lang);

  // the file: an analysis, or a matrix file whose analysis is read
  const readText = (abs: string, shown: string, what: 'file' | 'analysis'): string =>
    readNamedFile(io, root, abs, shown, lang, (reason) => readMessage(shown, reason, what, lang));
  let abs = nodePath.resolve(io.cwd, positionals[0]);
  const root = checkedRoot(io, abs);
  const readFiles: string[] = [abs];
  if (configAbs !== undefined) readFiles.push(configAbs);
  let text = readText(abs, positionals[0], 'file');
  const ref = analysisRefOf(text);
  if (ref !== undefined) {
    const target = refTarget(io.cwd, abs, ref);
    text = readText(target, displayPath(io.cwd, target), 'analysis');
    abs = target;
    readFiles.push(target);
  }
  const path = displayPath(io.cwd, abs);
  const inputs: LintInput[] = [{ path, text }];
  for (const s of matricesBeside(io, abs)) {
    inputs.push({ path: displayPath(io.cwd, s.abs), text: s.text });
    readFiles.push(s.abs);
  }
  const resolve = (fromPath: string, r: string): Resolved => {
    const p = nodePath.resolve(io.cwd, joinRef(fromPath, r));
    try {
      return { path: displayPath(io.cwd, p), text: readInsideFile(io, root, p) };
    } catch (e) {
      return { error: ioReason(e, lang) };
    }
  };
  const results = lint(inputs, { asOf, config, resolve });
  const input = { analysis: results[0], matrices: results.slice(1) };
  // provenance: the files read (analysis, matrices, configuration) with their SHA-256 and the git commit
  const sources = [abs, ...inputs.slice(1).map((i) => nodePath.resolve(io.cwd, i.path))].map((a) => ({ abs: a, path: displayPath(io.cwd, a) }));
  if (config) {
    const c = nodePath.resolve(io.cwd, values.config ?? '.bra.jsonc');
    sources.push({ abs: c, path: displayPath(io.cwd, c) });
  }
  const provenance = provenanceOf(sources, {
    env: io.env,
    exec: io.exec,
    now: io.now,
    readBytes: (p) => {
      try {
        return io.readBytes ? io.readBytes(p) : new TextEncoder().encode(io.readFile(p));
      } catch (e) {
        throw new CliError(readMessage(displayPath(io.cwd, p), ioReason(e, lang), 'file', lang));
      }
    },
  });
  const ctx = { lang, asOf, version: io.version ?? '0.0.0', provenance };
  const out = format === 'html' ? renderHtml(input, ctx) : renderMarkdown(input, ctx);

  if (output === undefined) {
    io.stdout(out);
    return 0;
  }
  const outAbs = nodePath.resolve(io.cwd, output);
  if (!io.writeFile) return fail(t('kan inte skriva filer här (-o stöds inte)', 'cannot write files here (-o is not supported)'));
  // never write the report over a file it reads (the file given, the analysis, a matrix beside it, the configuration):
  // the same path, or the same file through a symbolic or hard link (stat's device and inode, when the io gives them)
  const identity = (p: string): string | undefined => {
    try {
      const st = io.stat(p) as { dev?: number | bigint; ino?: number | bigint };
      return st.dev !== undefined && st.ino !== undefined && Number(st.ino) !== 0 ? `${st.dev}:${st.ino}` : undefined;
    } catch {
      return undefined;
    }
  };
  const outId = identity(outAbs);
  const clash = readFiles.find((p) => p === outAbs || (outId !== undefined && identity(p) === outId));
  if (clash !== undefined) {
    return fail(t(`-o '${output}' är en av filerna som rapporten läser ('${displayPath(io.cwd, clash)}'); välj en annan utfil`,
      `-o '${output}' is one of the files the report reads ('${displayPath(io.cwd, clash)}'); choose another output file`));
  }
  try {
    io.writeFile(outAbs, out);
  } catch (e) {
    return fail(t(`kan inte skriva '${output}': ${ioReason(e, lang)}`, `cannot write '${output}': ${ioReason(e, lang)}`));
  }
  return 0;
}

function readMessage(shown: string, reason: string, what: 'file' | 'analysis', lang: Lang): string {
  if (what === 'analysis') {
    return lang === 'sv'
      ? `kan inte läsa analysfilen '${shown}' som behörighetsmatrisen hänvisar till: ${reason}`
      : `cannot read the analysis file '${shown}' that the access matrix refers to: ${reason}`;
  }
  return lang === 'sv' ? `kan inte läsa '${shown}': ${reason}` : `cannot read '${shown}': ${reason}`;
}
