/** Sources of a year and the change between years split into activity and factor effects, by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { compareYears } from '../../src/core/compare';
import { decompose, splitChange } from '../../src/core/decompose';
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
 * 2023: diesel 1000 l × 2.5 = 2500; heat 10,000 kWh × 0.2 = 2000; taxi 500 km × 0.1 = 50. Total 4550.
 * 2024: diesel 800 l × 2.5 = 2000; heat 12,000 kWh × 0.15 = 1800 (location); paper 300 kg × 1.0 = 300.
 *       Half of the heat is covered by a certificate at 0 g: market-based heat 6000 × 0.15 = 900.
 *       Total location 4100, market 3200.
 */
const y2023 = () =>
  inventory(
    [
      custom('s1.mobile', 'diesel', 1000, 'l'),
      custom('s2.heat', 'heat', 10_000, 'kWh'),
      custom('s3.06', 'taxi', 500, 'km'),
    ],
    {
      year: 2023,
      customFactors: [
        cf('diesel', 'l', 2.5, 2023),
        cf('heat', 'kWh', 0.2, 2023),
        cf('taxi', 'km', 0.1, 2023),
      ],
    },
  );
const y2024 = () =>
  inventory(
    [
      // 800 l written as 0.3 m³ + 500 l: two plans (entry units differ), one source (the factor's unit, l).
      custom('s1.mobile', 'diesel', 0.3, 'm3'),
      custom('s1.mobile', 'diesel', 500, 'l'),
      {
        ...custom('s2.heat', 'heat', 12_000, 'kWh'),
        instruments: [{ kind: 'certificate', share: 0.5, note: 'guarantee of origin' }],
      },
      custom('s3.01', 'paper', 300, 'kg'),
    ],
    {
      year: 2024,
      customFactors: [
        cf('diesel', 'l', 2.5, 2024),
        cf('heat', 'kWh', 0.15, 2024),
        cf('paper', 'kg', 1, 2024),
      ],
    },
  );

describe('sources of a year', () => {
  it('one source per category, activity, custom factor and factor unit, largest first, summing to the totals', () => {
    const r = calc(y2024());
    expect(r.sources.map((s) => [s.customFactor, s.amount, s.unit, s.location, s.market, s.entries])).toEqual(
      [
        ['diesel', expect.closeTo(800, 9), 'l', expect.closeTo(2000, 9), expect.closeTo(2000, 9), 2],
        ['heat', 12_000, 'kWh', expect.closeTo(1800, 9), expect.closeTo(900, 9), 1],
        ['paper', 300, 'kg', 300, 300, 1],
      ],
    );
    const heat = r.sources[1];
    expect(heat?.scope).toBe(2);
    expect(heat?.category).toBe('s2.heat');
    expect(heat?.factor).toEqual({ id: 'heat', name: 'heat factor', custom: true, set: 'custom' });
    expect(r.sources.reduce((s, x) => s + x.location, 0)).toBeCloseTo(r.total.location, 9);
    expect(r.sources.reduce((s, x) => s + x.market, 0)).toBeCloseTo(r.total.market, 9);
  });

  it('a default factor is named from the factor set; a refrigerant source is its gas, in kg', async () => {
    const activity = set.activities.find((a) => a.factor && a.categories.includes('s1.stationary'));
    const gas = set.activities.find((a) => a.gas && a.categories.includes('s1.fugitive'));
    if (!activity || !gas) throw new Error('test needs a fuel and a refrigerant activity');
    const r = calc(
      inventory([
        entry({ category: 's1.stationary', activity: activity.id, quantity: 10, unit: activity.unit }),
        entry({ category: 's1.fugitive', activity: gas.id, quantity: 2, unit: 'kg' }),
      ]),
    );
    const fuel = r.sources.find((s) => s.activity === activity.id);
    expect(fuel?.factor?.id).toBe(activity.factor);
    expect(fuel?.factor?.name).toBe(set.factors.find((f) => f.id === activity.factor)?.names.en);
    const leak = r.sources.find((s) => s.activity === gas.id);
    expect(leak?.gas).toBe(gas.gas);
    expect(leak?.factor).toBeUndefined();
    expect(leak?.amount).toBe(2);
    expect(leak?.unit).toBe('kg');
  });
});

