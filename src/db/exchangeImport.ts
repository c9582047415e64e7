/**
 * Writes an exchange file's organization and years into the database as a new partner, in one transaction.
 * (The full import with preview, matching and undo builds on this.) Quantities keep a typed-text form.
 */
import type { ExchangeFile } from '../io/exchange';
import { newId, now } from './ids';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export async function insertExchangeAsNewPartner(
  db: PaastoDb,
  file: ExchangeFile,
  opts: { demo?: boolean; name?: string } = {},
): Promise<OrganizationRow> {
  const t = now();
  const o = file.organization;
  const org: OrganizationRow = {
    id: newId(),
    name: opts.name ?? o.name,
    createdAt: t,
    updatedAt: t,
    ...(o.businessId !== undefined ? { businessId: o.businessId } : {}),
    ...(o.sector !== undefined ? { sector: o.sector } : {}),
    ...(o.municipality !== undefined ? { municipality: o.municipality } : {}),
    ...(o.baseYear !== undefined ? { baseYear: o.baseYear } : {}),
    ...(opts.demo ? { demo: true } : {}),
  };
  const siteIds = new Map<string, string>();
  const sites: SiteRow[] = o.sites.map((s, order) => {
    const id = newId();
    siteIds.set(s.id, id);
    return { id, orgId: org.id, name: s.name, order, ...(s.address ? { address: s.address } : {}) };
  });
  const inventories: InventoryRow[] = [];
  const entries: EntryRow[] = [];
  for (const inv of file.inventories) {
    const id = newId();
    inventories.push({
      id,
      orgId: org.id,
      year: inv.year,
      boundary: inv.boundary,
      gwp: inv.gwp,
      factorSet: inv.factorSet,
      radiativeForcing: inv.radiativeForcing,
      metrics: inv.metrics,
      customFactors: inv.customFactors,
      excluded: inv.excluded,
      status: inv.status ?? 'draft',
      createdAt: t,
      updatedAt: t,
    });
    inv.entries.forEach((e, i) => {
      const { id: _old, site, ...rest } = e;
      const siteId = site !== undefined ? siteIds.get(site) : undefined;
      entries.push({
        ...rest,
        id: newId(),
        inventoryId: id,
        order: i + 1,
        quantityText: String(e.quantity),
        updatedAt: t,
        ...(siteId ? { site: siteId } : {}),
      });
    });
  }
  await write(db, () =>
    db.transaction('rw', [db.organizations, db.sites, db.inventories, db.entries], async () => {
      await db.organizations.add(org);
      await db.sites.bulkAdd(sites);
      await db.inventories.bulkAdd(inventories);
      await db.entries.bulkAdd(entries);
    }),
  );
  return org;
}
