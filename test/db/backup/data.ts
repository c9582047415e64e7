/** Rows for backup and import tests, and a dump of every table to compare a database before and after. */
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../../../src/db/rows';
import type { PaastoDb } from '../../../src/db/schema';

const T = '2026-11-01T10:00:00.000Z';

export function org(id: string, name: string, extra: Partial<OrganizationRow> = {}): OrganizationRow {
  return { id, name, createdAt: T, updatedAt: T, ...extra };
}

export function site(id: string, orgId: string, name: string, order = 0): SiteRow {
  return { id, orgId, name, order };
}

export function inventory(
  id: string,
  orgId: string,
  year: number,
  extra: Partial<InventoryRow> = {},
): InventoryRow {
  return {
    id,
    orgId,
    year,
    boundary: 'operational-control',
    gwp: 'AR6',
    factorSet: { id: 'fi', release: '2025.1' },
    radiativeForcing: true,
    metrics: { fte: 4 },
    excluded: [],
    status: 'draft',
    createdAt: T,
    updatedAt: T,
    ...extra,
  };
}

export function entry(
  id: string,
  inventoryId: string,
  order: number,
  extra: Partial<EntryRow> = {},
): EntryRow {
  return {
    id,
    inventoryId,
    order,
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: 1000 + order,
    quantityText: String(1000 + order),
    unit: 'kWh',
    updatedAt: T,
    ...extra,
  };
}

/** Two partners, sites, three years, finished and unfinished entries, a partner's own factor, settings. */
export async function fillSample(db: PaastoDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.organizations.bulkAdd([
      org('org-a', 'Kivi Oy', {
        businessId: '1234567-1',
        municipality: 'Joensuu',
        baseYear: 2023,
        customFactors: [
          {
            id: 'dh',
            name: 'Kaukolämpö',
            unit: 'kWh',
            value: { co2e: 0.08 },
            year: 2023,
            source: 'Toimittaja 2023',
          },
        ],
      }),
      org('org-b', 'Puu ja Pelti Ky'),
    ]);
    await db.sites.bulkAdd([site('site-a1', 'org-a', 'Toimisto'), site('site-a2', 'org-a', 'Halli', 1)]);
    await db.inventories.bulkAdd([
      inventory('inv-a23', 'org-a', 2023),
      inventory('inv-a24', 'org-a', 2024),
      inventory('inv-b24', 'org-b', 2024),
    ]);
    await db.entries.bulkAdd([
      entry('e1', 'inv-a23', 1, { site: 'site-a1', note: 'Lasku 12/2023' }),
      entry('e2', 'inv-a23', 2, { activity: '', quantity: null, quantityText: '' }),
      entry('e3', 'inv-a24', 1, { quantity: null, quantityText: '12,,5' }),
      entry('e4', 'inv-a24', 2, { period: '2024-03', dataQuality: 'invoice', instruments: [] }),
      entry('e5', 'inv-b24', 1),
    ]);
    await db.settings.bulkAdd([
      { key: 'lang', value: 'en' },
      { key: 'defaultGwp', value: 'AR5' },
    ]);
  });
}

/** Every table, every row, in key order: equal dumps mean equal databases. */
export async function dump(db: PaastoDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}