describe('change split into activity and factor effects', () => {
  it('matches the hand-computed example, source by source and in total', () => {
    const d = decompose(calc(y2024()), calc(y2023()));
    const by = (factor: string) => d.sources.find((s) => s.source.customFactor === factor);
    // Diesel: A 1000 → 800, F 2.5 both years: activity (−200)(2.5) = −500, factor 0.
    expect(by('diesel')?.status).toBe('both');
    expect(by('diesel')?.location.activity).toBeCloseTo(-500, 9);
    expect(by('diesel')?.location.factor).toBeCloseTo(0, 9);
    // Heat, location: A 10,000 → 12,000, F 0.2 → 0.15: activity 2000 × (0.35/2) = 350,
    // factor (−0.05) × 22,000/2 = −550; total 1800 − 2000 = −200.
    expect(by('heat')?.location.activity).toBeCloseTo(350, 9);
    expect(by('heat')?.location.factor).toBeCloseTo(-550, 9);
    expect(by('heat')?.location.total).toBeCloseTo(-200, 9);
    // Heat, market: F 0.2 → 900/12,000 = 0.075: activity 2000 × 0.275/2 = 275,
    // factor (−0.125) × 22,000/2 = −1375; total 900 − 2000 = −1100.
    expect(by('heat')?.market.activity).toBeCloseTo(275, 9);
    expect(by('heat')?.market.factor).toBeCloseTo(-1375, 9);
    // Taxi ended (−50) and paper is new (+300): all activity.
    expect(by('taxi')).toMatchObject({ status: 'ended', amountThen: 500, amountNow: 0 });
    expect(by('taxi')?.location).toEqual({ total: -50, activity: -50, factor: 0 });
    expect(by('paper')).toMatchObject({ status: 'new', amountThen: 0, amountNow: 300 });
    expect(by('paper')?.location).toEqual({ total: 300, activity: 300, factor: 0 });
    // Totals: location activity −500 + 350 − 50 + 300 = 100, factor −550, change 4100 − 4550 = −450.
    expect(d.location.activity).toBeCloseTo(100, 9);
    expect(d.location.factor).toBeCloseTo(-550, 9);
    expect(d.location.total).toBeCloseTo(-450, 9);
    // Market: activity −500 + 275 − 50 + 300 = 25, factor −1375, change 3200 − 4550 = −1350.
    expect(d.market.activity).toBeCloseTo(25, 9);
    expect(d.market.factor).toBeCloseTo(-1375, 9);
    expect(d.market.total).toBeCloseTo(-1350, 9);
    // By scope: Scope 2 market is the heat; Scope 3 is taxi and paper, −50 + 300.
    expect(d.byScope[2].market.factor).toBeCloseTo(-1375, 9);
    expect(d.byScope[3].location).toEqual({ total: 250, activity: 250, factor: 0 });
    // Largest change first.
    expect(d.sources[0]?.source.customFactor).toBe('diesel');
  });

  it('is carried by the comparison of two years, and equals the change of the totals', () => {
    const now = calc(y2024());
    const then = calc(y2023());
    const c = compareYears(now, then);
    expect(c.decomposition.location.total).toBeCloseTo(c.totalLocation.absolute, 9);
    expect(c.decomposition.market.total).toBeCloseTo(c.totalMarket.absolute, 9);
  });

  it('the symmetric split is the same from either end (reversed years give negated effects)', () => {
    const a = decompose(calc(y2024()), calc(y2023()));
    const b = decompose(calc(y2023()), calc(y2024()));
    expect(b.location.activity).toBeCloseTo(-a.location.activity, 9);
    expect(b.location.factor).toBeCloseTo(-a.location.factor, 9);
    expect(b.market.factor).toBeCloseTo(-a.market.factor, 9);
  });

  it("an activity's default factor replaced by the partner's own is a factor change of the same source", () => {
    // District heat: 300 MWh at the national default factor, then 300 MWh at the local network's 50 kg/MWh.
    const heat = (over: Partial<Entry> = {}) =>
      entry({ category: 's2.heat', activity: 'district-heat.fi', quantity: 300, unit: 'MWh', ...over });
    const local = cf('joensuu-heat', 'MWh', 50, 2024);
    const then = calc(inventory([heat()], { year: 2023 }));
    const now = calc(inventory([heat({ customFactor: local.id })], { year: 2024, customFactors: [local] }));
    const d = decompose(now, then);
    expect(d.sources).toHaveLength(1);
    const s = d.sources[0];
    expect(s).toMatchObject({ status: 'both', amountThen: 300, amountNow: 300 });
    expect(s?.source.customFactor).toBe(local.id);
    const change = now.total.location - then.total.location;
    expect(change).toBeLessThan(0);
    expect(s?.location.total).toBeCloseTo(change, 6);
    expect(s?.location.activity).toBeCloseTo(0, 6);
    expect(s?.location.factor).toBeCloseTo(change, 6);
    expect(d.location.factor).toBeCloseTo(change, 6);

    // A year with the activity at both factors (two sites): one source, its amounts and emissions summed.
    const both = calc(
      inventory([heat({ quantity: 100 }), heat({ quantity: 200, customFactor: local.id })], {
        year: 2024,
        customFactors: [local],
      }),
    );
    expect(both.sources).toHaveLength(2);
    const m = decompose(both, then);
    expect(m.sources).toHaveLength(1);
    expect(m.sources[0]?.amountNow).toBeCloseTo(300, 9);
    expect(m.sources[0]?.source.location).toBeCloseTo(both.total.location, 6);
    expect(m.sources[0]?.source.entries).toBe(2);
    expect(m.sources[0]?.location.activity).toBeCloseTo(0, 6);
    expect(m.location.total).toBeCloseTo(both.total.location - then.total.location, 6);

    // Entries of the activity "custom" are different sources when their custom factors differ.
    const a = calc(
      inventory([custom('s1.mobile', 'diesel', 10, 'l')], { customFactors: [cf('diesel', 'l', 2.5, 2024)] }),
    );
    const b = calc(
      inventory([custom('s1.mobile', 'hvo', 10, 'l')], { customFactors: [cf('hvo', 'l', 0.3, 2024)] }),
    );
    expect(
      decompose(b, a)
        .sources.map((x) => x.status)
        .sort(),
    ).toEqual(['ended', 'new']);
  });

  it('zero amounts give no NaN: a source at zero in one year is all activity', () => {
    expect(splitChange(0, 0, 10, 5)).toEqual({ total: 5, activity: 5, factor: 0 });
    expect(splitChange(10, 5, 0, 0)).toEqual({ total: -5, activity: -5, factor: 0 });
    expect(splitChange(0, 0, 0, 0)).toEqual({ total: 0, activity: 0, factor: 0 });
    const zero = inventory([custom('s1.mobile', 'diesel', 0, 'l')], {
      year: 2023,
      customFactors: [cf('diesel', 'l', 2.5, 2023)],
    });
    const d = decompose(calc(y2024()), calc(zero));
    for (const s of d.sources) {
      for (const v of [...Object.values(s.location), ...Object.values(s.market)])
        expect(Number.isNaN(v)).toBe(false);
    }
    expect(d.sources.find((s) => s.source.customFactor === 'diesel')?.location).toEqual({
      total: expect.closeTo(2000, 9),
      activity: expect.closeTo(2000, 9),
      factor: 0,
    });
  });
});
