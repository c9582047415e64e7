/** Bulk entry from spreadsheets: what the import dialog loads on demand (papaparse stays out of the first visit). */
export { emptyMapping, type Field, type Mapping, suggestMapping } from './columns';
export { type DecodedText, decodeText, type Encoding, type MixedEncoding } from './decode';
export {
  type BulkChoices,
  type BulkResult,
  buildDrafts,
  type EntryDraft,
  type Notice,
  type RowResult,
} from './drafts';
export {
  MAX_FILE_BYTES,
  MAX_ROWS,
  type Refusal,
  refuseFile,
  refuseTable,
  refuseText,
} from './limits';
export type { Convention } from './numbers';
export { DELIMITERS, type Delimiter, readTable, type Table } from './table';
export { unitFromHeader } from './unitWords';
export { distinctValues, suggestActivity, suggestSite } from './values';
export { monthColumns, monthsToRows } from './wide';
