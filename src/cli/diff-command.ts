/**
 * `bra diff --base <git-ref> [PATH…]` and `bra diff OLD.yaml NEW.yaml`: the I/O around the pure src/diff.
 * Exit codes: 0 nothing fails; 1 a new finding at or above --fail-on, or access widened without justification
 * (see the help text); 2 usage, I/O or internal error (one line, never a stack trace).
 */
import { AS_OF_OPTION, HELP_OPTION, LANG_OPTION, localToday, parseOptions } from './args';
import * as nodePath from 'node:path';
import type { BraConfig, Lang, Severity } from '../model';
import { resolveLang } from '../i18n';
import { DEFAULT_GLOBS, globMatch, joinRef, parseConfig, sniff } from '../engine';
import type { LintInput, Resolved } from '../engine';
import { diffAccess, fails } from '../diff';
import { DIFF_FORMATS, formatDiff } from '../diff/format';
import type { DiffFormat } from '../diff/format';
import { cannotRead, checkedRoot, displayPath, ioReason, readConfigFile, readInsideFile, stripBom } from './files';
import { Git, GitError, defaultExec } from './git';
import type { Exec } from './git';

/** The I/O that runDiff needs (the same injected shape as the other commands). */
export interface DiffIo {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Reads a file as UTF-8 text; throws (with `code`, e.g. ENOENT) when it cannot. Paths are absolute. */
  readFile(path: string): string;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Runs git (tests may inject); default child_process.execFileSync. */
  exec?: Exec;
  /** Tool version for SARIF. */
  version?: string;
  /** Today, YYYY-MM-DD (default: the local date). */
  today?: () => string;
}

