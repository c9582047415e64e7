/**
 * The file the app's emergency export wrote before the backup format existed: every partner as an exchange
 * file, in an array. Imports still accept it (src/db/backup/readImport.ts); tests make one with this.
 */
import type { Inventory } from '../../src/core/inventory';
import { toExchangeOrganization } from '../../src/db/exportExchange';
import type { PaastoDb } from '../../src/db/schema';
import { toCoreInventory } from '../../src/db/toCore';
import { type ExchangeFile, writeExchange } from '../../src/io/exchange';

export async function exportAllPartners(
  db: PaastoDb,
  meta: { appVersion: string; exportedAt: string },
): Promise<ExchangeFile[]> {
  return db.transaction('r', [db.organizations, db.sites, db.inventories, db.entries], async () => {
    const orgs = await db.organizations.toArray();
    const files: ExchangeFile[] = [];
    for (const o of orgs) {
      const sites = await db.sites.where('orgId').equals(o.id).sortBy('order');
      const invs = await db.inventories.where('orgId').equals(o.id).sortBy('year');
      const organization = toExchangeOrganization(o, sites);
      const inventories: Inventory[] = [];
      for (const inv of invs) {
        // Unfinished entries (no activity, no valid number) are not part of the format.
        const rows = await db.entries
          .where('[inventoryId+order]')
          .between([inv.id, -Infinity], [inv.id, Infinity])
          .toArray();
        inventories.push(toCoreInventory(inv, rows, o.customFactors ?? []).inventory);
      }
      files.push(writeExchange(organization, inventories, meta));
    }
    return files;
  });
}
