/**
 * The backup reminder's question — is a backup due? — answered with as little reading as possible: the
 * time of the last verified backup and of a snooze are two settings; only when the backup is older than
 * BACKUP_DUE_AFTER_MS are partners, years and entries looked at, and the look stops at the first row changed
 * since. Kept apart from the export code so the app shell can ask without loading it.
 */
import { now } from '../ids';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { LAST_BACKUP_KEY, REMINDER_SNOOZE_KEY } from './types';

/** A backup older than this, with changes since, is suggested. */
export const BACKUP_DUE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** "Remind me later" hides the reminder for this long. */
export const REMINDER_SNOOZE_MS = 24 * 60 * 60 * 1000;

export interface BackupReminder {
  /** ISO time of the last verified backup on this device. */
  lastBackupAt?: string;
  /** Whether to suggest a backup now. */
  due: boolean;
}

function stringSetting(row: { value: unknown } | undefined): string | undefined {
  return typeof row?.value === 'string' ? row.value : undefined;
}

/** The reminder's two settings as one text, for a live query that says when to work the reminder out again. */
export async function reminderSettingsStamp(db: PaastoDb): Promise<string> {
  return JSON.stringify(await db.settings.bulkGet([LAST_BACKUP_KEY, REMINDER_SNOOZE_KEY]));
}

/**
 * Whether a partner, year or entry was changed after `since` (ISO time; rows carry ISO times, so text order
 * is time order). A deletion leaves no row to date: it is not seen here.
 */
export function changedSince(db: PaastoDb, since: string): Promise<boolean> {
  return db.transaction('r', [db.organizations, db.inventories, db.entries], async () => {
    if ((await db.organizations.where('updatedAt').above(since).count()) > 0) return true;
    if ((await db.inventories.filter((i) => i.updatedAt > since).first()) !== undefined) return true;
    return (await db.entries.filter((e) => e.updatedAt > since).first()) !== undefined;
  });
}

/**
 * Due when not snoozed and either no backup was ever made and there is a partner of one's own (the example
 * partner alone does not count), or the last backup is older than BACKUP_DUE_AFTER_MS and data changed since.
 */
export async function backupReminder(db: PaastoDb, at: string = now()): Promise<BackupReminder> {
  const [lastRow, snoozeRow] = await db.settings.bulkGet([LAST_BACKUP_KEY, REMINDER_SNOOZE_KEY]);
  const lastBackupAt = stringSetting(lastRow);
  const snoozedUntil = stringSetting(snoozeRow);
  const base = lastBackupAt !== undefined ? { lastBackupAt } : {};
  if (snoozedUntil !== undefined && snoozedUntil > at) return { ...base, due: false };
  if (lastBackupAt === undefined)
    return { due: (await db.organizations.filter((o) => o.demo !== true).first()) !== undefined };
  if (Date.parse(at) - Date.parse(lastBackupAt) < BACKUP_DUE_AFTER_MS) return { ...base, due: false };
  return { ...base, due: await changedSince(db, lastBackupAt) };
}

/** Hides the reminder for REMINDER_SNOOZE_MS (a device setting: not backed up). */
export async function snoozeBackupReminder(db: PaastoDb, at: string = now()): Promise<void> {
  const until = new Date(Date.parse(at) + REMINDER_SNOOZE_MS).toISOString();
  await write(db, () => db.settings.put({ key: REMINDER_SNOOZE_KEY, value: until }));
}
