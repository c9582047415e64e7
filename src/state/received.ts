/**
 * The coordinator's received files as the pages use them (issue 13): the stored summaries, live, with each
 * partner's years worked out (the newest export wins; older copies are listed as superseded), and removal
 * with undo. The undo holds the removed rows in memory until the next removal or until it is used.
 */
import { listReceived, type RemovedReceived, removeReceived, restoreReceived } from '../db/received';
import type { ReceivedFileRow } from '../db/rows';
import { db } from './database';
import { type Signal, signal } from './signal';
import { useLive } from './useLive';

/** A backup's format name: a backup received by mistake is named as such to the coordinator. */
export { BACKUP_FORMAT } from '../db/backup/types';

/** Every stored summary, in the order received; undefined while loading. */
export function useReceivedFiles(): ReceivedFileRow[] | undefined {
  return useLive(() => listReceived(db), []);
}

/** The last removal, which can be undone. */
export const lastRemoval: Signal<{ names: string[]; removed: RemovedReceived } | undefined> =
  signal(undefined);

export async function removeReceivedFiles(ids: readonly string[]): Promise<void> {
  const removed = await removeReceived(db, ids);
  lastRemoval.set({ names: removed.rows.map((r) => r.fileName), removed });
}

export async function undoRemoval(): Promise<void> {
  const last = lastRemoval.get();
  if (!last) return;
  await restoreReceived(db, last.removed);
  lastRemoval.set(undefined);
}
