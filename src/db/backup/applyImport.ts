/**
 * Writes an import in one transaction over every table (all or nothing: a throw anywhere aborts it), after
 * checking that the device's data is still what the plan saw, and records what it added and replaced so
 * undoImport restores the database exactly as it was. What to write is decided by importWrites, without the
 * database; this file only reads the rows it needs and executes the writes.
 */
import { newId, now } from '../ids';
import type { EntryRow, ImportRow, ReceivedFileRow } from '../rows';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { receivedWrites } from './importReceived';
import { importTables } from './importTables';
import { importWrites, replacedYearIds, sameBasis } from './importWrites';
import { groupBy } from './planImport';
import type { ImportChoices, ImportPlan, ImportResult } from './types';

export async function applyImport(
  db: PaastoDb,
  plan: ImportPlan,
  choices: ImportChoices,
): Promise<ImportResult> {
  return write(db, () =>
    db.transaction('rw', importTables(db), async (): Promise<ImportResult> => {
      const [orgs, invs, siteRows, entryIds, setKeys, settings, trash, fileIds, fileShas] = await Promise.all(
        [
          db.organizations.toArray(),
          db.inventories.toArray(),
          db.sites.toArray(),
          db.entries.toCollection().primaryKeys(),
          db.factorSets.toCollection().primaryKeys(),
          db.settings.toArray(),
          db.trash.toArray(),
          db.received.toCollection().primaryKeys(),
          db.received.orderBy('sha256').keys(),
        ],
      );
      if (!sameBasis(plan, orgs, invs)) return { ok: false, reason: 'changed' };
      const replacing = replacedYearIds(plan, choices, { orgs, invs });
      const oldEntries: EntryRow[] =
        replacing.length > 0 ? await db.entries.where('inventoryId').anyOf(replacing).toArray() : [];
      const w = importWrites(
        plan,
        choices,
        {
          orgs,
          invs,
          siteRows,
          entryIds: entryIds.map(String),
          setKeys: setKeys.map(String),
          settings,
          trash,
          entriesOf: groupBy(oldEntries, (e) => e.inventoryId),
        },
        { newId, at: now() },
      );
      if (w === 'changed') return { ok: false, reason: 'changed' };
      await db.entries.bulkDelete(w.deleteEntries);
      await db.inventories.bulkDelete(w.deleteInventories);
      await db.organizations.bulkPut(w.organizations);
      await db.sites.bulkPut(w.sites);
      await db.inventories.bulkAdd(w.inventories);
      await db.entries.bulkAdd(w.entries);
      await db.factorSets.bulkAdd(w.factorSets);
      await db.settings.bulkPut(w.settings);
      const files = receivedWrites(
        plan.source.data,
        { ids: fileIds.map(String), shas: fileShas.map(String) },
        newId,
      );
      await db.received.bulkAdd(files.received);
      await db.receivedInputs.bulkAdd(files.receivedInputs);
      const record = withReceived(w.record, files.received);
      await db.imports.add(record);
      return { ok: true, importId: record.id, counts: record.counts };
    }),
  );
}

/** The import's record with the received files it added (undo removes them); unchanged when it added none. */
function withReceived(record: ImportRow, added: readonly ReceivedFileRow[]): ImportRow {
  if (added.length === 0) return record;
  return {
    ...record,
    counts: { ...record.counts, receivedAdded: added.length },
    added: { ...record.added, received: added.map((r) => r.id) },
  };
}

export { dismissImportUndo, listImportUndos } from './importUndos';
export { type UndoOutcome, undoImport } from './undoImport';
