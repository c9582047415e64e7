/** The printed form of an inventory's results, and the guard that nothing printed as a result is not finite. */
import { factorSetKey } from '../core/factorSet';
import { formulaOf } from '../core/formula';
import { escapePointer } from '../core/issues';
import type { InventoryResult } from '../core/results';
import type { Comparisons } from '../io/evaluate';

/** Totals first, then per-entry results with their formulas and (unless left out) traces. */
export function present(r: InventoryResult, comparisons: Comparisons, withTrace: boolean) {
  return {
    year: r.year,
    unit: 'kg CO2e',
    gwpSet: r.gwpSet,
    factorSet: factorSetKey(r.factorSet),
    radiativeForcing: r.radiativeForcing,
    totals: {
      scope1: r.scope1,
      scope2: { locationBased: r.scope2.location, marketBased: r.scope2.market },
      scope3: r.scope3,
      total: { locationBased: r.total.location, marketBased: r.total.market },
      biogenicCO2OutsideScopes: r.biogenicCO2,
    },
    byCategory: r.byCategory,
    byGas: r.byGas,
    bySite: r.bySite,
    byDataQuality: r.byDataQuality,
    intensities: r.intensities,
    sources: r.sources,
    comparisons,
    warnings: r.warnings,
    entries: r.entries.map((e) => ({
      entryId: e.entryId,
      category: e.category,
      scope: e.scope,
      activity: e.activity,
      co2e: e.location.co2e,
      ...(e.market ? { co2eMarketBased: e.market.co2e } : {}),
      gases: e.location.gases,
      co2eByGas: e.location.co2eByGas,
      biogenicCO2: e.biogenicCO2,
      formula: formulaOf(e),
      ...(withTrace ? { trace: e.trace } : {}),
    })),
  };
}

/**
 * The JSON Pointer of the first number that is NaN or infinite, if any. JSON.stringify would print it as
 * null, a total that looks like data. Validation should refuse the values that lead there; this is the last
 * line of defence, so that the command line never reports such a total as a success. Iterative: results can
 * be large.
 */
export function firstNonFinite(value: unknown): string | undefined {
  const todo: [unknown, string][] = [[value, '']];
  for (let item = todo.pop(); item; item = todo.pop()) {
    const [v, at] = item;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return at || '/';
    } else if (typeof v === 'object' && v !== null) {
      const entries = Array.isArray(v)
        ? v.map((x, i): [string, unknown] => [String(i), x])
        : Object.entries(v);
      for (let k = entries.length - 1; k >= 0; k--) {
        const [key, x] = entries[k] as [string, unknown];
        todo.push([x, `${at}/${escapePointer(key)}`]);
      }
    }
  }
  return undefined;
}
