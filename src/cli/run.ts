/**
 * `bra` without the process: `run(argv, io)` parses the arguments, reads files through the injected io, lints,
 * prints through io.stdout/io.stderr and returns the exit code. main.ts binds it to the real process; tests call
 * it with an in-memory io.
 *
 * Exit codes (product.md, "The CLI contract"): 0 nothing at or above --fail-on; 1 findings at or above it;
 * 2 usage, I/O or internal error, always as one line `bra: <message>` on stderr, never a stack trace.
 */
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, envLocale, isLangSetting, localToday, parseCommand } from './args';
import { runDiff } from './diff-command';
import { runReport } from './report-command';
import { runInit } from './init-command';
import { accessTestResults, runQuery } from './query-command';
import { ACCESS_TESTS_FILE } from '../query/access-tests';
import * as nodePath from 'node:path';
import type { BraConfig, FileResult, Lang, Severity } from '../model';
import { resolveLang } from '../i18n';
import { DEFAULT_GLOBS, lint, parseConfig } from '../engine';
import { analysisRefOf, joinRef } from '../workspace';
import type { LintInput, Resolved } from '../engine';
import { FORMATTERS } from '../report';
import type { FormatName } from '../report';
import { CliError, SiblingMatrices, cannotRead, checkedRoot, collectFiles, displayPath, ioReason, readConfigFile, readInsideFile, toPosix } from './files';
import type { FsIo, Skipped } from './files';

/** Everything `run` touches outside itself. */
export interface CliIo extends FsIo {
  env: Record<string, string | undefined>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stdout is a terminal (colours only then, and only without NO_COLOR). */
  isTTY: boolean;
  /** Tool version (package.json); `0.0.0` when unknown. */
  version?: string;
  /** Today as YYYY-MM-DD (default: the local date). */
  today?: () => string;
  /** Write a file (`bra report -o FILE`). */
  writeFile?(path: string, text: string): void;
  /** A file's bytes (`bra report` names their SHA-256). */
  readBytes?(path: string): Uint8Array;
}

export type ExitCode = 0 | 1 | 2;

const FORMATS = Object.keys(FORMATTERS) as FormatName[];
const FAIL_ON: Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

