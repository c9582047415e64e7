/**
 * The coordinator's received partner files (issue 13, schema version 4): one summary row per file in
 * `received` and its inputs, gzip-compressed, in `receivedInputs` under the same id. Both are written and
 * removed together, in one transaction; a file whose SHA-256 is stored already is not stored twice. Listing
 * reads the summaries only.
 */
import type { ReceivedFileRow, ReceivedInputsRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export interface ReceivedItem {
  summary: ReceivedFileRow;
  gzip: Uint8Array;
}

/** Every stored summary, in the order received. */
export function listReceived(db: PaastoDb): Promise<ReceivedFileRow[]> {
  return db.received.orderBy('receivedAt').toArray();
}

/** SHA-256 of every stored file: what a new batch is checked against. */
export async function receivedHashes(db: PaastoDb): Promise<string[]> {
  return (await db.received.orderBy('sha256').keys()) as string[];
}

/**
 * Stores the files not stored yet; returns the ids of those that were (by SHA-256), which are left as they are.
 */
export function addReceived(db: PaastoDb, items: readonly ReceivedItem[]): Promise<{ already: string[] }> {
  return write(db, () =>
    db.transaction('rw', [db.received, db.receivedInputs], async () => {
      const shas = items.map((i) => i.summary.sha256);
      const stored = new Set((await db.received.where('sha256').anyOf(shas).keys()) as string[]);
      const fresh: ReceivedItem[] = [];
      const already: string[] = [];
      for (const item of items) {
        if (stored.has(item.summary.sha256)) already.push(item.summary.id);
        else {
          stored.add(item.summary.sha256);
          fresh.push(item);
        }
      }
      await db.received.bulkAdd(fresh.map((i) => i.summary));
      await db.receivedInputs.bulkAdd(
        fresh.map((i): ReceivedInputsRow => ({ id: i.summary.id, gzip: i.gzip })),
      );
      return { already };
    }),
  );
}

/** What a removal took away, kept to put it back exactly. */
export interface RemovedReceived {
  rows: ReceivedFileRow[];
  inputs: ReceivedInputsRow[];
}

/** Removes the files with these ids and returns them as they were, for undo. */
export function removeReceived(db: PaastoDb, ids: readonly string[]): Promise<RemovedReceived> {
  return write(db, () =>
    db.transaction('rw', [db.received, db.receivedInputs], async () => {
      const rows = (await db.received.bulkGet([...ids])).filter((r): r is ReceivedFileRow => r !== undefined);
      const inputs = (await db.receivedInputs.bulkGet([...ids])).filter(
        (r): r is ReceivedInputsRow => r !== undefined,
      );
      await db.received.bulkDelete([...ids]);
      await db.receivedInputs.bulkDelete([...ids]);
      return { rows, inputs };
    }),
  );
}

/** Puts removed files back (undo); a file received again meanwhile (same SHA-256) is kept as it is. */
export async function restoreReceived(db: PaastoDb, removed: RemovedReceived): Promise<void> {
  const inputs = new Map(removed.inputs.map((r) => [r.id, r.gzip]));
  await addReceived(
    db,
    removed.rows.map((summary) => ({ summary, gzip: inputs.get(summary.id) ?? new Uint8Array() })),
  );
}
