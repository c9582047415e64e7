/**
 * The whole database as a backup file, read in one transaction, and the check that a written file reads back
 * whole: "Backup complete" is said only after verifyBackup passes, and only then is the time recorded.
 */
import type { PaastoDb } from '../schema';
import type { VerifyResult, WrittenBackup } from './types';

export async function exportBackup(
  db: PaastoDb,
  meta: { appVersion: string; createdAt?: string },
): Promise<WrittenBackup> {
  throw new Error(`not implemented ${db.name} ${meta.appVersion}`);
}

/**
 * Parses and validates the text, checks its checksum and that its counts equal the database's now; on success
 * records the time in the setting LAST_BACKUP_KEY.
 */
export async function verifyBackup(text: string, db: PaastoDb): Promise<VerifyResult> {
  throw new Error(`not implemented ${text.length} ${db.name}`);
}

/** ISO time of the last verified backup on this device, if any. */
export async function getLastBackupAt(db: PaastoDb): Promise<string | undefined> {
  const row = await db.settings.get('lastBackupAt');
  return typeof row?.value === 'string' ? row.value : undefined;
}
