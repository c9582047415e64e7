/** The observed change of an action's categories: hand-computed examples, and the categories' sum property. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionObserved, categoriesChange, observedChange } from '../../src/core/actionObserved';
import { calculateInventory } from '../../src/core/calculate';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/categories';
import type { ClimateAction } from '../../src/core/commitment';
import { decompose } from '../../src/core/decompose';
import type { FactorSet } from '../../src/core/factorSet';
import type { CustomFactor, Entry, Inventory } from '../../src/core/inventory';
import type { InventoryResult } from '../../src/core/results';
import { entry, fiSet, inventory } from '../helpers';
import { invArb } from './inventoryArb';

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

/** District heat, half of it covered by a certificate at 0 g: market-based is half the location-based. */
const heat = (kWh: number) => ({
  ...custom('s2.heat', 'heat', kWh, 'kWh'),
  instruments: [{ kind: 'certificate' as const, share: 0.5, note: 'guarantee of origin' }],
});

/*
 * 2022: diesel 1200 l × 2.5 = 3000.
 * 2023: diesel 1000 l × 2.5 = 2500; heat 10,000 kWh × 0.2 = 2000 (market 1000); waste 2000 kg × 0.5 = 1000.
 * 2024: diesel 800 l × 2.5 = 2000; heat 12,000 kWh × 0.15 = 1800 (market 900); paper 300 kg × 1.0 = 300 (new);
 *       the waste source ended.
 */
const years: Record<number, () => Inventory> = {
  2022: () =>
    inventory([custom('s1.mobile', 'diesel', 1200, 'l')], {
      year: 2022,
      customFactors: [cf('diesel', 'l', 2.5, 2022)],
    }),
  2023: () =>
    inventory(
      [custom('s1.mobile', 'diesel', 1000, 'l'), heat(10_000), custom('s3.05', 'waste', 2000, 'kg')],
      {
        year: 2023,
        customFactors: [
          cf('diesel', 'l', 2.5, 2023),
          cf('heat', 'kWh', 0.2, 2023),
          cf('waste', 'kg', 0.5, 2023),
        ],
      },
    ),
  2024: () =>
    inventory([custom('s1.mobile', 'diesel', 800, 'l'), heat(12_000), custom('s3.01', 'paper', 300, 'kg')], {
      year: 2024,
      customFactors: [
        cf('diesel', 'l', 2.5, 2024),
        cf('heat', 'kWh', 0.15, 2024),
        cf('paper', 'kg', 1, 2024),
      ],
    }),
};

const calc = (inv: Inventory) => calculateInventory(inv, { factorSet: set });
const result = (year: number): InventoryResult => {
  const make = years[year];
  if (!make) throw new Error(`no year ${year}`);
  return calc(make());
};

const action = (
  categories: CategoryId[],
  statusDates: ClimateAction['statusDates'] = {},
): Pick<ClimateAction, 'categories' | 'statusDates'> => ({ categories, statusDates });

describe('observed change of a category, by hand', () => {
  it('a source in both years with the same factor: all activity effect', () => {
    const c = observedChange(['s1.mobile'], result(2024), result(2023));
    // (800 − 1000) l × 2.5 kg/l = −500 kg; Scope 1 market = location.
    expect(c).toMatchObject({ fromYear: 2023, toYear: 2024, sources: 1 });
    expect(c.location.activity).toBeCloseTo(-500, 9);
    expect(c.location.factor).toBeCloseTo(0, 9);
    expect(c.market.activity).toBeCloseTo(-500, 9);
  });

  it('a source in both years with another factor: activity and factor effects apart, location and market', () => {
    const c = observedChange(['s2.heat'], result(2024), result(2023));
    // Location: A 10,000 → 12,000 kWh, F 0.2 → 0.15: activity 2000 × (0.2 + 0.15)/2 = 350,
    // factor (0.15 − 0.2) × (10,000 + 12,000)/2 = −550; total 1800 − 2000 = −200.
    expect(c.location.activity).toBeCloseTo(350, 9);
    expect(c.location.factor).toBeCloseTo(-550, 9);
    expect(c.location.total).toBeCloseTo(-200, 9);
    // Market: half covered at 0 g, effective F 0.1 → 0.075: activity 2000 × 0.0875 = 175, factor −0.025 × 11,000.
    expect(c.market.activity).toBeCloseTo(175, 9);
    expect(c.market.factor).toBeCloseTo(-275, 9);
    expect(c.market.total).toBeCloseTo(-100, 9);
  });

  it('a new source and an ended one are all activity effect, and several categories add up', () => {
    const c = observedChange(['s3.01', 's3.05'], result(2024), result(2023));
    // Paper is new: +300; waste ended: −1000.
    expect(c.sources).toBe(2);
    expect(c.location.activity).toBeCloseTo(-700, 9);
    expect(c.location.factor).toBe(0);
    expect(c.market.total).toBeCloseTo(-700, 9);
  });

  it('a category without entries in either year changes by nothing, with no sources', () => {
    const c = observedChange(['s3.07'], result(2024), result(2023));
    expect(c).toEqual({
      fromYear: 2023,
      toYear: 2024,
      sources: 0,
      location: { total: 0, activity: 0, factor: 0 },
      market: { total: 0, activity: 0, factor: 0 },
    });
  });
});

