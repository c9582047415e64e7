/** entryCo2e: an entry's kg CO2e both ways, the one place the year page's rows and groups read them from. */
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { entryCo2e } from '../../src/core/entryResult';
import { entry, fiSet, inventory } from '../helpers';

describe('entryCo2e', () => {
  it('gives each entry the figures of its full result: market-based follows instruments and the residual mix', async () => {
    const inv = inventory([
      entry({ category: 's2.electricity', activity: 'electricity.fi', quantity: 100_000, unit: 'kWh' }),
      entry({
        category: 's2.electricity',
        activity: 'electricity.fi',
        quantity: 50_000,
        unit: 'kWh',
        instruments: [{ kind: 'certificate', share: 0.5, note: 'GO' }],
      }),
      entry({ category: 's1.mobile', activity: 'vehicle-fuel.diesel', quantity: 1_000, unit: 'l' }),
    ]);
    const r = calculateInventory(inv, { factorSet: await fiSet() });
    expect(r.entries).toHaveLength(3);
    for (const e of r.entries) {
      const full = { location: e.location.co2e, market: e.market?.co2e ?? e.location.co2e };
      expect(entryCo2e(e)).toEqual(full);
      // A plain object of the same figures (a result read from a file) gives the same.
      expect(entryCo2e({ ...e, location: e.location, market: e.market } as typeof e)).toEqual(full);
    }
    const [plain, certified, diesel] = r.entries.map(entryCo2e);
    // Half the electricity, half of it certified: a quarter of the plain entry's residual-mix figure.
    expect(certified?.market).toBeCloseTo((plain?.market ?? Number.NaN) / 4, 6);
    expect(plain?.market).not.toBe(plain?.location);
    expect(diesel?.market).toBe(diesel?.location);
  });
});
