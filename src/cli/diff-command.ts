/**
 * `bra diff --base <git-ref> [PATH…]` and `bra diff OLD.yaml NEW.yaml`: the I/O around the pure src/diff.
 * Exit codes: 0 nothing fails; 1 a new finding at or above --fail-on, or access widened without justification
 * (see the help text); 2 usage, I/O or internal error (one line, never a stack trace).
 */
import { asOfError, localToday } from './args';
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
(patientomfång, kategorier, villkor, vårdenheter, tidsgräns, nytt system eller regim), om analysen
stöder den (inget BRA031/BRA032/BRA033 på behörigheten) samt nya och åtgärdade fynd.
Utan SÖKVÄG jämförs alla kontrollerade filer (*.bra.yaml, *.bra.yml eller egna YAML-filer) som
finns i någon av revisionerna; nya, borttagna och omdöpta filer hanteras.

Flaggor:
  --format markdown|json|sarif|github   utdata (standard: markdown; sarif och github: endast nya fynd)
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
     (t.ex. "dnr 2026/114"); ändringar i konfigurationen och nya undertryckningar visas alltid
  2  fel i användning, läsning eller git (t.ex. okänd referens)
`,
  en: `Usage:
  bra diff --base <git-ref> [PATH…]     compare with a git revision (the working tree against <git-ref>)
  bra diff OLD.yaml NEW.yaml            compare two files

Reports for each access entry whether it is added, removed, widened, narrowed or changed, how
(patient scope, categories, conditions, care units, time limit, new system or regime), whether the
analysis justifies it (no BRA031/BRA032/BRA033 on the entry), and the new and resolved findings.
Without PATH every checked file (*.bra.yaml, *.bra.yml or YAML files of ours) at either revision is
compared; new, deleted and renamed files are handled.

Options:
  --format markdown|json|sarif|github   output (default: markdown; sarif and github: new findings only)
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
     (e.g. "dnr 2026/114"); configuration changes and new suppressions are always shown
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

function parseArgs(argv: string[], t: (sv: string, en: string) => string): Args {
  const a: Args = { paths: [], format: 'markdown', failOn: 'error', help: false };
  const args = argv[0] === 'diff' ? argv.slice(1) : argv;
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      a.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      a.help = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const take = (): string => {
      if (value !== undefined) return value;
      const v = args[++i];
      if (v === undefined) throw new UsageError(t(`${arg} kräver ett värde`, `${arg} needs a value`));
      return v;
    };
    switch (arg) {
      case '--base': a.base = take(); break;
      case '--format': {
        const f = take();
        if (!DIFF_FORMATS.includes(f as DiffFormat)) throw new UsageError(t(`okänt format "${f}" (${DIFF_FORMATS.join('|')})`, `unknown format "${f}" (${DIFF_FORMATS.join('|')})`));
        a.format = f as DiffFormat;
        break;
      }
      case '--as-of': {
        const d = take();
        const bad = asOfError(d, t);
        if (bad) throw new UsageError(bad);
        a.asOf = d;
        break;
      }
      case '--lang': {
        const l = take();
        if (!['sv', 'en', 'auto'].includes(l)) throw new UsageError(t(`okänt språk "${l}" (sv|en|auto)`, `unknown language "${l}" (sv|en|auto)`));
        a.lang = l;
        break;
      }
      case '--fail-on': {
        const s = take();
        if (!SEVERITIES.includes(s as Severity)) throw new UsageError(t(`ogiltigt värde för --fail-on: "${s}" (error|warning|info)`, `invalid --fail-on: "${s}" (error|warning|info)`));
        a.failOn = s as Severity;
        break;
      }
      case '--config': a.config = take(); break;
      default: throw new UsageError(t(`okänd flagga ${arg}`, `unknown option ${arg}`));
    }
  }
  return a;
}


