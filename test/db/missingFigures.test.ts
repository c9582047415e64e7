/**
 * A figure not known yet (issue 10): a stored entry row marked pending is a missing figure of the year, never
 * an entry with quantity 0; the exchange file carries it as `missing` and an import stores it as a pending row
 * again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/db/backup/exportBackup';
import { exportPartner } from '../../src/db/backup/exportPartner';
import { readBackup } from '../../src/db/backup/readBackup';
import { insertExchangeAsNewPartner } from '../../src/db/exchangeImport';
import { resolveFactorSet } from '../../src/db/factorSets';
import { addEntry, createInventory, listEntries, listInventories } from '../../src/db/inventories';
import { createOrganization } from '../../src/db/organizations';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { evaluateYear } from '../../src/io/evaluateYear';
import { freshDb } from './helpers';

async function yearWithPendingHeat() {
  const { db } = freshDb();
  const org = await createOrganization(db, { name: 'Leipomo Oy' });
  const inv = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
  await addEntry(db, inv.id, {
    category: 's1.fugitive',
    activity: 'refrigerant.R-744',
    unit: 'kg',
    quantity: 10,
    quantityText: '10',
  });
  // The user typed a guess, then ticked "figure not known yet": the text is kept, the number is not used.
  const pending = await addEntry(db, inv.id, {
    category: 's2.heat',
    activity: 'district-heat.fi',
    unit: 'MWh',
    quantity: 120,
    quantityText: '120',
    note: 'Arvio viime vuodesta',
    pending: { document: 'Lämpöyhtiön vuosiraportti', owner: 'Maija' },
  });
  return { db, org, inv, pending };
}

describe('missing figures', () => {
  it('are carried as Inventory.missing, never as an entry, and keep the category to do', async () => {
    const { db, inv, pending } = await yearWithPendingHeat();
    const row = await db.inventories.get(inv.id);
    if (!row) throw new Error('no year');
    const { inventory, incomplete } = toCoreInventory(row, await listEntries(db, inv.id), []);
    expect(inventory.entries.map((e) => e.category)).toEqual(['s1.fugitive']);
    expect(incomplete).toEqual([]);
    expect(inventory.missing).toEqual([
      {
        id: pending.id,
        category: 's2.heat',
        activity: 'district-heat.fi',
        unit: 'MWh',
        document: 'Lämpöyhtiön vuosiraportti',
        owner: 'Maija',
        note: 'Arvio viime vuodesta',
      },
    ]);
    const set = await resolveFactorSet(db, DEFAULT_FACTOR_SET);
    const ev = evaluateYear({ siteIds: [], inventories: [inventory] }, 2024, () => set ?? null, {
      mode: 'lenient',
    });
    // Never calculated as zero silently: no Scope 2 figure at all, and the category is to do with its figure.
    expect(ev.result?.byCategory['s2.heat']).toBeUndefined();
    expect(ev.result?.scope2.location).toBe(0);
    expect(ev.result?.entries.some((e) => e.entryId === pending.id)).toBe(false);
    expect(ev.completeness.categories.get('s2.heat')).toEqual({ state: 'todo', entries: 0, missing: 1 });
    expect(ev.completeness.counts.missingFigures).toBe(1);
    expect(ev.completeness.counts.entries).toBe(1);
  });

  it('travel in the partner file as `missing` and come back as pending rows', async () => {
    const { db, org } = await yearWithPendingHeat();
    const out = await exportPartner(db, org.id, undefined, { appVersion: 'test' });
    const year = out.file.inventories[0];
    expect(year?.entries).toHaveLength(1);
    expect(year?.missing?.map((m) => [m.category, m.document, m.owner])).toEqual([
      ['s2.heat', 'Lämpöyhtiön vuosiraportti', 'Maija'],
    ]);
    expect(out.unfinishedLeftOut).toBe(0);

    const { db: other } = freshDb('other');
    const copy = await insertExchangeAsNewPartner(other, JSON.parse(out.text));
    const [inv] = await listInventories(other, copy.id);
    if (!inv) throw new Error('no year imported');
    const rows = await listEntries(other, inv.id);
    const heat = rows.find((r) => r.category === 's2.heat');
    expect(heat?.pending).toEqual({ document: 'Lämpöyhtiön vuosiraportti', owner: 'Maija' });
    expect(heat?.quantity).toBeNull();
    expect(heat?.activity).toBe('district-heat.fi');
    expect(heat?.unit).toBe('MWh');
    const { inventory } = toCoreInventory(inv, rows, []);
    expect(inventory.missing?.map(({ id: _id, ...m }) => m)).toEqual(
      year?.missing?.map(({ id: _id, ...m }) => m),
    );
  });

  it('a file without `missing` still reads and imports as before', async () => {
    const { db, org } = await yearWithPendingHeat();
    const out = await exportPartner(db, org.id, undefined, { appVersion: 'test' });
    const file = JSON.parse(out.text);
    delete file.inventories[0].missing;
    delete file.inventories[0].results;
    const { db: other } = freshDb('other');
    const copy = await insertExchangeAsNewPartner(other, file);
    const [inv] = await listInventories(other, copy.id);
    const rows = await listEntries(other, inv?.id ?? '');
    expect(rows.map((r) => [r.category, r.pending])).toEqual([['s1.fugitive', undefined]]);
  });

  it('stay in a backup as the rows they are: the typed quantity, the document and the owner', async () => {
    const { db, pending } = await yearWithPendingHeat();
    const backup = await exportBackup(db, { appVersion: 'test' });
    const read = await readBackup(JSON.parse(backup.text));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const row = read.source.data.entries.find((e) => e.id === pending.id);
    expect(row).toMatchObject({
      quantity: 120,
      quantityText: '120',
      pending: { document: 'Lämpöyhtiön vuosiraportti', owner: 'Maija' },
    });
  });
});
