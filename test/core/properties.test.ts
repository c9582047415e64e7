/** Property tests: the invariants that make totals trustworthy, over generated inventories. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { decompose } from '../../src/core/decompose';
import type { FactorSet } from '../../src/core/factorSet';
import type { Inventory } from '../../src/core/inventory';
import { validateInventory } from '../../src/core/validate';
import { fiSet } from '../helpers';
import { invArb } from './inventoryArb';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const validUnderBoth = (inv: Inventory) =>
  (['AR5', 'AR6'] as const).every((gwp) =>
    validateInventory({ ...inv, gwp }, set, new Set(['a', 'b'])).every((x) => x.severity !== 'error'),
  );

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const close = (a: number, b: number) =>
  expect(a).toBeCloseTo(b, Math.max(0, 6 - Math.ceil(Math.log10(Math.abs(b) + 1))));

describe('properties of the calculation', () => {
  it('every grouping sums to the same total (scopes, categories, gases, sites, data quality, entries)', () => {
    fc.assert(
      fc.property(invArb(set), (inv: Inventory) => {
        const r = calculateInventory(inv, { factorSet: set });
        const totalLoc = r.total.location;
        close(r.scope1 + r.scope2.location + r.scope3, totalLoc);
        close(sum(Object.values(r.byCategory).map((c) => c.location)), totalLoc);
        close(sum(Object.values(r.byCategory).map((c) => c.market)), r.total.market);
        close(sum(Object.values(r.byGas.location.co2e)), totalLoc);
        close(sum(Object.values(r.byGas.market.co2e)), r.total.market);
        close(sum(Object.values(r.bySite).map((s) => s.location)), totalLoc);
        close(sum(Object.values(r.byDataQuality).map((s) => s.market)), r.total.market);
        close(sum(r.entries.map((e) => e.location.co2e)), totalLoc);
        close(sum(r.entries.map((e) => (e.market ?? e.location).co2e)), r.total.market);
        close(sum(Object.values(r.bySite).map((x) => x.market)), r.total.market);
        close(sum(Object.values(r.byDataQuality).map((x) => x.location)), totalLoc);
        expect(r.entries).toHaveLength(inv.entries.length);
        close(sum(r.sources.map((x) => x.location)), totalLoc);
        close(sum(r.sources.map((x) => x.market)), r.total.market);
        close(sum(r.sources.map((x) => x.biogenicCO2)), r.biogenicCO2);
        expect(sum(r.sources.map((x) => x.entries))).toBe(inv.entries.length);
        expect(new Set(r.sources.map((x) => x.key)).size).toBe(r.sources.length);
        for (let i = 1; i < r.sources.length; i++)
          expect((r.sources[i - 1]?.location ?? 0) >= (r.sources[i]?.location ?? 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('results scale linearly with quantity', () => {
    fc.assert(
      fc.property(invArb(set), fc.double({ min: 0.001, max: 1000, noNaN: true }), (inv, k) => {
        const scaled = { ...inv, entries: inv.entries.map((e) => ({ ...e, quantity: e.quantity * k })) };
        const a = calculateInventory(inv, { factorSet: set });
        const b = calculateInventory(scaled, { factorSet: set });
        close(b.total.location, a.total.location * k);
        close(b.total.market, a.total.market * k);
        close(b.biogenicCO2, a.biogenicCO2 * k);
      }),
      { numRuns: 100 },
    );
  });

  it('AR5 and AR6 results differ only through the non-CO2 gases', () => {
    fc.assert(
      fc.property(invArb(set).filter(validUnderBoth), (inv) => {
        const a = calculateInventory({ ...inv, gwp: 'AR5' }, { factorSet: set });
        const b = calculateInventory({ ...inv, gwp: 'AR6' }, { factorSet: set });
        close(b.byGas.location.co2e.CO2 ?? 0, a.byGas.location.co2e.CO2 ?? 0);
        close(b.byGas.location.co2e.CO2e ?? 0, a.byGas.location.co2e.CO2e ?? 0);
        close(b.biogenicCO2, a.biogenicCO2);
        for (const [gas, mass] of Object.entries(a.byGas.location.mass))
          close(b.byGas.location.mass[gas] ?? 0, mass);
      }),
      { numRuns: 100 },
    );
  });

  it('activity effect + factor effect = change of the totals, location- and market-based, per source too', () => {
    fc.assert(
      fc.property(invArb(set), invArb(set), (a, b) => {
        const now = calculateInventory(a, { factorSet: set });
        const then = calculateInventory(b, { factorSet: set });
        const d = decompose(now, then);
        close(d.location.activity + d.location.factor, now.total.location - then.total.location);
        close(d.market.activity + d.market.factor, now.total.market - then.total.market);
        close(d.location.total, now.total.location - then.total.location);
        close(d.market.total, now.total.market - then.total.market);
        for (const s of d.sources) {
          for (const split of [s.location, s.market]) {
            expect(Number.isFinite(split.activity) && Number.isFinite(split.factor)).toBe(true);
            close(split.activity + split.factor, split.total);
          }
        }
        // Against itself nothing changed: no activity effect, no factor effect.
        const same = decompose(now, now);
        close(same.location.activity, 0);
        close(same.market.factor, 0);
      }),
      { numRuns: 100 },
    );
  });

  it('the order of entries does not change any total', () => {
    fc.assert(
      fc.property(invArb(set), (inv) => {
        const a = calculateInventory(inv, { factorSet: set });
        const b = calculateInventory({ ...inv, entries: [...inv.entries].reverse() }, { factorSet: set });
        close(b.total.location, a.total.location);
        close(b.total.market, a.total.market);
      }),
      { numRuns: 50 },
    );
  });
});