export const DIFF_HELP = {
  sv: `Användning:
  bra diff --base <git-ref> [SÖKVÄG…]   jämför med en git-revision (arbetskopian mot <git-ref>)
  bra diff GAMMAL.yaml NY.yaml          jämför två filer

Visar för varje behörighet om den är ny, borttagen, vidgad, inskränkt eller ändrad, hur
(patientomfång, kategorier, villkor, vårdenheter, tidsgräns, ny roll, nytt system eller regim), om
analysen stöder den (✅/⚠️/❌ efter varje nytt fynd på behörigheten) samt nya och åtgärdade fynd.
Ändringar i analysen är egna rader: behov nya, vidgade, snävare eller borttagna, risker borttagna
eller sänkta, åtgärder ändrade eller borttagna; en fastställd analys som ändras utan ny version
eller ny fastställelse är ett fel.
Utan SÖKVÄG jämförs alla kontrollerade filer (*.bra.yaml, *.bra.yml eller egna YAML-filer) som
finns i någon av revisionerna; nya, borttagna och omdöpta filer hanteras.

Flaggor:
  --format markdown|json|sarif|github   utdata (standard: markdown; sarif och github: nya fynd och
                                        kontrollens rader: konfiguration, undertryckning, fastställelse)
  --as-of ÅÅÅÅ-MM-DD                    bedömningsdag för datumregler (standard: i dag)
  --lang sv|en|auto                     språk (standard: sv; även BRA_LANG)
  --fail-on error|warning|info          gräns för avslutningskod 1 (standard: error)
  --config FIL                          konfiguration (standard: .bra.jsonc i arkivets rot)

Avslutningskoder:
  0  inget nytt fynd på eller över --fail-on och ingen vidgning utan stöd
  1  ett NYTT fynd på eller över --fail-on, eller en behörighet som vidgas (eller läggs till) medan
     den har ett BRA031/BRA032/BRA033-fynd på eller över --fail-on (även om fyndet fanns före ändringen),
     eller en vidgning i samma ändring som försvagar kontrollen i konfigurationen (BRA031–BRA033 av eller
     lägre, högre coarseHeadcount, färre filer) eller undertrycker BRA031–BRA033 utan beslutsreferens
     (t.ex. "dnr 2026/114"); ändringar i konfigurationen och nya undertryckningar visas alltid;
     eller en fastställd analys som ändras utan ny version eller ny fastställelse (då är också en
     vidgning som bara stöds av ett behov nytt eller vidgat i samma ändring utan stöd); med --fail-on warning
     även en vidgning som bara stöds av ett behov nytt eller vidgat i samma ändring
  2  fel i användning, läsning eller git (t.ex. okänd referens)
`,
  en: `Usage:
  bra diff --base <git-ref> [PATH…]     compare with a git revision (the working tree against <git-ref>)
  bra diff OLD.yaml NEW.yaml            compare two files

Reports for each access entry whether it is added, removed, widened, narrowed or changed, how
(patient scope, categories, conditions, care units, time limit, new role, system or regime), whether
the analysis justifies it (✅/⚠️/❌ from every new finding on the entry), and the new and resolved
findings. Changes to the analysis are rows of their own: needs added, widened, narrowed or removed,
risks removed or lowered, measures changed or removed; an approved analysis changed without a new
version or approval is an error.
Without PATH every checked file (*.bra.yaml, *.bra.yml or YAML files of ours) at either revision is
compared; new, deleted and renamed files are handled.

Options:
  --format markdown|json|sarif|github   output (default: markdown; sarif and github: new findings and
                                        the gate's rows: configuration, suppression, approval)
  --as-of YYYY-MM-DD                    evaluation date of the date rules (default: today)
  --lang sv|en|auto                     language (default: sv; also BRA_LANG)
  --fail-on error|warning|info          threshold of exit code 1 (default: error)
  --config FILE                         configuration (default: .bra.jsonc at the repository root)

Exit codes:
  0  no new finding at or above --fail-on and no unjustified widening
  1  a NEW finding at or above --fail-on, or an entry that widens access (or is added) while it has a
     BRA031/BRA032/BRA033 finding at or above --fail-on (even when that finding was there before),
     or a widening in a change that weakens the gate in the configuration (BRA031-BRA033 off or lower,
     a higher coarseHeadcount, fewer files) or suppresses BRA031-BRA033 without an approval reference
     (e.g. "dnr 2026/114"); configuration changes and new suppressions are always shown;
     or an approved analysis changed without a new version or approval (a widening supported only by
     a need added or widened in the same change is then unjustified too); with --fail-on warning also a
     widening supported only by a need added or widened in the same change
  2  usage, I/O or git error (e.g. an unknown ref)
`,
};

class UsageError extends Error {}

