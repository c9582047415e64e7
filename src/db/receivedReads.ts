/**
 * Reads of the coordinator's received files for one partner's report: the summaries of a partner's files
 * (by its partner key) and a file's stored inputs, gzip-compressed as received (schema version 4). The
 * dashboard reads only the summaries; the inputs are read when a partner's report is opened.
 */
import type { ReceivedFileRow } from './rows';
import type { PaastoDb } from './schema';

export function receivedOfPartner(db: PaastoDb, partnerKey: string): Promise<ReceivedFileRow[]> {
  return db.received.where('partnerKey').equals(partnerKey).toArray();
}

/** The file's inputs, gzip-compressed; undefined when they are not stored (the file was removed). */
export async function receivedInputsOf(db: PaastoDb, fileId: string): Promise<Uint8Array | undefined> {
  return (await db.receivedInputs.get(fileId))?.gzip;
}
