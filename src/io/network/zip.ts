/**
 * The files inside a .zip, read one at a time (issue 13: a coordinator may receive the partners' files as one
 * zip). Only what such archives use: the central directory at the end, entries stored or deflated, names in
 * UTF-8 (or the old DOS code page, read as Latin-1). Each entry is read from its own slice of the archive and
 * inflated by the platform's DecompressionStream('deflate-raw'), so a zip of a thousand files is never in
 * memory at once; a library for this little was not worth its weight. Zip64, encryption and other methods are
 * refused with a reason, entry by entry where the entry alone is concerned.
 */

/** Reads bytes [start, end) of the archive (a Blob's slice, or a test's buffer). */
export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

export type ZipEntryProblem = 'encrypted' | 'method' | 'too-large' | 'corrupt';

export interface ZipEntry {
  name: string;
  /** Bytes once inflated, as the directory says. */
  size: number;
  compressedSize: number;
  method: number;
  flags: number;
  localOffset: number;
}

export type ZipProblem = 'not-zip' | 'zip64';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function nameOf(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The archive's file entries (folders left out), or why it cannot be read as a zip. */
export async function zipEntries(
  size: number,
  read: ReadRange,
): Promise<{ entries: ZipEntry[] } | { problem: ZipProblem }> {
  // The end record is in the last 22 bytes, or before a comment of up to 65,535 bytes.
  const tailStart = Math.max(0, size - 22 - 65_535);
  const tail = await read(tailStart, size);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { problem: 'not-zip' };
  const count = u16(tail, end + 10);
  const cdSize = u32(tail, end + 12);
  const cdOffset = u32(tail, end + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { problem: 'zip64' };
  if (cdOffset + cdSize > size) return { problem: 'not-zip' };
  const cd = await read(cdOffset, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > cd.length || u32(cd, at) !== CENTRAL) return { problem: 'not-zip' };
    const flags = u16(cd, at + 8);
    const method = u16(cd, at + 10);
    const compressedSize = u32(cd, at + 20);
    const entrySize = u32(cd, at + 24);
    const nameLength = u16(cd, at + 28);
    const extraLength = u16(cd, at + 30);
    const commentLength = u16(cd, at + 32);
    const localOffset = u32(cd, at + 42);
    if (compressedSize === 0xffffffff || entrySize === 0xffffffff || localOffset === 0xffffffff)
      return { problem: 'zip64' };
    const name = nameOf(cd.subarray(at + 46, at + 46 + nameLength), (flags & 0x0800) !== 0);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    entries.push({ name, size: entrySize, compressedSize, method, flags, localOffset });
  }
  return { entries };
}

async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  }).pipeThrough(new DecompressionStream('deflate-raw'));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // An entry that inflates past what its directory says (or past the limit) is not read further.
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * One entry's bytes, or the reason it cannot be read; an entry above `limit` bytes is refused unread, and
 * one that inflates to other than its stated size is corrupt.
 */
export async function readZipEntry(
  e: ZipEntry,
  read: ReadRange,
  limit: number,
): Promise<{ bytes: Uint8Array } | { problem: ZipEntryProblem }> {
  if ((e.flags & 0x0001) !== 0) return { problem: 'encrypted' };
  if (e.method !== 0 && e.method !== 8) return { problem: 'method' };
  if (e.size > limit) return { problem: 'too-large' };
  const local = await read(e.localOffset, e.localOffset + 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL) return { problem: 'corrupt' };
  const start = e.localOffset + 30 + u16(local, 26) + u16(local, 28);
  const data = await read(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) return { problem: 'corrupt' };
  if (e.method === 0) return e.size === data.length ? { bytes: data } : { problem: 'corrupt' };
  try {
    const bytes = await inflateRaw(data, Math.min(limit, e.size));
    return bytes && bytes.length === e.size ? { bytes } : { problem: 'corrupt' };
  } catch {
    return { problem: 'corrupt' };
  }
}

/** A Blob's range reader. */
export function blobRange(blob: Blob): ReadRange {
  return async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer());
}
