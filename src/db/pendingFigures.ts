/**
 * The "figure not known yet" part of an entry row (issue 10): its document and owner written one field at a
 * time inside the write, from the stored row, so typing in one field cannot put back the other's older text.
 */
import { now } from './ids';
import type { EntryRow } from './rows';
import type { PaastoDb } from './schema';
import { RecordGoneError, write } from './storageErrors';

export type PendingField = keyof NonNullable<EntryRow['pending']>;

/**
 * Sets (or with an empty text removes) one field of the row's pending part. A row no longer marked pending is
 * left as it is: an older write retried after the user unticked cannot mark it again.
 */
export async function updatePendingField(
  db: PaastoDb,
  id: string,
  field: PendingField,
  text: string,
): Promise<void> {
  await write(db, () =>
    db.transaction('rw', db.entries, async () => {
      const row = await db.entries.get(id);
      if (!row) throw new RecordGoneError(`entry ${id}`);
      if (!row.pending) return;
      const pending = { ...row.pending };
      if (text === '') delete pending[field];
      else pending[field] = text;
      await db.entries.update(id, { pending, updatedAt: now() });
    }),
  );
}
