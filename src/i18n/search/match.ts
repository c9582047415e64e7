/**
 * How well one typed word matches one word of an activity's text, as a tier: the whole word; the same word
 * inflected; the start of the word (typing, or the first part of a compound: "kahvi" in "kahvinkeitin") or
 * the end of a compound ("jauho" in "vehnäjauhot"); the middle of a compound ("puhelin" in
 * "matkapuhelinliittymät"). Finnish inflection changes a word's end and often doubles or halves its last
 * consonant ("jäte" – "jätteet", "pakkaus" – "pakkaukset"): the Snowball stems of both are compared with
 * doubled consonants written once, and may differ in their last two letters.
 */
import { finnishStem } from './finnishStem';
import { swedishStem } from './swedishStem';

export const EXACT = 4;
export const INFLECTED = 3;
export const START = 2;
export const MIDDLE = 1;
export type Tier = 0 | 1 | 2 | 3 | 4;

/** A word with what matching compares: its stem, and the stem with doubled consonants written once. */
export interface Word {
  word: string;
  stem: string;
  folded: string;
  /** The folded stem without its last letter: what a compound's last part must contain. */
  core: string;
  /** Read with the Swedish stemmer. */
  swedish: boolean;
}

const DOUBLED = /([bcdfghjklmnpqrstvwxz])\1/g;

/**
 * Which stemmer a word is read with: Finnish for the Finnish and English names and the keywords (as before
 * Swedish came), Swedish for the Swedish names. A typed word is read both ways (search.ts).
 */
export type Stemming = 'fi' | 'sv';
const STEMMERS: Record<Stemming, (word: string) => string> = { fi: finnishStem, sv: swedishStem };

export function wordOf(word: string, stemming: Stemming = 'fi'): Word {
  const stem = /^\p{L}+$/u.test(word) ? STEMMERS[stemming](word) : word;
  const folded = stem.replace(DOUBLED, '$1');
  return { word, stem, folded, core: folded.slice(0, -1), swedish: stemming === 'sv' };
}

function commonPrefix(a: string, b: string, from = 0): number {
  const n = Math.min(a.length, b.length - from);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(from + i)) i++;
  return i;
}

/**
 * Whether folded stem q is the same word as t's folded stem from position `from` on: equal, or sharing four
 * letters or more and all but the longer one's last two and the shorter one's last ("pakaus" – "pakauks", not
 * "pakaus" – "pakast"), or a stem of three that the other, of four, starts with ("jät" – "jäte").
 */
function sameWord(q: string, t: string, from = 0): boolean {
  const common = commonPrefix(q, t, from);
  const longest = Math.max(q.length, t.length - from);
  if (common === longest) return true;
  const shorter = Math.min(q.length, t.length - from);
  if (common === 3) return shorter === 3 && longest <= 4;
  return common >= 4 && common >= longest - 2 && common >= shorter - 1;
}

/** The tier at which typed word q matches text word t; 0 when it does not. */
export function tierOf(q: Word, t: Word): Tier {
  if (q.word === t.word) return EXACT;
  // Matches from the start of a word need the same first letter: most words are passed over here.
  if (t.word.charCodeAt(0) === q.word.charCodeAt(0)) {
    // A longer word that starts with the typed one is a compound (or more typing to come), not an
    // inflection, even where the stemmer cut the compound short ("jätevesi" → "jätev").
    const starts = t.word.startsWith(q.word);
    if (starts && t.word.length - q.word.length > 3) return START;
    if (sameWord(q.folded, t.folded)) return INFLECTED;
    if (starts || (q.stem.length >= 4 && t.word.startsWith(q.stem))) return START;
  }
  if (q.core.length >= 3) {
    // The last part of a compound, inflected or not: "jäte" in "sekajäte", "pakkaus" in "pahvipakkaukset".
    // In Swedish, a last part shorter than a typed stem of four letters or more is another word ("färj",
    // ferry, is not "affär", a shop); Finnish stems of a compound are often shorter ("jäte" – "sekajät").
    const at = t.folded.lastIndexOf(q.core);
    const rest = t.folded.length - at;
    if (
      at >= 3 &&
      rest <= q.folded.length + 1 &&
      (rest >= q.folded.length || q.folded.length <= 3 || !t.swedish) &&
      sameWord(q.folded, t.folded, at)
    )
      return START;
    if (q.stem.length >= 5 && t.word.indexOf(q.stem, 3) > 0) return MIDDLE;
  }
  return 0;
}
