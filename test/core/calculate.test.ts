import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { blendGwp, gwpOf } from '../../src/core/gwp';
import type { CustomFactor } from '../../src/core/inventory';
import { CalculationError } from '../../src/core/issues';
import { UNSPLIT } from '../../src/core/results';
import { entry, fiSet, inventory } from '../helpers';

const custom = (
  id: string,
  unit: CustomFactor['unit'],
  value: CustomFactor['value'],
  year = 2024,
): CustomFactor => ({
  id,
  name: id,
  unit,
  value,
  year,
  source: 'test source',
});

describe('calculation: published worked examples', () => {
  it('Scope 1 worked-example sheet: 850 m³ natural gas × 2.04 kg CO2e/m³ = 1734 kg', async () => {
    const inv = inventory(
      [
        entry({
          category: 's1.stationary',
          activity: 'custom',
          customFactor: 'ng',
          quantity: 850,
          unit: 'm3',
        }),
      ],
      {
        customFactors: [custom('ng', 'm3', { co2e: 2.04 })],
      },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope1).toBeCloseTo(1734, 9);
    expect(r.entries[0]?.location.co2eByGas[UNSPLIT]).toBeCloseTo(1734, 9);
    expect(r.entries[0]?.trace.notes).toContain('co2e-not-reweighted');
  });

  it('Scope 1 worked-example sheet: 600 km medium petrol car × 0.17819 = 106.914 kg', async () => {
    const inv = inventory(
      [entry({ category: 's1.mobile', activity: 'custom', customFactor: 'car', quantity: 600, unit: 'km' })],
      {
        customFactors: [custom('car', 'km', { co2e: 0.17819 })],
      },
    );
    expect(calculateInventory(inv, { factorSet: await fiSet() }).scope1).toBeCloseTo(106.914, 9);
  });

  it('unit check: 73.5 g CO2e/MJ is 264.6 g per kWh (SYKE/Statistics Finland light fuel oil)', async () => {
    const inv = inventory(
      [
        entry({
          category: 's1.stationary',
          activity: 'custom',
          customFactor: 'lfo',
          quantity: 1,
          unit: 'kWh',
        }),
      ],
      {
        customFactors: [custom('lfo', 'MJ', { co2e: 0.0735 })],
      },
    );
    expect(calculateInventory(inv, { factorSet: await fiSet() }).scope1).toBeCloseTo(0.2646, 12);
  });

  it('DESNZ 2025 short-haul economy with RF: 1,484 km × 0.12576 = 186.63 kg (AR5 per-gas split)', async () => {
    const inv = inventory(
      [entry({ category: 's3.06', activity: 'flight.shorthaul.economy', quantity: 1484, unit: 'pkm' })],
      {
        gwp: 'AR5',
        year: 2025,
      },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope3).toBeCloseTo(1484 * 0.12576, 6);
    expect(r.entries[0]?.trace.notes).toContain('radiative-forcing-included');
    expect(r.entries[0]?.trace.factor?.id).toBe('desnz.air.shorthaul.economy.rf');
  });

  it('without radiative forcing the non-RF factor is used and recorded', async () => {
    const inv = inventory(
      [entry({ category: 's3.06', activity: 'flight.shorthaul.economy', quantity: 1484, unit: 'pkm' })],
      {
        gwp: 'AR5',
        year: 2025,
        radiativeForcing: false,
      },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope3).toBeCloseTo(1484 * 0.07435, 6);
    expect(r.radiativeForcing).toBe(false);
    expect(r.entries[0]?.trace.notes).toContain('radiative-forcing-excluded');
  });

  it('refrigerant leak: 10 kg R-404A is weighted by its components (AR6)', async () => {
    const inv = inventory([
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-404A', quantity: 10, unit: 'kg' }),
    ]);
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope1).toBeCloseTo(10 * blendGwp('R-404A', 'AR6'), 6);
    expect(r.byGas.location.mass['HFC-125']).toBeCloseTo(4.4, 9);
    expect(r.byGas.location.mass['HFC-143a']).toBeCloseTo(5.2, 9);
    expect(r.byGas.location.mass['HFC-134a']).toBeCloseTo(0.4, 9);
  });

  it('refrigerant recovered (negative) reduces the mass balance and is noted', async () => {
    const inv = inventory([
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-134a', quantity: 5, unit: 'kg' }),
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-134a', quantity: -2, unit: 'kg' }),
    ]);
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope1).toBeCloseTo(3 * gwpOf('HFC-134a', 'AR6'), 9);
    expect(r.entries[1]?.trace.notes).toContain('negative-quantity');
  });
});

