/**
 * `bra query` / `bra fråga`: who can see what. `bra query FILE --role R --system S --category C [--patients G]
 * [--unit U] [--regime X] [--pseudonymised] [--operation O] [--as-of D] [--format text|json] [--lang sv|en|auto]`
 * answers from the access matrix (src/query) with the chain need → risk → entry.
 *
 * Exit codes: 0 answered (yes or no); 2 usage or I/O error, or an id the analysis does not have, as one line
 * `bra: <message>` on stderr. The access tests that `bra check` runs (`*.access-tests.yaml`) are read here too.
 */
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, langOf, localToday, parseCommand, usageError } from './args';
import * as nodePath from 'node:path';
import type { Bilingual, FileResult, Lang } from '../model';
import { bi, resolveLang } from '../i18n';
import { analysisRefOf } from '../workspace';
import { answer, checkQuestion, queryContext } from '../query';
import type { QueryContext, SourceFile } from '../query';
import { formatJson, formatText } from '../query/format';
import { readAccessTests, runAccessTests } from '../query/access-tests';
import { CliError, checkedRoot, displayPath, matricesBeside, readNamedFile, refTarget } from './files';
import type { CheckedFile, FsIo } from './files';

export interface QueryIo extends FsIo {
  env: Record<string, string | undefined>;
  stdout(s: string): void;
  stderr(s: string): void;
  today?: () => string;
}

export const QUERY_HELP: Record<Lang, string> = {
  sv: `Användning:
  bra fråga FIL --role ROLL --system SYSTEM --category KATEGORI [flaggor]   (även: bra query)

Svarar på frågan "får ROLL (vid ENHET) läsa KATEGORI för patienter i GRUPP i SYSTEM?" utifrån
behörighetsmatrisen, med kedjan behov → risk → behörighet som tillåter eller nekar det. FIL är
analysen (eller en matrisfil); matrisfiler bredvid analysen som hänvisar till den tas med.

Flaggor:
  --role ROLL            rollens id (roles[].id)
  --system SYSTEM        systemets id (systems[].id)
  --category KATEGORI    uppgiftskategorins id (data_categories[].id)
  --patients GRUPP       patientomfång: none, emergency_only, scheduled_contact, care_relation,
                         own_unit, listed_units, all_patients (standard: care_relation)
  --unit ENHET           vårdenheten där användaren arbetar (scope.care_units[].id)
  --regime REGIM         inner_secrecy eller coherent_record_keeping (standard: alla)
  --pseudonymised        frågan gäller indirekt identifierbara uppgifter
  --operation FUNKTION   read, write, sign, print eller export (standard: read)
  --as-of ÅÅÅÅ-MM-DD     dagen frågan gäller (valid_from; standard: i dag)
  --format text|json     utdata (standard: text)
  --lang sv|en|auto      språk (standard: sv; även BRA_LANG)

Avslutningskoder:
  0  frågan besvarades (ja eller nej)
  2  fel i användning eller läsning, eller ett id som inte finns i analysen
`,
  en: `Usage:
  bra query FILE --role ROLE --system SYSTEM --category CATEGORY [options]   (also: bra fråga)

Answers "can ROLE (at UNIT) read CATEGORY of patients in GROUP in SYSTEM?" from the access matrix,
with the chain need → risk → access entry that allows or denies it. FILE is the analysis (or a
matrix file); matrix files beside the analysis that refer to it are included.

Options:
  --role ROLE            the role's id (roles[].id)
  --system SYSTEM        the system's id (systems[].id)
  --category CATEGORY    the data category's id (data_categories[].id)
  --patients GROUP       patient scope: none, emergency_only, scheduled_contact, care_relation,
                         own_unit, listed_units, all_patients (default: care_relation)
  --unit UNIT            the care unit the user works at (scope.care_units[].id)
  --regime REGIME        inner_secrecy or coherent_record_keeping (default: any)
  --pseudonymised        the question is about pseudonymised data
  --operation OPERATION  read, write, sign, print or export (default: read)
  --as-of YYYY-MM-DD     the day the question is about (valid_from; default: today)
  --format text|json     output (default: text)
  --lang sv|en|auto      language (default: sv; also BRA_LANG)

Exit codes:
  0  the question was answered (yes or no)
  2  usage or read error, or an id the analysis does not have
`,
};

const QUERY = {
  options: {
    role: { type: 'string' },
    system: { type: 'string' },
    category: { type: 'string' },
    patients: { type: 'string' },
    unit: { type: 'string' },
    regime: { type: 'string' },
    pseudonymised: { type: 'boolean' },
    operation: { type: 'string' },
    lang: LANG_OPTION,
    format: { type: 'string', choices: ['text', 'json'] },
    'as-of': AS_OF_OPTION,
    help: HELP_OPTION,
  },
  help: QUERY_HELP,
  seeHelp: { sv: 'Se bra fråga --help.', en: 'See bra query --help.' },
} as const;

