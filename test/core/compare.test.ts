/**
 * Comparisons between years that do not cover the same categories (issue 10): the reproduction was a year
 * with Scope 3 compared with one without, +259 % with no warning. The comparison names the categories with
 * data in one year only and gives the like-for-like change of the categories with data in both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { compareYears } from '../../src/core/compare';
import type { FactorSet } from '../../src/core/factorSet';
import type { CustomFactor, Entry, Inventory } from '../../src/core/inventory';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const cf = (id: string, unit: CustomFactor['unit'], co2e: number, year: number): CustomFactor => ({
  id,
  name: `${id} factor`,
  unit,
  value: { co2e },
  year,
  source: 'test supplier',
});
const custom = (category: Entry['category'], factor: string, quantity: number, unit: Entry['unit']) =>
  entry({ category, activity: 'custom', customFactor: factor, quantity, unit });
const calc = (inv: Inventory) => calculateInventory(inv, { factorSet: set });

/*
 * 2023, Scopes 1 and 2 only: diesel 1000 l × 2.5 = 2500, heat 10,000 kWh × 0.2 = 2000; total 4500.
 * 2024 adds purchases (Scope 3.1): diesel 900 l × 2.5 = 2250, heat 2000, purchases 11,905 € × 1 = 11,905;
 * total 16,155 = +259 % on 4500. Like for like (fuels and heat): 4250 against 4500, −250 kg = −5.6 %.
 */
const y2023 = () =>
  inventory([custom('s1.mobile', 'diesel', 1000, 'l'), custom('s2.heat', 'heat', 10_000, 'kWh')], {
    year: 2023,
    customFactors: [cf('diesel', 'l', 2.5, 2023), cf('heat', 'kWh', 0.2, 2023)],
  });
const y2024 = () =>
  inventory(
    [
      custom('s1.mobile', 'diesel', 900, 'l'),
      custom('s2.heat', 'heat', 10_000, 'kWh'),
      custom('s3.01', 'spend', 11_905, 'EUR'),
    ],
    {
      year: 2024,
      customFactors: [
        cf('diesel', 'l', 2.5, 2024),
        cf('heat', 'kWh', 0.2, 2024),
        cf('spend', 'EUR', 1, 2024),
      ],
    },
  );

describe('like-for-like comparison', () => {
  it('warns of a category in one year only and gives the change of the categories in both', () => {
    const c = compareYears(calc(y2024()), calc(y2023()));
    expect(c.totalLocation.absolute).toBeCloseTo(11_655, 6);
    expect(c.totalLocation.relative).toBeCloseTo(2.59, 6);
    expect(c.coverage).toEqual({ onlyNow: ['s3.01'], onlyThen: [] });
    expect(c.likeForLike.categories).toEqual(['s1.mobile', 's2.heat']);
    expect(c.likeForLike.location.absolute).toBeCloseTo(-250, 6);
    expect(c.likeForLike.location.relative).toBeCloseTo(-250 / 4500, 9);
    expect(c.likeForLike.market.absolute).toBeCloseTo(-250, 6);
  });

  it('names a category the later year lacks, seen from either side', () => {
    const c = compareYears(calc(y2023()), calc(y2024()));
    expect(c.coverage).toEqual({ onlyNow: [], onlyThen: ['s3.01'] });
    expect(c.likeForLike.location.absolute).toBeCloseTo(250, 6);
  });

  it('has nothing to warn of when both years cover the same categories', () => {
    const later = y2024();
    later.entries = later.entries.filter((e) => e.category !== 's3.01');
    const c = compareYears(calc(later), calc(y2023()));
    expect(c.coverage).toEqual({ onlyNow: [], onlyThen: [] });
    expect(c.likeForLike.location.absolute).toBeCloseTo(c.totalLocation.absolute, 6);
    expect(c.likeForLike.market.relative).toBeCloseTo(c.totalMarket.relative ?? Number.NaN, 9);
  });

  it('has no like-for-like percentage when no category has data in both years', () => {
    const only3 = inventory([custom('s3.01', 'spend', 100, 'EUR')], {
      year: 2024,
      customFactors: [cf('spend', 'EUR', 1, 2024)],
    });
    const c = compareYears(calc(only3), calc(y2023()));
    expect(c.likeForLike.categories).toEqual([]);
    expect(c.likeForLike.location).toEqual({ absolute: 0, relative: null });
    expect(c.coverage.onlyThen).toEqual(['s1.mobile', 's2.heat']);
  });
});