interface Args {
  base?: string;
  paths: string[];
  format: DiffFormat;
  asOf?: string;
  lang?: string;
  failOn: Severity;
  config?: string;
  help: boolean;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const DIFF_OPTIONS = {
  base: { type: 'string' },
  format: { type: 'string', choices: DIFF_FORMATS },
  'as-of': AS_OF_OPTION,
  lang: LANG_OPTION,
  'fail-on': { type: 'string', choices: SEVERITIES },
  config: { type: 'string' },
  help: HELP_OPTION,
} as const;

/** The shared argument framework (args.ts); `--base -x` takes `-x` as the ref (git refuses it, one clear line). */
function parseArgs(argv: string[], t: (sv: string, en: string) => string): Args {
  const r = parseOptions(argv[0] === 'diff' ? argv.slice(1) : argv, DIFF_OPTIONS, t('sv', 'en') as Lang, { dashValues: true });
  if ('error' in r) throw new UsageError(r.error);
  const v = r.values;
  return {
    paths: r.positionals, base: v.base, format: (v.format ?? 'markdown') as DiffFormat, asOf: v['as-of'], lang: v.lang,
    failOn: (v['fail-on'] ?? 'error') as Severity, config: v.config, help: v.help === true,
  };
}

const posix = (p: string) => p.replace(/\\/g, '/');

type T = (sv: string, en: string) => string;
/** A one-line error (exit 2) instead of a value. */
class Fail {
  constructor(readonly message: string) {}
}
type Side = { inputs: LintInput[]; resolve: (from: string, ref: string) => Resolved };
interface Sides {
  base: Side;
  head: Side;
  renames: Record<string, string>;
  baseLabel: string;
}
interface Configs {
  config?: BraConfig;
  baseConfig?: BraConfig;
  baseConfigError?: string;
  configPath: string;
}

/** git mode opens the repository first: the config and the paths are relative to its root. */
function openGit(base: string, io: DiffIo, t: T): { git: Git; commit: string } | Fail {
  try {
    const git = Git.open(io.cwd, io.env, io.exec ?? defaultExec);
    return { git, commit: git.commit(base) };
  } catch (e) {
    if (e instanceof GitError) {
      return new Fail(/unknown revision|invalid ref/.test(e.message) ? t(`okänd git-referens "${base}"`, `unknown git ref "${base}"`) : t(`git: ${e.message}`, `git: ${e.message}`));
    }
    throw e;
  }
}

/**
 * The configuration: --config FILE, else .bra.jsonc at the root when it exists; in git mode also the same file at the
 * base (a change to it is reported, and one that weakens the gate makes the widening of the change unjustified; one
 * that cannot be read is a row of its own). `setLang` receives the configured language.
 */
function readConfigs(args: Args, io: DiffIo, root: string, g: { git: Git; commit: string } | undefined, lang: Lang, setLang: (l: string) => void): Configs | Fail {
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const file = args.config !== undefined ? nodePath.resolve(io.cwd, args.config) : nodePath.join(root, '.bra.jsonc');
  const rel = posix(nodePath.relative(root, file));
  const out: Configs = { configPath: g && !rel.startsWith('../') && !nodePath.isAbsolute(rel) ? rel : displayPath(io.cwd, file) };
  if (g && out.configPath === rel) {
    const text = g.git.show(g.commit, rel);
    const r = text === undefined ? undefined : parseConfig(stripBom(text), rel);
    if (r && r.errors.length > 0) out.baseConfigError = r.errors[0].split(/\r?\n/)[0];
    out.baseConfig = r && r.errors.length === 0 ? r.config : {};
  }
  let text: string | undefined;
  try {
    text = readConfigFile(io, file);
  } catch (e) {
    if (args.config !== undefined || (e as { code?: string })?.code !== 'ENOENT') {
      return new Fail(t(`kan inte läsa konfigurationen '${displayPath(io.cwd, file)}': ${ioReason(e, lang)}`, `cannot read the configuration '${displayPath(io.cwd, file)}': ${ioReason(e, lang)}`));
    }
  }
  if (text !== undefined) {
    const r = parseConfig(text, displayPath(io.cwd, file));
    if (r.errors.length > 0) return new Fail(r.errors[0]);
    out.config = r.config;
    if (r.config.language) setLang(r.config.language);
  }
  if (out.baseConfig !== undefined && out.config === undefined) out.config = {};
  return out;
}

/** Whether a file is compared: checked under the configuration of either revision (excluding files cannot hide a change). */
function checkedBy(c: Configs): (path: string, text: () => string | undefined) => boolean {
  const globsOf = (x: BraConfig | undefined) => (x?.files && x.files.length > 0 ? x.files : DEFAULT_GLOBS);
  const globs = [...new Set([...globsOf(c.config), ...(c.baseConfig !== undefined ? globsOf(c.baseConfig) : [])])];
  return (path, text) => {
    if (globs.some((g) => globMatch(g, path))) return true;
    if (!/\.ya?ml$/i.test(path)) return false;
    const s = text();
    return s !== undefined && sniff(s);
  };
}

/** The paths given, relative to the repository root (cwd may be reached through a symbolic link; git's root is resolved). */
function gitFilters(args: Args, io: DiffIo, git: Git, t: T): string[] | Fail {
  const filters: string[] = [];
  for (const p of args.paths) {
    const fromCwd = posix(nodePath.relative(io.cwd, nodePath.resolve(io.cwd, p)));
    const rel = nodePath.isAbsolute(fromCwd) ? fromCwd : posix(nodePath.posix.normalize(`${git.prefix}${fromCwd}`)).replace(/^\.$/, '');
    if (rel.startsWith('../') || rel === '..' || nodePath.isAbsolute(rel)) return new Fail(t(`${p} ligger utanför git-arkivet`, `${p} is outside the git repository`));
    filters.push(rel === '' ? '' : rel.replace(/\/+$/, ''));
  }
  return filters;
}

/** Reads a file at the base commit; a symbolic link is followed one level, inside the repository. */
function baseReader(git: Git, commit: string, links: Set<string>): (p: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (p) => {
    if (!cache.has(p)) {
      let text = git.show(commit, p);
      if (text !== undefined && links.has(p)) {
        const target = joinRef(p, text.trim());
        text = target.startsWith('../') || target.startsWith('/') || links.has(target) ? undefined : git.show(commit, target);
      }
      cache.set(p, text === undefined ? undefined : stripBom(text));
    }
    return cache.get(p);
  };
}

/** `bra diff --base <ref> [PATH…]`: the base commit against the working tree. */
function gitSides(args: Args, io: DiffIo, g: { git: Git; commit: string }, checked: ReturnType<typeof checkedBy>, lang: Lang): Sides | Fail {
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const { git, commit } = g;
  const root = git.root;
  const filters = gitFilters(args, io, git, t);
  if (filters instanceof Fail) return filters;
  const inFilter = (p: string) => filters.length === 0 || filters.some((f) => f === '' || p === f || p.startsWith(`${f}/`));
  const explicit = (p: string) => filters.includes(p);
  const tree = git.listTree(commit);
  const headFiles = git.listWorkTree();
  let renames = git.renames(commit);
  const headRead = (p: string): string | undefined => {
    try {
      return readInsideFile(io, root, nodePath.join(root, p));
    } catch {
      return undefined;
    }
  };
  const baseRead = baseReader(git, commit, tree.links);
  const headInputs: LintInput[] = [];
  for (const p of headFiles) {
    if (!inFilter(p) || !(explicit(p) || checked(p, () => headRead(p)))) continue;
    const text = headRead(p);
    if (text !== undefined) headInputs.push({ path: p, text }); // else deleted in the working tree but still in the index
  }
  const baseInputs: LintInput[] = [];
  for (const p of tree.files) {
    const hp = renames[p] ?? p;
    if ((!inFilter(p) && !inFilter(hp)) || !(explicit(p) || explicit(hp) || checked(p, () => baseRead(p)))) continue;
    const text = baseRead(p);
    if (text !== undefined) baseInputs.push({ path: p, text });
  }
  // an explicit path that exists at neither revision is a usage error
  for (let i = 0; i < filters.length; i++) {
    const f = filters[i];
    const exists = (list: string[]) => list.some((p) => p === f || p.startsWith(`${f}/`));
    if (f !== '' && !exists(tree.files) && !exists(headFiles)) {
      return new Fail(t(`${args.paths[i]} finns varken i ${args.base} eller i arbetskopian`, `${args.paths[i]} exists neither in ${args.base} nor in the working tree`));
    }
  }
  // a rename into or out of the selection: keep the pair only when both sides are compared
  const baseSet = new Set(baseInputs.map((x) => x.path));
  const headSet = new Set(headInputs.map((x) => x.path));
  renames = Object.fromEntries(Object.entries(renames).filter(([o, n]) => baseSet.has(o) && headSet.has(n)));
  const inside = (p: string) => !(p.startsWith('../') || p === '..' || p.startsWith('/'));
  const resolveWith = (read: (p: string) => Resolved) => (from: string, ref: string): Resolved => {
    const p = joinRef(from, ref);
    return inside(p) ? read(p) : { error: t('utanför git-arkivet', 'outside the git repository') };
  };
  const base = resolveWith((p) => {
    const text = baseRead(p);
    return text === undefined ? { error: t(`finns inte i ${args.base}`, `not in ${args.base}`) } : { path: p, text };
  });
  const head = resolveWith((p) => {
    try {
      return { path: p, text: readInsideFile(io, root, nodePath.join(root, p)) };
    } catch (e) {
      return { error: ioReason(e, lang) };
    }
  });
  return { base: { inputs: baseInputs, resolve: base }, head: { inputs: headInputs, resolve: head }, renames, baseLabel: args.base! };
}

/** `bra diff OLD NEW`: two files. */
function fileSides(args: Args, io: DiffIo, lang: Lang): Sides | Fail {
  const abs = (p: string) => nodePath.resolve(io.cwd, p);
  const [oldPath, newPath] = args.paths.map(posix) as [string, string];
  const texts: string[] = [];
  for (const p of [oldPath, newPath]) {
    try {
      texts.push(readInsideFile(io, checkedRoot(io, abs(p)), abs(p)));
    } catch (e) {
      return new Fail(cannotRead(p, e, lang).message);
    }
  }
  const resolve = (from: string, ref: string): Resolved => {
    const p = joinRef(from, ref);
    try {
      return { path: p, text: readInsideFile(io, checkedRoot(io, abs(from)), abs(p)) };
    } catch (e) {
      return { error: ioReason(e, lang) };
    }
  };
  return {
    base: { inputs: [{ path: oldPath, text: texts[0] }], resolve },
    head: { inputs: [{ path: newPath, text: texts[1] }], resolve },
    renames: oldPath !== newPath ? { [oldPath]: newPath } : {},
    baseLabel: oldPath,
  };
}

/** `bra diff …` → exit code. */
export async function runDiff(argv: string[], io: DiffIo): Promise<0 | 1 | 2> {
  const envLocale = io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG;
  let lang: Lang = resolveLang(io.env.BRA_LANG, envLocale);
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const fail = (msg: string): 2 => {
    io.stderr(`bra: ${msg.split(/\r?\n/)[0]}\n`);
    return 2;
  };
  try {
    let args: Args;
    try {
      args = parseArgs(argv, t);
    } catch (e) {
      if (e instanceof UsageError) return fail(`${e.message}. ${t('Se bra diff --help.', 'See bra diff --help.')}`);
      throw e;
    }
    if (args.lang) lang = resolveLang(args.lang, envLocale);
    if (args.help) {
      io.stdout(DIFF_HELP[lang]);
      return 0;
    }
    if (args.base === undefined && args.paths.length !== 2) {
      return fail(t('ange --base <git-ref> [SÖKVÄG…] eller två filer (GAMMAL NY). Se bra diff --help.',
        'give --base <git-ref> [PATH…] or two files (OLD NEW). See bra diff --help.'));
    }
    const asOf = args.asOf ?? (io.today ?? localToday)();
    const g = args.base !== undefined ? openGit(args.base, io, t) : undefined;
    if (g instanceof Fail) return fail(g.message);
    const root = g?.git.root ?? io.cwd;
    const configs = readConfigs(args, io, root, g, lang, (l) => {
      if (!args.lang && !io.env.BRA_LANG) lang = resolveLang(l, envLocale);
    });
    if (configs instanceof Fail) return fail(configs.message);
    const sides = g ? gitSides(args, io, g, checkedBy(configs), lang) : fileSides(args, io, lang);
    if (sides instanceof Fail) return fail(sides.message);
    const { config, baseConfig, baseConfigError, configPath } = configs;
    const result = diffAccess(sides.base, sides.head, { asOf, config, renames: sides.renames, baseConfig, configPath, baseConfigError });
    io.stdout(formatDiff(result, args.format, { lang, baseLabel: sides.baseLabel, version: io.version, asOf, cwd: root }));
    return fails(result, args.failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof GitError) return fail(`git: ${e.message}`);
    return fail(t(`internt fel: ${(e as Error)?.message ?? String(e)}`, `internal error: ${(e as Error)?.message ?? String(e)}`));
  }
}
