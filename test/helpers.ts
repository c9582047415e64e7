import type { Activity, FactorSet } from '../src/core/factorSet';
import { type Entry, type Inventory, newInventory } from '../src/core/inventory';
import { conversionPath, dimensionOf, UNITS, type UnitId } from '../src/core/units';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';

/**
 * The set docs/examples and the fixtures built from them name. A year keeps the set it was made with, so they
 * are evaluated with it, not with the default a new year would get.
 */
export const EXAMPLES_SET = { id: 'fi', release: '2025.1' } as const;

export function fiSet(): Promise<FactorSet> {
  return loadBuiltinSet(DEFAULT_FACTOR_SET);
}

export function inventory(entries: Entry[], over: Partial<Inventory> = {}): Inventory {
  const { year = 2024, factorSet = DEFAULT_FACTOR_SET, ...rest } = over;
  return newInventory(year, factorSet, { ...rest, entries });
}

let n = 0;
export function entry(e: Omit<Entry, 'id'> & { id?: string }): Entry {
  n += 1;
  return { id: e.id ?? `t${n}`, ...e } as Entry;
}

/** Every unit an activity's factor can be reached from, through fuel properties too (litres of oil as MWh). */
export function reachableUnits(set: FactorSet, a: Activity): UnitId[] {
  const factor = set.factors.find((f) => f.id === a.factor);
  const fuel = set.fuels.find((f) => f.id === a.fuel)?.properties;
  return (Object.keys(UNITS) as UnitId[]).filter((u) => {
    if (!factor) return dimensionOf(u) === dimensionOf(a.unit);
    try {
      conversionPath(u, factor.unit, fuel);
      return true;
    } catch {
      return false;
    }
  });
}
