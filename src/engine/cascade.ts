/**
 * Root causes once (issue #12): one invalid or mistyped value gives one finding, not the schema finding plus every
 * rule judgement that read the same value.
 *
 * How: each schema finding about a value (wrong type, unknown code, wrong date format …, or an unknown key that is a
 * typo of a missing key) names the data path it is about (`rootPathOf`). While the rules run, the mappings holding
 * those values are watched (a read-only Proxy that records which rule reads which watched key). A rule finding is a
 * consequence of a root when its rule read the root's value and either
 *  - the finding is about the same list item as the value (its location is the item's location or below it), or
 *  - the value is a document-level fact, outside every list (`document.status`, `document.approved.date`): every
 *    judgement of that rule rests on it.
 * A wrong shape or range (`type`, `minimum` …) keeps the rule finding at the same place: the rule reads another type
 * as missing, says what is missing in the domain's words and offers a fix; only judgements elsewhere are hidden.
 * BRA045 (unknown id) findings are consequences when the list that defines the ids of their kind is itself the root
 * (`systemer:` for `systems:`). Consequences are left out and counted in the root finding's message and `data.hides`;
 * they come back as soon as the value is fixed. The engine stays pure: the Proxies are removed before `lint` returns.
 */
import type { Bilingual, Finding } from '../model';
import { formatBoth, pluralBoth } from '../i18n';
import type { ParsedDoc, Path } from '../yaml';
import { isShapeRoot, locationOf, rootPathOf } from '../schema';

interface Root {
  finding: Finding;
  doc: ParsedDoc;
  /** The watched key and the location of the mapping that holds it. */
  key: string;
  path: Path;
  parentLoc: string;
  /** Outside every list item: a fact every judgement of a rule that read it rests on. */
  documentLevel: boolean;
  /** The location of the value itself. */
  loc: string;
  /** Whether the root's own file is reported: a root in a file read only for context (the analysis of a checked
   * matrix file) hides nothing in other files, or the user would see neither the cause nor its consequences. */
  reported: boolean;
  /** A wrong shape or range, not a misspelling: the rule finding at the same place is kept (it says more). */
  shape: boolean;
  hides: Map<string, number>;
}

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The lists that define the ids each BRA045 reference kind points at. */
const DEFINED_IN: [(string | '*')[], string][] = [
  [['scope'], 'unit'],
  [['scope', 'care_units'], 'unit'],
  [['systems'], 'system'],
  [['data_categories'], 'dataCategory'],
  [['registered_categories'], 'registeredCategory'],
  [['roles'], 'role'],
  [['roles'], 'need'],
  [['roles', '*', 'needs'], 'need'],
  [['risks'], 'risk'],
  [['risks'], 'measure'],
  [['risks', '*', 'measures'], 'measure'],
];

function definesKind(path: Path): Set<string> {
  const out = new Set<string>();
  for (const [pat, kind] of DEFINED_IN) {
    if (pat.length === path.length && pat.every((s, i) => (s === '*' ? typeof path[i] === 'number' : s === path[i]))) out.add(kind);
  }
  return out;
}

/** Same item or below it: `$.a[x]` covers `$.a[x]`, `$.a[x].b`, `$.a[x][0]`, not `$.a[xy]`. */
function within(loc: string, base: string): boolean {
  return loc === base || loc.startsWith(`${base}.`) || loc.startsWith(`${base}[`);
}

export interface Watch {
  /** Call before each rule's check (undefined after the last). */
  setRule(id: string | undefined): void;
  /** Remove the watchers: the parsed documents are as before. */
  restore(): void;
  /** Whether a rule finding follows from a root; counts it on the root. */
  isConsequence(doc: ParsedDoc, f: Finding): boolean;
  /** Append the count of hidden consequences to each root's message (call once, after the rules). */
  annotate(): void;
}

const NONE: Watch = { setRule() {}, restore() {}, isConsequence: () => false, annotate() {} };

