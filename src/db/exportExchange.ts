/**
 * Every partner on the device as exchange files (docs/exchange-format.md), read in one transaction. Used
 * when storage fails, so the user can take what is stored with them; the full backup format builds on it.
 */
import type { Inventory } from '../core/inventory';
import type { Organization } from '../core/organization';
import { type ExchangeFile, writeExchange } from '../io/exchange';
import type { OrganizationRow, SiteRow } from './rows';
import type { PaastoDb } from './schema';
import { toCoreInventory } from './toCore';

/** A stored partner and its sites as the exchange format's organization. */
export function toExchangeOrganization(o: OrganizationRow, sites: readonly SiteRow[]): Organization {
  return {
    name: o.name,
    sites: sites.map((s) => ({ id: s.id, name: s.name, ...(s.address ? { address: s.address } : {}) })),
    ...(o.businessId ? { businessId: o.businessId } : {}),
    ...(o.sector ? { sector: o.sector } : {}),
    ...(o.municipality ? { municipality: o.municipality } : {}),
    ...(o.baseYear !== undefined ? { baseYear: o.baseYear } : {}),
  };
}

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
        inventories.push(toCoreInventory(inv, rows).inventory);
      }
      files.push(writeExchange(organization, inventories, meta));
    }
    return files;
  });
}
