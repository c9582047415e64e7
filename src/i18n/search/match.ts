/**
 * How well one typed word matches one word of an activity's text, as a tier: the whole word; the same word
 * inflected; the start of the word (typing, or the first part of a compound: "kahvi" in "kahvinkeitin") or
 * the end of a compound ("jauho" in "vehnäjauhot"); the middle of a compound ("puhelin" in
 * "matkapuhelinliittymät"). Finnish inflection changes a word's end and often doubles or halves its last
 * consonant ("jäte" – "jätteet", "pakkaus" – "pakkaukset"): the Snowball stems of both are compared with
 * doubled consonants written once, and may differ in their last two letters.
 */
import { finnishStem } from './finnishStem';

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
}

const DOUBLED = /([bcdfghjklmnpqrstvwxz])\1/g;

export function wordOf(word: string): Word {
  const stem = /^\p{L}+$/u.test(word) ? finnishStem(word) : word;
  return { word, stem, folded: stem.replace(DOUBLED, '$1') };
}

function commonPrefix(a: string, b: string, from = 0): number {
  const n = Math.min(a.length, b.length - from);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(from + i)) i++;
  return i;
}

/**
 * Whether folded stem q is the same word as t's folded stem from position `from` on: equal, or sharing all
 * but their last two letters: four letters at least, or a stem of three that the other, of four, starts with ("jät" – "jäte").
 */
function sameWord(q: string, t: string, from = 0): boolean {
  const common = commonPrefix(q, t, from);
  const longest = Math.max(q.length, t.length - from);
  if (common === longest) return true;
  const shorter = Math.min(q.length, t.length - from);
  return common >= longest - 2 && (common >= 4 || (common === 3 && shorter === 3 && longest <= 4));
}

/** The tier at which typed word q matches text word t; 0 when it does not. */
export function tierOf(q: Word, t: Word): Tier {
  if (q.word === t.word) return EXACT;
  // A longer word that starts with the typed one is a compound (or more typing to come), not an inflection,
  // even where the stemmer cut the compound short ("jätevesi" → "jätev").
  if (t.word.startsWith(q.word) && t.word.length - q.word.length > 3) return START;
  if (q.folded.length > 0 && sameWord(q.folded, t.folded)) return INFLECTED;
  if (t.word.startsWith(q.word)) return START;
  if (q.stem.length >= 4 && t.word.startsWith(q.stem)) return START;
  if (q.folded.length >= 4) {
    // The last part of a compound, inflected or not: "jäte" in "sekajäte", "pakkaus" in "pahvipakkaukset".
    const at = t.folded.lastIndexOf(q.folded.slice(0, -1));
    if (at >= 3 && t.folded.length - at <= q.folded.length + 1 && sameWord(q.folded, t.folded, at))
      return START;
    if (q.stem.length >= 5 && t.word.indexOf(q.stem, 3) > 0) return MIDDLE;
  }
  return 0;
}
