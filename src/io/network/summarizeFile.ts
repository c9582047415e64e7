/**
 * One received partner file to its summary, or to the reasons it is refused (issue 13). Each file is read on
 * its own: the bytes as received are hashed (the same file twice is one), decoded as UTF-8, parsed, read by
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

/**
 * The file's summary and inputs (the exchange file as read, without results: what opens the partner's report
 * later), or why it is refused. `sha256` may be given when the caller has hashed the bytes already.
 */
export async function summarizeFile(
  input: ReceivedInput,
  loadSet: FactorSetLoader,
  sha256?: string,
): Promise<Summarized> {
  const { name, bytes } = input;
  const large = tooLarge(name, bytes.length);
  if (large) return large;
  const hash = sha256 ?? (await sha256Bytes(bytes));
  const refuse = (refusal: Refusal): Summarized => ({
    ok: false,
    name,
    bytes: bytes.length,
    sha256: hash,
    refusal,
  });
  // The years' results are left out before the text is decoded and parsed (withoutResults.ts).
  const cut = withoutResults(bytes);
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