describe('calculation: fuels and biogenic CO2', () => {
  it('light fuel oil: litres → kg → MJ → TJ through Finnish properties, per gas with AR6', async () => {
    const set = await fiSet();
    const r = calculateInventory(
      inventory([
        entry({ category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity: 1000, unit: 'l' }),
      ]),
      {
        factorSet: set,
      },
    );
    const tj = (1000 * 0.845 * 42.5) / 1e6;
    const e = r.entries[0];
    expect(e?.trace.converted.value).toBeCloseTo(tj, 12);
    expect(e?.location.gases.CO2).toBeCloseTo(tj * 74100, 9);
    // From release 2026.1 the methane of fossil fuels is fossil methane: AR6 29.8, not 27.9.
    expect(e?.location.gases['CH4-fossil']).toBeCloseTo(tj * 10, 12);
    expect(e?.location.co2e).toBeCloseTo(tj * (74100 + 10 * 29.8 + 0.6 * 273), 9);
    expect(e?.trace.conversions.map((s) => s.via)).toEqual(['density', 'ncv', 'unit']);
    expect(e?.trace.factor?.source).toMatchObject({
      publisher: expect.any(String),
      url: expect.stringMatching(/^https?:/),
    });
  });

  it('wood chips: CO2 is biogenic and outside the scopes; CH4 and N2O count in Scope 1', async () => {
    const r = calculateInventory(
      inventory([
        entry({ category: 's1.stationary', activity: 'fuel.wood-chips', quantity: 100, unit: 'MWh' }),
      ]),
      {
        factorSet: await fiSet(),
      },
    );
    const tj = 100 * 0.0036;
    expect(r.biogenicCO2).toBeCloseTo(tj * 111833.33, 3);
    expect(r.byGas.location.mass.CO2 ?? 0).toBe(0);
    expect(r.scope1).toBeCloseTo(tj * (300 * 27.9 + 4 * 273), 6);
  });
});

describe('calculation: Scope 2 location- and market-based', () => {
  const el = (over = {}) =>
    entry({
      category: 's2.electricity',
      activity: 'electricity.fi',
      quantity: 100_000,
      unit: 'kWh',
      ...over,
    });

  it('without instruments, market-based uses the residual mix of the year', async () => {
    const r = calculateInventory(inventory([el()], { year: 2023 }), { factorSet: await fiSet() });
    expect(r.scope2.market).toBeCloseTo(100_000 * 0.5549, 6); // Energy Authority residual mix 2023: 554.90 g/kWh
    expect(r.entries[0]?.trace.market?.[0]).toMatchObject({ kind: 'residual-mix', share: 1 });
    expect(r.entries[0]?.trace.market?.[0]?.factor?.year).toBe(2023);
  });

  it('location-based uses the latest earlier year and says so', async () => {
    const r = calculateInventory(inventory([el()], { year: 2023 }), { factorSet: await fiSet() });
    expect(r.scope2.location).toBeCloseTo(100_000 * 0.209, 6);
    expect(r.entries[0]?.trace.factor).toMatchObject({
      year: 2014,
      requestedYear: 2023,
      fallback: 'earlier',
    });
    expect(r.entries[0]?.trace.notes).toContain('factor-earlier-year');
  });

  it('follows the hierarchy: certificates, then the supplier factor, then the residual mix', async () => {
    const inv = inventory(
      [
        el({
          instruments: [
            { kind: 'supplier', factor: 'sup', note: 'contract' },
            { kind: 'certificate', share: 0.6, note: 'GO wind' },
          ],
        }),
      ],
      { year: 2023, customFactors: [custom('sup', 'kWh', { gases: { CO2: 0.1 } }, 2023)] },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    const parts = r.entries[0]?.trace.market ?? [];
    expect(parts.map((p) => [p.kind, p.share])).toEqual([
      ['certificate', 0.6],
      ['supplier', expect.closeTo(0.4, 12)],
    ]);
    expect(r.scope2.market).toBeCloseTo(100_000 * 0.4 * 0.1, 6);
  });

  it('a partial certificate leaves the rest at the residual mix', async () => {
    const inv = inventory([el({ instruments: [{ kind: 'certificate', share: 0.25, note: 'GO' }] })], {
      year: 2022,
    });
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope2.market).toBeCloseTo(100_000 * 0.75 * 0.47127, 6);
  });

  it('district heat has no residual mix: market-based falls back to the location factor, noted', async () => {
    const r = calculateInventory(
      inventory([entry({ category: 's2.heat', activity: 'district-heat.fi', quantity: 50, unit: 'MWh' })]),
      {
        factorSet: await fiSet(),
      },
    );
    expect(r.scope2.market).toBeCloseTo(r.scope2.location, 9);
    expect(r.scope2.location).toBeCloseTo(50 * 183, 9);
    expect(r.entries[0]?.trace.notes).toContain('no-residual-mix');
  });

  it("a local supplier's heat factor replaces the national one in both methods", async () => {
    const inv = inventory(
      [
        entry({
          category: 's2.heat',
          activity: 'district-heat.fi',
          quantity: 50,
          unit: 'MWh',
          customFactor: 'local',
        }),
      ],
      {
        customFactors: [custom('local', 'kWh', { gases: { CO2: 0.06 } })],
      },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.scope2.location).toBeCloseTo(50_000 * 0.06, 9);
    expect(r.scope2.market).toBeCloseTo(50_000 * 0.06, 9);
    expect(r.entries[0]?.trace.factor).toMatchObject({ custom: true, source: { note: 'test source' } });
  });
});

