import type { FactorSet } from '../src/core/factorSet';
import { type Entry, type Inventory, newInventory } from '../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';

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
