/**
 * Which files `bra check PATH…` checks, and reading them.
 *
 * - A file named explicitly is always checked (even `notes.txt`: not YAML is a `yaml-syntax` finding).
 * - A directory is walked recursively, skipping `node_modules`, dot-folders and symbolic links to directories
 *   (no cycles); inside it a file is checked when it matches the configured globs (relative to `base`) or is a
 *   YAML file whose content is ours (`sniff`: top-level `schema_version` with `document` or `access_matrix`).
 * - An argument that does not exist but contains `*`, `?` or `{` is a glob (`**`, `*`, `?`, `{a,b}`) relative to
 *   the current directory; every file it matches is checked, as if named.
 *
 * Glob matching is the engine's `globMatch`, the same one the extension uses for `files` in `.bra.jsonc`.
 * A problem with a path named on the command line is a CliError with a one-line message (the CLI prints it and
 * exits 2); a file met in a directory walk that cannot be read is a Skipped entry (one notice line, the others are
 * still checked).
 *
 * Containment (security report D2, D5): every file is read only when its real path (symbolic links resolved) is
 * inside the checked root (`checkedRoot`: the git top level, else the current directory when the path is inside
 * it, else the folder given), is a regular file (no FIFO, device or directory: refused from `stat`, before any
 * read) and is at most MAX_FILE_BYTES (refused from its size, not after reading it). A target outside the root
 * gets one message whether it exists or not (`EOUTSIDE`), so that nothing about it is revealed.
 */
import * as nodePath from 'node:path';
import type { Lang } from '../model';
import { globMatch, sniff } from '../engine';
import { analysisRefOf, joinRef } from '../workspace';

/** What files.ts needs from the outside world (a subset of CliIo). */
export interface FsIo {
  /** Absolute current directory. */
  cwd: string;
  /** UTF-8 text of a file; throws an error with `code` (ENOENT, EACCES, EISDIR …). */
  readFile(path: string): string;
  /** Follows symbolic links; throws like readFile. `size` in bytes (the size guard is skipped without it). */
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; size?: number };
  /** Does not follow a symbolic link at the end of the path (optional: without it, no path counts as a link). */
  lstat?(path: string): { isSymbolicLink(): boolean };
  /** Canonical absolute path, symbolic links resolved; throws like stat (optional: without it, paths are taken as real). */
  realpath?(path: string): string;
  /** Entries of a directory (not following links); throws like readFile. */
  readdir(path: string): { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[];
}

/** A one-line usage or I/O error: the CLI prints `bra: <message>` and exits 2. */
export class CliError extends Error {}

export interface CheckedFile {
  /** Absolute path. */
  abs: string;
  /** Path shown in reports and given to the engine: relative to cwd with `/`, or absolute when outside cwd. */
  path: string;
  text: string;
  /** The checked root this file was found under (its `analysis:` reference must resolve inside it). */
  root: string;
}

/** A file met in a directory walk that was not read: one notice line `bra: <message>`. */
export interface Skipped {
  /** Display path. */
  path: string;
  message: string;
  /** The file matched the `files` globs (it would have been checked): the run exits 2. */
  counts: boolean;
}

/**
 * The largest file read (bytes): the engine refuses texts over 8 MB anyway (a `yaml-syntax` TOO_LARGE finding);
 * the CLI refuses larger files from their size, before reading them.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const REASON: Record<string, { sv: string; en: string }> = {
  ENOENT: { sv: 'filen eller katalogen finns inte', en: 'no such file or directory' },
  EACCES: { sv: 'åtkomst nekad', en: 'permission denied' },
  EPERM: { sv: 'åtgärden är inte tillåten', en: 'operation not permitted' },
  EISDIR: { sv: 'är en katalog', en: 'is a directory' },
  ENOTDIR: { sv: 'en del av sökvägen är inte en katalog', en: 'not a directory' },
  ELOOP: { sv: 'för många symboliska länkar', en: 'too many symbolic links' },
  EMFILE: { sv: 'för många öppna filer', en: 'too many open files' },
  ENAMETOOLONG: { sv: 'för långt namn', en: 'name too long' },
  ERR_STRING_TOO_LONG: { sv: 'filen är för stor', en: 'file too large' },
  EFBIG: { sv: 'filen är för stor', en: 'file too large' },
  ENOTREG: { sv: 'inte en vanlig fil', en: 'not a regular file' },
  // the same words whether the target exists or not, is a file or not, is readable or not: no oracle
  EOUTSIDE: { sv: 'ingen fil med det namnet inom den kontrollerade katalogen; sökvägar och länkar får inte leda ut ur den', en: 'no such file inside the checked folder; paths and links may not lead out of it' },
};

/** An error with a `code` (and for EFBIG the size), as node's fs errors have. */
function ioError(code: string, size?: number): Error & { code: string; size?: number } {
  return Object.assign(new Error(code), { code, size });
}

