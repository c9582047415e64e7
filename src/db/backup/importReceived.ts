/**
 * The received partner files a backup import adds, decided without the database: each file this device does
 * not hold yet (by SHA-256, as adding files decides it) with its inputs; a stored file is never replaced. An id
 * the device uses for another file is replaced by a new one, its inputs following.
 */
import type { ReceivedFileRow, ReceivedInputsRow } from '../rows';
import type { BackupData } from './types';

export interface ReceivedWrites {
  received: ReceivedFileRow[];
  receivedInputs: ReceivedInputsRow[];
}

export function receivedWrites(
  data: Pick<BackupData, 'received' | 'receivedInputs'>,
  stored: { ids: readonly string[]; shas: readonly string[] },
  newId: () => string,
): ReceivedWrites {
  const ids = new Set(stored.ids);
  const shas = new Set(stored.shas);
  const inputs = new Map(data.receivedInputs.map((r) => [r.id, r.gzip]));
  const out: ReceivedWrites = { received: [], receivedInputs: [] };
  for (const row of data.received) {
    if (shas.has(row.sha256)) continue;
    shas.add(row.sha256);
    const id = ids.has(row.id) ? newId() : row.id;
    ids.add(id);
    out.received.push(id === row.id ? row : { ...row, id });
    const gzip = inputs.get(row.id);
    if (gzip) out.receivedInputs.push({ id, gzip });
  }
  return out;
}
