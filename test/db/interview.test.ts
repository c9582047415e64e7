/** Interview answers written with the exclusions they make, and the explicit deletion of a conflict (issue 10). */
import { describe, expect, it } from 'vitest';
import { deleteEntriesAndExclude, writeInterview } from '../../src/db/interview';
import { createInventory } from '../../src/db/inventories';
import { entry, inventory, org } from './backup/data';
import { freshDb } from './helpers';

const words = (key: string) => `words of ${key}`;

async function year() {
  const { db } = freshDb();
  await db.organizations.add(org('o', 'Leipomo Oy', { sector: '10.71' }));
  await db.inventories.add(
    inventory('y', 'o', 2025, { excluded: [{ category: 's3.15', reason: 'Ei sijoituksia, tarkistettu.' }] }),
  );
  await db.entries.bulkAdd([
    entry('van', 'y', 1, { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' }),
    entry('later', 'y', 2, { category: 's1.mobile', activity: '', quantity: null, quantityText: '' }),
  ]);
  return db;
}

describe('writeInterview', () => {
  it('stores the answers and the exclusions with their words, and never excludes a category with entries', async () => {
    const db = await year();
    const change = await writeInterview(
      db,
      'y',
      () => ({ vehicles: 'none', franchises: 'no' }),
      '10.71',
      words,
    );
    expect(change.conflicts).toEqual([{ category: 's1.mobile', reason: 'noVehicles', entries: 2 }]);
    const row = await db.inventories.get('y');
    expect(row?.interview).toMatchObject({
      answers: { vehicles: 'none', franchises: 'no' },
      sector: '10.71',
    });
    expect(row?.excluded).toEqual([
      { category: 's3.15', reason: 'Ei sijoituksia, tarkistettu.' },
      { category: 's3.14', reason: 'words of noFranchises' },
    ]);
    expect(await db.entries.count()).toBe(2);
  });

  it('withdraws the exclusion of an answer changed to "don\'t know"', async () => {
    const db = await year();
    await writeInterview(db, 'y', () => ({ franchises: 'no' }), undefined, words);
    await writeInterview(db, 'y', (a) => ({ ...a, franchises: 'unknown' }), undefined, words);
    const row = await db.inventories.get('y');
    expect(row?.excluded.map((x) => x.category)).toEqual(['s3.15']);
    expect(row?.interview).not.toHaveProperty('sector');
  });
});

describe('answers chosen quickly', () => {
  it('keep each other: each write changes the stored answers, not a copy taken before the other', async () => {
    const db = await year();
    await Promise.all([
      writeInterview(db, 'y', (a) => ({ ...a, fuels: 'gas' }), '10.71', words),
      writeInterview(db, 'y', (a) => ({ ...a, travel: 'no' }), '10.71', words),
    ]);
    expect((await db.inventories.get('y'))?.interview?.answers).toEqual({ fuels: 'gas', travel: 'no' });
  });
});

describe('deleteEntriesAndExclude', () => {
  it("deletes only that category's entries of that year and excludes it with the justification", async () => {
    const db = await year();
    await db.inventories.add(inventory('y2', 'o', 2024));
    await db.entries.add(entry('old-van', 'y2', 1, { category: 's1.mobile' }));
    await db.entries.add(entry('power', 'y', 3));
    expect(await deleteEntriesAndExclude(db, 'y', 's1.mobile', 'Pakettiauto myytiin.')).toBe(2);
    expect((await db.entries.toArray()).map((e) => e.id).sort()).toEqual(['old-van', 'power']);
    expect((await db.inventories.get('y'))?.excluded).toContainEqual({
      category: 's1.mobile',
      reason: 'Pakettiauto myytiin.',
    });
  });
});

describe('a year copied from another', () => {
  it('keeps the answers with the exclusions they made, so the questions open as they were left', async () => {
    const db = await year();
    await writeInterview(db, 'y', () => ({ franchises: 'no', vehicles: 'own' }), '10.71', words);
    const next = await createInventory(db, 'o', 2026, {
      factorSet: { id: 'fi', release: '2025.1' },
      copyFrom: 'y',
    });
    expect(next.interview?.answers).toEqual({ franchises: 'no', vehicles: 'own' });
    expect(next.excluded.map((x) => x.category)).toContain('s3.14');
  });
});