/** Watch the values the schema findings of `docs` are about; none → a no-op (the common, valid case costs nothing). */
export function watchRoots(docs: { p: ParsedDoc; findings: Finding[]; report: boolean }[]): Watch {
  const roots: Root[] = [];
  for (const d of docs) {
    for (const f of d.findings) {
      if (f.rule !== 'schema') continue;
      let path = rootPathOf(f);
      if (!path) continue;
      // an item of a list of codes or ids: the rules read the list
      while (path.length && typeof path[path.length - 1] === 'number') path = path.slice(0, -1);
      const key = path[path.length - 1];
      if (typeof key !== 'string') continue;
      const parentPath = path.slice(0, -1);
      const parentLoc = locationOf(parentPath, d.p.data);
      // a misspelt key inside a list item (`sytem:` in one entry): the rules that read the meant key mostly judge
      // other things of the item (its risks, its approval), so only a misspelt document-level key or list of
      // definitions is a root
      const typo = (f.data as { keyword?: string } | undefined)?.keyword === 'additionalProperties';
      if (typo && parentLoc.includes('[') && definesKind(path).size === 0) continue;
      roots.push({
        finding: f, doc: d.p, key, path, parentLoc, documentLevel: !parentLoc.includes('['), hides: new Map(),
        loc: locationOf(path, d.p.data), shape: isShapeRoot(f), reported: d.report,
      });
    }
  }
  if (roots.length === 0) return NONE;

  let current: string | undefined;
  /** rule → roots it read */
  const reads = new Map<string, Set<Root>>();
  const undo: (() => void)[] = [];
  const proxies = new Map<object, { keys: Map<string, Root[]>; proxy: object }>();
  /** proxy → the mapping it watches */
  const targets = new Map<object, object>();
  const note = (keys: Map<string, Root[]>, prop: string | symbol) => {
    if (current === undefined || typeof prop !== 'string') return;
    const rs = keys.get(prop);
    if (!rs) return;
    let set = reads.get(current);
    if (!set) reads.set(current, (set = new Set()));
    for (const r of rs) set.add(r);
  };
  for (const r of roots) {
    // find the mapping that holds the value, and the slot that holds the mapping
    const parentPath = r.path.slice(0, -1);
    let holder: Rec | unknown[] | ParsedDoc = r.doc;
    let slot: string | number = 'data';
    let parent: unknown = r.doc.data;
    if (isRec(parent)) parent = targets.get(parent) ?? parent;
    let ok = true;
    for (const seg of parentPath) {
      if (!(isRec(parent) || Array.isArray(parent))) {
        ok = false;
        break;
      }
      holder = parent as Rec | unknown[];
      slot = seg;
      parent = (parent as Record<string | number, unknown>)[seg];
      if (isRec(parent)) parent = targets.get(parent) ?? parent;
    }
    if (!ok || !isRec(parent)) continue;
    const target = (targets.get(parent) ?? parent) as Rec;
    let w = proxies.get(target);
    if (!w) {
      const keys = new Map<string, Root[]>();
      const proxy = new Proxy(target, {
        get(t, prop, recv) {
          note(keys, prop);
          return Reflect.get(t, prop, recv);
        },
        has(t, prop) {
          note(keys, prop);
          return Reflect.has(t, prop);
        },
        getOwnPropertyDescriptor(t, prop) {
          note(keys, prop);
          return Reflect.getOwnPropertyDescriptor(t, prop);
        },
      });
      w = { keys, proxy };
      proxies.set(target, w);
      targets.set(proxy, target);
      const h = holder as Record<string | number, unknown>;
      const original = h[slot];
      h[slot] = proxy;
      undo.push(() => {
        h[slot] = original;
      });
    }
    w.keys.set(r.key, [...(w.keys.get(r.key) ?? []), r]);
  }

  return {
    setRule(id) {
      current = id;
    },
    restore() {
      current = undefined;
      for (const u of undo.reverse()) u();
      undo.length = 0;
    },
    isConsequence(doc, f) {
      if (f.rule === 'schema' || f.rule === 'suppression' || (f.data as { internal?: boolean } | undefined)?.internal) return false;
      const kind = f.rule === 'BRA045' ? (f.data as { target?: string } | undefined)?.target : undefined;
      const shown = (r: Root) => r.reported || r.doc === doc;
      const hit = (kind && roots.find((r) => shown(r) && definesKind(r.path).has(kind)))
        || [...(reads.get(f.rule) ?? [])].find((r) => {
          if (!shown(r)) return false;
          // the finding is about the value, or about something that holds it (the rule's own judgement of it)
          const samePlace = r.doc === doc && (within(r.loc, f.location) || within(f.location, r.loc));
          if (r.shape && samePlace) return false;
          return r.documentLevel || (r.doc === doc && within(f.location, r.parentLoc));
        });
      if (!hit) return false;
      hit.hides.set(f.rule, (hit.hides.get(f.rule) ?? 0) + 1);
      return true;
    },
    annotate() {
      for (const r of roots) {
        if (r.hides.size === 0) continue;
        const n = [...r.hides.values()].reduce((a, b) => a + b, 0);
        const text = hiddenNote(n, [...r.hides.keys()]);
        r.finding.message = { sv: `${r.finding.message.sv} ${text.sv}`, en: `${r.finding.message.en} ${text.en}` };
        r.finding.data = { ...(r.finding.data ?? {}), hides: Object.fromEntries([...r.hides].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
      }
    },
  };
}

const HIDDEN = {
  sv: '{count} ({rules}) som följer av detta {verb} inte förrän det är rättat.',
  en: '{count} ({rules}) that follow from this {verb} hidden until it is fixed.',
};

/** "12 följdfynd (BRA002) som följer av detta visas inte förrän det är rättat." and its English. */
export function hiddenNote(n: number, rules: string[]): Bilingual {
  return formatBoth(HIDDEN, {
    count: pluralBoth(n, { sv: ['1 följdfynd', '{n} följdfynd'], en: ['1 consequent finding', '{n} consequent findings'] }),
    verb: n === 1 ? { sv: 'visas', en: 'is' } : { sv: 'visas', en: 'are' }, // Swedish has one form
    rules: [...rules].sort().join(', '),
  });
}
