/**
 * The year page's data: the partner, the year's row, its entries (read incrementally, yearEntries.ts), sites,
 * factor set and the factor sets to choose from, and the year's numbers evaluated by chunks
 * (yearEvaluation.ts). The page draws these and writes through yearEdits.ts; it never reaches storage itself.
 */
import { useMemo } from 'preact/hooks';
import type { CategoryId } from '../core/categories';
import type { FactorSet } from '../core/factorSet';
import type { Issue } from '../core/issues';
import { type FactorSetRef, listFactorSets } from '../db/factorSets';
import { getInventoryOfYear } from '../db/inventories';
import { getOrganization, listSites } from '../db/organizations';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../db/rows';
import { isUnfinished } from '../db/toCore';
import { db } from './database';
import { useFactorSet } from './results';
import { useLive } from './useLive';
import { useYearEntries } from './yearEntries';
import { type ChunkedYear, useChunkedYear, type YearRow, type YearTotals } from './yearEvaluation';

export type { ChunkedYear, EntryRow, FactorSetRef, InventoryRow, SiteRow, YearRow, YearTotals };
export { isUnfinished };

export interface YearData {
  /** null: no such partner or year; undefined while it is read. */
  org: OrganizationRow | null | undefined;
  /** The year's row with the partner's own factors. */
  inv: YearRow | null | undefined;
  entries: EntryRow[] | undefined;
  sites: SiteRow[] | undefined;
  /** undefined while it loads, null when it is not available. */
  set: FactorSet | null | undefined;
  setRefs: FactorSetRef[] | undefined;
  /** null until the year, its entries and sites have arrived. */
  view: ChunkedYear | null;
  /** The entries of each category, in the stored order. */
  perCategory: Map<CategoryId, EntryRow[]>;
  /** Entries of each category that cannot be counted yet (hasProblem). */
  problemCounts: Map<CategoryId, number>;
}

/** An entry that cannot be counted yet: unfinished, or with an error of its own. */
export function hasProblem(e: EntryRow, problems: ReadonlyMap<string, readonly Issue[]>): boolean {
  return isUnfinished(e) || (problems.get(e.id)?.some((i) => i.severity === 'error') ?? false);
}

/** Entries by category, each list in the stored order. */
export function byCategory(entries: readonly EntryRow[]): Map<CategoryId, EntryRow[]> {
  const out = new Map<CategoryId, EntryRow[]>();
  for (const e of entries) {
    const list = out.get(e.category);
    if (list) list.push(e);
    else out.set(e.category, [e]);
  }
  return out;
}

export function useYear(orgId: string, year: number): YearData {
  const org = useLive(() => getOrganization(db, orgId).then((o) => o ?? null), [orgId]);
  const row = useLive(() => getInventoryOfYear(db, orgId, year).then((i) => i ?? null), [orgId, year]);
  const factors = org?.customFactors;
  // A new object only when the year or the partner's factors change (not at an edit of the partner's name).
  const ready = org !== undefined && org !== null;
  const inv = useMemo<YearRow | null | undefined>(
    () =>
      row === null || org === null
        ? null
        : row && ready
          ? { ...row, customFactors: factors ?? [] }
          : undefined,
    [row, factors, ready, org === null],
  );
  const entries = useYearEntries(inv?.id);
  const sites = useLive(() => listSites(db, orgId), [orgId]);
  const set = useFactorSet(inv?.factorSet);
  const setRefs = useLive(() => listFactorSets(db), []);
  // Evaluated once per change of the stored data, not at every render; one chunk of entries at a keystroke.
  const siteIds = useMemo(() => sites?.map((s) => s.id), [sites]);
  const view = useChunkedYear(inv, entries, siteIds, set);
  const perCategory = useMemo(() => byCategory(entries ?? []), [entries]);
  const problemCounts = useMemo(() => {
    const counts = new Map<CategoryId, number>();
    if (view) {
      for (const e of entries ?? []) {
        if (hasProblem(e, view.problems)) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      }
    }
    return counts;
  }, [entries, view]);
  return { org, inv, entries, sites, set, setRefs, view, perCategory, problemCounts };
}
