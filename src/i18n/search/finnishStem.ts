/**
 * The Snowball stemming algorithm for Finnish (snowballstem.org, finnish.sbl as of Snowball 3.1), written out
 * by hand: particles, possessive suffixes, case endings, comparative and superlative forms, the i and t
 * plurals, then tidying (a long vowel halved, a final a/ä/e/i after a consonant dropped, a doubled consonant
 * undoubled). It takes one lower-case word and returns its stem: "jauhoja" → "jauho", "kahvin" → "kahv".
 * test/i18n/search/finnishStem.test.ts compares it with the reference implementation's output.
 *
 * The reference works on a cursor moving backwards with a movable lower limit; here each step gets the word
 * and the region starts p1 and p2 (positions in the word, unchanged by removing endings) and returns the
 * word with the step's ending removed.
 */

const VOWEL = new Set('aeiouyäö');
const CONSONANT = new Set('bcdfghjklmnpqrstvwxz');
const AEI = new Set('aeiä');
const PARTICLE_END = new Set('aeinotuyäö');
const LONG_VOWELS = ['aa', 'ee', 'ii', 'oo', 'uu', 'ää', 'öö'];
const VI = ["'", 'ai', 'ei', 'ii', 'oi', 'ui', 'äi', 'öi'];

/** An ending of an `among` list: its result number and an optional test of what stands before it. */
interface Ending {
  s: string;
  result: number;
  before?: (w: string, at: number, limit: number) => boolean;
}

const endsAt = (w: string, at: number, limit: number, s: string) =>
  at - s.length >= limit && w.slice(at - s.length, at) === s;
const charBefore = (w: string, at: number, limit: number, set: ReadonlySet<string> | string) =>
  at > limit && (typeof set === 'string' ? w[at - 1] === set : set.has(w[at - 1] as string));
const isLongVowel = (w: string, at: number, limit: number) =>
  LONG_VOWELS.some((s) => endsAt(w, at, limit, s));
const isVI = (w: string, at: number, limit: number) => VI.some((s) => endsAt(w, at, limit, s));
/** The vowel (or an apostrophe) that must stand before an illative ending ("talo-on", "maa-han"). */
const vowel = (...vs: string[]) => {
  const before = new Set([...vs, "'"]);
  return (w: string, at: number, limit: number) => charBefore(w, at, limit, before);
};

/**
 * The longest ending of the list that the word has at `at` within `limit` and whose test passes (the
 * reference's find_among_b: a failed test falls back to the longest shorter ending).
 */
function among(w: string, at: number, limit: number, list: readonly Ending[]): Ending | undefined {
  let best: Ending | undefined;
  for (const e of list) {
    if ((best && e.s.length <= best.s.length) || !endsAt(w, at, limit, e.s)) continue;
    if (e.before && !e.before(w, at - e.s.length, limit)) continue;
    best = e;
  }
  return best;
}

const list = (result: number, ...ss: string[]): Ending[] => ss.map((s) => ({ s, result }));

const PARTICLES = [
  ...list(1, 'pa', 'pä', 'kaan', 'kään', 'han', 'hän', 'kin', 'ko', 'kö'),
  ...list(2, 'sti'),
];
const POSSESSIVES = [
  ...list(1, 'si'),
  ...list(2, 'ni'),
  ...list(3, 'nsa', 'nsä', 'mme', 'nne'),
  ...list(4, 'an'),
  ...list(5, 'än'),
  ...list(6, 'en'),
];
const BEFORE_AN = list(0, 'lla', 'na', 'ssa', 'ta', 'lta', 'sta');
const BEFORE_ÄN = list(0, 'llä', 'nä', 'ssä', 'tä', 'ltä', 'stä');
const BEFORE_EN = list(0, 'lle', 'ine');
const CASE_ENDINGS: Ending[] = [
  ...list(2, 'a', 'ä'),
  ...list(3, 'tta', 'ttä'),
  ...list(
    0,
    'lla',
    'na',
    'ssa',
    'ta',
    'lta',
    'sta',
    'llä',
    'nä',
    'ssä',
    'tä',
    'ltä',
    'stä',
    'lle',
    'ine',
    'ksi',
  ),
  ...list(1, 'n'),
  { s: 'han', result: 0, before: vowel('a') },
  { s: 'hen', result: 0, before: vowel('e') },
  { s: 'hin', result: 0, before: vowel('i') },
  { s: 'hon', result: 0, before: vowel('o') },
  { s: 'hun', result: 0, before: vowel('u') },
  { s: 'hän', result: 0, before: vowel('ä') },
  { s: 'hön', result: 0, before: vowel('ö', 'ø') },
  { s: 'den', result: 0, before: isVI },
  { s: 'tten', result: 0, before: isVI },
  { s: 'siin', result: 0, before: isVI },
  { s: 'seen', result: 0, before: isLongVowel },
];
const OTHER_ENDINGS = [
  ...list(0, 'eja', 'ejä', 'imma', 'immä', 'impa', 'impä', 'immi', 'impi'),
  ...list(1, 'mma', 'mmä', 'mpa', 'mpä', 'mmi', 'mpi'),
];
const T_PLURAL_ENDINGS = [...list(1, 'mma'), ...list(0, 'imma')];