describe('calculation: review findings', () => {
  it('converts to the residual mix factor in its own unit (a set may publish it per MWh)', async () => {
    const base = await fiSet();
    const rm = base.factors.find((f) => f.id === 'fi.electricity.residual-mix');
    if (!rm) throw new Error('no residual mix');
    const perMWh = {
      ...rm,
      unit: 'MWh' as const,
      values: rm.values.map((v) => ({ ...v, gases: { CO2: (v.gases?.CO2 ?? 0) * 1000 } })),
    };
    const set = { ...base, factors: base.factors.map((f) => (f.id === rm.id ? perMWh : f)) };
    const inv = inventory(
      [entry({ category: 's2.electricity', activity: 'electricity.fi', quantity: 100_000, unit: 'kWh' })],
      {
        year: 2023,
      },
    );
    const r = calculateInventory(inv, { factorSet: set });
    expect(r.scope2.market).toBeCloseTo(100_000 * 0.5549, 6);
    expect(r.byGas.market.mass.CO2).toBeCloseTo(100_000 * 0.5549, 6);
    expect(r.entries[0]?.market?.co2e).toBeCloseTo(100_000 * 0.5549, 6);
  });

  it('carries the radiative-forcing uplift apart from the CO2 mass of a flight', async () => {
    const flight = entry({
      category: 's3.06',
      activity: 'flight.shorthaul.avg',
      quantity: 1000,
      unit: 'pkm',
    });
    const set = await fiSet();
    const withRf = calculateInventory(inventory([flight], { year: 2025, gwp: 'AR5' }), { factorSet: set });
    const without = calculateInventory(
      inventory([flight], { year: 2025, gwp: 'AR5', radiativeForcing: false }),
      { factorSet: set },
    );
    expect(withRf.byGas.location.mass.CO2).toBeCloseTo(without.byGas.location.mass.CO2 ?? Number.NaN, 9);
    expect(withRf.scope3).toBeCloseTo(1000 * 0.12786, 6);
    expect(withRf.byGas.location.co2e.RF).toBeCloseTo(1000 * (0.12786 - 0.07559), 6);
    expect(withRf.entries[0]?.location.gases.RF).toBeUndefined();
  });

  it('reports biogenic CO2 by scope: the Scope 1 figure is the memo item', async () => {
    const inv = inventory([
      entry({ category: 's1.stationary', activity: 'fuel.wood-chips', quantity: 100, unit: 'MWh' }),
      entry({ category: 's3.13', activity: 'fuel.wood-chips', quantity: 1000, unit: 'MWh' }),
    ]);
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.biogenicByScope[1]).toBeCloseTo(0.36 * 111833.33, 3);
    expect(r.biogenicByScope[3]).toBeCloseTo(3.6 * 111833.33, 3);
    expect(r.biogenicCO2).toBeCloseTo(r.biogenicByScope[1] + r.biogenicByScope[3], 6);
  });
});

describe('calculation: totals, sites, intensities', () => {
  it('groups by site and data quality, and computes intensities per FTE, M€, m², production', async () => {
    const inv = inventory(
      [
        entry({
          category: 's1.fugitive',
          activity: 'refrigerant.R-744',
          quantity: 100,
          unit: 'kg',
          site: 'a',
          dataQuality: 'measured',
        }),
        entry({
          category: 's1.fugitive',
          activity: 'refrigerant.R-744',
          quantity: 50,
          unit: 'kg',
          site: 'b',
        }),
      ],
      { metrics: { fte: 10, revenueEur: 2_000_000, floorAreaM2: 300, production: { amount: 5, unit: 't' } } },
    );
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.bySite).toEqual({ a: { location: 100, market: 100 }, b: { location: 50, market: 50 } });
    expect(r.byDataQuality.measured.location).toBe(100);
    expect(r.byDataQuality.unspecified.location).toBe(50);
    const by = Object.fromEntries(r.intensities.map((i) => [i.denominator, i.total.location]));
    expect(by).toEqual({ fte: 15, 'revenue-meur': 75, 'floor-area-m2': 0.5, production: 30 });
  });

  it('throws a CalculationError with the path for an unknown activity, never a silent zero', async () => {
    const inv = inventory([entry({ category: 's1.mobile', activity: 'no.such', quantity: 1, unit: 'l' })]);
    const set = await fiSet();
    expect(() => calculateInventory(inv, { factorSet: set })).toThrow(CalculationError);
    expect(() => calculateInventory(inv, { factorSet: set }, '/inventories/3')).toThrow(
      expect.objectContaining({
        name: 'CalculationError',
        issue: expect.objectContaining({
          path: '/inventories/3/entries/0/activity',
          code: 'unknown-activity',
        }),
      }),
    );
  });

  it('throws for a gas without a GWP in the chosen set (R-290 under AR5)', async () => {
    const inv = inventory(
      [entry({ category: 's1.fugitive', activity: 'refrigerant.R-290', quantity: 1, unit: 'kg' })],
      { gwp: 'AR5' },
    );
    const set = await fiSet();
    expect(() => calculateInventory(inv, { factorSet: set })).toThrow(/unknown-gas/);
  });
});
