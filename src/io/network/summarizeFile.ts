/**
 * One received partner file to its summary, or to the reasons it is refused (issue 13). Each file is read on
 * its own: its results are cut out of the bytes, what is left hashed (the same file twice is one), decoded as UTF-8, parsed, read by
 * the exchange reader and every year checked and calculated as the command line does (evaluateExchange), so
 * the network's figures of a file are the command line's on the same file. The results a file carries are
 * never read: they are computed again, and their bytes are cut out before the text is parsed.
 */
import type { Issue } from '../../core/issues';
import type { ReceivedFileSummary } from '../../core/network';
import { evaluateExchange, type FactorSetLoader } from '../evaluate';
import { summaryOf } from './summaryOf';
import { withoutResults } from './withoutResults';

/** Files above this are refused unread: no partner's year comes near it (a 5-year file of 1,500 entries is 6 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** At most this many of a refused file's problems are kept; the rest are counted. */
export const MAX_REASONS = 20;

export type Refusal =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-utf8' }
  | { code: 'not-json' }
  /** The exchange reader's or the calculation's errors (another format, a newer version, invalid records). */
  | { code: 'issues'; issues: Issue[]; more: number };

export interface ReceivedInput {
  name: string;
  /** ISO time the coordinator added it. */
  receivedAt: string;
  bytes: Uint8Array;
}

export type Summarized =
  | { ok: true; summary: ReceivedFileSummary; inputs: string }
  | { ok: false; name: string; bytes: number; sha256?: string; refusal: Refusal };

export function tooLarge(name: string, bytes: number): Summarized | undefined {
  return bytes > MAX_FILE_BYTES
    ? { ok: false, name, bytes, refusal: { code: 'too-large', bytes } }
    : undefined;
}

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** What identifies a file: its bytes without results (undefined when they cannot be cut) and their hash. */
export interface FileIdentity {
  cut: Uint8Array | undefined;
  sha256: string;
}

/**
 * A file is identified by the SHA-256 of its bytes less its years' results (withoutResults.ts), or of all its
 * bytes when they cannot be cut. The results are 95 % of a partner file and are computed again, never read,
 * so two files that differ only in them give the same summary: they are one file, as the same bytes twice
 * are. Hashing the 0.3 MB left rather than the whole 6 MB was a fifth of each file's time (docs/network.md).
 */
export async function fileIdentity(bytes: Uint8Array): Promise<FileIdentity> {
  const cut = withoutResults(bytes);
  return { cut, sha256: await sha256Bytes(cut ?? bytes) };
}

/**
 * The file's summary and inputs (the exchange file as read, without results: what opens the partner's report
 * later), or why it is refused. `identity` may be given when the caller has worked it out already.
 */
export async function summarizeFile(
  input: ReceivedInput,
  loadSet: FactorSetLoader,
  identity?: FileIdentity,
): Promise<Summarized> {
  const { name, bytes } = input;
  const large = tooLarge(name, bytes.length);
  if (large) return large;
  const { cut, sha256: hash } = identity ?? (await fileIdentity(bytes));
  const refuse = (refusal: Refusal): Summarized => ({
    ok: false,
    name,
    bytes: bytes.length,
    sha256: hash,
    refusal,
  });
  // The years' results were left out before the text is decoded and parsed (fileIdentity).
  let text: string;
  try {
    // Drops a leading byte-order mark; bytes that are not UTF-8 (UTF-16, Windows-1252) are refused.
    text = new TextDecoder('utf-8', { fatal: true }).decode(cut ?? bytes);
  } catch {
    return refuse({ code: 'not-utf8' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  const ev = await evaluateExchange(json, loadSet);
  if (!ev.ok) {
    const errors = ev.issues.filter((i) => i.severity === 'error');
    return refuse({
      code: 'issues',
      issues: errors.slice(0, MAX_REASONS),
      more: Math.max(0, errors.length - MAX_REASONS),
    });
  }
  const summary = summaryOf(ev.file, ev.results, {
    id: hash,
    fileName: name,
    receivedAt: input.receivedAt,
    bytes: bytes.length,
    sha256: hash,
  });
  // The text without results is the file's inputs as sent; a file read whole is written again without them.
  return { ok: true, summary, inputs: cut ? text : JSON.stringify(ev.file) };
}
