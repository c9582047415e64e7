/**
 * The backup reminder: due only after edits and enough days without a backup (or with data and no backup
 * ever), quiet for a day when snoozed, and its settings kept out of backups.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup, verifyBackup } from '../../../src/db/backup/exportBackup';
import {
  BACKUP_DUE_AFTER_MS,
  backupReminder,
  changedSince,
  REMINDER_SNOOZE_MS,
  reminderSettingsStamp,
  snoozeBackupReminder,
} from '../../../src/db/backup/lastChange';
import { LAST_BACKUP_KEY, REMINDER_SNOOZE_KEY } from '../../../src/db/backup/types';
import { freshDb } from '../helpers';
import { entry, inventory, org } from './data';

const DAY = 24 * 60 * 60 * 1000;
const BACKUP = '2026-11-01T10:00:00.000Z';
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

async function withData(updatedAt: { org?: string; inv?: string; entry?: string } = {}) {
  const { db } = freshDb();
  await db.organizations.put(org('o1', 'Kivi Oy', updatedAt.org ? { updatedAt: updatedAt.org } : {}));
  await db.inventories.put(inventory('i1', 'o1', 2025, updatedAt.inv ? { updatedAt: updatedAt.inv } : {}));
  await db.entries.put(entry('e1', 'i1', 0, updatedAt.entry ? { updatedAt: updatedAt.entry } : {}));
  return db;
}

describe('backup reminder', () => {
  it('is quiet on an empty device and with only the example partner', async () => {
    const { db } = freshDb();
    expect(await backupReminder(db)).toEqual({ due: false });
    await db.organizations.put(org('demo', 'Esimerkki Oy', { demo: true }));
    expect((await backupReminder(db)).due).toBe(false);
  });

  it('is due when there is a partner and no backup was ever made', async () => {
    const db = await withData();
    expect(await backupReminder(db)).toEqual({ due: true });
  });

  it('is due only when the backup is old enough and a partner, year or entry changed since', async () => {
    const old = plus(BACKUP, -DAY);
    for (const changed of ['org', 'inv', 'entry'] as const) {
      const db = await withData({ org: old, inv: old, entry: old, [changed]: plus(BACKUP, DAY) });
      await db.settings.put({ key: LAST_BACKUP_KEY, value: BACKUP });
      expect(await changedSince(db, BACKUP)).toBe(true);
      // Changed, but the backup is younger than the limit.
      expect(await backupReminder(db, plus(BACKUP, BACKUP_DUE_AFTER_MS - 1))).toEqual({
        lastBackupAt: BACKUP,
        due: false,
      });
      expect(await backupReminder(db, plus(BACKUP, BACKUP_DUE_AFTER_MS + 1))).toEqual({
        lastBackupAt: BACKUP,
        due: true,
      });
    }
    const still = await withData({ org: old, inv: old, entry: old });
    await still.settings.put({ key: LAST_BACKUP_KEY, value: BACKUP });
    expect(await changedSince(still, BACKUP)).toBe(false);
    expect((await backupReminder(still, plus(BACKUP, 30 * DAY))).due).toBe(false);
  });

  it("its settings' stamp changes with a snooze and a backup, and not with an edit", async () => {
    const db = await withData();
    const empty = await reminderSettingsStamp(db);
    await db.entries.update('e1', { quantity: 3 });
    expect(await reminderSettingsStamp(db)).toBe(empty);
    await snoozeBackupReminder(db);
    const snoozed = await reminderSettingsStamp(db);
    expect(snoozed).not.toBe(empty);
    await db.settings.put({ key: LAST_BACKUP_KEY, value: BACKUP });
    expect(await reminderSettingsStamp(db)).not.toBe(snoozed);
  });

  it('snoozes for a day', async () => {
    const db = await withData();
    const at = '2026-11-20T08:00:00.000Z';
    await snoozeBackupReminder(db, at);
    expect((await backupReminder(db, plus(at, REMINDER_SNOOZE_MS - 1))).due).toBe(false);
    expect((await backupReminder(db, plus(at, REMINDER_SNOOZE_MS + 1))).due).toBe(true);
  });

  it('a verified backup stops it, and its settings are not in the backup', async () => {
    const db = await withData();
    await snoozeBackupReminder(db);
    const written = await exportBackup(db, { appVersion: 'test' });
    expect(written.file.data.settings.map((s) => s.key)).not.toContain(REMINDER_SNOOZE_KEY);
    expect((await verifyBackup(written.text, db)).ok).toBe(true);
    const r = await backupReminder(db, plus(new Date().toISOString(), 2 * REMINDER_SNOOZE_MS));
    expect(r.due).toBe(false);
    expect(typeof r.lastBackupAt).toBe('string');
  });
});
