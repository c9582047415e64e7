/**
 * Undoing an import: restores the database exactly as it was before it, from the import's record of what it
 * added and replaced, in one transaction over every table the import touched; a refusal changes nothing.
 */
import { factorSetKey } from '../../core/factorSet';
import type { EntryRow, ImportRow, InventoryRow, OrganizationRow, SiteRow, TrashRow } from '../rows';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { importTables } from './importTables';

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
      const invIds = [...new Set([...added.inventories, ...laterInvs.map(String)])];
      const laterEntries = await db.entries.where('inventoryId').anyOf(invIds).primaryKeys();

      // Everything is checked before anything is written: a refusal leaves the database as it was.
      const back = byPartner(replaced);
      const live = new Set(
        (
          await db.organizations
            .where('id')
            .anyOf([...back.keys()])
            .primaryKeys()
        ).map(String),
      );
      const removed = new Set(invIds);
      const put = { organizations: [] as OrganizationRow[], sites: [] as SiteRow[] };
      const putYears = { inventories: [] as InventoryRow[], entries: [] as EntryRow[] };
      for (const [orgId, rows] of back) {
        if (!live.has(orgId)) continue;
        for (const inv of rows.inventories) {
          const there = await db.inventories.where('[orgId+year]').equals([orgId, inv.year]).first();
          if (there && there.id !== inv.id && !removed.has(there.id)) return 'year-taken';
        }
        if (rows.organization) put.organizations.push(rows.organization);
        put.sites.push(...rows.sites);
        putYears.inventories.push(...rows.inventories);
        putYears.entries.push(...rows.entries);
      }
      const trashRows = await db.trash.toArray();
      const trash = trashUndone(rec, back, trashRows);
      if (trash === 'year-taken') return trash;
      const setsKept = await setsInUse(db, removed, putYears.inventories, trashRows, trash);

      await db.entries.bulkDelete([...added.entries, ...laterEntries.map(String)]);
      await db.inventories.bulkDelete(invIds);
      await db.sites.bulkDelete([...added.sites, ...laterSites.map(String)]);
      await db.organizations.bulkDelete(orgIds);
      // A set the import added stays while a year left after the undo uses it (one created or changed since).
      await db.factorSets.bulkDelete(added.factorSets.filter((k) => !setsKept.has(k)));
      await db.settings.bulkDelete(added.settings);
      await db.organizations.bulkPut(put.organizations);
      await db.sites.bulkPut(put.sites);
      await db.inventories.bulkPut(putYears.inventories);
      await db.entries.bulkPut(putYears.entries);
      await db.settings.bulkPut(replaced.settings);
      await db.trash.bulkDelete(trash.remove);
      await db.trash.bulkPut(trash.put);
      await db.imports.delete(importId);
      return true;
    }),
  );
}

/**
 * The keys of the factor sets the years left after an undo refer to: those stored and not removed, those put
 * back, and those of deleted partners the trash keeps (restoring one must find its sets).
 */
async function setsInUse(
  db: PaastoDb,
  removed: ReadonlySet<string>,
  putBack: readonly InventoryRow[],
  trashRows: readonly TrashRow[],
  trash: { remove: string[]; put: TrashRow[] },
): Promise<Set<string>> {
  const gone = new Set([...trash.remove, ...trash.put.map((t) => t.id)]);
  const years = [
    ...(await db.inventories.toArray()).filter((i) => !removed.has(i.id)),
    ...putBack,
    ...trashRows.filter((t) => !gone.has(t.id)).flatMap((t) => t.inventories),
    ...trash.put.flatMap((t) => t.inventories),
  ];
  return new Set(years.map((i) => factorSetKey(i.factorSet)));
}

interface PartnerRows {
  organization?: OrganizationRow;
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
}

/** The replaced rows of an import by the partner they belong to. */
function byPartner(replaced: ImportRow['replaced']): Map<string, PartnerRows> {
  const out = new Map<string, PartnerRows>();
  const of = (orgId: string): PartnerRows => {
    let rows = out.get(orgId);
    if (!rows) {
      rows = { sites: [], inventories: [], entries: [] };
      out.set(orgId, rows);
    }
    return rows;
  };
  for (const o of replaced.organizations) of(o.id).organization = o;
  for (const s of replaced.sites) of(s.orgId).sites.push(s);
  const invOrg = new Map<string, string>();
  for (const i of replaced.inventories) {
    invOrg.set(i.id, i.orgId);
    of(i.orgId).inventories.push(i);
  }
  // A replaced entry always belongs to a replaced year (the import replaced whole years).
  for (const e of replaced.entries) {
    const orgId = invOrg.get(e.inventoryId);
    if (orgId !== undefined) of(orgId).entries.push(e);
  }
  return out;
}

/**
 * The import undone in the trash rows of partners deleted since it: a partner it added leaves the trash; the
 * others get their replaced rows back in place of what the import added.
 */
function trashUndone(
  rec: ImportRow,
  back: Map<string, PartnerRows>,
  trash: readonly TrashRow[],
): { remove: string[]; put: TrashRow[] } | 'year-taken' {
  const addedOrgs = new Set(rec.added.organizations);
  const addedSites = new Set(rec.added.sites);
  const addedInvs = new Set(rec.added.inventories);
  const out = { remove: [] as string[], put: [] as TrashRow[] };
  for (const t of trash) {
    if (addedOrgs.has(t.id)) {
      out.remove.push(t.id);
      continue;
    }
    const mine = back.get(t.id);
    const gone = new Set(t.inventories.filter((i) => addedInvs.has(i.id)).map((i) => i.id));
    if (!mine && gone.size === 0 && !t.sites.some((s) => addedSites.has(s.id))) continue;
    const sites = new Set(mine?.sites.map((s) => s.id));
    const invs = new Set(mine?.inventories.map((i) => i.id));
    const entries = new Set(mine?.entries.map((e) => e.id));
    const kept = t.inventories.filter((i) => !gone.has(i.id) && !invs.has(i.id));
    if (mine?.inventories.some((r) => kept.some((i) => i.year === r.year))) return 'year-taken';
    out.put.push({
      ...t,
      organization: mine?.organization ?? t.organization,
      sites: [...t.sites.filter((s) => !addedSites.has(s.id) && !sites.has(s.id)), ...(mine?.sites ?? [])],
      inventories: [...kept, ...(mine?.inventories ?? [])],
      entries: [
        ...t.entries.filter((e) => !gone.has(e.inventoryId) && !entries.has(e.id)),
        ...(mine?.entries ?? []),
      ],
    });
  }
  return out;
}