const posix = (p: string) => p.replace(/\\/g, '/');

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
    const abs = (p: string) => nodePath.resolve(io.cwd, p);

    // git mode opens the repository first: the config and the paths are relative to its root
    let git: Git | undefined;
    let commit = '';
    if (args.base !== undefined) {
      try {
        git = Git.open(io.cwd, io.env, io.exec ?? defaultExec);
        commit = git.commit(args.base);
      } catch (e) {
        if (e instanceof GitError) {
          return fail(/unknown revision|invalid ref/.test(e.message)
            ? t(`okänd git-referens "${args.base}"`, `unknown git ref "${args.base}"`)
            : t(`git: ${e.message}`, `git: ${e.message}`));
        }
        throw e;
      }
    }
    const root = git?.root ?? io.cwd;

    // configuration: --config FILE, else .bra.jsonc at the root when it exists; in git mode also the same file at the
    // base (a change to it is reported, and one that weakens the gate makes the widening of the change unjustified)
    let config: BraConfig | undefined;
    let baseConfig: BraConfig | undefined;
    let configPath: string | undefined;
    let baseConfigError: string | undefined;
    {
      const file = args.config !== undefined ? abs(args.config) : nodePath.join(root, '.bra.jsonc');
      const rel = posix(nodePath.relative(root, file));
      configPath = git && !rel.startsWith('../') && !nodePath.isAbsolute(rel) ? rel : displayPath(io.cwd, file);
      if (git && configPath === rel) {
        const text = git.show(commit, rel);
        const r = text === undefined ? undefined : parseConfig(stripBom(text), rel);
        // an unreadable configuration at the base is a row of its own (it cannot be compared), not `{}`
        if (r && r.errors.length > 0) baseConfigError = r.errors[0].split(/\r?\n/)[0];
        baseConfig = r && r.errors.length === 0 ? r.config : {};
      }
      let text: string | undefined;
      try {
        text = readConfigFile(io, file);
      } catch (e) {
        if (args.config !== undefined || (e as { code?: string })?.code !== 'ENOENT') {
          return fail(t(`kan inte läsa konfigurationen '${displayPath(io.cwd, file)}': ${ioReason(e, lang)}`, `cannot read the configuration '${displayPath(io.cwd, file)}': ${ioReason(e, lang)}`));
        }
      }
      if (text !== undefined) {
        const r = parseConfig(text, displayPath(io.cwd, file));
        if (r.errors.length > 0) return fail(r.errors[0]);
        config = r.config;
        if (!args.lang && !io.env.BRA_LANG && config.language) lang = resolveLang(config.language, envLocale);
      }
      if (baseConfig !== undefined && config === undefined) config = {};
    }
    // a file checked under the configuration of either revision is compared (excluding files cannot hide a change)
    const globsOf = (c: BraConfig | undefined) => (c?.files && c.files.length > 0 ? c.files : DEFAULT_GLOBS);
    const globs = [...new Set([...globsOf(config), ...(baseConfig !== undefined ? globsOf(baseConfig) : [])])];
    const checked = (path: string, text: () => string | undefined): boolean => {
      if (globs.some((g) => globMatch(g, path))) return true;
      if (!/\.ya?ml$/i.test(path)) return false;
      const s = text();
      return s !== undefined && sniff(s);
    };

    let base: { inputs: LintInput[]; resolve: (from: string, ref: string) => Resolved };
    let head: { inputs: LintInput[]; resolve: (from: string, ref: string) => Resolved };
    let renames: Record<string, string> = {};
    let baseLabel: string;

    if (git) {
      // paths relative to the repository root
      const filters: string[] = [];
      for (const p of args.paths) {
        // relative to cwd, then onto git's prefix (cwd may be reached through a symbolic link; git's root is resolved)
        const fromCwd = posix(nodePath.relative(io.cwd, abs(p)));
        const rel = nodePath.isAbsolute(fromCwd) ? fromCwd : posix(nodePath.posix.normalize(`${git.prefix}${fromCwd}`)).replace(/^\.$/, '');
        if (rel.startsWith('../') || rel === '..' || nodePath.isAbsolute(rel)) return fail(t(`${p} ligger utanför git-arkivet`, `${p} is outside the git repository`));
        filters.push(rel === '' ? '' : rel.replace(/\/+$/, ''));
      }
      const inFilter = (p: string) => filters.length === 0 || filters.some((f) => f === '' || p === f || p.startsWith(`${f}/`));
      const explicit = (p: string) => filters.includes(p);
      const tree = git.listTree(commit);
      const baseFiles = tree.files;
      const headFiles = git.listWorkTree();
      renames = git.renames(commit);
      const headRead = (p: string): string | undefined => {
        try {
          return readInsideFile(io, root, nodePath.join(root, p));
        } catch {
          return undefined;
        }
      };
      const baseCache = new Map<string, string | undefined>();
      const baseRead = (p: string): string | undefined => {
        if (!baseCache.has(p)) {
          let text = git!.show(commit, p);
          // a symbolic link: its blob is the target path; read the target (one level, inside the repository)
          if (text !== undefined && tree.links.has(p)) {
            const target = joinRef(p, text.trim());
            text = target.startsWith('../') || target.startsWith('/') || tree.links.has(target) ? undefined : git!.show(commit, target);
          }
          baseCache.set(p, text === undefined ? undefined : stripBom(text));
        }
        return baseCache.get(p);
      };
      const headInputs: LintInput[] = [];
      for (const p of headFiles) {
        if (!inFilter(p)) continue;
        if (!(explicit(p) || checked(p, () => headRead(p)))) continue;
        const text = headRead(p);
        if (text === undefined) continue; // deleted in the working tree but still in the index
        headInputs.push({ path: p, text });
      }
      const baseInputs: LintInput[] = [];
      for (const p of baseFiles) {
        const hp = renames[p] ?? p;
        if (!inFilter(p) && !inFilter(hp)) continue;
        if (!(explicit(p) || explicit(hp) || checked(p, () => baseRead(p)))) continue;
        const text = baseRead(p);
        if (text !== undefined) baseInputs.push({ path: p, text });
      }
      // an explicit path that exists at neither revision is a usage error
      for (let i = 0; i < filters.length; i++) {
        const f = filters[i];
        if (f === '') continue;
        const exists = (list: string[]) => list.some((p) => p === f || p.startsWith(`${f}/`));
        if (!exists(baseFiles) && !exists(headFiles)) {
          return fail(t(`${args.paths[i]} finns varken i ${args.base} eller i arbetskopian`, `${args.paths[i]} exists neither in ${args.base} nor in the working tree`));
        }
      }
      // a rename into or out of the selection: keep the pair only when both sides are compared
      const baseSet = new Set(baseInputs.map((x) => x.path));
      const headSet = new Set(headInputs.map((x) => x.path));
      renames = Object.fromEntries(Object.entries(renames).filter(([o, n]) => baseSet.has(o) && headSet.has(n)));
      const inside = (p: string) => !(p.startsWith('../') || p === '..' || p.startsWith('/'));
      base = {
        inputs: baseInputs,
        resolve: (from, ref) => {
          const p = joinRef(from, ref);
          if (!inside(p)) return { error: t('utanför git-arkivet', 'outside the git repository') };
          const text = baseRead(p);
          return text === undefined ? { error: t(`finns inte i ${args.base}`, `not in ${args.base}`) } : { path: p, text };
        },
      };
      head = {
        inputs: headInputs,
        resolve: (from, ref) => {
          const p = joinRef(from, ref);
          if (!inside(p)) return { error: t('utanför git-arkivet', 'outside the git repository') };
          try {
            return { path: p, text: readInsideFile(io, root, nodePath.join(root, p)) };
          } catch (e) {
            return { error: ioReason(e, lang) };
          }
        },
      };
      baseLabel = args.base!;
    } else {
      // two files
      const [oldPath, newPath] = args.paths.map(posix) as [string, string];
      const read = (p: string): string => readInsideFile(io, checkedRoot(io, abs(p)), abs(p));
      const texts: string[] = [];
      for (const p of [oldPath, newPath]) {
        try {
          texts.push(read(p));
        } catch (e) {
          return fail(cannotRead(p, e, lang).message);
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
      base = { inputs: [{ path: oldPath, text: texts[0] }], resolve };
      head = { inputs: [{ path: newPath, text: texts[1] }], resolve };
      if (oldPath !== newPath) renames = { [oldPath]: newPath };
      baseLabel = oldPath;
    }

    const result = diffAccess(base, head, { asOf, config, renames, baseConfig, configPath, baseConfigError });
    io.stdout(formatDiff(result, args.format, { lang, baseLabel, version: io.version, asOf, cwd: root }));
    return fails(result, args.failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof GitError) return fail(`git: ${e.message}`);
    return fail(t(`internt fel: ${(e as Error)?.message ?? String(e)}`, `internal error: ${(e as Error)?.message ?? String(e)}`));
  }
}
