/**
 * A full backup of the app's database, and its check by reading it back. Apart from the import code, so the
 * app shell's emergency download (storage failing) loads only this.
 */
import { exportBackup, verifyBackup } from '../db/backup/exportBackup';
import type { BackupHeader, TableCounts, VerifyResult, WrittenBackup } from '../db/backup/types';
import { db } from './database';

export type { TableCounts };

/** Everything stored, as a backup file's text (lossless: unfinished entries, factor sets and settings too). */
export const makeBackup = (appVersion: string): Promise<WrittenBackup> => exportBackup(db, { appVersion });

/**
 * Reads the saved text back: checksum, validation, counts equal to the database's; on success the backup's
 * time is recorded (the reminder counts from it).
 */
export const checkBackup = (text: string, written?: Pick<BackupHeader, 'checksum'>): Promise<VerifyResult> =>
  verifyBackup(text, db, written);
