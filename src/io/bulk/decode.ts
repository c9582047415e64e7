/**
 * The bytes of a CSV file to text. Files are UTF-8 (with or without a byte-order mark), UTF-16 (Excel's
 * "Unicode text") or, from older Finnish Excel and many portals, Windows-1252. The encoding is decided for the
 * whole file, never guessed line by line without asking: a file that is not valid UTF-8 is read as
 * Windows-1252 only when nothing in it is UTF-8 (no multi-byte sequence, no byte-order mark). A file that
 * holds both — UTF-8 lines and a line pasted in from an older program — is reported with its lines: reading
 * it all as Windows-1252 would store "ÄÖ-1" as "Ã„Ã–-1" without a word.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file whose lines are in two encodings. */
export interface MixedEncoding {
  /** The lines (1-based, counted at line breaks) that are not valid UTF-8, in order. */
  lines: number[];
  /** The first such line as Windows-1252 would read it (at most 80 characters), for the user to recognise. */
  sample: string;
  /**
   * Whether every such line can be read as Windows-1252 on its own: it has no UTF-8 sequence of its own
   * (which Windows-1252 would garble) and no byte Windows-1252 leaves undefined.
   */
  linesAre1252: boolean;
}

export type DecodedText =
  | { encoding: Encoding; text: string }
  /**
   * `text` is the lines that are UTF-8 read as UTF-8 and the others as Windows-1252: a reading to offer the user
   * (when `mixed.linesAre1252`), never one to take without asking.
   */
  | { encoding: 'mixed'; text: string; mixed: MixedEncoding }
  /** Not text in any of the encodings: NUL bytes, or bytes Windows-1252 does not define (an .xlsx file, say). */
  | { encoding: 'binary'; text: '' };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
// Byte values Windows-1252 leaves undefined: no text file in that encoding holds them.
const NOT_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const SAMPLE_CHARS = 80;

const cont = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * The length of the valid UTF-8 multi-byte sequence starting at `i` (2–4), or 0 when there is none there.
 * Overlong forms, surrogates and code points above U+10FFFF are not valid (RFC 3629, as TextDecoder reads).
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const b1 = bytes[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return cont(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (b1 === undefined || !cont(b1)) return 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0;
    return cont(bytes[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (b1 === undefined || !cont(b1)) return 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(bytes[i + 2]) && cont(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

interface LineScan {
  /** Every byte of the line is ASCII or part of a valid UTF-8 sequence. */
  valid: boolean;
  /** The line holds at least one valid multi-byte UTF-8 sequence. */
  utf8: boolean;
  /** The line holds a byte outside any UTF-8 sequence that Windows-1252 does not define. */
  not1252: boolean;
}

function scanLine(bytes: Uint8Array): LineScan {
  let valid = true;
  let utf8 = false;
  let not1252 = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const n = sequenceAt(bytes, i);
    if (n === 0) {
      // Only a byte outside any UTF-8 sequence is read as Windows-1252: "Á" (C3 81) holds 0x81 legitimately.
      if (NOT_1252.has(b)) not1252 = true;
      valid = false;
      i += 1;
    } else {
      utf8 = true;
      i += n;
    }
  }
  return { valid, utf8, not1252 };
}

/** The file's lines as byte ranges, split at line feeds (0x0A means a line feed in UTF-8 and Windows-1252 alike). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  // NUL is in no text file of these encodings; UTF-16 without its mark would otherwise pass as UTF-8.
  if (bytes.includes(0)) return { encoding: 'binary', text: '' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return notUtf8(bytes);
  }
}

function notUtf8(all: Uint8Array): DecodedText {
  const bom = UTF8_BOM.every((b, i) => all[i] === b);
  const bytes = bom ? all.subarray(UTF8_BOM.length) : all;
  const utf8 = new TextDecoder('utf-8');
  const cp1252 = new TextDecoder('windows-1252');
  const lines = splitLines(bytes);
  const scans = lines.map(scanLine);
  if (scans.some((s) => !s.valid && s.not1252)) return { encoding: 'binary', text: '' };
  if (!bom && !scans.some((s) => s.utf8)) {
    // Nothing in the file is UTF-8: one consistent older encoding.
    return { text: cp1252.decode(bytes), encoding: 'windows-1252' };
  }
  const bad = scans.flatMap((s, i) => (s.valid ? [] : [i]));
  const first = lines[bad[0] ?? 0] ?? new Uint8Array();
  return {
    encoding: 'mixed',
    text: lines.map((l, i) => (scans[i]?.valid ? utf8 : cp1252).decode(l)).join(''),
    mixed: {
      lines: bad.map((i) => i + 1),
      sample: cp1252.decode(first).trimEnd().slice(0, SAMPLE_CHARS),
      linesAre1252: bad.every((i) => !scans[i]?.utf8),
    },
  };
}
