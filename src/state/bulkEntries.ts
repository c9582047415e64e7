/**
 * Adding the entries of a spreadsheet import to a year on the app's database: all of them or none (addEntries
 * in src/db), reported to the save status like any other write. The import dialog reaches storage only here.
 */
import { addEntries } from '../db/bulkEntries';
import type { InventoryRow, SiteRow } from '../db/rows';
import type { EntryDraft } from '../io/bulk/drafts';
import { db } from './database';
import { succeeded } from './saveStatus';

export type { InventoryRow, SiteRow };

/** Whether the drafts were stored; a failure is also shown by the save status, and nothing was written. */
export const addImportedEntries = (inventoryId: string, drafts: readonly EntryDraft[]): Promise<boolean> =>
  succeeded(addEntries(db, inventoryId, drafts));
