/**
 * What a verified backup records: the time its rows were read (a change made while the file was being saved
 * still counts as changed since), and only for the file that was written (another valid file read back is not
 * a backup of now).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup, getLastBackupAt, verifyBackup } from '../../../src/db/backup/exportBackup';
import { changedSince } from '../../../src/db/backup/lastChange';
import type { PaastoDb } from '../../../src/db/schema';
import { freshDb } from '../helpers';
import { fillSample } from './data';

async function sample(): Promise<PaastoDb> {
  const { db } = freshDb();
  await fillSample(db);
  return db;
}

const pause = () => new Promise((r) => setTimeout(r, 5));

describe('verifying a written backup', () => {
  it('records when the rows were read: an edit made while the file was saved still counts as unsaved', async () => {
    const db = await sample();
    const written = await exportBackup(db, { appVersion: 'test' });
    await pause();
    // The same number of rows: the counts cannot tell; the edit's time must.
    const editedAt = new Date().toISOString();
    await db.entries.update('e5', { quantity: 7, quantityText: '7', updatedAt: editedAt });
    const v = await verifyBackup(written.text, db, written.file);
    expect(v.ok).toBe(true);
    const last = await getLastBackupAt(db);
    expect(last).toBe(written.file.createdAt);
    expect((last as string) < editedAt).toBe(true);
    expect(await changedSince(db, last as string)).toBe(true);
  });

  it('a valid backup that is not the one written is refused, and no time is recorded', async () => {
    const db = await sample();
    const older = await exportBackup(db, { appVersion: 'test' });
    await db.entries.update('e5', { quantity: 7, quantityText: '7', updatedAt: new Date().toISOString() });
    const newer = await exportBackup(db, { appVersion: 'test' });
    const v = await verifyBackup(older.text, db, newer.file);
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.issues.map((i) => i.code)).toEqual(['checksum']);
    expect(await getLastBackupAt(db)).toBeUndefined();
    expect((await verifyBackup(newer.text, db, newer.file)).ok).toBe(true);
  });
});
