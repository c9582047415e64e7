/**
 * Writes an import in one transaction over every table (all or nothing: a throw anywhere aborts it), after
 * checking that the device's data is still what the plan saw, and records what it added and replaced so
 * undoImport restores the database exactly as it was. What to write is decided by importWrites, without the
 * database; this file only reads the rows it needs and executes the writes.
 */
import { newId, now } from '../ids';
import type { EntryRow } from '../rows';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
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
      const [orgs, invs, siteRows, entryIds, setKeys, settings, trash] = await Promise.all([
        db.organizations.toArray(),
        db.inventories.toArray(),
        db.sites.toArray(),
        db.entries.toCollection().primaryKeys(),
        db.factorSets.toCollection().primaryKeys(),
        db.settings.toArray(),
        db.trash.toArray(),
      ]);
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
      await db.imports.add(w.record);
      return { ok: true, importId: w.record.id, counts: w.record.counts };
    }),
  );
}

export { dismissImportUndo, listImportUndos } from './importUndos';
export { type UndoOutcome, undoImport } from './undoImport';
