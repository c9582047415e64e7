/**
 * Each search word (searchWords.ts) finds the activity a person means by it among the first five results,
 * searching all categories of the newest built-in set (and in the category given with it, if any).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../../src/core/factorSet';
import { searchActivities } from '../../../src/i18n/search/search';
import { newestFiSet } from './newestSet';
import { SEARCH_WORDS as WORDS } from './searchWords';

const fits = (intended: string, id: string) =>
  intended.endsWith('*') ? id.startsWith(intended.slice(0, -1)) : id === intended;

let set: FactorSet;
beforeAll(async () => {
  set = await newestFiSet();
});

describe('search words', () => {
  it('lists at least 50 words, each meaning an activity of the newest set', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(50);
    const missing = WORDS.filter(([, intended]) => !set.activities.some((a) => fits(intended, a.id)));
    expect(missing).toEqual([]);
  });

  it.each(WORDS.map(([typed, intended, category]) => ({ typed, intended, category })))(
    '"$typed" finds $intended in the first five',
    ({ typed, intended, category }) => {
      const top = searchActivities(set, typed, { lang: 'fi', limit: 5 });
      const hit = top.find((h) => fits(intended, h.activity.id));
      expect(hit, `first five: ${top.map((h) => h.activity.id).join(', ')}`).toBeDefined();
      if (category) expect(hit?.category).toBe(category);
    },
  );

  it.each([
    ['jauho', 'spend.naics.311211'],
    ['vehnäjauho', 'spend.naics.311211'],
    ['maito', 'spend.naics.311511'],
    ['maitotuotteet', 'spend.naics.311*'],
    ['pakkaus', 'spend.packaging.cardboard'],
    ['pakkauksia', 'spend.plastics.packaging'],
  ])('a bakery finds "%s" in euros among its purchases (%s)', (typed, intended) => {
    const top = searchActivities(set, typed, { lang: 'fi', category: 's3.01', limit: 5 });
    const hit = top.find((h) => fits(intended, h.activity.id));
    expect(hit, `first five: ${top.map((h) => h.activity.id).join(', ')}`).toBeDefined();
    expect([hit?.activity.method, hit?.activity.unit]).toEqual(['spend', 'EUR']);
  });
});