const HELP: Record<Lang, string> = {
  sv: `bra – kontrollerar behovs- och riskanalyser och behörighetsmatriser (YAML)

Användning:
  bra check [SÖKVÄG…] [flaggor]   kontrollera filer och kataloger (standard: .)
  bra diff …                      jämför behörigheter mellan två revisioner (bra diff --help)
  bra report SÖKVÄG [--format html|markdown] [-o FIL]   skriv en bevisrapport (bra report --help)
  bra init [KATALOG]              skriv en mall för en ny analys och behörighetsmatris (bra init --help)
  bra fråga FIL --role … --system … --category …   vem får se vad? (även bra query; bra fråga --help)
  bra --version                   visa versionen
  bra --help | bra help           visa den här hjälpen

Flaggor för check:
  --format stylish|json|sarif|github   utdata (standard: stylish)
  --as-of ÅÅÅÅ-MM-DD                   bedömningsdag för datumregler (standard: i dag)
  --lang sv|en|auto                    språk (standard: sv; även BRA_LANG; auto följer LANG/LC_ALL)
  --fail-on error|warning|info         lägsta allvarlighet som ger avslutningskod 1 (standard: error)
  --config FIL                         konfiguration (standard: .bra.jsonc i aktuell katalog om den finns)

I en katalog kontrolleras filer som matchar "files" i konfigurationen (standard: **/*.bra.yaml,
**/*.bra.yml) och YAML-filer med schema_version och document eller access_matrix på toppnivå.
Filer som slutar på .access-tests.yaml är åtkomsttester (se bra fråga --help och README).
node_modules och kataloger som börjar med punkt hoppas över. En fil som anges uttryckligen
kontrolleras alltid. Ett argument med * ? eller {a,b} som inte finns är ett mönster.

Avslutningskoder:
  0  inga fynd på eller över --fail-on
  1  fynd på eller över --fail-on (även en fil som inte är giltig YAML)
  2  fel i användning, läsning eller konfiguration, eller internt fel; även när en fil som matchar
     "files" inte kunde läsas (en rad per fil på stderr; de andra filerna kontrolleras ändå)

Filer läses bara inom den kontrollerade katalogen (git-arkivets rot, annars aktuell katalog):
analysis:-referenser och symboliska länkar som leder ut ur den följs inte.

In English: bra --help --lang en
`,
  en: `bra – checks needs-and-risk analyses (behovs- och riskanalys) and access matrices (YAML)

Usage:
  bra check [PATH…] [options]     check files and directories (default: .)
  bra diff …                      compare access between two revisions (bra diff --help)
  bra report PATH [--format html|markdown] [-o FILE]    write an evidence report (bra report --help)
  bra init [DIR]                  write a skeleton of a new analysis and access matrix (bra init --help)
  bra query FILE --role … --system … --category …   who can see what? (also bra fråga; bra query --help)
  bra --version                   show the version
  bra --help | bra help           show this help

Options of check:
  --format stylish|json|sarif|github   output (default: stylish)
  --as-of YYYY-MM-DD                   evaluation date of date rules (default: today)
  --lang sv|en|auto                    language (default: sv; also BRA_LANG; auto follows LANG/LC_ALL)
  --fail-on error|warning|info         lowest severity that gives exit code 1 (default: error)
  --config FILE                        configuration (default: .bra.jsonc in the current directory if present)

In a directory, files matching "files" in the configuration (default: **/*.bra.yaml, **/*.bra.yml)
and YAML files with top-level schema_version and document or access_matrix are checked.
Files ending in .access-tests.yaml are access tests (see bra query --help and the README).
node_modules and directories starting with a dot are skipped. A file named explicitly is always
checked. An argument with * ? or {a,b} that does not exist is a glob.

Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on (a file that is not valid YAML included)
  2  usage, read or configuration error, or internal error; also when a file matching "files"
     could not be read (one line per file on stderr; the other files are still checked)

Files are read only inside the checked folder (the git repository's top level, else the current
directory): analysis: references and symbolic links that lead out of it are not followed.

På svenska: bra --help --lang sv
`,
};

const CHECK = {
  options: {
    lang: LANG_OPTION,
    format: { type: 'string', choices: FORMATS },
    'fail-on': { type: 'string', choices: FAIL_ON },
    'as-of': AS_OF_OPTION,
    config: { type: 'string' },
    help: HELP_OPTION,
  },
  help: HELP,
  seeHelp: { sv: 'Se bra --help.', en: 'See bra --help.' },
} as const;

function wantsColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  const noColor = io.env.NO_COLOR;
  return io.isTTY && (noColor === undefined || noColor === '');
}

