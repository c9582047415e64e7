/**
 * What the year page writes, on the app's database: the year's settings, lists and metrics, and its entries
 * (own factors belong to the partner: src/state/ownFactors.ts). A field's edit goes through saveEdit under a
 * key of its own (the year's or the entry's id and the fields written), so a failed write is kept and written
 * again until that field is saved; adding and removing are one-off writes shown by the save status
 * (decision 21).
 */
import {
  addEntry,
  type EntryInit,
  removeEntry,
  updateEntry,
  updateInventory,
  updateInventoryWith,
} from '../db/inventories';
import { type PendingField, updatePendingField } from '../db/pendingFigures';
import type { EntryRow, InventoryRow } from '../db/rows';
import { db } from './database';
import { discardEdits, discardEditsOf, editKey, editState, saveEdit, succeeded, track } from './saveStatus';

type InventoryPatch = Partial<Omit<InventoryRow, 'id' | 'orgId' | 'createdAt'>>;
type EntryPatch = Partial<Omit<EntryRow, 'id' | 'inventoryId' | 'order'>>;

/**
 * The patches of edits not yet stored, by save key. Edits of one record are kept under keys of their own
 * field sets ({activity, unit} beside {unit}), and a kept edit is written again after a later one has been
 * stored: a field that a later edit wrote is taken out of the older patch, so its retry cannot put the
 * field's older value back.
 */
const keptPatches = new Map<string, Record<string, unknown>>();

function keepPatch<P extends object>(record: string, key: string, patch: P): P {
  const kept = { ...patch };
  const fields = Object.keys(kept);
  for (const [k, older] of keptPatches) {
    if (k === key || editState(k) === 'idle') {
      keptPatches.delete(k);
      continue;
    }
    if (!k.startsWith(record)) continue;
    for (const f of fields) delete older[f];
    if (Object.keys(older).length === 0) {
      discardEdits(k);
      keptPatches.delete(k);
    }
  }
  keptPatches.set(key, kept as Record<string, unknown>);
  return kept;
}

/** A change of the year's own fields (status, boundary, GWP, factor set, …), keyed by the fields it writes. */
export function saveInventory(inventoryId: string, patch: InventoryPatch): void {
  const record = `inventory:${inventoryId}:`;
  const key = `${record}${Object.keys(patch).sort().join(',')}`;
  const kept = keepPatch(record, key, patch);
  void saveEdit(key, () => updateInventory(db, inventoryId, kept));
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

/** A new entry of the year, with the save status; rejects when it could not be stored. */
export const addYearEntry = (inventoryId: string, init: EntryInit): Promise<EntryRow> =>
  track(addEntry(db, inventoryId, init));

/** The save key of an entry's fields: a failed save is kept, and written again, until that field is saved. */
export const entrySaveKey = (entryId: string, fields: readonly string[]): string =>
  `entry:${entryId}:${[...fields].sort().join(',')}`;

export function saveEntry(entryId: string, patch: EntryPatch): void {
  const key = entrySaveKey(entryId, Object.keys(patch));
  const kept = keepPatch(`entry:${entryId}:`, key, patch);
  void saveEdit(key, () => updateEntry(db, entryId, kept));
}

/** One field of a figure not known yet (where it is found, who finds it), written from the stored row. */
export function savePendingField(entryId: string, field: PendingField, text: string): void {
  void saveEdit(entrySaveKey(entryId, [`pending.${field}`]), () =>
    updatePendingField(db, entryId, field, text),
  );
}

/** Removes an entry; its edits still waiting for storage can never be stored and are no longer kept. */
export async function removeYearEntry(entryId: string): Promise<boolean> {
  const ok = await succeeded(removeEntry(db, entryId));
  if (ok) discardEditsOf(`entry:${entryId}:`);
  return ok;
}
