/** Hand-made year results and targets for the commitment arithmetic: only the figures a boundary reads. */

import { baseYearFigures } from '../../../src/core/baseYear';
import type { CategoryId } from '../../../src/core/categories';
import type { BaseYearRecord, Target } from '../../../src/core/commitment';
import type { SizeMetrics } from '../../../src/core/inventory';
import type { CategoryTotal, DualTotal, InventoryResult } from '../../../src/core/results';

export const T = 1000; // kg in a tonne

export interface Figures {
  scope1?: number;
  scope2?: DualTotal;
  scope3?: Partial<Record<CategoryId, number>>;
}

const dual = (): DualTotal => ({ location: 0, market: 0 });
const cat = (location: number, market = location): CategoryTotal => ({
  location,
  market,
  biogenicCO2: 0,
  entries: 1,
});

/** A year's results with these scope totals (Scope 1 and 2 each as one category, Scope 3 by category). */
export function resultOf(year: number, f: Figures): InventoryResult {
  const scope1 = f.scope1 ?? 0;
  const scope2 = f.scope2 ?? dual();
  const byCategory: InventoryResult['byCategory'] = {};
  if (scope1 !== 0) byCategory['s1.stationary'] = cat(scope1);
  if (scope2.location !== 0 || scope2.market !== 0)
    byCategory['s2.electricity'] = cat(scope2.location, scope2.market);
  let scope3 = 0;
  for (const [id, kg] of Object.entries(f.scope3 ?? {}) as [CategoryId, number][]) {
    byCategory[id] = cat(kg);
    scope3 += kg;
  }
  const total = { location: scope1 + scope2.location + scope3, market: scope1 + scope2.market + scope3 };
  return {
    year,
    gwpSet: 'AR6',
    factorSet: { id: 'fi', release: '2025.1' },
    radiativeForcing: true,
    scope1,
    scope2: { ...scope2 },
    scope3,
    total,
    biogenicCO2: 0,
    biogenicByScope: { 1: 0, 2: 0, 3: 0 },
    byCategory,
    byGas: { location: { mass: {}, co2e: {} }, market: { mass: {}, co2e: {} } },
    bySite: {},
    byDataQuality: { measured: dual(), invoice: dual(), estimated: dual(), unspecified: dual() },
    sources: [],
    intensities: [],
    entries: [],
    warnings: [],
  };
}

/** A base year as recorded from these figures and metrics. */
export function recordOf(year: number, f: Figures, metrics: SizeMetrics = {}): BaseYearRecord {
  return {
    year,
    figures: baseYearFigures(resultOf(year, f), { metrics }),
    recordedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** An absolute Scope 1 + 2 (market-based) target; override what a test is about. */
export function targetOf(over: Partial<Target> = {}): Target {
  return {
    id: 't1',
    preset: 'own',
    scope1: true,
    scope2: 'market',
    scope3Categories: [],
    kind: 'absolute',
    baseYear: 2022,
    targetYear: 2030,
    reductionPct: 33.6,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
