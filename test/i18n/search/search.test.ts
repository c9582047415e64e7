/**
 * Searching activities: what a typed text finds and in what order (exact name word, inflected, start or end
 * of a compound, synonym, keyword; shorter names first on ties), every typed word required, within one
 * category or across all with the category the words fit, and the text normalised as people type it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/core/categories';
import type { Activity, FactorSet } from '../../../src/core/factorSet';
import { normalize, queryWords, words } from '../../../src/i18n/search/normalize';
import { searchActivities } from '../../../src/i18n/search/search';
import { fiSet } from '../../helpers';

const activity = (
  id: string,
  fi: string,
  en: string,
  categories: CategoryId[] = ['s3.01'],
  keywords?: string[],
): Activity => ({
  id,
  names: { fi, en },
  categories,
  unit: 'EUR',
  method: 'spend',
  ...(keywords ? { keywords } : {}),
});

let real: FactorSet;
beforeAll(async () => {
  real = await fiSet();
});
/** The built-in set with these activities only: a new object, so its search index is made for it. */
const setOf = (...activities: Activity[]): FactorSet => ({ ...real, activities });
const ids = (set: FactorSet, text: string, category?: CategoryId) =>
  searchActivities(set, text, { lang: 'fi', ...(category ? { category } : {}) }).map((h) => h.activity.id);

describe('normalising what is typed', () => {
  it('keeps å, ä and ö and folds the diacritics of other languages', () => {
    expect(normalize('Sähkö Åland Gás Müller Ørsted')).toBe('sähkö åland gas muller örsted');
  });

  it('keeps hyphenated words whole for the search and in parts for the names', () => {
    expect(queryWords('Raaka-aine, R-404A  jauho')).toEqual(['raakaaine', 'r404a', 'jauho']);
    expect(words('Kylmäaine R-404A')).toEqual(['kylmäaine', 'r', '404a', 'r404a']);
  });
});

describe('ranking', () => {
  it('puts a fuel burnt before its supply chain (3.3) when every category is searched', () => {
    const set = setOf(
      activity('wtt', 'Diesel – tuotantoketju (WTT)', 'Diesel – well to tank', ['s3.03']),
      activity('van', 'Diesel, Suomessa myyty (ajoneuvot ja työkoneet)', 'Diesel as sold in Finland', [
        's1.mobile',
      ]),
    );
    // The upstream name is shorter, so it would win the tie: the van's diesel would land in 3.3 only.
    expect(ids(set, 'diesel')).toEqual(['van', 'wtt']);
    // Within 3.3 itself it is found as before.
    expect(ids(set, 'diesel', 's3.03')).toEqual(['wtt']);
  });

  it('puts the exact name word first, then inflected, compound, synonym and keyword matches', () => {
    const set = setOf(
      activity('keyword', 'Leipomotuotteet', 'Bakery products', ['s3.01'], ['jauho']),
      activity('synonym', 'Myllytuotteet', 'Flour mixes'),
      activity('compound', 'Vehnäjauho', 'Wheat'),
      activity('inflected', 'Jauhot', 'Meal'),
      activity('exact', 'Jauho ja hiutaleet', 'Meal and flakes'),
      activity('unrelated', 'Kahvi', 'Coffee'),
    );
    expect(ids(set, 'jauho')).toEqual(['exact', 'inflected', 'compound', 'synonym', 'keyword']);
  });

  it('gives ties to the shorter name', () => {
    const set = setOf(
      activity('long', 'Paperi, kierrätetty ja valkaistu', 'x'),
      activity('short', 'Paperi, uusi', 'y'),
    );
    expect(ids(set, 'paperi')).toEqual(['short', 'long']);
  });

  it('finds a word inflected as typed in a sentence, and a compound by its first part', () => {
    const set = setOf(
      activity('flour', 'Jauhot', 'Flour'),
      activity('machine', 'Kahvinkeittimet', 'Coffee makers'),
    );
    expect(ids(set, 'jauhoja')).toEqual(['flour']);
    expect(ids(set, 'kahvi')).toEqual(['machine']);
  });

  it('finds the activity at every letter as a word is typed', () => {
    const set = setOf(
      activity('coffee', 'Kahvi ja tee', 'Coffee and tea'),
      activity('other', 'Sähkö', 'Power'),
    );
    for (let n = 1; n <= 'kahvi'.length; n++) expect(ids(set, 'kahvi'.slice(0, n))).toContain('coffee');
  });

  it('needs every typed word to be found', () => {
    const set = setOf(
      activity('a', 'Diesel, pakettiauto', 'Diesel van'),
      activity('b', 'Diesel, kuorma-auto', 'Lorry'),
    );
    expect(ids(set, 'diesel paketti')).toEqual(['a']);
    expect(ids(set, 'diesel juna')).toEqual([]);
    expect(ids(set, '  ')).toEqual([]);
  });
});

describe('categories', () => {
  const set = () =>
    setOf(
      activity('car', 'Henkilöauto', 'Car', ['s1.mobile', 's3.07']),
      activity('paper', 'Paperi', 'Paper', ['s3.01']),
    );

  it('searches one category only when one is given', () => {
    expect(ids(set(), 'auto', 's3.07')).toEqual(['car']);
    expect(ids(set(), 'paperi', 's3.07')).toEqual([]);
  });

  it('offers an activity in the category whose name the words fit, else in its first', () => {
    const hits = (text: string) => searchActivities(set(), text, { lang: 'fi' });
    expect(hits('auto')[0]?.category).toBe('s1.mobile');
    expect(hits('työmatka auto')[0]?.category).toBe('s3.07');
  });
});
