import type { FactorSet } from '../src/core/factorSet';
import type { Entry, Inventory } from '../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';

export function fiSet(): Promise<FactorSet> {
  return loadBuiltinSet(DEFAULT_FACTOR_SET);
}

export function inventory(entries: Entry[], over: Partial<Inventory> = {}): Inventory {
  return {
    year: 2024,
    boundary: 'operational-control',
    gwp: 'AR6',
    factorSet: { ...DEFAULT_FACTOR_SET },
    radiativeForcing: true,
    metrics: {},
    entries,
    customFactors: [],
    excluded: [],
    ...over,
  };
}

let n = 0;
export function entry(e: Omit<Entry, 'id'> & { id?: string }): Entry {
  n += 1;
  return { id: e.id ?? `t${n}`, ...e } as Entry;
}
