/**
 * Entries from a spreadsheet, written together: all of them or none (one transaction), appended after the
 * year's existing entries in the order of the file. The drafts were validated row by row in the preview; they
 * are checked again here so that no caller can store a half-formed entry.
 */
import { isCategoryId } from '../core/categories';
import type { DataQuality } from '../core/inventory';
import { isUnit } from '../core/units';
import type { EntryDraft } from '../io/bulk/drafts';
import { newId, now } from './ids';
import type { EntryRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export interface BulkDefaults {
  /** For drafts without their own. */
  dataQuality?: DataQuality;
  sourceNote?: string;
}

/** A draft that is not an entry: the caller's mistake, refused before anything is written. */
export class DraftError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
  ) {
    super(`Draft ${index} is not a valid entry: ${field}`);
    this.name = 'DraftError';
  }
}

const QUALITIES: readonly DataQuality[] = ['measured', 'invoice', 'estimated'];

function check(d: EntryDraft, i: number): void {
  const bad = (field: string) => {
    throw new DraftError(i, field);
  };
  if (!isCategoryId(d.category)) bad('category');
  if (typeof d.activity !== 'string' || d.activity === '') bad('activity');
  if (typeof d.quantity !== 'number' || !Number.isFinite(d.quantity)) bad('quantity');
  if (typeof d.quantityText !== 'string') bad('quantityText');
  if (!isUnit(d.unit)) bad('unit');
  if (d.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(d.period)) bad('period');
  if (d.dataQuality !== undefined && !QUALITIES.includes(d.dataQuality)) bad('dataQuality');
}

/** Appends the drafts to the inventory's entries; returns the stored rows. Nothing is written if any fails. */
export async function addEntries(
  db: PaastoDb,
  inventoryId: string,
  drafts: readonly EntryDraft[],
  defaults: BulkDefaults = {},
): Promise<EntryRow[]> {
  drafts.forEach(check);
  return write(db, () =>
    db.transaction('rw', db.inventories, db.entries, async () => {
      if (!(await db.inventories.get(inventoryId))) throw new Error(`No inventory ${inventoryId}`);
      const last = await db.entries
        .where('[inventoryId+order]')
        .between([inventoryId, -Infinity], [inventoryId, Infinity])
        .last();
      const first = (last?.order ?? 0) + 1;
      const t = now();
      const rows = drafts.map((d, i): EntryRow => {
        const row: EntryRow = {
          id: newId(),
          inventoryId,
          order: first + i,
          category: d.category,
          activity: d.activity,
          quantity: d.quantity,
          quantityText: d.quantityText,
          unit: d.unit,
          updatedAt: t,
        };
        const dataQuality = d.dataQuality ?? defaults.dataQuality;
        const sourceNote = d.sourceNote ?? defaults.sourceNote;
        if (d.site !== undefined) row.site = d.site;
        if (d.period !== undefined) row.period = d.period;
        if (dataQuality !== undefined) row.dataQuality = dataQuality;
        if (sourceNote !== undefined && sourceNote !== '') row.sourceNote = sourceNote;
        if (d.note !== undefined) row.note = d.note;
        return row;
      });
      await db.entries.bulkAdd(rows);
      return rows;
    }),
  );
}
