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
  return { activities, words: [...byWord.values()], categoryWords, synonyms };
}
