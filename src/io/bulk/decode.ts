/**
 * The bytes of a CSV file to text. Files are UTF-8 (with or without a byte-order mark), UTF-16 (Excel's
 * "Unicode text") or, from older Finnish Excel and many portals, Windows-1252: bytes that are not valid UTF-8
 * are read as Windows-1252, so "Päivämäärä" is not turned into replacement characters.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Files larger than this are refused before reading: a year's rows are far smaller. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
