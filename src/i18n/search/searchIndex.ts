/**
 * What searching a factor set reads, made once per set (a WeakMap: a set read again is a new object, an
 * unused one is collected): every distinct word of the activities' Finnish and English names and keywords,
 * with its stem and where it occurs; the words of the categories' names; and the synonym lines with their
 * words prepared. A keystroke then compares the typed words with a few thousand distinct words instead of
 * every name of every activity.
 */
import { CATEGORIES, type CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import { type Word, wordOf } from './match';
import { queryWords, words } from './normalize';
import { SYNONYMS } from './synonyms';

/**
 * Where a word occurs: first in an activity's name (in either language: what the activity is, "Diesel
 * (ajoneuvot …)"), elsewhere in its name, or only among its keywords.
 */
export const HEAD = 0;
export const NAME = 1;
export const KEYWORD = 2;
/** A posting is the activity's index × FIELDS + where the word occurs. */
export const FIELDS = 4;

export interface IndexedWord extends Word {
  /** Activity index × FIELDS + HEAD, NAME or KEYWORD, the best place once per activity. */
  postings: number[];
}

export interface SynonymLine {
  typed: Word;
  /** Each searched phrase as its words: all of a phrase's words must be found in one activity. */
  phrases: Word[][];
}

export interface SearchIndex {
  activities: readonly Activity[];
  words: IndexedWord[];
  /** Category id → the words of its Finnish and English names. */
  categoryWords: ReadonlyMap<CategoryId, readonly Word[]>;
  synonyms: readonly SynonymLine[];
  /** The words by their first letter's code: only these can match from the start of a word. */
  byFirst: ReadonlyMap<number, readonly number[]>;
  /** Every word's folded stem and every word, each list joined by newlines, and where each word starts. */
  foldedText: string;
  foldedStarts: Int32Array;
  wordText: string;
  wordStarts: Int32Array;
}

const cache = new WeakMap<FactorSet, SearchIndex>();

export function searchIndex(set: FactorSet): SearchIndex {
  let index = cache.get(set);
  if (!index) {
    index = build(set.activities);
    cache.set(set, index);
  }
  return index;
}

function build(activities: readonly Activity[]): SearchIndex {
  const byWord = new Map<string, IndexedWord>();
  const add = (w: string, posting: number) => {
    let entry = byWord.get(w);
    if (!entry) {
      entry = { ...wordOf(w), postings: [] };
      byWord.set(w, entry);
    }
    entry.postings.push(posting);
  };
  activities.forEach((a, i) => {
    const fi = words(a.names.fi);
    const en = words(a.names.en);
    const place = new Map<string, number>();
    for (const w of [...fi, ...en]) place.set(w, NAME);
    for (const w of [fi[0], en[0]]) if (w !== undefined) place.set(w, HEAD);
    for (const k of a.keywords ?? []) for (const w of words(k)) if (!place.has(w)) place.set(w, KEYWORD);
    for (const [w, field] of place) add(w, i * FIELDS + field);
  });
  const categoryWords = new Map(
    CATEGORIES.map((c) => [c.id, [...new Set([...words(c.names.fi), ...words(c.names.en)])].map(wordOf)]),
  );
  const synonyms = SYNONYMS.map(([typed, ...also]) => ({
    typed: wordOf(queryWords(typed)[0] as string),
    phrases: also.map((p) => queryWords(p).map(wordOf)),
  }));
  const all = [...byWord.values()];
  const byFirst = new Map<number, number[]>();
  all.forEach((w, i) => {
    const first = w.word.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(i);
    else byFirst.set(first, [i]);
  });
  const joined = (texts: string[]) => {
    const starts = new Int32Array(texts.length);
    let at = 0;
    texts.forEach((t, i) => {
      starts[i] = at;
      at += t.length + 1;
    });
    return { text: texts.join('\n'), starts };
  };
  const folded = joined(all.map((w) => w.folded));
  const plain = joined(all.map((w) => w.word));
  return {
    activities,
    words: all,
    categoryWords,
    synonyms,
    byFirst,
    foldedText: folded.text,
    foldedStarts: folded.starts,
    wordText: plain.text,
    wordStarts: plain.starts,
  };
}

/** The word whose text, in a joined list, holds position `at` (the last start at or before it). */
function wordAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The words that typed word q can match at all (match.ts, tierOf): those with its first letter, and those that
 * contain its folded stem less a letter (a compound's end) or its stem (a compound's middle). Each word once.
 */
export function candidates(index: SearchIndex, q: Word): number[] {
  const out = [...(index.byFirst.get(q.word.charCodeAt(0)) ?? [])];
  const seen = new Set(out);
  const scan = (text: string, starts: Int32Array, part: string) => {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      const i = wordAt(starts, at);
      if (!seen.has(i)) {
        seen.add(i);
        out.push(i);
      }
    }
  };
  if (q.core.length >= 3) scan(index.foldedText, index.foldedStarts, q.core);
  if (q.stem.length >= 5) scan(index.wordText, index.wordStarts, q.stem);
  return out;
}
