/**
 * Own (custom) emission factors belong to the partner (issue 11): they are kept on the partner's row
 * (`OrganizationRow.customFactors`, schema version 3), not on a year, so a contract factor typed once serves
 * every year. Before version 3 each year kept its own list; the functions here move those lists to the
 * partner, and merge factors coming from a file, in one way for every path: the Dexie upgrade, an older
 * backup, an exchange file and an import into an existing partner. Pure: rows in, rows out.
 */
import type { CustomFactor } from '../core/inventory';
import { canonicalJson } from '../io/canonical';
import type { EntryRow, InventoryRow, OrganizationRow } from './rows';

/** The same factor: equal in every field (keys in any order), id included. */
export function sameFactor(a: CustomFactor, b: CustomFactor): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Factors added to a partner's list: a factor with a free id is added as it is; one whose id the list has
 * with the same content is the one already there; one whose id the list has with other content is added
 * with a new id, given in `remap` (old id → new id) for the entries that use it.
 */
export function mergeFactors(
  into: readonly CustomFactor[],
  incoming: readonly CustomFactor[],
  newId: () => string,
): { factors: CustomFactor[]; added: CustomFactor[]; remap: Map<string, string> } {
  const factors = [...into];
  const byId = new Map(factors.map((f) => [f.id, f]));
  const added: CustomFactor[] = [];
  const remap = new Map<string, string>();
  for (const f of incoming) {
    const have = byId.get(f.id);
    if (have && sameFactor(have, f)) continue;
    let id = f.id;
    if (have) {
      do id = newId();
      while (byId.has(id));
      remap.set(f.id, id);
    }
    const row = id === f.id ? f : { ...f, id };
    factors.push(row);
    added.push(row);
    byId.set(id, row);
  }
  return { factors, added, remap };
}

/** An entry whose custom factor or instruments' factors are renamed by `remap`; the same row when none is. */
export function remapEntry<E extends Pick<EntryRow, 'customFactor' | 'instruments'>>(
  e: E,
  remap: ReadonlyMap<string, string>,
): E {
  if (remap.size === 0) return e;
  const cf = e.customFactor !== undefined ? remap.get(e.customFactor) : undefined;
  const touches = e.instruments?.some((x) => x.factor !== undefined && remap.has(x.factor)) ?? false;
  if (cf === undefined && !touches) return e;
  const out = { ...e };
  if (cf !== undefined) out.customFactor = cf;
  if (touches && e.instruments)
    out.instruments = e.instruments.map((x) => {
      const to = x.factor !== undefined ? remap.get(x.factor) : undefined;
      return to === undefined ? x : { ...x, factor: to };
    });
  return out;
}

/** A year row without the list that moved to the partner (rows written before schema version 3 have one). */
export function withoutYearFactors(inv: InventoryRow): InventoryRow {
  if (inv.customFactors === undefined) return inv;
  const { customFactors: _moved, ...rest } = inv;
  return rest;
}

export interface MovedFactors {
  organization: OrganizationRow;
  inventories: InventoryRow[];
  /** Only the entries that changed (a factor of theirs got a new id). */
  changedEntries: EntryRow[];
}

/**
 * One partner's years' factor lists moved onto the partner, earliest year first (the factor first seen
 * keeps its id): the same id with the same content becomes one factor; the same id with other content is kept
 * too, under a new id, and the entries of that year follow it. Each factor keeps its data year and source.
 */
export function moveYearFactors(
  organization: OrganizationRow,
  inventories: readonly InventoryRow[],
  entriesOf: (inventoryId: string) => readonly EntryRow[],
  newId: () => string,
): MovedFactors {
  let factors = organization.customFactors ?? [];
  const changedEntries: EntryRow[] = [];
  const years = [...inventories].sort((a, b) => a.year - b.year);
  for (const inv of years) {
    const merged = mergeFactors(factors, inv.customFactors ?? [], newId);
    factors = merged.factors;
    if (merged.remap.size === 0) continue;
    for (const e of entriesOf(inv.id)) {
      const next = remapEntry(e, merged.remap);
      if (next !== e) changedEntries.push(next);
    }
  }
  const moved = inventories.some((i) => i.customFactors !== undefined);
  return {
    organization:
      moved || organization.customFactors !== undefined
        ? { ...organization, customFactors: factors }
        : organization,
    inventories: inventories.map(withoutYearFactors),
    changedEntries,
  };
}

/** Ids of the own factors a year's entries use, as their factor or an instrument's. */
export function usedFactorIds(
  entries: Iterable<Pick<EntryRow, 'customFactor' | 'instruments'>>,
): Set<string> {
  const used = new Set<string>();
  for (const e of entries) {
    if (e.customFactor !== undefined) used.add(e.customFactor);
    for (const x of e.instruments ?? []) if (x.factor !== undefined) used.add(x.factor);
  }
  return used;
}

/**
 * The partner's factors a year's file and report carry: those its entries use, and those whose data year is
 * the year (a factor written for the year but not used yet is still the year's information).
 */
export function factorsOfYear(
  all: readonly CustomFactor[],
  year: number,
  entries: Iterable<Pick<EntryRow, 'customFactor' | 'instruments'>>,
): CustomFactor[] {
  const used = usedFactorIds(entries);
  return all.filter((f) => used.has(f.id) || f.year === year);
}
