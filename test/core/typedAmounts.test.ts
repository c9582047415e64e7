/**
 * Quantities are shown in the unit the user typed (issue 11, item 5): a source's sum in its entries' unit,
 * and where they were typed in different units of one kind, in the unit most of the quantity was typed in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { compareYears } from '../../src/core/compare';
import type { FactorSet } from '../../src/core/factorSet';
import type { Entry } from '../../src/core/inventory';
import type { SourceTotal } from '../../src/core/results';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const power = (quantity: number, unit: Entry['unit']) =>
  entry({ category: 's2.electricity', activity: 'electricity.fi', quantity, unit });
const oil = (quantity: number, unit: Entry['unit']) =>
  entry({ category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity, unit });

function source(entries: Entry[], activity: string, year = 2024): SourceTotal {
  const r = calculateInventory(inventory(entries, { year }), { factorSet: set });
  const s = r.sources.find((x) => x.activity === activity);
  if (!s) throw new Error(`no source of ${activity}`);
  return s;
}

describe('a source’s quantity in the unit typed', () => {
  it('95 MWh of oil is 95 MWh, not the factor’s 0,342 TJ (which stays the source’s amount)', () => {
    const s = source([oil(95, 'MWh')], 'fuel.light-fuel-oil');
    expect(s.unit).toBe('TJ');
    expect(s.amount).toBeCloseTo(0.342, 12);
    expect(s.typed).toEqual({ amount: 95, unit: 'MWh', scale: expect.closeTo(0.0036, 15) });
  });

  it('95 + 215 MWh of electricity is exactly 310 MWh, not 310 000 kWh', () => {
    const s = source([power(95, 'MWh'), power(215, 'MWh')], 'electricity.fi');
    expect(s.unit).toBe('kWh');
    expect(s.amount).toBe(310_000);
    expect(s.typed).toMatchObject({ amount: 310, unit: 'MWh' });
  });

  it('mixed units: the sum in the unit most of the quantity was typed in', () => {
    // 100 MWh is 100 000 kWh against 5 000 kWh: MWh, 105 of them.
    const mostlyMwh = source([power(5000, 'kWh'), power(100, 'MWh')], 'electricity.fi');
    expect(mostlyMwh.typed?.unit).toBe('MWh');
    expect(mostlyMwh.typed?.amount).toBeCloseTo(105, 9);
    // Three entries in kWh (900 kWh) against one of 0.2 MWh (200 kWh): kWh, by quantity, not by count.
    const mostlyKwh = source(
      [power(0.2, 'MWh'), power(300, 'kWh'), power(300, 'kWh'), power(300, 'kWh')],
      'electricity.fi',
    );
    expect(mostlyKwh.typed?.unit).toBe('kWh');
    expect(mostlyKwh.typed?.amount).toBeCloseTo(1100, 9);
    // One entry of 1 GWh outweighs many small ones in kWh.
    const big = source([power(10, 'kWh'), power(20, 'kWh'), power(1, 'GWh')], 'electricity.fi');
    expect(big.typed?.unit).toBe('GWh');
    expect(big.typed?.amount).toBeCloseTo(1.00003, 12);
  });

  it('a tie goes to the unit first in the entries’ order', () => {
    expect(source([power(1000, 'kWh'), power(1, 'MWh')], 'electricity.fi').typed?.unit).toBe('kWh');
    expect(source([power(1, 'MWh'), power(1000, 'kWh')], 'electricity.fi').typed?.unit).toBe('MWh');
  });

  it('a comparison of two years shows both amounts in the later year’s typed unit', () => {
    const then = calculateInventory(inventory([power(80, 'MWh')], { year: 2023 }), { factorSet: set });
    const now = calculateInventory(inventory([power(95, 'MWh')], { year: 2024 }), { factorSet: set });
    const c = compareYears(now, then);
    const s = c.decomposition.sources.find((x) => x.source.activity === 'electricity.fi');
    expect(s?.source.typed).toMatchObject({ amount: 95, unit: 'MWh' });
    expect((s?.amountThen ?? 0) / (s?.source.typed?.scale ?? 0)).toBeCloseTo(80, 9);
  });
});
