/**
 * What searching a factor set reads, made once per set (a WeakMap: a set read again is a new object, an
 * unused one is collected): every distinct word of the activities' names and keywords, with its stem and where
 * it occurs; the words of the categories' names; and the synonym lines with their words prepared. A keystroke
 * then compares the typed words with a few thousand distinct words instead of every name of every activity.
 *
 * The words are kept in lists by how they are stemmed: the Finnish and English names and the keywords with the
 * Finnish stemmer (as before Swedish came), the Swedish names with the Swedish one. Each list has a twin with
 * its words that have å, ä or ö written with a and o, for a word typed without them ("fjarrvarme").
 */
import { CATEGORIES, type CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import type { Lang } from '../issueMessages';
import { type Stemming, type Word, wordOf } from './match';
import { ascii, hasKeptLetter, queryWords, words } from './normalize';
import { SV_SYNONYMS } from './svSynonyms';
import { SYNONYMS } from './synonyms';

/**
 * Where a word occurs: first in an activity's name (in any language: what the activity is, "Diesel
 * (ajoneuvot …)"), elsewhere in its name, or only among its keywords.
 */
export const HEAD = 0;
export const NAME = 1;
export const KEYWORD = 2;
/** The place is a posting's two lowest bits; the names' languages the word is in are the next three. */
export const PLACE = 3;
const LANG_BITS = [4, 8, 16] as const;

/** The bit that marks a name word as being in a language's name. */
export function langBit(lang: Lang): number {
  return LANG_BITS[lang === 'fi' ? 0 : lang === 'en' ? 1 : 2];
}
/** A posting is the activity's index × FIELDS + its place and language bits. */
export const FIELDS = 32;

export interface IndexedWord extends Word {
  /** Activity index × FIELDS + HEAD, NAME or KEYWORD and the language bits, the best place once per activity. */
  postings: number[];
}

/** The distinct words stemmed one way (or written without å, ä and ö) and what finds them fast. */
export interface WordList {
  stemming: Stemming;
  /** The words with å, ä or ö written as a and o: compared only with words typed without those letters. */
  ascii: boolean;
  words: IndexedWord[];
  /** The words by their first letter's code: only these can match from the start of a word. */
  byFirst: ReadonlyMap<number, readonly number[]>;
  /** Every word's folded stem and every word, each list joined by newlines, and where each word starts. */
  foldedText: string;
  foldedStarts: Int32Array;
  wordText: string;
  wordStarts: Int32Array;
}

/** A typed word as each stemmer reads it, and whether it may stand for a word with å, ä or ö. */
export interface TypedWord {
  fi: Word;
  sv: Word;
  /**
   * Typed without å, ä and ö but with an a or an o that may stand for one ("fjarrvarme"). A word with
   * neither finds among the words written without å, ä and ö only what it finds among the words themselves,
   * so those are not searched for it.
   */
  plain: boolean;
}

const A_OR_O = /[ao]/;

export function typedWord(word: string): TypedWord {
  return {
    fi: wordOf(word, 'fi'),
    sv: wordOf(word, 'sv'),
    plain: !hasKeptLetter(word) && A_OR_O.test(word),
  };
}

export interface SynonymLine {
  stemming: Stemming;
  typed: Word;
  /** The line's word without å, ä and ö, where it has them. */
  typedAscii?: Word;
  /** Each searched phrase as its words: all of a phrase's words must be found in one activity. */
  phrases: TypedWord[][];
}

export interface CategoryWord {
  word: Word;
  stemming: Stemming;
  ascii: boolean;
}

export interface SearchIndex {
  activities: readonly Activity[];
  lists: readonly WordList[];
  /** Category id → the words of its Finnish, English and Swedish names. */
  categoryWords: ReadonlyMap<CategoryId, readonly CategoryWord[]>;
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

/** One activity's words of a list: each word's best place and the languages of the names it is in. */
class Places {
  readonly place = new Map<string, number>();
  readonly langs = new Map<string, number>();

  name(text: string, lang: Lang): void {
    const ws = words(text);
    ws.forEach((w, k) => {
      this.place.set(w, Math.min(this.place.get(w) ?? NAME, k === 0 ? HEAD : NAME));
      this.langs.set(w, (this.langs.get(w) ?? 0) | langBit(lang));
    });
  }

  keyword(text: string): void {
    for (const w of words(text)) if (!this.place.has(w)) this.place.set(w, KEYWORD);
  }
}

class Collector {
  readonly byWord = new Map<string, IndexedWord>();
  constructor(readonly stemming: Stemming) {}

  add(places: Places, activity: number): void {
    for (const [w, place] of places.place) {
      let entry = this.byWord.get(w);
      if (!entry) {
        entry = { ...wordOf(w, this.stemming), postings: [] };
        this.byWord.set(w, entry);
      }
      entry.postings.push(activity * FIELDS + place + (places.langs.get(w) ?? 0));
    }
  }

  /** The words with å, ä or ö as written without them, each with the postings of every word so written. */
  asciiTwin(): IndexedWord[] {
    const twins = new Map<string, IndexedWord>();
    for (const entry of this.byWord.values()) {
      if (!hasKeptLetter(entry.word)) continue;
      const plain = ascii(entry.word);
      const twin = twins.get(plain);
      if (twin) twin.postings.push(...entry.postings);
      else twins.set(plain, { ...wordOf(plain, this.stemming), postings: [...entry.postings] });
    }
    return [...twins.values()];
  }
}

function build(activities: readonly Activity[]): SearchIndex {
  const fi = new Collector('fi');
  const sv = new Collector('sv');
  activities.forEach((a, i) => {
    const fiEn = new Places();
    fiEn.name(a.names.fi, 'fi');
    fiEn.name(a.names.en, 'en');
    for (const k of a.keywords ?? []) fiEn.keyword(k);
    fi.add(fiEn, i);
    if (a.names.sv) {
      const swedish = new Places();
      swedish.name(a.names.sv, 'sv');
      sv.add(swedish, i);
    }
  });
  const lists = [
    listOf([...fi.byWord.values()], 'fi', false),
    listOf([...sv.byWord.values()], 'sv', false),
    listOf(fi.asciiTwin(), 'fi', true),
    listOf(sv.asciiTwin(), 'sv', true),
  ].filter((l) => l.words.length > 0);
  return { activities, lists, categoryWords: categoryWords(), synonyms: synonymLines() };
}

function categoryWords(): Map<CategoryId, CategoryWord[]> {
  const of = (texts: string[], stemming: Stemming): CategoryWord[] => {
    const ws = [...new Set(texts.flatMap(words))];
    return [
      ...ws.map((w) => ({ word: wordOf(w, stemming), stemming, ascii: false })),
      ...ws.filter(hasKeptLetter).map((w) => ({ word: wordOf(ascii(w), stemming), stemming, ascii: true })),
    ];
  };
  return new Map(
    CATEGORIES.map((c) => [c.id, [...of([c.names.fi, c.names.en], 'fi'), ...of([c.names.sv], 'sv')]]),
  );
}

function synonymLines(): SynonymLine[] {
  const line = (stemming: Stemming, [typed, ...also]: readonly string[]): SynonymLine => {
    const word = queryWords(typed as string)[0] as string;
    return {
      stemming,
      typed: wordOf(word, stemming),
      ...(hasKeptLetter(word) ? { typedAscii: wordOf(ascii(word), stemming) } : {}),
      phrases: also.map((p) => queryWords(p).map(typedWord)),
    };
  };
  return [...SYNONYMS.map((l) => line('fi', l)), ...SV_SYNONYMS.map((l) => line('sv', l))];
}

function listOf(all: IndexedWord[], stemming: Stemming, isAscii: boolean): WordList {
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
    stemming,
    ascii: isAscii,
    words: all,
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
 * The words of a list that typed word q can match at all (match.ts, tierOf): those with its first letter, and
 * those that contain its folded stem less a letter (a compound's end) or its stem (a compound's middle).
 * Each word once.
 */
export function candidates(list: WordList, q: Word): number[] {
  const out = [...(list.byFirst.get(q.word.charCodeAt(0)) ?? [])];
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
  if (q.core.length >= 3) scan(list.foldedText, list.foldedStarts, q.core);
  if (q.stem.length >= 5) scan(list.wordText, list.wordStarts, q.stem);
  return out;
}
