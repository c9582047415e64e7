/**
 * The checker behind threeLanguages.test.ts: given anything a module exports, it finds every value written in
 * the three languages (an object with a `fi` and an `en`) and says what is wrong with it: a language missing,
 * a word empty, a key one language lacks, a {placeholder} that differs, or a message function whose languages
 * do not tell the same facts. Each failure names where it is, the key and the language, so one run lists them all.
 */

export const LANGS = ['fi', 'en', 'sv'] as const;
export type CheckLang = (typeof LANGS)[number];

export interface Failure {
  /** The file and the path to the word inside what it exports: "src/i18n/uiReport.ts REPORT_UI.reportTitle". */
  where: string;
  lang: CheckLang;
  problem: string;
}

export const describeFailure = (f: Failure) => `${f.where} [${f.lang}]: ${f.problem}`;

/** What a message function may be called with besides its placeholders: literals its code compares with. */
export interface CheckContext {
  /** Strings (and numbers) a parameter is compared with or looked up by in the message catalogues' source. */
  literals: readonly (string | number)[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** An object written in the languages: it has a Finnish and an English value. */
export const isLanguageNode = (v: unknown): v is Record<string, unknown> =>
  isPlainObject(v) && Object.hasOwn(v, 'fi') && Object.hasOwn(v, 'en');

const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1] ?? ''))].sort();

const show = (a: readonly string[]) => (a.length === 0 ? 'none' : a.join(', '));

/** Checks one value written in the languages, wherever it was found. */
export function checkLanguageNode(
  node: Record<string, unknown>,
  where: string,
  ctx: CheckContext,
  out: Failure[],
): void {
  const values: Partial<Record<CheckLang, unknown>> = {};
  for (const lang of LANGS) {
    if (node[lang] === undefined) out.push({ where, lang, problem: 'missing' });
    else values[lang] = node[lang];
  }
  compareAcross(values, where, ctx, out);
}

/** The same word, tree of words or message in each language present, compared with the Finnish one. */
function compareAcross(
  values: Partial<Record<CheckLang, unknown>>,
  where: string,
  ctx: CheckContext,
  out: Failure[],
): void {
  const fi = values.fi;
  if (typeof fi === 'string') compareWords(values, where, out);
  else if (typeof fi === 'function') compareMessages(values, where, ctx, out);
  else if (typeof fi === 'object' && fi !== null) compareTrees(values, where, ctx, out);
  else if (fi !== undefined) out.push({ where, lang: 'fi', problem: `not a word but ${typeof fi}` });
}

function compareWords(values: Partial<Record<CheckLang, unknown>>, where: string, out: Failure[]): void {
  const fiHoles = typeof values.fi === 'string' ? placeholders(values.fi) : [];
  for (const lang of LANGS) {
    const v = values[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      out.push({ where, lang, problem: `not a word but ${typeof v}` });
      continue;
    }
    if (v.trim() === '') {
      out.push({ where, lang, problem: 'empty' });
      continue;
    }
    const holes = placeholders(v);
    if (lang !== 'fi' && holes.join() !== fiHoles.join())
      out.push({ where, lang, problem: `placeholders {${show(holes)}}, Finnish has {${show(fiHoles)}}` });
  }
}

function compareTrees(
  values: Partial<Record<CheckLang, unknown>>,
  where: string,
  ctx: CheckContext,
  out: Failure[],
): void {
  const keys = new Set<string>();
  const trees: Partial<Record<CheckLang, Record<string, unknown>>> = {};
  for (const lang of LANGS) {
    const v = values[lang];
    if (v === undefined) continue;
    if (typeof v !== 'object' || v === null) {
      out.push({ where, lang, problem: `not words but ${typeof v}` });
      continue;
    }
    trees[lang] = v as Record<string, unknown>;
    for (const k of Object.keys(v)) keys.add(k);
  }
  for (const key of keys) {
    const at: Partial<Record<CheckLang, unknown>> = {};
    for (const lang of LANGS) {
      const tree = trees[lang];
      if (!tree) continue;
      if (tree[key] === undefined) out.push({ where: `${where}.${key}`, lang, problem: 'missing' });
      else at[lang] = tree[key];
    }
    if (at.fi === undefined) {
      // A key Finnish lacks: the other languages' value is named, not compared.
      for (const lang of LANGS) if (at[lang] !== undefined) at.fi = at[lang];
    }
    compareAcross(at, `${where}.${key}`, ctx, out);
  }
}

// Message functions ----------------------------------------------------------------------------------------

/**
 * The token a parameter is given: it must come out in every language's message, or in none. A number in
 * brackets, not the name: a message may drop a text that looks like an exponent ("1e+308"), and names have e's.
 */
const TOKENS: string[] = [];
const sentinel = (name: string) => {
  if (!TOKENS.includes(name)) TOKENS.push(name);
  return `⟪${TOKENS.indexOf(name)}⟫`;
};
/**
 * The facts a message shows: a name given per language (nameFi, nameSv, nameEn) is one fact, shown by each
 * language in its own words, so its tokens are compared by the common stem.
 */
const stemOf = (name: string) => name.replace(/(?<=[a-z0-9])(Fi|En|Sv)$/, '');
const factsIn = (text: string) =>
  [...new Set([...text.matchAll(/⟪(\d+)⟫/g)].map((m) => stemOf(TOKENS[Number(m[1])] ?? '?')))].sort();

type Variant = { label: string; set: Record<string, unknown> };

/**
 * Calls a message with parameters every one of which, unless the variant sets it, is its sentinel; records
 * the names read, so the parameters need not be listed anywhere.
 */
