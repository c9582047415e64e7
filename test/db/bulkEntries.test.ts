/** Bulk entry's write: all drafts in one transaction, appended in order, or nothing at all. */
import { describe, expect, it } from 'vitest';
import { addEntries, DraftError } from '../../src/db/bulkEntries';
import { addEntry, createInventory, listEntries } from '../../src/db/inventories';
import { createOrganization } from '../../src/db/organizations';
import { StorageError } from '../../src/db/storageErrors';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import type { EntryDraft } from '../../src/io/bulk';
import { freshDb } from './helpers';

async function yearWithOneEntry() {
  const { db } = freshDb();
  const org = await createOrganization(db, { name: 'Testi Oy' });
  const inv = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
  const existing = await addEntry(db, inv.id, {
    category: 's1.stationary',
    activity: 'fuel.light-fuel-oil',
    unit: 'l',
    quantity: 5,
    quantityText: '5',
  });
  return { db, inv, existing };
}

const month = (m: number, kwh: number): EntryDraft => ({
  category: 's2.electricity',
  activity: 'electricity.fi',
  quantity: kwh,
  quantityText: String(kwh).replace('.', ','),
  unit: 'kWh',
  period: `2024-${String(m).padStart(2, '0')}`,
});

describe('addEntries', () => {
  it('appends the drafts after the existing entries, in order, with the dialog defaults', async () => {
    const { db, inv, existing } = await yearWithOneEntry();
    const drafts = [month(1, 100.5), { ...month(2, 200), dataQuality: 'estimated' as const }, month(3, 300)];
    await addEntries(db, inv.id, drafts, { dataQuality: 'measured', sourceNote: 'sahko.csv' });
    const rows = await listEntries(db, inv.id);
    expect(rows.map((r) => r.id)[0]).toBe(existing.id);
    expect(
      rows.slice(1).map((r) => [r.period, r.quantity, r.quantityText, r.dataQuality, r.sourceNote]),
    ).toEqual([
      ['2024-01', 100.5, '100,5', 'measured', 'sahko.csv'],
      ['2024-02', 200, '200', 'estimated', 'sahko.csv'],
      ['2024-03', 300, '300', 'measured', 'sahko.csv'],
    ]);
    const orders = rows.map((r) => r.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(4);
  });

  it('refuses a malformed draft in the middle and writes none of them', async () => {
    const { db, inv } = await yearWithOneEntry();
    const before = await listEntries(db, inv.id);
    const drafts = [month(1, 1), { ...month(2, 2), quantity: Number.NaN }, month(3, 3)];
    await expect(addEntries(db, inv.id, drafts)).rejects.toBeInstanceOf(DraftError);
    await expect(
      addEntries(db, inv.id, [month(1, 1), { ...month(2, 2), period: '2024-13' }]),
    ).rejects.toThrow(/period/);
    expect(await listEntries(db, inv.id)).toEqual(before);
  });

  it('leaves the year as it was when storage fails at a row in the middle', async () => {
    const { db, inv } = await yearWithOneEntry();
    const before = await listEntries(db, inv.id);
    let n = 0;
    // The storage fails while the sixth of twelve rows is being written (as a full disk would).
    db.entries.hook('creating', () => {
      n++;
      if (n === 6)
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    });
    const drafts = Array.from({ length: 12 }, (_, i) => month(i + 1, (i + 1) * 10));
    const failure = await addEntries(db, inv.id, drafts).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect(n).toBeGreaterThanOrEqual(6);
    expect(await listEntries(db, inv.id)).toEqual(before);
  });

  it('writes nothing for an inventory that does not exist', async () => {
    const { db, inv } = await yearWithOneEntry();
    await expect(addEntries(db, 'no-such-year', [month(1, 1)])).rejects.toThrow();
    expect(await db.entries.count()).toBe((await listEntries(db, inv.id)).length);
  });
});