/** A short reason for an I/O error, in `lang` ("no such file or directory"). */
export function ioReason(e: unknown, lang: Lang): string {
  const code = (e as { code?: unknown })?.code;
  const size = (e as { size?: unknown })?.size;
  if (code === 'EFBIG' && typeof size === 'number') {
    const mb = (size / 1048576).toFixed(1);
    return lang === 'sv' ? `filen är för stor (${mb} MB; gränsen är ${MAX_FILE_BYTES / 1048576} MB)` : `file too large (${mb} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`;
  }
  if (typeof code === 'string' && REASON[code]) return REASON[code][lang];
  const msg = e instanceof Error ? e.message : String(e);
  return (typeof code === 'string' ? code : msg.split('\n')[0]) || (lang === 'sv' ? 'okänt fel' : 'unknown error');
}

export function cannotRead(shown: string, e: unknown, lang: Lang): CliError {
  return new CliError(lang === 'sv' ? `kan inte läsa '${shown}': ${ioReason(e, lang)}` : `cannot read '${shown}': ${ioReason(e, lang)}`);
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Display path of an absolute path: relative to cwd with `/`, or absolute (with `/`) when outside it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = nodePath.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || nodePath.isAbsolute(rel)) return toPosix(abs);
  return toPosix(rel);
}

// ---- containment: the checked root, real paths, regular files of bounded size ----

/** What reading needs at least (bra diff's io has only readFile; the checks it cannot make are skipped). */
export type ReadIo = Pick<FsIo, 'readFile'> & Partial<Omit<FsIo, 'readFile'>>;

function realOf(io: ReadIo, p: string): string {
  return io.realpath ? io.realpath(p) : nodePath.resolve(p);
}

function realOr(io: ReadIo, p: string): string {
  try {
    return realOf(io, p);
  } catch {
    return nodePath.resolve(p);
  }
}

function isLink(io: ReadIo, p: string): boolean {
  try {
    return io.lstat ? io.lstat(p).isSymbolicLink() : false;
  } catch {
    return false;
  }
}

