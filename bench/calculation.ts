/**
 * Recalculation speed of the core on synthetic inventories built from the real default factor set. The
 * baseline, measured in the same run, is a JSON round trip of the same entries (stringify and parse): work
 * of the same size that any reading of the rows costs, and that speeds up and slows down with the machine as
 * the calculation does. The ratios are judged; the times are printed for information.
 */
import { performance } from 'node:perf_hooks';
import { calculateInventory } from '../src/core/calculate';
import type { FactorSet } from '../src/core/factorSet';
import { type Entry, type Inventory, newInventory } from '../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';
import { type Figure, info, median, relative } from './report';

/** A realistic mix: fuels with conversions, grid electricity with certificates, travel, refrigerants, spend. */
const MIX: Omit<Entry, 'id' | 'quantity'>[] = [
  { category: 's1.stationary', activity: 'fuel.light-fuel-oil', unit: 'l' },
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' },
  { category: 's1.fugitive', activity: 'refrigerant.R-404A', unit: 'kg' },
  {
    category: 's2.electricity',
    activity: 'electricity.fi',
    unit: 'kWh',
    instruments: [{ kind: 'certificate', share: 0.5, note: 'GO' }],
  },
  { category: 's2.electricity', activity: 'electricity.fi', unit: 'MWh' },
  { category: 's2.heat', activity: 'district-heat.fi', unit: 'MWh' },
  { category: 's3.06', activity: 'flight.longhaul.economy', unit: 'pkm' },
  { category: 's3.07', activity: 'car.avg.petrol', unit: 'km' },
  { category: 's3.01', activity: 'spend.it.computers', unit: 'EUR' },
  { category: 's3.05', activity: 'waste.commercial_and_industrial_waste.combustion', unit: 't' },
];

/**
 * Entries as the app holds them: read back from IndexedDB, i.e. structured-cloned. (Objects built here by
 * spreading a template get V8 shapes that stored data never has, and would measure something else.)
 */
export function syntheticInventory(n: number): Inventory {
  return structuredClone(buildInventory(n));
}

function buildInventory(n: number): Inventory {
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const m = MIX[i % MIX.length] as (typeof MIX)[number];
    entries.push({
      ...m,
      id: `e${i}`,
      quantity: 1 + (i % 997),
      site: `s${i % 7}`,
      period: `2024-${String((i % 12) + 1).padStart(2, '0')}`,
    });
  }
  return newInventory(2024, DEFAULT_FACTOR_SET, { metrics: { fte: 50, revenueEur: 5e6 }, entries });
}

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function calculationFigures(): Promise<Figure[]> {
  const set: FactorSet = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const big = syntheticInventory(100_000);
  time(() => calculateInventory(big, { factorSet: set }), 3); // warm-up
  const bigMs = median(time(() => calculateInventory(big, { factorSet: set }), 9));
  const small = syntheticInventory(200);
  time(() => calculateInventory(small, { factorSet: set }), 200);
  const smallMs = median(time(() => calculateInventory(small, { factorSet: set }), 2000));
  const fullMs = median(
    time(() => {
      for (const e of calculateInventory(big, { factorSet: set }).entries)
        if (e.trace.notes === undefined) throw new Error();
    }, 3),
  );
  const roundTrip = (inv: Inventory) => () => {
    if (JSON.parse(JSON.stringify(inv.entries)).length !== inv.entries.length) throw new Error();
  };
  time(roundTrip(big), 2);
  const bigJsonMs = median(time(roundTrip(big), 7));
  time(roundTrip(small), 200);
  const smallJsonMs = median(time(roundTrip(small), 2000));
  return [
    info('recalculation throughput, 100,000 entries', 100_000 / (bigMs / 1000), 'entries/s'),
    info('recalculation of 100,000 entries', bigMs, 'ms'),
    info('baseline: JSON round trip of the same 100,000 entries', bigJsonMs, 'ms'),
    relative('recalculation of 100,000 entries ÷ their JSON round trip', bigMs, bigJsonMs, 0.5),
    info('recalculation of a 200-entry inventory', smallMs, 'ms'),
    info('baseline: JSON round trip of the same 200 entries', smallJsonMs, 'ms'),
    relative('recalculation of 200 entries ÷ their JSON round trip', smallMs, smallJsonMs, 0.5),
    // Our own budget: per-entry results with traces are built on demand (trace view, report, JSON output).
    info('all 100,000 entry results with traces', fullMs, 'ms'),
    relative('all 100,000 entry results with traces ÷ JSON round trip', fullMs, bigJsonMs, 2),
  ];
}
