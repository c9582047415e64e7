/**
 * Property (issue 16, item 3): any input that the exchange reader and validation accept yields finite figures
 * everywhere in the result — scopes, categories, gases, sites, data quality, sources, intensities, every
 * entry and its trace — and in the comparison of two such years. The generator mixes ordinary numbers with
 * the extremes that used to overflow (1e308, 1e300 factors, 1e21, subnormals, the limits themselves).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import type { CategoryId } from '../../src/core/categories';
import { compareYears } from '../../src/core/compare';
import type { FactorSet } from '../../src/core/factorSet';
import { hasErrors } from '../../src/core/issues';
import { MAX_INPUT, MAX_RESULT, MIN_METRIC } from '../../src/core/limits';
import type { InventoryResult } from '../../src/core/results';
import type { UnitId } from '../../src/core/units';
import { validateInventory } from '../../src/core/validate';
import { readExchange } from '../../src/io/exchange';
import { fiSet, reachableUnits } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const EXTREMES = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  1e300,
  1e21,
  1e18,
  MAX_INPUT,
  MAX_INPUT * 1.000001,
  MAX_RESULT,
  5e-324,
  1e-300,
  MIN_METRIC,
  MIN_METRIC / 2,
  0,
];
/** Mostly ordinary numbers, often an extreme one, sometimes any double at all. */
const number = (max = 1e6) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: 0, max, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREMES) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  );
/** A size metric: most generated doubles are tiny, and a metric under MIN_METRIC is refused, so ordinary ones here are not. */
const metric = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: 1, max, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREMES) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  );

/** An entry of any activity of the set in any unit its factor is reached from, or of the custom factor. */
const entryArb = () =>
  fc
    .record({ i: fc.nat(), q: number(), custom: fc.boolean(), site: fc.boolean(), cert: fc.boolean() })
    .map(({ i, q, custom, site, cert }) => {
      if (custom)
        return { category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: q, unit: 't' } as const;
      const a = set.activities[i % set.activities.length];
      if (!a) throw new Error('no activities');
      const category = a.categories[i % a.categories.length] as CategoryId;
      const units = reachableUnits(set, a);
      return {
        category,
        activity: a.id,
        quantity: q,
        unit: units[i % units.length] as UnitId,
        ...(site ? { site: 's1' } : {}),
        ...(cert && category.startsWith('s2.')
          ? {
              instruments: [
                { kind: 'certificate', share: 0.5, note: 'GO' },
                { kind: 'supplier', factor: 'cfkwh', note: 'contract' },
              ],
            }
          : {}),
      };
    });

const yearArb = (year: number) =>
  fc
    .record({
      entries: fc.array(entryArb(), { maxLength: 6 }),
      cf: number(1e3),
      cfKwh: number(1),
      fte: metric(1e4),
      revenue: metric(1e9),
      // A year of almost nothing (every quantity times 10^-305): its totals are near the smallest doubles,
      // where a relative change against it had become Infinity.
      scale: fc.constantFrom(1, 1, 1e-305),
    })
    .map(({ entries, cf, cfKwh, fte, revenue, scale }) => ({
      year,
      boundary: 'operational-control',
      gwp: 'AR6',
      factorSet: { id: set.id, release: set.release },
      radiativeForcing: true,
      metrics: { fte, revenueEur: revenue },
      customFactors: [
        { id: 'cf', name: 'Oma', unit: 'kg', value: { co2e: cf }, year, source: 'Toimittaja' },
        { id: 'cfkwh', name: 'Sopimus', unit: 'kWh', value: { co2e: cfKwh }, year, source: 'Myyjä' },
      ],
      entries: entries.map((e, i) => ({ id: `e${i}`, ...e, quantity: e.quantity * scale })),
    }));

/** Every number reachable from a value, with its path; entries are read through their plain form. */
function numbers(x: unknown, path: string, out: [string, number][]): void {
  if (typeof x === 'number') out.push([path, x]);
  else if (Array.isArray(x)) {
    for (const [i, v] of x.entries()) numbers(v, `${path}/${i}`, out);
  } else if (typeof x === 'object' && x !== null) {
    const plain = 'toJSON' in x && typeof x.toJSON === 'function' ? (x.toJSON() as object) : x;
    for (const [k, v] of Object.entries(plain)) numbers(v, `${path}/${k}`, out);
  }
}

const notFinite = (x: unknown) => {
  const out: [string, number][] = [];
  numbers(x, '', out);
  return out.filter(([, n]) => !Number.isFinite(n));
};

describe('accepted input yields finite results', () => {
  it('every figure of every accepted year and of their comparison is finite (property)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(yearArb(2023), yearArb(2024), (y0, y1) => {
        const doc = {
          format: 'paastolaskuri-exchange',
          version: 1,
          organization: { name: 'Oy', sites: [{ id: 's1', name: 'Toimipaikka' }] },
          inventories: [y0, y1],
        };
        // Through JSON text, as a file arrives.
        const { file, issues } = readExchange(JSON.parse(JSON.stringify(doc)));
        if (!file) {
          expect(hasErrors(issues)).toBe(true);
          refused++;
          return;
        }
        const sites = new Set(['s1']);
        if (file.inventories.some((inv) => hasErrors(validateInventory(inv, set, sites)))) {
          refused++;
          return;
        }
        accepted++;
        const results: InventoryResult[] = file.inventories.map((inv) =>
          calculateInventory(inv, { factorSet: set }),
        );
        for (const r of results) {
          expect(notFinite(r)).toEqual([]);
          expect(Math.abs(r.total.location)).toBeLessThanOrEqual(MAX_RESULT);
          expect(Math.abs(r.total.market)).toBeLessThanOrEqual(MAX_RESULT);
        }
        const [r0, r1] = results as [InventoryResult, InventoryResult];
        expect(notFinite(compareYears(r1, r0))).toEqual([]);
        expect(notFinite(compareYears(r0, r1))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Both kinds were met: the property is not about refusals only.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  }, 60_000);
});