function callWith(fn: (...a: unknown[]) => unknown, variant: Variant, read: Set<string>): unknown {
  const params = new Proxy<Record<string, unknown>>(
    {},
    {
      get: (_t, key) => {
        if (typeof key !== 'string') return undefined;
        read.add(key);
        return Object.hasOwn(variant.set, key) ? variant.set[key] : sentinel(key);
      },
      has: (_t, key) =>
        typeof key === 'string' && (!Object.hasOwn(variant.set, key) || variant.set[key] !== undefined),
    },
  );
  return fn(params);
}

function compareMessages(
  values: Partial<Record<CheckLang, unknown>>,
  where: string,
  ctx: CheckContext,
  out: Failure[],
): void {
  const fns: Partial<Record<CheckLang, (...a: unknown[]) => unknown>> = {};
  for (const lang of LANGS) {
    const v = values[lang];
    if (v === undefined) continue;
    if (typeof v !== 'function') out.push({ where, lang, problem: `not a message function but ${typeof v}` });
    else fns[lang] = v as (...a: unknown[]) => unknown;
  }
  const read = new Set<string>();
  const failed = new Set<CheckLang>();
  const run = (variant: Variant) => {
    const texts: Partial<Record<CheckLang, string>> = {};
    const thrown: Partial<Record<CheckLang, string>> = {};
    for (const lang of LANGS) {
      const fn = fns[lang];
      if (!fn) continue;
      try {
        const t = callWith(fn, variant, read);
        if (typeof t !== 'string') thrown[lang] = `returns ${typeof t}, not words`;
        else texts[lang] = t;
      } catch (e) {
        thrown[lang] = `throws ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    // Parameters of a kind a message never gets (a text where it counts) may fail in every language alike.
    if (texts.fi === undefined && variant.label !== 'sentinels') return;
    const fiFacts = texts.fi === undefined ? undefined : factsIn(texts.fi);
    for (const lang of LANGS) {
      if (!fns[lang] || failed.has(lang)) continue;
      const problem = (p: string) => {
        failed.add(lang);
        out.push({ where, lang, problem: `${p} (${variant.label})` });
      };
      const t = texts[lang];
      if (t === undefined) {
        problem(thrown[lang] ?? 'no text');
        continue;
      }
      if (t.trim() === '') {
        problem('empty');
        continue;
      }
      if (lang === 'fi' || !fiFacts) continue;
      const facts = factsIn(t);
      if (facts.join() !== fiFacts.join())
        problem(`shows the parameters ${show(facts)}, Finnish shows ${show(fiFacts)}`);
    }
  };
  run({ label: 'sentinels', set: {} });
  // Each parameter left out, given as numbers (above and below one, for ratios and plurals), and given each
  // literal the catalogues compare a parameter with or look a word up by: every branch of a message is called.
  // A name given per language (nameFi, nameSv, nameEn) is set in all its languages alike, as a file has them.
  for (const stem of new Set([...read].map(stemOf))) {
    const group = [...read].filter((n) => stemOf(n) === stem);
    const all = (v: unknown) => Object.fromEntries(group.map((n) => [n, v]));
    run({ label: `without ${stem}`, set: all(undefined) });
    for (const n of [1, 3, 0.25]) run({ label: `${stem}: ${n}`, set: all(n) });
    for (const lit of ctx.literals) run({ label: `${stem}: ${JSON.stringify(lit)}`, set: all(lit) });
  }
  const names = [...read];
  run({ label: 'numbers rising', set: Object.fromEntries(names.map((n, i) => [n, 2 + i])) });
  run({ label: 'numbers falling', set: Object.fromEntries(names.map((n, i) => [n, 2 + names.length - i])) });
}

// Finding the words ----------------------------------------------------------------------------------------

/**
 * Every value written in the languages inside what a module exports, with its path: objects and arrays are
 * walked (an array item by its id or code where it has one); a value in the languages is not walked into
 * further, except its other fields (a TOL item's parent code holds no words but is looked at anyway).
 */
export function findLanguageNodes(
  value: unknown,
  where: string,
  found: (node: Record<string, unknown>, where: string) => void,
  seen: Set<unknown> = new Set(),
): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const name = isPlainObject(item) ? (item.id ?? item.code ?? item.key) : undefined;
      findLanguageNodes(item, `${where}[${typeof name === 'string' ? name : i}]`, found, seen);
    });
    return;
  }
  // A validation schema (valibot's, the Standard Schema) of a value in the languages holds no words.
  if (!isPlainObject(value) || Object.hasOwn(value, '~standard')) return;
  const lang = isLanguageNode(value);
  if (lang) found(value, where);
  for (const [k, v] of Object.entries(value)) {
    if (lang && (LANGS as readonly string[]).includes(k)) continue;
    findLanguageNodes(v, where ? `${where}.${k}` : k, found, seen);
  }
}

/** The literals message functions compare a parameter with or look a word up by, read from their source. */
export function literalsOf(source: string): (string | number)[] {
  const found = new Set<string | number>();
  const patterns = [
    /[!=]==?\s*'([^'\n]{1,40})'/g,
    /'([^'\n]{1,40})'\s*[!=]==?/g,
    /case\s+'([^'\n]{1,40})'\s*:/g,
    /^\s*'([a-z0-9][a-z0-9-]{0,40})'\s*:\s*\{/gm,
    /^\s*([a-z][a-zA-Z0-9]{0,40})\s*:\s*\{/gm,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1] !== undefined) found.add(m[1]);
  for (const m of source.matchAll(/[<>!=]=?=?\s*(\d+(?:\.\d+)?)\b/g)) found.add(Number(m[1]));
  return [...found];
}