/** `bra …` → exit code. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  let lang: Lang = resolveLang(isLangSetting(io.env.BRA_LANG) ? io.env.BRA_LANG : undefined, envLocale(io.env));
  const fail = (message: string): 2 => {
    io.stderr(`bra: ${message.split(/\r?\n/)[0]}\n`);
    return 2;
  };
  try {
    return await dispatch(argv, io, (l) => (lang = l), () => lang, fail);
  } catch (e) {
    if (e instanceof CliError) return fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    return fail(lang === 'sv' ? `internt fel: ${msg}` : `internal error: ${msg}`);
  }
}

async function dispatch(argv: string[], io: CliIo, setLang: (l: Lang) => void, getLang: () => Lang, fail: (m: string) => 2): Promise<ExitCode> {
  const t = (sv: string, en: string) => (getLang() === 'sv' ? sv : en);
  const seeHelp = () => t('Se bra --help.', 'See bra --help.');
  // a --lang anywhere decides the language of help and errors (the command parser checks it properly)
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  let langFlag: string | undefined;
  if (langArg !== -1) {
    const v = argv[langArg].includes('=') ? argv[langArg].slice('--lang='.length) : argv[langArg + 1];
    if (isLangSetting(v)) {
      setLang(resolveLang(v, envLocale(io.env)));
      langFlag = v;
    }
  }
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(HELP[getLang()]);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP[getLang()]);
    return 0;
  }
  if (command === '--version' || command === '-v' || command === '-V' || command === 'version') {
    io.stdout(`${io.version ?? '0.0.0'}\n`);
    return 0;
  }
  if (command === 'check') return check(rest, io, setLang, getLang, fail);
  // bra diff parses its own options; a --lang anywhere also decides the language of an error met before it
  if (command === 'diff') return runDiff(rest, langFlag ? { ...io, env: { ...io.env, BRA_LANG: langFlag } } : io);
  if (command === 'report') return runReport(rest, io);
  if (command === 'init') return runInit(rest, io);
  if (command === 'query' || command === 'fråga' || command === 'fraga') return runQuery(rest, io);
  if (command.startsWith('-')) return fail(t(`ange ett kommando före flaggorna, t.ex. bra check ${command}. ${seeHelp()}`, `give a command before the options, e.g. bra check ${command}. ${seeHelp()}`));
  const pathLike = /[./\\]/.test(command);
  return fail(
    pathLike
      ? t(`okänt kommando '${command}'; menade du 'bra check ${command}'?`, `unknown command '${command}'; did you mean 'bra check ${command}'?`)
      : t(`okänt kommando '${command}'. ${seeHelp()}`, `unknown command '${command}'. ${seeHelp()}`),
  );
}

async function check(argv: string[], io: CliIo, setLang: (l: Lang) => void, getLang: () => Lang, fail: (m: string) => 2): Promise<ExitCode> {
  const t = (sv: string, en: string) => (getLang() === 'sv' ? sv : en);
  const parsed = parseCommand(argv, CHECK, getLang(), io);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const one = (l: string[]) => l.map((x) => `'${x}'`).join(', ');
  const format = (values.format ?? 'stylish') as FormatName;
  const failOn = (values['fail-on'] ?? 'error') as Severity;
  const asOf = values['as-of'] ?? (io.today ?? localToday)();

  // configuration: --config FILE (must be readable), else .bra.jsonc in cwd when it exists
  let config: BraConfig | undefined;
  let base = io.cwd;
  {
    const explicit = values.config !== undefined;
    const abs = nodePath.resolve(io.cwd, values.config ?? '.bra.jsonc');
    let text: string | undefined;
    try {
      text = readConfigFile(io, abs);
    } catch (e) {
      const code = (e as { code?: string })?.code;
      if (explicit || code !== 'ENOENT') {
        return fail(t(`kan inte läsa konfigurationen '${displayPath(io.cwd, abs)}': ${ioReason(e, getLang())}`, `cannot read the configuration '${displayPath(io.cwd, abs)}': ${ioReason(e, getLang())}`));
      }
    }
    if (text !== undefined) {
      const r = parseConfig(text, displayPath(io.cwd, abs));
      if (r.errors.length > 0) {
        const more = r.errors.length > 1 ? t(` (och ${r.errors.length - 1} fel till)`, ` (and ${r.errors.length - 1} more)`) : '';
        return fail(`${r.errors[0]}${more}`);
      }
      config = r.config;
      base = nodePath.dirname(abs);
    }
  }
  // language: --lang, else BRA_LANG, else the config, else sv
  const setting = values.lang ?? (isLangSetting(io.env.BRA_LANG) ? io.env.BRA_LANG : undefined) ?? config?.language;
  setLang(resolveLang(setting, envLocale(io.env)));
  const lang = getLang();

  const globs = config?.files && config.files.length > 0 ? config.files : DEFAULT_GLOBS;
  const skipped: Skipped[] = [];
  const texts = new Map<string, string>();
  let files = collectFiles(positionals, io, { globs, base, lang, skipped, texts });
  // files met in a walk that could not be read: one line each, after the results; the others are still checked
  const notices = () => {
    for (const s of skipped) io.stderr(`bra: ${s.message.split(/\r?\n/)[0]}\n`);
  };
  if (files.length === 0) {
    if (skipped.length > 0) {
      notices();
      return 2;
    }
    return fail(t(
      `inga filer att kontrollera i ${one(positionals.length ? positionals : ['.'])} (letar efter ${globs.join(', ')} och YAML med schema_version och document eller access_matrix)`,
      `no files to check in ${one(positionals.length ? positionals : ['.'])} (looking for ${globs.join(', ')} and YAML with schema_version and document or access_matrix)`,
    ));
  }

  // access tests (*.access-tests.yaml) run on their own (query-command.ts); the rest is linted
  const tests = files.filter((f) => ACCESS_TESTS_FILE.test(f.path));
  files = files.filter((f) => !ACCESS_TESTS_FILE.test(f.path));
  // inputs: the checked files, plus sibling matrix files that refer to a checked analysis (context only)
  const inputs: LintInput[] = files.map((f) => ({ path: f.path, text: f.text }));
  const byAbs = new Set(files.map((f) => f.abs));
  const rootOf = new Map(files.map((f) => [f.path, f.root]));
  const sources = new Map<string, string>();
  for (const f of files) texts.set(f.abs, f.text);
  const siblings = new SiblingMatrices(io, texts);
  for (const f of files) {
    if (analysisRefOf(f.text) !== undefined) continue;
    for (const s of siblings.of(f.abs, f.path, f.root)) {
      if (byAbs.has(s.abs)) continue;
      const path = displayPath(io.cwd, s.abs);
      byAbs.add(s.abs);
      rootOf.set(path, f.root);
      inputs.push({ path, text: s.text, report: false });
      sources.set(path, s.text);
    }
  }
  // a matrix file's analysis: only inside the checked root of the matrix file, a regular file of bounded size
  const resolve = (fromPath: string, ref: string): Resolved => {
    const abs = nodePath.resolve(io.cwd, joinRef(fromPath, ref));
    const root = rootOf.get(fromPath) ?? checkedRoot(io, nodePath.resolve(io.cwd, fromPath));
    try {
      const text = readInsideFile(io, root, abs);
      const path = displayPath(io.cwd, abs);
      sources.set(path, text);
      return { path, text };
    } catch (e) {
      return { error: ioReason(e, lang) };
    }
  };

  const results = [...lint(inputs, { asOf, config, resolve }), ...withSeverities(accessTestResults(tests, io, lang, asOf, sources), config)];
  const out = FORMATTERS[format](results, {
    lang,
    asOf,
    version: io.version ?? '0.0.0',
    cwd: io.cwd,
    color: format === 'stylish' && wantsColor(io),
    sources,
  });
  io.stdout(out);
  notices();
  if (skipped.some((s) => s.counts)) return 2;
  let worst = 0;
  for (const r of results) for (const f of r.findings) worst = Math.max(worst, RANK[f.severity]);
  return worst >= RANK[failOn] ? 1 : 0;
}

/** The configured severities (`rules` in .bra.jsonc) applied to findings that the engine did not produce. */
function withSeverities(results: FileResult[], config: BraConfig | undefined): FileResult[] {
  const over = config?.rules;
  if (!over) return results;
  return results.map((r) => ({ ...r, findings: r.findings.flatMap((f) => (over[f.rule] === 'off' ? [] : over[f.rule] ? [{ ...f, severity: over[f.rule] as Severity }] : [f])) }));
}

export { CliError, cannotRead, toPosix };
