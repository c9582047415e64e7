/**
 * What the notices under the header read and do on the app's database: imports that can still be undone,
 * the backup reminder. Loaded with the notices after the page is drawn; the undo code only when asked.
 */

import type { UndoOutcome } from '../db/backup/applyImport';
import { dismissImportUndo, listImportUndos } from '../db/backup/importUndos';
import {
  type BackupReminder,
  backupReminder,
  reminderSettingsStamp,
  snoozeBackupReminder,
} from '../db/backup/lastChange';
import type { ImportUndoSummary } from '../db/backup/types';
import { db } from './database';

export type { BackupReminder };

export const listUndoableImports = (): Promise<ImportUndoSummary[]> => listImportUndos(db);
export const forgetUndo = (importId: string): Promise<void> => dismissImportUndo(db, importId);
/** Changes whenever a setting the reminder depends on changes, so a live query can follow them. */
export const reminderStamp = (): Promise<string> => reminderSettingsStamp(db);
export const readBackupReminder = (): Promise<BackupReminder> => backupReminder(db);
export const snoozeReminder = (): Promise<void> => snoozeBackupReminder(db);

/** Undoes an import: true, false (already gone), or why it cannot be undone yet. */
export async function undoImport(importId: string): Promise<UndoOutcome> {
  // The undo code (the whole import writer) is loaded when it is asked for, not with the notices.
  const { undoImport: undo } = await import('../db/backup/applyImport');
  return undo(db, importId);
}
