/**
 * The numbers a page shows for a year: stored rows → validated inventory → core result. Entries that are
 * unfinished or invalid are left out and listed with their problems, so the totals never include a number
 * the core would refuse, and the user sees which entries still need attention.
 */
import { useEffect, useState } from 'preact/hooks';
import { calculateInventory } from '../core/calculate';
import { type FactorSet, factorSetKey } from '../core/factorSet';
import { CalculationError, type Issue } from '../core/issues';
import type { InventoryResult } from '../core/results';
import { validateInventory } from '../core/validate';
import { resolveFactorSet } from '../db/factorSets';
import type { EntryRow, InventoryRow } from '../db/rows';
import { toCoreInventory } from '../db/toCore';
import { db } from './database';

export interface YearView {
  result: InventoryResult | null;
  /** Problems by entry id, and for the inventory as a whole under "". */
  problems: Map<string, Issue[]>;
  incomplete: EntryRow[];
  /** Entries left out of the totals because of an error (shown with each entry). */
  invalid: number;
}

export function computeYear(
  row: InventoryRow,
  entries: readonly EntryRow[],
  siteIds: readonly string[],
  /** undefined while the set loads; null when it is not available. */
  set: FactorSet | null | undefined,
): YearView {
  const problems = new Map<string, Issue[]>();
  const add = (key: string, i: Issue) => problems.set(key, [...(problems.get(key) ?? []), i]);
  const { inventory, incomplete } = toCoreInventory(row, entries);
  if (set === undefined) return { result: null, problems, incomplete, invalid: 0 };
  if (set === null) {
    add('', {
      severity: 'error',
      path: '/factorSet',
      code: 'factor-set-unknown',
      params: { wanted: `${row.factorSet.id}-${row.factorSet.release}` },
    });
    return { result: null, problems, incomplete, invalid: 0 };
  }
  const issues = validateInventory(inventory, set, new Set(siteIds));
  const bad = new Set<number>();
  for (const i of issues) {
    const m = /^\/entries\/(\d+)/.exec(i.path);
    const entry = m ? inventory.entries[Number(m[1])] : undefined;
    add(entry ? entry.id : '', i);
    if (entry && i.severity === 'error') bad.add(Number(m?.[1]));
  }
  // Problems of single entries, custom factors or exclusions leave the rest computable; others do not.
  if (issues.some((i) => i.severity === 'error' && !/^\/(entries|customFactors|excluded)\//.test(i.path))) {
    return { result: null, problems, incomplete, invalid: bad.size };
  }
  const usable = { ...inventory, entries: inventory.entries.filter((_e, i) => !bad.has(i)) };
  try {
    return {
      result: calculateInventory(usable, { factorSet: set }),
      problems,
      incomplete,
      invalid: bad.size,
    };
  } catch (e) {
    if (!(e instanceof CalculationError)) throw e;
    add('', e.issue);
    return { result: null, problems, incomplete, invalid: bad.size };
  }
}

/**
 * Factor sets by key (`fi-2025.1`), built in or loaded from a file: a key is absent while its set loads and
 * null when the set is not available.
 */
export function useFactorSets(
  refs: readonly { id: string; release: string }[],
): Map<string, FactorSet | null> {
  const [sets, setSets] = useState(new Map<string, FactorSet | null>());
  const keys = [...new Set(refs.map(factorSetKey))].sort().join(',');
  useEffect(() => {
    let live = true;
    setSets(new Map());
    Promise.all(
      refs.map((r) =>
        resolveFactorSet(db, r).then(
          (s) => [factorSetKey(r), s ?? null] as const,
          () => [factorSetKey(r), null] as const,
        ),
      ),
    ).then((pairs) => live && setSets(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [keys]);
  return sets;
}

/** The factor set of a year: undefined while it loads, null if it is not available. */
export function useFactorSet(ref: { id: string; release: string } | undefined): FactorSet | null | undefined {
  return useFactorSets(ref ? [ref] : []).get(ref ? factorSetKey(ref) : '');
}
