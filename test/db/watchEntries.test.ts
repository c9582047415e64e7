/**
 * watchEntries keeps a year's entries current by re-reading only what a write changed: after every kind of
 * write (typing, adding, removing, another year's entry, an import larger than a patch, removing the year)
 * its list equals a fresh read, and rows a write did not touch stay the same objects.
 */
import Dexie, { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addEntries } from '../../src/db/bulkEntries';
import {
  addEntry,
  createInventory,
  listEntries,
  removeEntry,
  removeInventory,
  updateEntry,
  watchEntries,
} from '../../src/db/inventories';
import { createOrganization } from '../../src/db/organizations';
import type { EntryRow } from '../../src/db/rows';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { freshDb } from './helpers';

/** The lists a watch delivers, and a promise of the next one. */
function collect() {
  const lists: EntryRow[][] = [];
  let wake: (() => void) | undefined;
  return {
    lists,
    onRows: (rows: EntryRow[]) => {
      lists.push(rows);
      wake?.();
    },
    /** Resolves once the watch has delivered `n` lists. */
    until: (n: number) =>
      new Promise<void>((ok) => {
        const check = () => (lists.length >= n ? ok() : undefined);
        wake = check;
        check();
      }),
  };
}

describe('watchEntries', () => {
  it('follows every kind of write with a list equal to a fresh read', async () => {
    const { db } = freshDb(`watch-${Math.random()}`);
    const org = await createOrganization(db, { name: 'Kuljetus Oy' });
    const year = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
    const other = await createInventory(db, org.id, 2023, { factorSet: DEFAULT_FACTOR_SET });
    const first = await addEntry(db, year.id, {
      category: 's1.mobile',
      activity: 'vehicle-fuel.diesel',
      unit: 'l',
    });
    const second = await addEntry(db, year.id, {
      category: 's2.heat',
      activity: 'district-heat.fi',
      unit: 'MWh',
    });
    const c = collect();
    const errors: unknown[] = [];
    const stop = watchEntries(db, year.id, c.onRows, (e) => errors.push(e));
    const fresh = () => listEntries(db, year.id);
    const last = () => c.lists[c.lists.length - 1] as EntryRow[];

    await c.until(1);
    expect(last()).toEqual(await fresh());

    // Typing: the changed row is read again, the other one stays the same object.
    await updateEntry(db, first.id, { quantity: 12.5, quantityText: '12,5' });
    await c.until(2);
    expect(last()).toEqual(await fresh());
    expect(last().find((r) => r.id === first.id)?.quantityText).toBe('12,5');
    expect(last().find((r) => r.id === second.id)).toBe(c.lists[0]?.find((r) => r.id === second.id));

    // Adding and removing.
    const third = await addEntry(db, year.id, { category: 's3.06', unit: 'pkm' });
    await c.until(3);
    expect(last().map((r) => r.id)).toEqual([first.id, second.id, third.id]);
    await removeEntry(db, second.id);
    await c.until(4);
    expect(last()).toEqual(await fresh());

    // Another year's entry is not this year's.
    await addEntry(db, other.id, { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' });
    await c.until(5);
    expect(last()).toEqual(await fresh());

    // An import larger than a patch reads the year again, in order.
    const drafts = Array.from({ length: 600 }, (_, i) => ({
      category: 's1.mobile' as const,
      activity: 'vehicle-fuel.diesel',
      quantity: i + 1,
      quantityText: String(i + 1),
      unit: 'l' as const,
      period: '2024-03',
    }));
    await addEntries(db, year.id, drafts);
    await c.until(6);
    expect(last()).toHaveLength(602);
    expect(last()).toEqual(await fresh());

    // Removing the year (a range delete) empties the list.
    await removeInventory(db, year.id);
    await expect.poll(() => last().length).toBe(0);

    // Stopped: later writes deliver nothing.
    stop();
    const delivered = c.lists.length;
    await addEntry(db, other.id, { category: 's1.mobile', unit: 'l' });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(c.lists.length).toBe(delivered);
    expect(errors).toEqual([]);
  });

  it('reads the year again when Dexie says anything may have changed (back from the back/forward cache)', async () => {
    const { db } = freshDb(`watch-all-${Math.random()}`);
    const org = await createOrganization(db, { name: 'Välimuisti Oy' });
    const year = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
    const entry = await addEntry(db, year.id, {
      category: 's2.heat',
      activity: 'district-heat.fi',
      unit: 'MWh',
    });
    const c = collect();
    const stop = watchEntries(db, year.id, c.onRows, () => undefined);
    await c.until(1);
    // Another tab's write that this page did not hear of (its channel was closed while the page was cached).
    const idb = db.backendDB();
    await new Promise<void>((ok, fail) => {
      const tx = idb.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ ...entry, quantity: 7, quantityText: '7' });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    // What Dexie fires on `pageshow` of a page restored from the cache.
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
    await c.until(2);
    expect(c.lists[1]?.find((r) => r.id === entry.id)?.quantityText).toBe('7');
    stop();
  });
});
