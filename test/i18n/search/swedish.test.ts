/**
 * Searching in Swedish (issue 15): the Swedish stem and the words typed without å, ä and ö; the Swedish search
 * words (swedishWords.ts) finding the activity meant among the first five of the newest built-in set with the
 * reader's language Swedish, and the Finnish ones still doing so; a name in the reader's language ranking
 * first; ties ordered by the reader's names in the reader's collation (å, ä, ö last in Swedish).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../src/core/categories';
import type { Activity, FactorSet } from '../../../src/core/factorSet';
import type { Lang } from '../../../src/i18n/issueMessages';
import { ascii, hasKeptLetter } from '../../../src/i18n/search/normalize';
import { searchActivities } from '../../../src/i18n/search/search';
import { SV_SYNONYMS } from '../../../src/i18n/search/svSynonyms';
import { swedishStem } from '../../../src/i18n/search/swedishStem';
import { newestFiSet } from './newestSet';
import { SEARCH_WORDS } from './searchWords';
import { SWEDISH_WORDS } from './swedishWords';

const fits = (intended: string, id: string) =>
  intended.endsWith('*') ? id.startsWith(intended.slice(0, -1)) : id === intended;

let newest: FactorSet;
beforeAll(async () => {
  newest = await newestFiSet();
});

describe('the Swedish stem', () => {
  it.each([
    ['bil', ['bil', 'bilen', 'bilar', 'bilarna', 'bilens', 'bilarnas']],
    ['res', ['resa', 'resan', 'resor', 'resorna']],
    ['tåg', ['tåg', 'tåget', 'tågets']],
    ['avfall', ['avfall', 'avfallet']],
    ['värm', ['värme', 'värmen']],
    ['lastbil', ['lastbil', 'lastbilen', 'lastbilar', 'lastbilarna']],
  ])('takes the plural and definite endings off, leaving %s', (stem, forms) => {
    for (const form of forms) expect(swedishStem(form), form).toBe(stem);
  });

  it('leaves short words and the first three letters whole', () => {
    expect(['el', 'te', 'is', 'ena', 'era', 'taxi', 'diesel'].map(swedishStem)).toEqual([
      'el',
      'te',
      'is',
      'ena',
      'era',
      'taxi',
      'diesel',
    ]);
  });
});

describe('words typed without å, ä and ö', () => {
  it('writes å and ä as a and ö as o, and knows a word that has them', () => {
    expect(ascii('fjärrvärme köldmedium tåg')).toBe('fjarrvarme koldmedium tag');
    expect([hasKeptLetter('tåg'), hasKeptLetter('tag')]).toEqual([true, false]);
  });

  const activity = (id: string, sv: string): Activity => ({
    id,
    names: { fi: `fi ${id}`, en: `en ${id}`, sv },
    categories: ['s3.06'],
    unit: 'km',
    method: 'activity',
  });
  const set = (): FactorSet => ({
    ...newest,
    activities: [activity('train', 'Tåg'), activity('tag', 'Tag')],
  });
  const ids = (text: string) => searchActivities(set(), text, { lang: 'sv' }).map((h) => h.activity.id);

  it('finds the word with them, after a word that is written so', () => {
    expect(ids('tag')).toEqual(['tag', 'train']);
  });

  it('does not let a word typed with them find a word without them', () => {
    expect(ids('tåg')).toEqual(['train']);
  });
});

describe('the reader’s language', () => {
  const activity = (id: string, fi: string, sv: string): Activity => ({
    id,
    names: { fi, en: `${id} en`, sv },
    categories: ['s3.06'],
    unit: 'km',
    method: 'activity',
  });
  const hits = (set: FactorSet, text: string, lang: Lang) =>
    searchActivities(set, text, { lang }).map((h) => h.activity.id);

  it('ranks a word found in a name in the reader’s language before the same in another language', () => {
    // The same word (of no synonym line) first in a name: only the name's language tells them apart.
    const set = {
      ...newest,
      activities: [activity('a', 'Zork xx', 'Droska x'), activity('b', 'Kork xx', 'Zork xxx')],
    };
    expect(hits(set, 'zork', 'sv')).toEqual(['b', 'a']);
    expect(hits(set, 'zork', 'fi')).toEqual(['a', 'b']);
  });

  it('orders ties by the reader’s names in the reader’s collation: å, ä and ö after z in Swedish', () => {
    const names = ['Mat ö', 'Mat å', 'Mat z', 'Mat ä', 'Mat a'];
    const set = {
      ...newest,
      // The Finnish names are in another order, so that only the Swedish ones can give the order found.
      activities: names.map((sv, i) => activity(`s${i}`, `Ruoka ${9 - i}`, sv)),
    };
    const order = hits(set, 'mat', 'sv').map((id) => names[Number(id.slice(1))]);
    expect(order).toEqual(['Mat a', 'Mat z', 'Mat å', 'Mat ä', 'Mat ö']);
  });

  it('sorts the Swedish results of the built-in set by their Swedish names where they tie', () => {
    const found = searchActivities(newest, 'hotell', { lang: 'sv' });
    const collator = new Intl.Collator('sv-FI');
    const svName = (a: Activity) => a.names.sv ?? a.names.fi;
    for (let k = 1; k < found.length; k++) {
      const [prev, next] = [found[k - 1], found[k]];
      if (!prev || !next || prev.score !== next.score) continue;
      const [p, n] = [svName(prev.activity), svName(next.activity)];
      expect(
        p.length < n.length || (p.length === n.length && collator.compare(p, n) <= 0),
        `${p} | ${n}`,
      ).toBe(true);
    }
    expect(found.slice(0, 3).map((h) => h.activity.names.sv)).toEqual([
      'Hotellnatt, Kina',
      'Hotellnatt, Japan',
      'Hotellnatt, Indien',
    ]);
  });
});

describe('Swedish search words in the newest built-in set', () => {
  it('has Swedish names to search', () => {
    const named = newest.activities.filter((a) => a.names.sv);
    expect(named.length).toBeGreaterThanOrEqual(200);
  });

  it('lists a search word for most synonym lines, each meaning an activity of the set', () => {
    const missing = SWEDISH_WORDS.filter(
      ([, intended]) => !newest.activities.some((a) => fits(intended, a.id)),
    );
    expect(missing).toEqual([]);
    expect(SV_SYNONYMS.length).toBeGreaterThan(40);
  });

  const top5 = (typed: string, lang: Lang, intended: string, category?: CategoryId) => {
    const top = searchActivities(newest, typed, { lang, limit: 5 });
    const hit = top.find((h) => fits(intended, h.activity.id));
    expect(hit, `first five: ${top.map((h) => h.activity.id).join(', ')}`).toBeDefined();
    if (category) expect(hit?.category).toBe(category);
  };

  it.each(SWEDISH_WORDS.map(([typed, intended, category]) => ({ typed, intended, category })))(
    '"$typed" finds $intended in the first five, in Swedish',
    ({ typed, intended, category }) => top5(typed, 'sv', intended, category),
  );

  it.each(SEARCH_WORDS.map(([typed, intended, category]) => ({ typed, intended, category })))(
    'the Finnish "$typed" still finds $intended in the first five, in Swedish',
    ({ typed, intended, category }) => top5(typed, 'sv', intended, category),
  );

  it.each(SWEDISH_WORDS.map(([typed, intended, category]) => ({ typed, intended, category })))(
    'the Swedish "$typed" finds $intended in the first five, in Finnish too',
    ({ typed, intended, category }) => top5(typed, 'fi', intended, category),
  );

  it('shows the Swedish name first for a Swedish reader', () => {
    const [first] = searchActivities(newest, 'fjärrvärme', { lang: 'sv', limit: 1 });
    expect(first?.activity.id).toBe('district-heat.fi');
    expect(first?.activity.names.sv).toMatch(/^Fjärrvärme/);
  });
});