/** Read an analysis (or a matrix file's analysis) and the matrix files beside it that refer to it. */
export function loadAnalysis(io: FsIo, fileArg: string, lang: Lang, explicitMatrices?: string[], root?: string): { analysis: SourceFile; matrices: SourceFile[] } {
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  // every file read lies inside the checked root (of the access-tests file, or of the file given): a reference in a
  // pull request cannot read outside the repository (security report D2)
  const inRoot = root ?? checkedRoot(io, nodePath.resolve(io.cwd, fileArg));
  const read = (abs: string, shown: string): string =>
    readNamedFile(io, inRoot, abs, shown, lang, (reason) => t(`kan inte läsa '${shown}': ${reason}`, `cannot read '${shown}': ${reason}`));
  let abs = nodePath.resolve(io.cwd, fileArg);
  let text = read(abs, fileArg);
  const ref = analysisRefOf(text);
  if (ref !== undefined) {
    abs = refTarget(io.cwd, abs, ref);
    text = read(abs, displayPath(io.cwd, abs));
  }
  const path = displayPath(io.cwd, abs);
  const matrices: SourceFile[] = [];
  if (explicitMatrices) {
    for (const m of explicitMatrices) {
      const mAbs = nodePath.resolve(io.cwd, m);
      matrices.push({ path: displayPath(io.cwd, mAbs), text: read(mAbs, displayPath(io.cwd, mAbs)) });
    }
  } else {
    for (const s of matricesBeside(io, abs)) matrices.push({ path: displayPath(io.cwd, s.abs), text: s.text });
  }
  return { analysis: { path, text }, matrices };
}

function contextOrError(io: FsIo, fileArg: string, lang: Lang, matrices?: string[], sources?: Map<string, string>, root?: string): QueryContext | { error: Bilingual } {
  try {
    const l = loadAnalysis(io, fileArg, 'sv', matrices, root);
    for (const f of [l.analysis, ...l.matrices]) sources?.set(f.path, f.text);
    return queryContext(l.analysis, l.matrices);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    let en = e.message;
    try {
      loadAnalysis(io, fileArg, 'en', matrices, root);
    } catch (e2) {
      en = e2 instanceof Error ? e2.message : en;
    }
    void lang;
    return { error: bi(cap(e.message), cap(en)) };
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `bra check`: the results of the access-tests files among the checked files. */
export function accessTestResults(files: CheckedFile[], io: FsIo, lang: Lang, asOf: string, sources?: Map<string, string>): FileResult[] {
  return files.map((f) => {
    const file = readAccessTests(f.text);
    const base = nodePath.dirname(f.abs);
    const ctx = file.analysis === undefined
      ? { error: bi('', '') }
      : contextOrError(io, displayPath(io.cwd, nodePath.resolve(base, file.analysis)), lang, file.matrices?.map((m) => displayPath(io.cwd, nodePath.resolve(base, m))), sources, f.root);
    const findings = runAccessTests(file, ctx, asOf).sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { path: f.path, kind: 'access-tests', text: f.text, findings };
  });
}

/** `bra query …` (argv without the command) → exit code. Never throws. */
export async function runQuery(argv: string[], io: QueryIo): Promise<0 | 2> {
  const lang: Lang = langOf(argv, io.env);
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const fail = (message: string): 2 => usageError(io, message);
  try {
    const seeHelp = () => QUERY.seeHelp[lang];
    const parsed = parseCommand(argv, QUERY, lang, io);
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    const format = values.format ?? 'text';
    const asOf = values['as-of'] ?? (io.today ?? localToday)();
    if (positionals.length === 0) return fail(t(`ange analysfilen, t.ex. bra fråga analys.bra.yaml --role … ${seeHelp()}`, `give the analysis file, e.g. bra query analysis.bra.yaml --role … ${seeHelp()}`));
    if (positionals.length > 1) return fail(t(`ange en analysfil, inte ${positionals.length}. ${seeHelp()}`, `give one analysis file, not ${positionals.length}. ${seeHelp()}`));
    const missing = (['role', 'system', 'category'] as const).filter((k) => values[k] === undefined || values[k] === '');
    if (missing.length) return fail(t(`ange ${missing.map((k) => `--${k}`).join(', ')}. ${seeHelp()}`, `give ${missing.map((k) => `--${k}`).join(', ')}. ${seeHelp()}`));

    const loaded = loadAnalysis(io, positionals[0], lang);
    const ctx = queryContext(loaded.analysis, loaded.matrices);
    if (ctx.problems.length > 0) {
      return fail(t(`kan inte läsa '${ctx.problems[0].path}': ${ctx.problems[0].message.sv}`, `cannot read '${ctx.problems[0].path}': ${ctx.problems[0].message.en}`));
    }
    const q = {
      role: values.role!,
      system: values.system!,
      category: values.category!,
      patients: values.patients,
      unit: values.unit,
      regime: values.regime,
      identifiability: values.pseudonymised ? ('pseudonymised' as const) : undefined,
      operation: values.operation,
    };
    const bad = checkQuestion(ctx.m, q);
    if (bad) return fail(bad.message[lang]);
    const a = answer(ctx, q, asOf);
    io.stdout(format === 'json' ? formatJson(a, lang, asOf) : formatText(a, lang));
    return 0;
  } catch (e) {
    if (e instanceof CliError) return fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    return fail(t(`internt fel: ${msg}`, `internal error: ${msg}`));
  }
}
