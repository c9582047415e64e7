/**
 * How much one import may hold, and the checks that refuse more before anything is previewed or written.
 * The ceiling is what the year page is built to hold: 20,000 entries (a transport company's daily fuel-card
 * rows for a year). A file is judged by its size before it is read; text (a file read, or cells pasted) by its
 * length before it is parsed and by its rows after parsing, before the preview is built. See
 * docs/bulk-entry.md, "Limits".
 */
import type { Table } from './table';

/** Entries one import may add: rows of a list, or month cells of a sheet with the months across. */
export const MAX_ROWS = 20_000;

/**
 * Files larger than this are refused from their size alone. 4 MiB holds 20,000 rows of up to 200 bytes (a
 * fuel-card row is about 40, a 15-column export about 150) and is read and parsed in about half a second; a
 * larger file is over the row limit in any layout these imports are made for.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Why a text or table is refused: shown with its figures, nothing previewed, nothing written. */
export type Refusal =
  | { kind: 'file-too-large'; bytes: number; max: number }
  | { kind: 'too-many-rows'; rows: number; max: number }
  | { kind: 'unclosed-quote'; line: number };

/** A file's size, before a byte of it is read. */
export function refuseFile(size: number): Refusal | null {
  return size > MAX_FILE_BYTES ? { kind: 'file-too-large', bytes: size, max: MAX_FILE_BYTES } : null;
}

/** Pasted or decoded text, before it is parsed: a character is at least a byte, so this is the file's limit. */
export function refuseText(text: string): Refusal | null {
  return text.length > MAX_FILE_BYTES
    ? { kind: 'file-too-large', bytes: text.length, max: MAX_FILE_BYTES }
    : null;
}

/**
 * A parsed table, before columns are suggested or drafts built. `entriesPerRow`: the month columns of a sheet
 * with the months across, each of whose cells becomes an entry, so the count is known before those rows are
 * made. An open quote comes first: the rows after it are not what the file meant, so neither is their count.
 */
export function refuseTable(table: Table, entriesPerRow = 1): Refusal | null {
  if (table.unclosedQuote !== null) return { kind: 'unclosed-quote', line: table.unclosedQuote };
  const rows = table.rows.length * entriesPerRow;
  return rows > MAX_ROWS ? { kind: 'too-many-rows', rows, max: MAX_ROWS } : null;
}