interface Regions {
  p1: number;
  p2: number;
}

/** R1 starts after the first non-vowel that follows a vowel; R2 likewise within R1. */
function regions(w: string): Regions {
  const after = (from: number) => {
    let i = from;
    while (i < w.length && !VOWEL.has(w[i] as string)) i++;
    if (i >= w.length) return w.length;
    i++;
    while (i < w.length && VOWEL.has(w[i] as string)) i++;
    return i >= w.length ? w.length : i + 1;
  };
  const p1 = after(0);
  return { p1, p2: p1 >= w.length ? w.length : after(p1) };
}

function particle(w: string, { p1, p2 }: Regions): string {
  if (w.length < p1) return w;
  const e = among(w, w.length, p1, PARTICLES);
  if (!e) return w;
  const bra = w.length - e.s.length;
  if (e.result === 1 ? !charBefore(w, bra, 0, PARTICLE_END) : p2 > bra) return w;
  return w.slice(0, bra);
}

function possessive(w: string, { p1 }: Regions): string {
  if (w.length < p1) return w;
  const e = among(w, w.length, p1, POSSESSIVES);
  if (!e) return w;
  const bra = w.length - e.s.length;
  const cut = w.slice(0, bra);
  switch (e.result) {
    case 1:
      return charBefore(w, bra, 0, 'k') ? w : cut;
    case 2:
      return cut.endsWith('kse') ? `${cut.slice(0, -3)}ksi` : cut;
    case 3:
      return cut;
    default: {
      const before = e.result === 4 ? BEFORE_AN : e.result === 5 ? BEFORE_ÄN : BEFORE_EN;
      return among(w, bra, 0, before) ? cut : w;
    }
  }
}

function caseEnding(w: string, { p1 }: Regions): { word: string; removed: boolean } {
  const no = { word: w, removed: false };
  if (w.length < p1) return no;
  const e = among(w, w.length, p1, CASE_ENDINGS);
  if (!e) return no;
  let bra = w.length - e.s.length;
  if (e.result === 1) {
    // An illative "-Vn" after a long vowel or a genitive after "ie" takes the vowel before the n too.
    if ((isLongVowel(w, bra, 0) || endsAt(w, bra, 0, 'ie')) && bra > 0) bra--;
  } else if (e.result === 2) {
    if (!(charBefore(w, bra, 0, VOWEL) && charBefore(w, bra - 1, 0, CONSONANT))) return no;
  } else if (e.result === 3) {
    if (!charBefore(w, bra, 0, 'e')) return no;
  }
  return { word: w.slice(0, bra), removed: true };
}

function otherEndings(w: string, { p2 }: Regions): string {
  if (w.length < p2) return w;
  const e = among(w, w.length, p2, OTHER_ENDINGS);
  if (!e) return w;
  const bra = w.length - e.s.length;
  if (e.result === 1 && endsAt(w, bra, 0, 'po')) return w;
  return w.slice(0, bra);
}

function iPlural(w: string, { p1 }: Regions): string {
  if (w.length < p1 || w.length - 1 < p1) return w;
  const last = w[w.length - 1];
  return last === 'i' || last === 'j' ? w.slice(0, -1) : w;
}

function tPlural(w: string, { p1, p2 }: Regions): string {
  if (w.length < p1 || !charBefore(w, w.length, p1, 't') || !charBefore(w, w.length - 1, p1, VOWEL)) return w;
  const cut = w.slice(0, -1);
  if (cut.length < p2) return cut;
  const e = among(cut, cut.length, p2, T_PLURAL_ENDINGS);
  if (!e) return cut;
  const bra = cut.length - e.s.length;
  if (e.result === 1 && endsAt(cut, bra, 0, 'po')) return cut;
  return cut.slice(0, bra);
}

function tidy(word: string, { p1 }: Regions): string {
  let w = word;
  if (w.length < p1) return w;
  if (isLongVowel(w, w.length, p1)) w = w.slice(0, -1);
  if (charBefore(w, w.length, p1, AEI) && charBefore(w, w.length - 1, p1, CONSONANT)) w = w.slice(0, -1);
  if (
    charBefore(w, w.length, p1, 'j') &&
    (charBefore(w, w.length - 1, p1, 'o') || charBefore(w, w.length - 1, p1, 'u'))
  )
    w = w.slice(0, -1);
  if (charBefore(w, w.length, p1, 'o') && charBefore(w, w.length - 1, p1, 'j')) w = w.slice(0, -1);
  // A doubled consonant before the final vowels is undoubled: "katto" → "kato".
  let i = w.length;
  while (i > 0 && VOWEL.has(w[i - 1] as string)) i--;
  if (i > 1 && CONSONANT.has(w[i - 1] as string) && w[i - 2] === w[i - 1]) w = w.slice(0, i - 1) + w.slice(i);
  return w.endsWith("'") ? w.slice(0, -1) : w;
}

export function finnishStem(word: string): string {
  const r = regions(word);
  let w = possessive(particle(word, r), r);
  const c = caseEnding(w, r);
  w = otherEndings(c.word, r);
  w = c.removed ? iPlural(w, r) : tPlural(w, r);
  return tidy(w, r);
}
