/**
 * Partners (organizations) and their sites. Deleting a partner moves it with its sites, years and entries to
 * the trash in one transaction, so the deletion can be undone; the trash is emptied later (purgeTrash).
 */
import { newId, now } from './ids';
import type { OrganizationRow, SiteRow, TrashRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export type OrganizationInput = Omit<OrganizationRow, 'id' | 'createdAt' | 'updatedAt'>;

export function listOrganizations(db: PaastoDb): Promise<OrganizationRow[]> {
  return db.organizations.orderBy('name').toArray();
}

export function getOrganization(db: PaastoDb, id: string): Promise<OrganizationRow | undefined> {
  return db.organizations.get(id);
}

export async function createOrganization(db: PaastoDb, input: OrganizationInput): Promise<OrganizationRow> {
  const t = now();
  const row: OrganizationRow = { ...input, id: newId(), createdAt: t, updatedAt: t };
  await write(db, () => db.organizations.add(row));
  return row;
}

export async function updateOrganization(
  db: PaastoDb,
  id: string,
  patch: Partial<OrganizationInput>,
): Promise<void> {
  await write(db, () =>
    db.transaction('rw', db.organizations, async () => {
      const cur = await db.organizations.get(id);
      if (!cur) throw new Error(`No partner ${id}`);
      const next: OrganizationRow = { ...cur, ...patch, updatedAt: now() };
      // An optional field cleared in the form is removed, not stored as undefined.
      for (const k of Object.keys(patch) as (keyof OrganizationInput)[])
        if (patch[k] === undefined) delete next[k];
      await db.organizations.put(next);
    }),
  );
}

export async function removeOrganization(db: PaastoDb, id: string): Promise<void> {
  await write(db, () =>
    db.transaction('rw', [db.organizations, db.sites, db.inventories, db.entries, db.trash], async () => {
      const organization = await db.organizations.get(id);
      if (!organization) return;
      const sites = await db.sites.where('orgId').equals(id).toArray();
      const inventories = await db.inventories.where('orgId').equals(id).toArray();
      const invIds = inventories.map((i) => i.id);
      const entries = await db.entries.where('inventoryId').anyOf(invIds).toArray();
      const trash: TrashRow = { id, deletedAt: now(), organization, sites, inventories, entries };
      await db.trash.put(trash);
      await db.entries.bulkDelete(entries.map((e) => e.id));
      await db.inventories.bulkDelete(invIds);
      await db.sites.bulkDelete(sites.map((s) => s.id));
      await db.organizations.delete(id);
    }),
  );
}

/** Puts a deleted partner back exactly as it was. */
export async function restoreOrganization(db: PaastoDb, id: string): Promise<boolean> {
  return write(db, () =>
    db.transaction('rw', [db.organizations, db.sites, db.inventories, db.entries, db.trash], async () => {
      const t = await db.trash.get(id);
      if (!t) return false;
      await db.organizations.put(t.organization);
      await db.sites.bulkPut(t.sites);
      await db.inventories.bulkPut(t.inventories);
      await db.entries.bulkPut(t.entries);
      await db.trash.delete(id);
      return true;
    }),
  );
}

/** Empties the trash of deletions older than `olderThanMs` (the undo window has passed). */
export async function purgeTrash(db: PaastoDb, olderThanMs: number, at = Date.now()): Promise<number> {
  const limit = new Date(at - olderThanMs).toISOString();
  return write(db, () => db.trash.where('deletedAt').below(limit).delete());
}

export function listSites(db: PaastoDb, orgId: string): Promise<SiteRow[]> {
  return db.sites.where('orgId').equals(orgId).sortBy('order');
}

export async function addSite(db: PaastoDb, orgId: string, name: string): Promise<SiteRow> {
  const order = await db.sites.where('orgId').equals(orgId).count();
  const row: SiteRow = { id: newId(), orgId, name, order };
  await write(db, () => db.sites.add(row));
  return row;
}

export async function updateSite(
  db: PaastoDb,
  id: string,
  patch: Partial<Omit<SiteRow, 'id' | 'orgId'>>,
): Promise<void> {
  await write(db, () => db.sites.update(id, patch));
}

/** Removes a site; entries that named it keep their numbers and lose the site. */
export async function removeSite(db: PaastoDb, id: string): Promise<void> {
  await write(db, () =>
    db.transaction('rw', [db.sites, db.inventories, db.entries], async () => {
      const site = await db.sites.get(id);
      if (!site) return;
      const invIds = (await db.inventories.where('orgId').equals(site.orgId).toArray()).map((i) => i.id);
      await db.entries
        .where('inventoryId')
        .anyOf(invIds)
        .modify((e) => {
          if (e.site === id) delete e.site;
        });
      await db.sites.delete(id);
    }),
  );
}
