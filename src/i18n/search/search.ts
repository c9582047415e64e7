/**
 * Finding activities by what a person types, in Finnish, Swedish or English whatever the reader's language
 * (people in Finland mix them). Every typed word must be found; each
 * counts the best way it was found, and a second way adds a tenth of its points (so that "jäte" puts mixed
 * waste, "sekajäte", which its synonym line names, before the other kinds of waste). From best to least: a
 * word of the name as typed, the same word inflected, the start of a name word or the end of a compound, the
 * middle of a compound; then a synonym's word found in a name; then a keyword; then a synonym found in a
 * keyword. Searching all categories, a word may also be found in a category's name ("työmatka" in
 * "Henkilöstön työmatkat"), and each activity is offered in the category the words fit best (else its
 * first). A word found in a name in the reader's language counts a little more than in another language's
 * name, and one typed without å, ä and ö that was found only so counts less. Ties go to the shorter name in
 * the reader's language, then the alphabetical order.
 */
import type { CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import { localName } from '../../core/source';
import type { Lang } from '../issueMessages';
import { MIDDLE, START, tierOf, type Word } from './match';
import { queryWords } from './normalize';
import {
  candidates,
  FIELDS,
  HEAD,
  type IndexedWord,
  KEYWORD,
  langBit,
  PLACE,
  type SearchIndex,
  type SynonymLine,
  searchIndex,
  type TypedWord,
  typedWord,
} from './searchIndex';

export interface SearchHit {
  activity: Activity;
  /** The category the activity is offered in: the searched one, or the one the words fit best. */
  category: CategoryId;
  score: number;
}

export interface SearchOptions {
  /** The reader's language: its names rank first on a tie of how a word was found, and order the ties. */
  lang: Lang;
  /** Only the activities of this category; without it, all of the set's. */
  category?: CategoryId;
  /** At most this many hits (all by default). */
  limit?: number;
}

/** Points by where a word was found and its tier (1 middle of a compound … 4 the whole word). */
const NAME_POINTS = [0, 60, 70, 80, 100] as const;
const SYNONYM_POINTS = [0, 41, 42, 44, 50] as const;
const KEYWORD_POINTS = [0, 21, 22, 24, 30] as const;
const SYNONYM_KEYWORD_POINTS = [0, 15, 16, 18, 19] as const;
const CATEGORY_POINTS = [0, 11, 12, 14, 20] as const;
/** The share of a second way of finding the same word that is added to the best. */
const SECOND = 0.1;
/** Points more for a word that is the first of the name: "diesel" finds diesel fuel before diesel cars. */
const HEAD_BONUS = 3;
/** The category of fuels' and energy's supply chains, and the points it gives way by (less than a tier). */
const UPSTREAM_ONLY: CategoryId = 's3.03';
const UPSTREAM_PENALTY = 5;
/** Points less for each later word of a synonym line. */
const PREFERENCE = 0.5;
/** Points less for a word found in a name only in another language than the reader's (less than a tier). */
const OTHER_LANGUAGE = 2;
/** Points less for a word typed without å, ä and ö found only in a word that has them ("fjarrvarme"). */
const ASCII_PENALTY = 5;
/** Synonyms' points do not depend on the reader's language (they are worked out once per set). */
const ANY_LANGUAGE = langBit('fi') | langBit('en') | langBit('sv');

const collators: Record<Lang, Intl.Collator> = {
  fi: new Intl.Collator('fi'),
  en: new Intl.Collator('en'),
  sv: new Intl.Collator('sv-FI'),
};
const tieCache = new WeakMap<SearchIndex, Partial<Record<Lang, Int32Array>>>();

/**
 * Each activity's place in the order of ties, its name in a language shorter first and then alphabetical,
 * worked out once per set: ties are broken by comparing two numbers, not two names with the locale's
 * collation at every keystroke.
 */
function tieOrder(index: SearchIndex, lang: Lang): Int32Array {
  let byLang = tieCache.get(index);
  if (!byLang) {
    byLang = {};
    tieCache.set(index, byLang);
  }
  let order = byLang[lang];
  if (!order) {
    const c = collators[lang];
    const names = index.activities.map((a) => localName(a.names, lang));
    const sorted = index.activities.map((_, i) => i);
    sorted.sort(
      (a, b) =>
        (names[a] as string).length - (names[b] as string).length ||
        c.compare(names[a] as string, names[b] as string),
    );
    order = new Int32Array(sorted.length);
    sorted.forEach((activity, place) => {
      (order as Int32Array)[activity] = place;
    });
    byLang[lang] = order;
  }
  return order;
}

const combine = (a: number, b: number) => Math.max(a, b) + SECOND * Math.min(a, b);

/** `reader`: the language bit of the reader's names; a name word without it counts OTHER_LANGUAGE less. */
function credit(
  points: Float64Array,
  postings: readonly number[],
  name: number,
  keyword: number,
  reader: number,
): void {
  for (const p of postings) {
    const i = (p / FIELDS) | 0;
    const field = p % FIELDS;
    const place = field & PLACE;
    const v =
      place === KEYWORD
        ? keyword
        : (place === HEAD ? name + HEAD_BONUS : name) - (field & reader ? 0 : OTHER_LANGUAGE);
    if (v > (points[i] as number)) points[i] = v;
  }
}

function opens(q: Word, typed: Word): boolean {
  const tier = tierOf(q, typed);
  return tier > START || (tier === START && q.word.length >= 3 && typed.word.startsWith(q.word));
}

/**
 * A typed word opens a synonym line as its word, inflected or whole, or as its start of 3 letters or more;
 * read with the line's stemmer, and typed without å, ä and ö also as the line's word written so.
 */
function opensLine(q: TypedWord, line: SynonymLine): boolean {
  const word = q[line.stemming];
  return (
    opens(word, line.typed) || (q.plain && line.typedAscii !== undefined && opens(word, line.typedAscii))
  );
}

/** A phrase's points do not depend on what was typed: worked out once per set (its index) and kept. */
const phraseCache = new WeakMap<readonly TypedWord[], Float64Array>();

/** Points of a synonym's phrase: each of its words found whole, inflected or as part of a compound. */
function phrasePoints(index: SearchIndex, phrase: readonly TypedWord[]): Float64Array {
  let kept = phraseCache.get(phrase);
  if (!kept) {
    kept = phraseFound(index, phrase);
    phraseCache.set(phrase, kept);
  }
  return kept;
}

function phraseFound(index: SearchIndex, phrase: readonly TypedWord[]): Float64Array {
  let all: Float64Array | undefined;
  for (const typed of phrase) {
    const points = new Float64Array(index.activities.length);
    for (const list of index.lists) {
      if (list.ascii) continue;
      const pw = typed[list.stemming];
      for (const c of candidates(list, pw)) {
        const w = list.words[c] as IndexedWord;
        const tier = tierOf(pw, w);
        // A start is taken only from longer words: "tee" would find "teemaseminaari".
        if (tier > START || (tier >= MIDDLE && pw.word.length >= 5))
          credit(points, w.postings, SYNONYM_POINTS[tier], SYNONYM_KEYWORD_POINTS[tier], ANY_LANGUAGE);
      }
    }
    if (all) for (let i = 0; i < all.length; i++) all[i] = Math.min(all[i] as number, points[i] as number);
    else all = points;
  }
  return all ?? new Float64Array(index.activities.length);
}

/** Each activity's points for one typed word (0: not found). */
function pointsOf(index: SearchIndex, q: TypedWord, lang: Lang): Float64Array {
  const direct = new Float64Array(index.activities.length);
  const reader = langBit(lang);
  for (const list of index.lists) {
    // Words written without å, ä and ö are for words typed so: "sähkö" must not find "sahko".
    if (list.ascii && !q.plain) continue;
    const word = q[list.stemming];
    const less = list.ascii ? ASCII_PENALTY : 0;
    for (const c of candidates(list, word)) {
      const w = list.words[c] as IndexedWord;
      const tier = tierOf(word, w);
      if (tier > 0) credit(direct, w.postings, NAME_POINTS[tier] - less, KEYWORD_POINTS[tier] - less, reader);
    }
  }
  const bySynonym = new Float64Array(index.activities.length);
  for (const line of index.synonyms) {
    if (!opensLine(q, line)) continue;
    line.phrases.forEach((phrase, rank) => {
      const found = phrasePoints(index, phrase);
      // A line lists its words in order of preference: "jäte" finds "sekajäte" before "waste".
      const less = rank * PREFERENCE;
      for (let i = 0; i < found.length; i++) {
        const v = (found[i] as number) - less;
        if (v > (bySynonym[i] as number)) bySynonym[i] = v;
      }
    });
  }
  for (let i = 0; i < direct.length; i++) direct[i] = combine(direct[i] as number, bySynonym[i] as number);
  return direct;
}

/** Each category's points for one typed word found in its name (in any of its languages). */
function categoryPoints(index: SearchIndex, q: TypedWord): Map<CategoryId, number> {
  const out = new Map<CategoryId, number>();
  for (const [category, ws] of index.categoryWords) {
    let best = 0;
    for (const w of ws) {
      if (w.ascii && !q.plain) continue;
      const tier = tierOf(q[w.stemming], w.word);
      if (tier > 0) best = Math.max(best, CATEGORY_POINTS[tier] - (w.ascii ? ASCII_PENALTY : 0));
    }
    if (best > 0) out.set(category, best);
  }
  return out;
}

/** The activities that the text finds, best first, each with the category it is offered in. */
export function searchActivities(set: FactorSet, text: string, options: SearchOptions): SearchHit[] {
  const typed = queryWords(text).map(typedWord);
  // Nothing typed finds nothing, without making the set's index (a page that only shows the empty field).
  if (typed.length === 0) return [];
  const index = searchIndex(set);
  const { lang } = options;
  const perWord = typed.map((q) => pointsOf(index, q, lang));
  const perCategory = options.category ? [] : typed.map((q) => categoryPoints(index, q));
  const found: { i: number; category: CategoryId; score: number }[] = [];
  // Without a typed word in any category's name, every category of an activity scores the same.
  if (perCategory.every((m) => m.size === 0)) {
    index.activities.forEach((activity, i) => {
      const category = options.category ?? activity.categories[0];
      if (!category || !activity.categories.includes(category)) return;
      let score = 0;
      for (const points of perWord) {
        const p = points[i] as number;
        if (p === 0) return;
        score += p;
      }
      found.push({ i, category, score });
    });
  } else
    index.activities.forEach((activity, i) => {
      let best: (typeof found)[number] | undefined;
      for (const category of activity.categories) {
        if (options.category && category !== options.category) continue;
        let score = 0;
        for (let k = 0; k < typed.length; k++) {
          const points = combine(
            (perWord[k] as Float64Array)[i] as number,
            perCategory[k]?.get(category) ?? 0,
          );
          if (points === 0) {
            score = 0;
            break;
          }
          score += points;
        }
        if (score > 0 && (!best || score > best.score)) best = { i, category, score };
      }
      if (best) found.push(best);
    });
  // Searching every category, a fuel's supply chain (3.3) comes after the fuel burnt: "diesel" typed for the
  // van must not put the van's diesel only into the upstream category, leaving Scope 1 empty.
  if (!options.category) for (const h of found) if (h.category === UPSTREAM_ONLY) h.score -= UPSTREAM_PENALTY;
  const order = tieOrder(index, lang);
  found.sort((a, b) => b.score - a.score || (order[a.i] as number) - (order[b.i] as number));
  const shown = options.limit === undefined ? found : found.slice(0, options.limit);
  return shown.map((h) => ({
    activity: index.activities[h.i] as Activity,
    category: h.category,
    score: h.score,
  }));
}
