/**
 * From a file the user chose to validated rows: size checked before reading, JSON parsed (a syntax error is
 * an issue, not an exception), the kind detected — a backup, one exchange file, or the legacy array of
 * exchange files — and each read by its reader. Nothing is written.
 */
import type { ReadResult } from './types';

/** Reads a chosen or dropped file. Refuses a file over MAX_IMPORT_BYTES without reading it. */
export async function readImportFile(file: Blob): Promise<ReadResult> {
  throw new Error(`not implemented ${file.size}`);
}

/** The same from text already read. */
export async function readImportText(text: string): Promise<ReadResult> {
  throw new Error(`not implemented ${text.length}`);
}

/** The same from parsed JSON. */
export async function readImportJson(json: unknown): Promise<ReadResult> {
  throw new Error(`not implemented ${typeof json}`);
}
