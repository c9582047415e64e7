/**
 * Undoing an import: restores the database exactly as it was before it, from the import's record of what it
 * added and replaced, in one transaction over every table the import touched; a refusal changes nothing. What
 * to write is decided by undoWrites, without the database; this file reads the rows it needs and executes it.
 */
import type { InventoryRow } from '../rows';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { importTables } from './importTables';
import { undoWrites, yearKey, yearsPutBack } from './undoWrites';

/**
 * What undoImport did: true when the import was undone, false when its record is gone (dismissed or undone),
 * 'later-import' when a later import can still be undone — imports are undone newest first, because a later
 * one may have replaced what this one added —, 'year-taken' when a year it replaced has another row of the
 * same year now (a later import that was kept replaced it again): putting the old year back would need to
 * remove that one. Nothing is changed unless the answer is true.
 */
export type UndoOutcome = boolean | 'later-import' | 'year-taken';

/**
 * Restores the database as it was before the import. What was added goes, with rows added to it since (years
 * and entries of an imported partner); what was replaced comes back. A partner deleted since the import is in
 * the trash: its trash row is undone the same way, so restoring it gives it as it was before the import; a
 * partner gone from the trash as well gets nothing back (no year without its partner). A factor set the import
 * added stays if a year left after the undo uses it (created or switched to it since): that year needs it.
 */
export async function undoImport(db: PaastoDb, importId: string): Promise<UndoOutcome> {
  return write(db, () =>
    db.transaction('rw', importTables(db), async (): Promise<UndoOutcome> => {
      const rec = await db.imports.get(importId);
      if (!rec) return false;
      if ((await db.imports.where('at').above(rec.at).count()) > 0) return 'later-import';
      const { added, replaced } = rec;
      const orgIds = added.organizations;
      const laterSites = await db.sites.where('orgId').anyOf(orgIds).primaryKeys();
      const laterInvs = await db.inventories.where('orgId').anyOf(orgIds).primaryKeys();
      const removedYears = [...new Set([...added.inventories, ...laterInvs.map(String)])];
      const laterEntries = await db.entries.where('inventoryId').anyOf(removedYears).primaryKeys();
      // The partners the replaced rows belong to: only those still here get their rows back.
      const owners = new Set([
        ...replaced.organizations.map((o) => o.id),
        ...replaced.sites.map((s) => s.orgId),
        ...replaced.inventories.map((i) => i.orgId),
      ]);
      const liveOrgs = new Set(
        (
          await db.organizations
            .where('id')
            .anyOf([...owners])
            .primaryKeys()
        ).map(String),
      );
      const yearsNow = new Map<string, InventoryRow>();
      for (const [orgId, year] of yearsPutBack(rec, liveOrgs)) {
        const there = await db.inventories.where('[orgId+year]').equals([orgId, year]).first();
        if (there) yearsNow.set(yearKey(orgId, year), there);
      }
      const w = undoWrites(rec, {
        laterSites: laterSites.map(String),
        removedYears,
        laterEntries: laterEntries.map(String),
        liveOrgs,
        yearsNow,
        trash: await db.trash.toArray(),
        inventories: await db.inventories.toArray(),
      });
      if (w === 'year-taken') return w;

      await db.entries.bulkDelete(w.deleteEntries);
      await db.inventories.bulkDelete(w.deleteInventories);
      await db.sites.bulkDelete(w.deleteSites);
      await db.organizations.bulkDelete(w.deleteOrganizations);
      await db.factorSets.bulkDelete(w.deleteFactorSets);
      await db.settings.bulkDelete(w.deleteSettings);
      await db.received.bulkDelete(w.deleteReceived);
      await db.receivedInputs.bulkDelete(w.deleteReceived);
      await db.organizations.bulkPut(w.organizations);
      await db.sites.bulkPut(w.sites);
      await db.inventories.bulkPut(w.inventories);
      await db.entries.bulkPut(w.entries);
      await db.settings.bulkPut(w.settings);
      await db.trash.bulkDelete(w.trashRemove);
      await db.trash.bulkPut(w.trashPut);
      await db.imports.delete(importId);
      return true;
    }),
  );
}
