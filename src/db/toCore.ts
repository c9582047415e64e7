/**
 * Stored rows to the core's Inventory. Entries that are not complete yet (no activity chosen, or a quantity
 * that is empty or not a valid number) are left out of the calculation and listed, so the editor can show
 * them as unfinished instead of counting them as zero.
 */
import type { Entry, Inventory } from '../core/inventory';
import type { EntryRow, InventoryRow } from './rows';

/** No activity chosen yet, or a quantity that is empty or not a valid number. */
export function isUnfinished(e: Pick<EntryRow, 'activity' | 'quantity'>): boolean {
  return e.activity === '' || e.quantity === null || !Number.isFinite(e.quantity);
}

export function toCoreInventory(
  row: InventoryRow,
  entries: readonly EntryRow[],
): { inventory: Inventory; incomplete: EntryRow[] } {
  const ready: Entry[] = [];
  const incomplete: EntryRow[] = [];
  for (const e of entries) {
    if (e.quantity === null || isUnfinished(e)) {
      incomplete.push(e);
      continue;
    }
    const entry: Entry = {
      id: e.id,
      category: e.category,
      activity: e.activity,
      quantity: e.quantity,
      unit: e.unit,
    };
    if (e.site !== undefined) entry.site = e.site;
    if (e.period !== undefined) entry.period = e.period;
    if (e.dataQuality !== undefined) entry.dataQuality = e.dataQuality;
    if (e.sourceNote !== undefined) entry.sourceNote = e.sourceNote;
    if (e.note !== undefined) entry.note = e.note;
    if (e.customFactor !== undefined) entry.customFactor = e.customFactor;
    if (e.instruments !== undefined && e.instruments.length > 0) entry.instruments = e.instruments;
    ready.push(entry);
  }
  const inventory: Inventory = {
    year: row.year,
    boundary: row.boundary,
    gwp: row.gwp,
    factorSet: row.factorSet,
    radiativeForcing: row.radiativeForcing,
    metrics: row.metrics,
    entries: ready,
    customFactors: row.customFactors,
    excluded: row.excluded,
    status: row.status,
  };
  if (row.interview !== undefined) inventory.interview = row.interview;
  return { inventory, incomplete };
}
