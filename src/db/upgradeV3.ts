/**
 * Schema version 3: own factors move from each year to the partner (src/db/ownFactors.ts). The upgrade runs in
 * Dexie's version-change transaction, so it is all or nothing: a failure leaves the version-2 data as it was.
 * It moves the lists of the partners on the device and of the deleted partners in the trash (a restore puts
 * those back as they were kept). Undo records of imports keep the years they replaced as they were; one put
 * back still resolves its factors (toCoreInventory reads an old list too).
 */
import type { Transaction } from 'dexie';
import { newId } from './ids';
import { moveYearFactors } from './ownFactors';
import type { EntryRow, InventoryRow, OrganizationRow, TrashRow } from './rows';

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const invs = (await tx.table('inventories').toArray()) as InventoryRow[];
  const byOrg = new Map<string, InventoryRow[]>();
  for (const i of invs) {
    const list = byOrg.get(i.orgId);
    if (list) list.push(i);
    else byOrg.set(i.orgId, [i]);
  }
  const orgs = (await tx.table('organizations').toArray()) as OrganizationRow[];
  for (const org of orgs) {
    const years = byOrg.get(org.id) ?? [];
    if (!years.some((i) => i.customFactors !== undefined)) continue;
    // Only a year whose factor got a new id needs its entries read.
    const entries = new Map<string, EntryRow[]>();
    for (const i of years)
      if ((i.customFactors?.length ?? 0) > 0)
        entries.set(i.id, await tx.table('entries').where('inventoryId').equals(i.id).toArray());
    const moved = moveYearFactors(org, years, (id) => entries.get(id) ?? [], newId);
    await tx.table('organizations').put(moved.organization);
    await tx.table('inventories').bulkPut(moved.inventories);
    await tx.table('entries').bulkPut(moved.changedEntries);
  }
  // A year without a partner (never written by the app) keeps its list; it is read as before.
  const trash = (await tx.table('trash').toArray()) as TrashRow[];
  for (const t of trash) {
    if (!t.inventories.some((i) => i.customFactors !== undefined)) continue;
    const moved = moveYearFactors(
      t.organization,
      t.inventories,
      (id) => t.entries.filter((e) => e.inventoryId === id),
      newId,
    );
    const changed = new Map(moved.changedEntries.map((e) => [e.id, e]));
    await tx.table('trash').put({
      ...t,
      organization: moved.organization,
      inventories: moved.inventories,
      entries: t.entries.map((e) => changed.get(e.id) ?? e),
    });
  }
}