/** Whether `p` is `root` or below it (both absolute, real). */
export function isInside(p: string, root: string): boolean {
  const rel = nodePath.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

/**
 * The checked root of a path given on the command line (absolute): the git top level above it (a `.git` entry,
 * found without running git), else the current directory when the path is inside it, else the folder given (a
 * file's folder). Symbolic links in the folders above the path are resolved; a link at the path itself is not
 * followed to find the root (a committed link cannot move the root out of the repository).
 */
export function checkedRoot(io: ReadIo, abs: string): string {
  const lexical = nodePath.join(realOr(io, nodePath.dirname(abs)), nodePath.basename(abs));
  let isDir = false;
  if (!isLink(io, lexical)) {
    try {
      isDir = io.stat ? io.stat(lexical).isDirectory() : false;
    } catch {
      /* missing: its folder */
    }
  }
  const start = isDir ? lexical : nodePath.dirname(lexical);
  if (io.stat) {
    for (let d = start; ; ) {
      try {
        io.stat(nodePath.join(d, '.git'));
        return d;
      } catch {
        /* not here */
      }
      const up = nodePath.dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  const cwd = realOr(io, io.cwd ?? '/');
  return isInside(start, cwd) ? cwd : start;
}

/**
 * The real path of `abs` when it lies inside `root`; else throws an error with code EOUTSIDE — the same for a target
 * that exists and one that does not. A missing file in a folder inside the root keeps its own error (ENOENT …),
 * unless the name is a symbolic link (a dangling link could point anywhere).
 */
export function containedPath(io: ReadIo, root: string, abs: string): string {
  let real: string;
  try {
    real = realOf(io, abs);
  } catch (e) {
    let dir: string | undefined;
    try {
      dir = realOf(io, nodePath.dirname(abs));
    } catch {
      /* the folder cannot be resolved either */
    }
    if (dir !== undefined && isInside(dir, root) && !isLink(io, abs)) throw e;
    throw ioError('EOUTSIDE');
  }
  if (!isInside(real, root)) throw ioError('EOUTSIDE');
  return real;
}

/**
 * The text of a regular file of at most MAX_FILE_BYTES (BOM stripped). Directories (EISDIR), FIFOs and devices
 * (ENOTREG) and larger files (EFBIG with the size) are refused from `stat`, before the file is opened.
 * Throws errors with `code`, for ioReason.
 */
export function readRegularFile(io: ReadIo, abs: string): string {
  if (io.stat) {
    const st = io.stat(abs);
    if (st.isDirectory()) throw ioError('EISDIR');
    if (!st.isFile()) throw ioError('ENOTREG');
    if (typeof st.size === 'number' && st.size > MAX_FILE_BYTES) throw ioError('EFBIG', st.size);
  }
  return stripBom(io.readFile(abs));
}

/** readRegularFile of a file whose real path is inside `root` (containedPath); throws like both. */
export function readInsideFile(io: ReadIo, root: string, abs: string): string {
  return readRegularFile(io, containedPath(io, root, abs));
}

/**
 * A file named on the command line or by a matrix's `analysis:` (`bra report`, `bra fråga`): readInsideFile, with a
 * directory told to give the analysis file, and any other reason in the caller's one-line message.
 */
export function readNamedFile(io: ReadIo, root: string, abs: string, shown: string, lang: Lang, cannotRead: (reason: string) => string): string {
  try {
    return readInsideFile(io, root, abs);
  } catch (e) {
    if ((e as { code?: string })?.code === 'EISDIR') {
      throw new CliError(lang === 'sv' ? `'${shown}' är en katalog; ange analysfilen` : `'${shown}' is a directory; give the analysis file`);
    }
    throw new CliError(cannotRead(ioReason(e, lang)));
  }
}

/** A configuration file (`.bra.jsonc`, `--config`): inside its own checked root, regular, bounded. */
export function readConfigFile(io: ReadIo, abs: string): string {
  return readInsideFile(io, checkedRoot(io, abs), abs);
}

// ---- which files are checked ----

const GLOB_CHARS = /[*?{]/;
const YAML_EXT = /\.ya?ml$/i;
/** Access tests (`bra check` runs them: src/query/access-tests.ts). */
const ACCESS_TESTS = /\.access-tests\.ya?ml$/i;

function skipDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

interface WalkHandlers {
  /** A regular file or a symbolic link (not followed here; the reader checks where it leads). */
  file(abs: string, link: boolean): void;
  /** A folder that cannot be listed. */
  unreadable(abs: string, e: unknown): void;
}

/** Files under `dir` (absolute), in name order, depth-first; links to folders are not followed (no cycles). */
function walk(io: FsIo, dir: string, on: WalkHandlers): void {
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: ReturnType<FsIo['readdir']>;
    try {
      entries = io.readdir(d);
    } catch (e) {
      on.unreadable(d, e);
      continue;
    }
    const subdirs: string[] = [];
    for (const ent of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = nodePath.join(d, ent.name);
      if (ent.isDirectory()) {
        if (!skipDir(ent.name)) subdirs.push(abs);
      } else if (ent.isFile()) on.file(abs, false);
      else if (ent.isSymbolicLink()) on.file(abs, true);
      // FIFOs, sockets and devices met in a walk are not files of ours
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/** The static directory part of a glob (the segments before the first one with a glob character). */
function globRoot(pattern: string): string {
  const segs = toPosix(pattern).split('/');
  const i = segs.findIndex((s) => GLOB_CHARS.test(s));
  const root = segs.slice(0, i).join('/');
  return root === '' ? (pattern.startsWith('/') ? '/' : '.') : root;
}

export interface CollectOptions {
  /** Globs of checked files inside directories (config `files`, else DEFAULT_GLOBS). */
  globs: string[];
  /** Absolute directory the globs are relative to (the config file's directory, else cwd). */
  base: string;
  lang: Lang;
  /**
   * Files met in a walk that could not be read (unreadable, too large, not regular, a link that leads out of the
   * checked root, dangles or loops) are added here and the walk goes on. Without it the first one throws CliError.
   */
  skipped?: Skipped[];
  /** Every text read in the walk, by absolute path (also YAML files that were not ours), for SiblingMatrices. */
  texts?: Map<string, string>;
}

/**
 * The files to check for the given arguments (default `.`), with their text, without duplicates, in argument
 * order (name order inside a directory). Throws CliError for a missing or unreadable path named as an argument,
 * or a glob that matches nothing.
 */
export function collectFiles(args: string[], io: FsIo, opts: CollectOptions): CheckedFile[] {
  const out: CheckedFile[] = [];
  const seen = new Set<string>();
  const { lang } = opts;
  const sv = lang === 'sv';

  const skip = (abs: string, e: unknown, counts: boolean) => {
    const shown = displayPath(io.cwd, abs);
    if (!opts.skipped) throw cannotRead(shown, e, lang);
    opts.skipped.push({ path: shown, message: cannotRead(shown, e, lang).message, counts });
  };
  const add = (abs: string, text: string, root: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ abs, path: displayPath(io.cwd, abs), text, root });
  };
  const matchesGlobs = (abs: string) => {
    const rel = nodePath.relative(opts.base, abs);
    const p = rel.startsWith('..') || nodePath.isAbsolute(rel) ? toPosix(abs) : toPosix(rel);
    return opts.globs.some((g) => globMatch(g, p));
  };
  /** A file met in a walk: read when it matches the globs or is YAML of ours; never through a link out of root. */
  const inDirectory = (root: string) => (abs: string) => {
    if (seen.has(abs)) return;
    const globbed = matchesGlobs(abs) || ACCESS_TESTS.test(abs);
    if (!globbed && !YAML_EXT.test(abs)) return;
    let text: string;
    try {
      text = readInsideFile(io, root, abs);
      opts.texts?.set(abs, text);
    } catch (e) {
      // a YAML file that is ours only by content cannot be told apart unread: a notice, but not a failed run
      skip(abs, e, globbed);
      return;
    }
    if (globbed || sniff(text)) add(abs, text, root);
  };
  const walkFrom = (dir: string, root: string, onFile: (abs: string) => void) =>
    walk(io, dir, {
      file: onFile,
      unreadable: (d, e) => {
        if (d === dir) throw cannotRead(displayPath(io.cwd, d), e, lang);
        skip(d, e, true);
      },
    });

  for (const arg of args.length > 0 ? args : ['.']) {
    const abs = nodePath.resolve(io.cwd, arg);
    let st: ReturnType<FsIo['stat']> | undefined;
    let statError: unknown;
    try {
      st = io.stat(abs);
    } catch (e) {
      statError = e;
    }
    if (st) {
      // a path named on the command line: inside its own checked root too (a committed link is no way out)
      const root = checkedRoot(io, abs);
      let real: string;
      try {
        real = containedPath(io, root, abs);
      } catch (e) {
        throw cannotRead(arg, e, lang);
      }
      if (st.isDirectory()) walkFrom(abs, root, inDirectory(root));
      else if (st.isFile()) {
        let text: string;
        try {
          text = readRegularFile(io, real);
        } catch (e) {
          throw cannotRead(displayPath(io.cwd, abs), e, lang);
        }
        add(abs, text, root);
      } else throw new CliError(sv ? `kan inte läsa '${arg}': inte en vanlig fil eller katalog` : `cannot read '${arg}': not a regular file or directory`);
    } else if (GLOB_CHARS.test(arg) && (statError as { code?: string })?.code === 'ENOENT') {
      const pattern = toPosix(arg).replace(/^\.\//, '');
      const rootDir = nodePath.resolve(io.cwd, globRoot(pattern));
      const absPattern = nodePath.isAbsolute(arg);
      let matched = 0;
      let rootStat: ReturnType<FsIo['stat']> | undefined;
      try {
        rootStat = io.stat(rootDir);
      } catch {
        /* no match below */
      }
      if (rootStat?.isDirectory()) {
        const root = checkedRoot(io, rootDir);
        walkFrom(rootDir, root, (f) => {
          if (!globMatch(pattern, absPattern ? toPosix(f) : toPosix(nodePath.relative(io.cwd, f)))) return;
          matched++;
          if (seen.has(f)) return;
          let text: string;
          try {
            text = readInsideFile(io, root, f);
          } catch (e) {
            skip(f, e, true);
            return;
          }
          add(f, text, root);
        });
      }
      if (matched === 0) {
        throw new CliError(sv ? `inga filer matchar '${arg}'` : `no files match '${arg}'`);
      }
    } else throw cannotRead(arg, statError, lang);
  }
  return out;
}

/** VS Code hides a UTF-8 byte order mark and does not count it in columns; so do we. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The absolute path of the analysis that the matrix file at `abs` refers to with `ref`, as the engine joins it. */
export function refTarget(cwd: string, abs: string, ref: string): string {
  return nodePath.resolve(cwd, joinRef(displayPath(cwd, abs), ref));
}

/** A matrix file beside an analysis: its text and the display path of the analysis it refers to. */
export interface SiblingMatrix {
  abs: string;
  text: string;
  /** joinRef(display path of the matrix, its `analysis:`): compare with the analysis's display path. */
  target: string;
}

/**
 * The matrix files in a folder, by the analysis they refer to: each folder is listed once per run and each YAML
 * file in it read at most once (texts already read are given in `known`), so checking N analyses in one folder
 * costs O(N), not O(N²) (security report D8). Only regular files (or links to them) inside the checked root, of
 * at most MAX_FILE_BYTES, are read; anything unreadable is skipped (context, not a checked file).
 */
export class SiblingMatrices {
  private readonly dirs = new Map<string, Map<string, SiblingMatrix[]>>();

  constructor(private readonly io: FsIo, private readonly known: Map<string, string> = new Map()) {}

  /** The matrix files beside `abs` (absolute) that refer to the file shown as `shown`, in path order. */
  of(abs: string, shown: string, root: string): SiblingMatrix[] {
    const dir = nodePath.dirname(abs);
    let byTarget = this.dirs.get(dir);
    if (!byTarget) {
      byTarget = this.scan(dir, root);
      this.dirs.set(dir, byTarget);
    }
    return (byTarget.get(shown) ?? []).filter((m) => m.abs !== abs);
  }

  /** The matrix files of one folder by target (not cached: `of` caches). */
  scan(dir: string, root: string): Map<string, SiblingMatrix[]> {
    const { io } = this;
    const out = new Map<string, SiblingMatrix[]>();
    let entries: ReturnType<FsIo['readdir']>;
    try {
      entries = io.readdir(dir);
    } catch {
      return out;
    }
    const found: SiblingMatrix[] = [];
    for (const ent of entries) {
      if (!YAML_EXT.test(ent.name) || !(ent.isFile() || ent.isSymbolicLink())) continue;
      const f = nodePath.join(dir, ent.name);
      let text = this.known.get(f);
      if (text === undefined) {
        try {
          text = ent.isFile() ? readRegularFile(io, f) : readInsideFile(io, root, f);
        } catch {
          continue; // not readable: not context
        }
      }
      const ref = analysisRefOf(text);
      if (ref === undefined) continue;
      found.push({ abs: f, text, target: joinRef(displayPath(io.cwd, f), ref) });
    }
    found.sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
    for (const m of found) out.set(m.target, [...(out.get(m.target) ?? []), m]);
    return out;
  }
}

/**
 * The matrix files beside the analysis `abs` (same directory, not recursive) that refer to it, in path order:
 * regular YAML files (or links to them inside the checked root) whose `analysis:` resolves to `abs`.
 * One folder, read once; for many analyses of one run use SiblingMatrices.
 */
export function matricesBeside(io: FsIo, abs: string, root = checkedRoot(io, abs)): SiblingMatrix[] {
  return new SiblingMatrices(io).of(abs, displayPath(io.cwd, abs), root);
}
