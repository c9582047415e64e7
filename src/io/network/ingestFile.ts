/**
 * One picked or dropped file to what the coordinator's device keeps of it (issue 13): a partner file's
 * summary with its inputs gzip-compressed, the note that the same file was received already (by SHA-256 of its bytes without results, fileIdentity), or
 * the reasons it is refused. A .zip gives the outcome of each file inside it, read one at a time. Runs in a
 * Worker (worker.ts); pure apart from the platform's streams and hashing, so Node tests run it as is.
 */

import type { ReceivedFileSummary } from '../../core/network';
import type { FactorSetLoader } from '../evaluate';
import { gzipText } from './gzip';
import { fileIdentity, MAX_FILE_BYTES, type Refusal, summarizeFile } from './summarizeFile';
import {
  blobRange,
  type ReadRange,
  readZipEntry,
  type ZipEntryProblem,
  type ZipProblem,
  zipEntries,
} from './zip';

export type IngestRefusal = Refusal | { code: 'zip'; problem: ZipProblem | ZipEntryProblem };

export type Outcome =
  | { kind: 'added'; summary: ReceivedFileSummary; gzip: Uint8Array }
  /** The same bytes were received before (stored, or earlier in the same batch). */
  | { kind: 'same-file'; name: string; sha256: string }
  | { kind: 'refused'; name: string; bytes: number; refusal: IngestRefusal }
  /** In a zip or a folder, a file that is not a partner file by its name (the report's PDF and CSV). */
  | { kind: 'skipped'; name: string };

export interface IngestContext {
  loadSet: FactorSetLoader;
  receivedAt: string;
  /** SHA-256 of the files received already; the files added here join it. */
  seen: Set<string>;
}

const isZipName = (name: string) => /\.zip$/i.test(name);

/**
 * Whether a file found in a folder or a zip is read: partner files (.json) and zips of them. The PDF and CSV
 * a partner sends beside its file are passed over, not listed one by one as refused.
 */
export function isPartnerFileName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  // Hidden files and macOS's resource forks in zips (__MACOSX/._x.json) are no one's partner file.
  if (base.startsWith('.') || name.includes('__MACOSX/')) return false;
  return /\.(json|zip)$/i.test(base);
}
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function ofBytes(name: string, bytes: Uint8Array, ctx: IngestContext): Promise<Outcome> {
  const identity = await fileIdentity(bytes);
  const { sha256 } = identity;
  if (ctx.seen.has(sha256)) return { kind: 'same-file', name, sha256 };
  const s = await summarizeFile({ name, receivedAt: ctx.receivedAt, bytes }, ctx.loadSet, identity);
  if (!s.ok) return { kind: 'refused', name, bytes: s.bytes, refusal: s.refusal };
  ctx.seen.add(sha256);
  return { kind: 'added', summary: s.summary, gzip: await gzipText(s.inputs) };
}

async function* ofZip(
  name: string,
  size: number,
  read: ReadRange,
  ctx: IngestContext,
): AsyncGenerator<Outcome> {
  const dir = await zipEntries(size, read);
  if ('problem' in dir) {
    yield { kind: 'refused', name, bytes: size, refusal: { code: 'zip', problem: dir.problem } };
    return;
  }
  for (const e of dir.entries) {
    const inner = `${name}/${e.name}`;
    if (!isPartnerFileName(e.name) || isZipName(e.name)) {
      yield { kind: 'skipped', name: inner };
      continue;
    }
    if (e.size > MAX_FILE_BYTES) {
      yield { kind: 'refused', name: inner, bytes: e.size, refusal: { code: 'too-large', bytes: e.size } };
      continue;
    }
    const got = await readZipEntry(e, read, MAX_FILE_BYTES);
    if ('problem' in got) {
      yield { kind: 'refused', name: inner, bytes: e.size, refusal: { code: 'zip', problem: got.problem } };
      continue;
    }
    yield await ofBytes(inner, got.bytes, ctx);
  }
}

/** The outcomes of one file: one, or one for each file inside a zip. A file over 50 MB is refused unread. */
export async function* ingestBlob(name: string, blob: Blob, ctx: IngestContext): AsyncGenerator<Outcome> {
  if (isZipName(name)) {
    yield* ofZip(name, blob.size, blobRange(blob), ctx);
    return;
  }
  if (blob.size > MAX_FILE_BYTES) {
    yield { kind: 'refused', name, bytes: blob.size, refusal: { code: 'too-large', bytes: blob.size } };
    return;
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    yield* ofZip(name, bytes.length, async (s, e) => bytes.subarray(s, e), ctx);
    return;
  }
  yield await ofBytes(name, bytes, ctx);
}
