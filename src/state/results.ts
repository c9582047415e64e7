/**
 * The numbers a page shows for a year: stored rows → core inventory → evaluateYear (lenient). Entries that
 * are unfinished or invalid are left out and listed with their problems, so the totals never include a number
 * the core would refuse, and the user sees which entries still need attention. The results page evaluates the
 * same inventories strictly (reportYear.ts); for a year without errors the totals are the same.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Completeness } from '../core/completeness';
import { type FactorSet, factorSetKey } from '../core/factorSet';
import type { CustomFactor } from '../core/inventory';
import type { Issue } from '../core/issues';
import type { InventoryResult } from '../core/results';
import { resolveFactorSet } from '../db/factorSets';
import type { EntryRow, InventoryRow } from '../db/rows';
import { toCoreInventory } from '../db/toCore';
import { evaluateYear } from '../io/evaluateYear';
import { db } from './database';

export interface YearView {
  result: InventoryResult | null;
  /** Problems by the id of the entry they concern, and for the year as a whole (and its lists) under "". */
  problems: Map<string, Issue[]>;
  incomplete: EntryRow[];
  /** Entries left out of the totals because of an error (shown with each entry). */
  invalid: number;
  /** Every category's state and the missing figures (issue 10). */
  completeness: Completeness;
}

export function computeYear(
  row: InventoryRow,
  entries: readonly EntryRow[],
  siteIds: readonly string[],
  /** undefined while the set loads; null when it is not available. */
  set: FactorSet | null | undefined,
  /** The partner's own factors (OrganizationRow.customFactors). */
  factors: readonly CustomFactor[] = [],
): YearView {
  const { inventory, incomplete } = toCoreInventory(row, entries, factors);
  const ev = evaluateYear({ siteIds, inventories: [inventory] }, row.year, () => set, { mode: 'lenient' });
  const problems = new Map<string, Issue[]>();
  for (const i of ev.issues) {
    const key = i.record?.kind === 'entry' ? i.record.id : '';
    const list = problems.get(key);
    if (list) list.push(i);
    else problems.set(key, [i]);
  }
  return { result: ev.result, problems, incomplete, invalid: ev.leftOut.size, completeness: ev.completeness };
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