describe("an action's observed change over the calculated years", () => {
  const all = () => [result(2024), result(2022), result(2023)];

  it('is between the latest two years, whatever order the years come in', () => {
    const o = actionObserved(action(['s1.mobile']), all());
    expect(o?.latest.fromYear).toBe(2023);
    expect(o?.latest.toYear).toBe(2024);
    expect(o?.latest.location.activity).toBeCloseTo(-500, 9);
    expect(o?.sinceStart).toBeUndefined();
  });

  it('since it started: from the last year before it started to the latest', () => {
    const o = actionObserved(
      action(['s1.mobile'], { planned: '2022-11-01', 'in-progress': '2023-03-15' }),
      all(),
    );
    // 2022 → 2024: (800 − 1200) l × 2.5 = −1000.
    expect(o?.sinceStart?.fromYear).toBe(2022);
    expect(o?.sinceStart?.toYear).toBe(2024);
    expect(o?.sinceStart?.location.activity).toBeCloseTo(-1000, 9);
  });

  it('an action done without being in progress started when it was done', () => {
    const o = actionObserved(action(['s1.mobile'], { done: '2023-06-01' }), all());
    expect(o?.sinceStart?.fromYear).toBe(2022);
  });

  it('started before any calculated year: from the first calculated year', () => {
    const o = actionObserved(action(['s1.mobile'], { 'in-progress': '2019-01-10' }), all());
    expect(o?.sinceStart?.fromYear).toBe(2022);
    expect(o?.sinceStart?.location.activity).toBeCloseTo(-1000, 9);
  });

  it('no second comparison when it is the latest one, or the action has not started', () => {
    expect(actionObserved(action(['s1.mobile'], { 'in-progress': '2024-02-01' }), all())?.sinceStart).toBe(
      undefined,
    );
    expect(actionObserved(action(['s1.mobile'], { planned: '2021-02-01' }), all())?.sinceStart).toBe(
      undefined,
    );
  });

  it('absent with fewer than two calculated years, or without categories', () => {
    expect(actionObserved(action(['s1.mobile']), [result(2024)])).toBeUndefined();
    expect(actionObserved(action(['s1.mobile']), [])).toBeUndefined();
    expect(actionObserved(action([]), all())).toBeUndefined();
  });

  it('a year without any calculated entry (just started) is not counted', () => {
    const empty = calc(inventory([], { year: 2025 }));
    const o = actionObserved(action(['s1.mobile']), [...all(), empty]);
    expect(o?.latest.toYear).toBe(2024);
    expect(actionObserved(action(['s1.mobile']), [result(2024), empty])).toBeUndefined();
  });
});

describe('property', () => {
  const close = (a: number, b: number) =>
    expect(a).toBeCloseTo(b, Math.max(0, 6 - Math.ceil(Math.log10(Math.abs(b) + 1))));

  it('the changes of every category one by one add up to the decomposition total', () => {
    fc.assert(
      fc.property(invArb(set), invArb(set), (a, b) => {
        const d = decompose(calc(a), calc(b));
        const sum = {
          location: { total: 0, activity: 0, factor: 0 },
          market: { total: 0, activity: 0, factor: 0 },
        };
        let sources = 0;
        for (const id of CATEGORY_IDS) {
          const c = categoriesChange(d, [id]);
          for (const m of ['location', 'market'] as const)
            for (const k of ['total', 'activity', 'factor'] as const) sum[m][k] += c[m][k];
          sources += c.sources;
        }
        for (const m of ['location', 'market'] as const)
          for (const k of ['total', 'activity', 'factor'] as const) close(sum[m][k], d[m][k]);
        expect(sources).toBe(d.sources.length);
        // All categories as one action: the same total.
        const whole = categoriesChange(d, [...CATEGORY_IDS]);
        close(whole.location.activity, d.location.activity);
        close(whole.market.factor, d.market.factor);
      }),
      { numRuns: 100 },
    );
  });
});
