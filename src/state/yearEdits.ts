/**
 * What the year page writes, on the app's database: the year's settings, lists and metrics, its custom
 * factors, and its entries. A field's edit goes through saveEdit under a key of its own (the year's or the
 * entry's id and the fields written), so a failed write is kept and written again until that field is saved;
 * adding and removing are one-off writes shown by the save status (decision 21).
 */
import type { CustomFactor } from '../core/inventory';
import { newId } from '../db/ids';
import {
  addEntry,
  type EntryInit,
  removeEntry,
  updateEntry,
  updateInventory,
  updateInventoryWith,
} from '../db/inventories';
import type { EntryRow, InventoryRow } from '../db/rows';
import { db } from './database';
import { discardEditsOf, editKey, saveEdit, succeeded, track } from './saveStatus';

type InventoryPatch = Partial<Omit<InventoryRow, 'id' | 'orgId' | 'createdAt'>>;
type EntryPatch = Partial<Omit<EntryRow, 'id' | 'inventoryId' | 'order'>>;

/** A change of the year's own fields (status, boundary, GWP, factor set, …), keyed by the fields it writes. */
export function saveInventory(inventoryId: string, patch: InventoryPatch): void {
  void saveEdit(`inventory:${inventoryId}:${Object.keys(patch).sort().join(',')}`, () =>
    updateInventory(db, inventoryId, patch),
  );
}

/**
 * A change made from the stored row inside the write (a list, one metric), so quick edits cannot undo each
 * other; without a key of its own (one metric's), each change is kept apart until stored.
 */
export function changeInventory(
  inventoryId: string,
  change: (row: InventoryRow) => InventoryPatch,
  key = editKey(`inventory:${inventoryId}:lists`),
): void {
  void saveEdit(key, () => updateInventoryWith(db, inventoryId, change));
}

/** A custom factor added to the year; its id is made once, so a write run again adds the same factor. */
export function addCustomFactor(inventoryId: string, factor: Omit<CustomFactor, 'id'>): void {
  const cf: CustomFactor = { id: newId(), ...factor };
  changeInventory(inventoryId, (row) => ({ customFactors: [...row.customFactors, cf] }));
}

export function removeCustomFactor(inventoryId: string, id: string): void {
  changeInventory(inventoryId, (row) => ({ customFactors: row.customFactors.filter((x) => x.id !== id) }));
}

/** A new entry of the year, with the save status; rejects when it could not be stored. */
export const addYearEntry = (inventoryId: string, init: EntryInit): Promise<EntryRow> =>
  track(addEntry(db, inventoryId, init));

/** The save key of an entry's fields: a failed save is kept, and written again, until that field is saved. */
export const entrySaveKey = (entryId: string, fields: readonly string[]): string =>
  `entry:${entryId}:${[...fields].sort().join(',')}`;

export function saveEntry(entryId: string, patch: EntryPatch): void {
  void saveEdit(entrySaveKey(entryId, Object.keys(patch)), () => updateEntry(db, entryId, patch));
}

/** Removes an entry; its edits still waiting for storage can never be stored and are no longer kept. */
export async function removeYearEntry(entryId: string): Promise<boolean> {
  const ok = await succeeded(removeEntry(db, entryId));
  if (ok) discardEditsOf(`entry:${entryId}:`);
  return ok;
}
