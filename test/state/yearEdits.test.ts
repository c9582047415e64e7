/**
 * The year page's commands (src/state/yearEdits.ts) on the app's database: each field's edit is saved under
 * the key the page used before it wrote through state (`entry:<id>:<fields>`, `inventory:<id>:<fields>`), a
 * write that fails is kept under that key and written when storage works again, and removing an entry drops
 * the edits of it still waiting for storage. (Own factors belong to the partner: test/state/ownFactors.test.ts.)
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createInventory } from '../../src/db/inventories';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { db } from '../../src/state/database';
import { editState, holdEdits, retryUnsaved, saveState } from '../../src/state/saveStatus';
import {
  addYearEntry,
  entrySaveKey,
  removeYearEntry,
  saveEntry,
  saveInventory,
} from '../../src/state/yearEdits';

/** Lets every settled write's callbacks (and the retries they start) run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

let partners = 0;
const year = () => createInventory(db, `org-${++partners}`, 2024, { factorSet: DEFAULT_FACTOR_SET });

/** The next entry update fails as a full disk does. */
const diskFullOnce = () =>
  vi
    .spyOn(db.entries, 'update')
    .mockRejectedValueOnce(
      Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    );

describe('the year page’s commands', () => {
  it('save an entry’s fields under their key, keep a failed write and write it when storage works again', async () => {
    const inv = await year();
    const entry = await addYearEntry(inv.id, { category: 's1.mobile', unit: 'l' });
    const key = entrySaveKey(entry.id, ['quantityText', 'quantity']);
    expect(key).toBe(`entry:${entry.id}:quantity,quantityText`);

    saveEntry(entry.id, { quantity: 12.5, quantityText: '12,5' });
    await settle();
    expect(await db.entries.get(entry.id)).toMatchObject({ quantity: 12.5, quantityText: '12,5' });
    expect(editState(key)).toBe('idle');

    // A full disk: the edit is kept under its field's key, then written on retry.
    const spy = diskFullOnce();
    saveEntry(entry.id, { quantity: 30, quantityText: '30' });
    await settle();
    expect(editState(key)).toBe('failed');
    expect(saveState.get().unsaved).toBe(1);
    spy.mockRestore();
    await retryUnsaved();
    await settle();
    expect(editState(key)).toBe('idle');
    expect(await db.entries.get(entry.id)).toMatchObject({ quantity: 30, quantityText: '30' });

    saveInventory(inv.id, { status: 'complete' });
    await settle();
    expect((await db.inventories.get(inv.id))?.status).toBe('complete');
    expect(editState(`inventory:${inv.id}:status`)).toBe('idle');
  });

  it('remove an entry, and with it the edits of it that wait (here for the choice about another tab’s value)', async () => {
    const inv = await year();
    const entry = await addYearEntry(inv.id, { category: 's1.mobile', unit: 'l' });
    const key = entrySaveKey(entry.id, ['note']);
    holdEdits(key);
    saveEntry(entry.id, { note: 'typed while another tab changed it' });
    expect(editState(key)).toBe('held');
    expect(await removeYearEntry(entry.id)).toBe(true);
    await settle();
    expect(await db.entries.get(entry.id)).toBeUndefined();
    expect(editState(key)).toBe('idle');
    expect(saveState.get()).toMatchObject({ unsaved: 0, conflicts: 0 });
  });

  it('a kept edit written again after a later one puts back none of the later one’s fields (activity and unit, then unit)', async () => {
    const inv = await year();
    const entry = await addYearEntry(inv.id, { category: 's2.electricity', unit: 'kWh' });
    const older = entrySaveKey(entry.id, ['activity', 'unit']);
    const spy = diskFullOnce();
    saveEntry(entry.id, { activity: 'electricity-grid', unit: 'kWh' });
    await settle();
    expect(editState(older)).toBe('failed');
    spy.mockRestore();
    // The unit chosen later is stored, and its success writes the kept edit again: its activity only.
    saveEntry(entry.id, { unit: 'MWh' });
    await settle();
    expect(editState(older)).toBe('idle');
    expect(await db.entries.get(entry.id)).toMatchObject({ activity: 'electricity-grid', unit: 'MWh' });
    expect(saveState.get()).toMatchObject({ unsaved: 0 });
  });

  it('a kept edit all of whose fields a later edit wrote is dropped, not written again', async () => {
    const inv = await year();
    const entry = await addYearEntry(inv.id, { category: 's1.mobile', unit: 'l' });
    const older = entrySaveKey(entry.id, ['unit']);
    const spy = diskFullOnce();
    saveEntry(entry.id, { unit: 'm3' });
    await settle();
    expect(editState(older)).toBe('failed');
    spy.mockRestore();
    saveEntry(entry.id, { activity: 'diesel', unit: 'l' });
    await settle();
    expect(editState(older)).toBe('idle');
    expect(await db.entries.get(entry.id)).toMatchObject({ activity: 'diesel', unit: 'l' });
  });

  it('an edit of an entry another tab removed is dropped, not kept as a storage failure', async () => {
    const inv = await year();
    const entry = await addYearEntry(inv.id, { category: 's1.mobile', unit: 'l' });
    await db.entries.delete(entry.id);
    const key = entrySaveKey(entry.id, ['note']);
    saveEntry(entry.id, { note: 'typed in a tab that had not yet seen the removal' });
    await settle();
    expect(editState(key)).toBe('idle');
    expect(saveState.get()).toMatchObject({ unsaved: 0, failure: null });
    expect(await db.entries.get(entry.id)).toBeUndefined();
  });
});
