/**
 * The coordinator's received files in a backup (tables `received` and `receivedInputs`, schema version 4):
 * each summary read by its schema (src/schema/received.ts), ids and SHA-256 unique (the table's unique index
 * would otherwise abort the restore halfway), each input's base64 text decoded to gzip bytes and tied to a
 * summary of the file. Problems go to the Checker; readBackup refuses the whole file on any error.
 */
import type { Checker, Json } from '../../core/check';
import { fromBase64 } from '../../io/base64';
import { MAX_FILE_BYTES } from '../../io/network/summarizeFile';
import { readRecord } from '../../schema/read';
import { ReceivedFileSummarySchema } from '../../schema/received';
import type { ReceivedFileRow, ReceivedInputsRow } from '../rows';

/** Every gzip stream starts with these two bytes (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/**
 * The longest base64 text of one file's inputs: the largest partner file the page accepts, gzip's worst case
 * for bytes that do not compress (a little over their size), four characters for every three bytes.
 */
const MAX_INPUTS_TEXT = Math.ceil((MAX_FILE_BYTES * 1.01 + 1024) / 3) * 4;

export function readReceived(
  c: Checker,
  summaries: readonly Json[],
  inputs: readonly Json[],
): { received: ReceivedFileRow[]; receivedInputs: ReceivedInputsRow[] } {
  const received: ReceivedFileRow[] = [];
  const ids = new Set<string>();
  const shas = new Set<string>();
  for (let i = 0; i < summaries.length; i++) {
    const at = `/data/received/${i}`;
    const o = c.object(summaries[i], at);
    if (!o) continue;
    const row = readRecord(c, ReceivedFileSummarySchema, o, at, 'draft');
    if (ids.has(row.id)) c.error(`${at}/id`, 'duplicate-id', { id: row.id });
    if (shas.has(row.sha256)) c.error(`${at}/sha256`, 'duplicate-id', { id: row.sha256 });
    ids.add(row.id);
    shas.add(row.sha256);
    received.push(row);
  }
  const receivedInputs: ReceivedInputsRow[] = [];
  const inputIds = new Set<string>();
  for (let i = 0; i < inputs.length; i++) {
    const at = `/data/receivedInputs/${i}`;
    const o = c.object(inputs[i], at);
    if (!o) continue;
    c.known(o, ['id', 'gzip'], at);
    const id = c.string(o, 'id', at, { required: true, pattern: ID, shape: 'id' });
    const text = c.string(o, 'gzip', at, { required: true, max: MAX_INPUTS_TEXT });
    if (id === undefined || text === undefined) continue;
    if (inputIds.has(id)) c.error(`${at}/id`, 'duplicate-id', { id });
    inputIds.add(id);
    if (!ids.has(id)) c.error(`${at}/id`, 'unknown-parent', { id, table: 'received' });
    const gzip = fromBase64(text);
    if (!gzip || gzip[0] !== GZIP_MAGIC[0] || gzip[1] !== GZIP_MAGIC[1]) {
      c.error(`${at}/gzip`, 'received-inputs', { id });
      continue;
    }
    receivedInputs.push({ id, gzip });
  }
  return { received, receivedInputs };
}
