/**
 * Schema version 3 moves own factors from the years to the partner. Data as versions 1 and 2 stored it, with
 * factors in two years (one the same in both, one under the same id with another value, one used by an
 * electricity contract) and a deleted partner in the trash, opened with the current code: no factor and no
 * entry is lost, each factor keeps its data year and source, and every entry still finds its factor.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { CustomFactor } from '../../src/core/inventory';
import { validateInventory } from '../../src/core/validate';
import type { EntryRow, InventoryRow, OrganizationRow, TrashRow } from '../../src/db/rows';
import { DB_NAME, PaastoDb, SCHEMA_VERSIONS } from '../../src/db/schema';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';

const T = '2025-03-01T10:00:00.000Z';
const heat: CustomFactor = {
  id: 'dh',
  name: 'Kaukolämpö',
  unit: 'MWh',
  value: { co2e: 120 },
  year: 2023,
  source: 'Joensuun Lämpö, vuosiraportti 2023',
};
const contract23: CustomFactor = {
  id: 'el',
  name: 'Sähkösopimus',
  unit: 'kWh',
  value: { co2e: 0.05 },
  year: 2023,
  source: 'Energiayhtiö Oy, sopimus 2023',
};
const contract24: CustomFactor = {
  ...contract23,
  value: { co2e: 0.045 },
  year: 2024,
  source: 'Sopimus 2024',
};

const year = (id: string, orgId: string, y: number, customFactors: CustomFactor[]): InventoryRow => ({
  id,
  orgId,
  year: y,
  boundary: 'operational-control',
  gwp: 'AR6',
  factorSet: DEFAULT_FACTOR_SET,
  radiativeForcing: false,
  metrics: {},
  customFactors,
  excluded: [],
  status: 'draft',
  createdAt: T,
  updatedAt: T,
});
const heatEntry = (id: string, inventoryId: string): EntryRow => ({
  id,
  inventoryId,
  order: 1,
  category: 's2.heat',
  activity: 'district-heat.fi',
  quantity: 40,
  quantityText: '40',
  unit: 'MWh',
  customFactor: 'dh',
  updatedAt: T,
});
const electricity = (id: string, inventoryId: string): EntryRow => ({
  id,
  inventoryId,
  order: 2,
  category: 's2.electricity',
  activity: 'electricity.fi',
  quantity: 84_000,
  quantityText: '84 000',
  unit: 'kWh',
  instruments: [{ kind: 'supplier', factor: 'el', note: 'Sopimus' }],
  updatedAt: T,
});
const org: OrganizationRow = { id: 'org', name: 'Leipomo Oy', createdAt: T, updatedAt: T };
const gone: OrganizationRow = { id: 'gone', name: 'Poistettu Oy', createdAt: T, updatedAt: T };
const trash: TrashRow = {
  id: 'gone',
  deletedAt: T,
  organization: gone,
  sites: [],
  inventories: [year('g23', 'gone', 2023, [heat])],
  entries: [heatEntry('g1', 'g23')],
};
const tables = {
  organizations: [org],
  inventories: [year('y23', 'org', 2023, [heat, contract23]), year('y24', 'org', 2024, [heat, contract24])],
  entries: [heatEntry('a', 'y23'), electricity('b', 'y23'), heatEntry('c', 'y24'), electricity('d', 'y24')],
  trash: [trash],
};

async function openAfter(version: number): Promise<PaastoDb> {
  const indexedDB = new IDBFactory();
  const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  for (const [v, stores] of Object.entries(SCHEMA_VERSIONS))
    if (Number(v) <= version) old.version(Number(v)).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new PaastoDb(DB_NAME, { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

describe.each([1, 2])('opening version %i data with own factors in two years', (version) => {
  it('puts them on the partner once each, keeps both contracts, and every entry still finds its factor', async () => {
    const db = await openAfter(version);
    const stored = await db.organizations.get('org');
    const factors = stored?.customFactors ?? [];
    // The same heat factor in both years is one; the 2024 contract, another value under the same id, is kept.
    expect(factors).toHaveLength(3);
    expect(factors.slice(0, 2)).toEqual([heat, contract23]);
    const renamed = factors[2] as CustomFactor;
    expect(renamed.id).not.toBe('el');
    expect({ ...renamed, id: 'el' }).toEqual(contract24);

    expect((await db.inventories.toArray()).every((i) => i.customFactors === undefined)).toBe(true);
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.id === 'b')?.instruments?.[0]?.factor).toBe('el');
    expect(entries.find((e) => e.id === 'd')?.instruments?.[0]?.factor).toBe(renamed.id);
    expect(entries.filter((e) => e.customFactor === 'dh').map((e) => e.id)).toEqual(['a', 'c']);

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    for (const inv of await db.inventories.toArray()) {
      const rows = entries.filter((e) => e.inventoryId === inv.id);
      const { inventory } = toCoreInventory(inv, rows, factors);
      const errors = validateInventory(inventory, set, new Set()).filter((i) => i.severity === 'error');
      expect(errors, String(inv.year)).toEqual([]);
      expect(inventory.entries).toHaveLength(2);
    }
    db.close();
  });

  it('moves the factors of a deleted partner in the trash too, so a restore puts back a current partner', async () => {
    const db = await openAfter(version);
    const t = await db.trash.get('gone');
    expect(t?.organization.customFactors).toEqual([heat]);
    expect(t?.inventories.every((i) => i.customFactors === undefined)).toBe(true);
    expect(t?.entries).toEqual(trash.entries);
    db.close();
  });
});
