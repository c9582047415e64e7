/**
 * Target progress on years the calculation made (not hand-made results): the boundary reads the same totals
 * the year's report shows, and a target measures a later year against the recorded base.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { baseYearFigures } from '../../../src/core/baseYear';
import { calculateInventory } from '../../../src/core/calculate';
import { CATEGORY_IDS } from '../../../src/core/categories';
import type { FactorSet } from '../../../src/core/factorSet';
import type { CustomFactor, Entry, Inventory } from '../../../src/core/inventory';
import { boundaryEmissions, boundaryFiguresOf, targetProgress } from '../../../src/core/targetProgress';
import { entry, fiSet, inventory } from '../../helpers';
import { targetOf } from './fixtures';

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

/** Diesel 2.5 kg/l, heat 0.2 kg/kWh, purchases 0.5 kg/€, commuting 0.1 kg/km. */
function year(y: number, litres: number, kWh: number, euros: number, km: number): Inventory {
  return inventory(
    [
      custom('s1.mobile', 'diesel', litres, 'l'),
      custom('s2.heat', 'heat', kWh, 'kWh'),
      custom('s3.01', 'buy', euros, 'EUR'),
      custom('s3.07', 'commute', km, 'km'),
    ],
    {
      year: y,
      metrics: { fte: 10 },
      customFactors: [
        cf('diesel', 'l', 2.5, y),
        cf('heat', 'kWh', 0.2, y),
        cf('buy', 'EUR', 0.5, y),
        cf('commute', 'km', 0.1, y),
      ],
    },
  );
}

describe('targets on calculated years', () => {
  it('reads the scope totals of the calculation, Scope 3 category by category', () => {
    const r = calculateInventory(year(2022, 20_000, 100_000, 40_000, 50_000), { factorSet: set });
    const f = boundaryFiguresOf(r);
    expect(f.scope1).toBe(r.scope1);
    expect(f.scope2).toEqual(r.scope2);
    expect(Object.values(f.scope3ByCategory).reduce((a, b) => a + b, 0)).toBeCloseTo(r.scope3, 6);
    const all = {
      scope1: true,
      scope2: 'market' as const,
      scope3Categories: CATEGORY_IDS.filter((c) => c.startsWith('s3.')),
    };
    expect(boundaryEmissions(all, f)).toBeCloseTo(r.total.market, 6);
    // By hand: diesel 50 t + heat 20 t = 70 t in Scope 1 + 2; commuting 5 t.
    expect(boundaryEmissions({ scope1: true, scope2: 'location', scope3Categories: [] }, f)).toBeCloseTo(
      70_000,
      6,
    );
    expect(f.scope3ByCategory['s3.07']).toBeCloseTo(5_000, 6);
  });

  it('measures a later calculated year against the base year recorded from the calculation', () => {
    const base2022 = year(2022, 20_000, 100_000, 40_000, 50_000);
    const r2022 = calculateInventory(base2022, { factorSet: set });
    const record = {
      year: 2022,
      figures: baseYearFigures(r2022, base2022),
      recordedAt: '2026-01-01T00:00:00Z',
    };
    // 2024: diesel 16,000 l = 40 t, heat 90,000 kWh = 18 t: 58 t against a pathway of 70 − 70 × 0.336 × 2/8.
    const y2024 = year(2024, 16_000, 90_000, 40_000, 50_000);
    const p = targetProgress(targetOf({ scope2: 'location' }), record, [
      { result: calculateInventory(y2024, { factorSet: set }), metrics: y2024.metrics },
    ]);
    expect(p.base?.value).toBeCloseTo(70_000, 6);
    expect(p.latest?.actual).toBeCloseTo(58_000, 6);
    expect(p.latest?.pathway).toBeCloseTo(70_000 - 70_000 * 0.336 * 0.25, 6);
    expect(p.latest?.status).toBe('on-track');
  });
});
