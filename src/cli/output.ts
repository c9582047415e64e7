/**
 * Writing to standard output whatever it is. Into a pipe Node writes asynchronously: a process that calls
 * process.exit() after write() loses what the pipe has not yet taken (output cut at 64 KB). So each write is
 * awaited until the stream has taken all of it, and the process then ends by itself with process.exitCode.
 * Text comes in pieces, gathered into writes of about 64 KB: no more is held than the reader has not taken.
 */
import { cliMessage } from '../i18n/cliMessages';
import type { Lang } from '../i18n/issueMessages';

/** A write that failed (a closed pipe, a full disk): the reader's or the system's doing, not a bug. */
export class OutputError extends Error {
  constructor(readonly code: string) {
    super(`output failed: ${code}`);
  }
}

export function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) =>
      error ? reject(new OutputError(errnoCode(error) ?? error.message)) : resolve(),
    );
  });
}

const WRITE_SIZE = 64 * 1024;

export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= WRITE_SIZE) {
      await writeAll(stream, pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (size > 0) await writeAll(stream, pending.join(''));
}

export function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/** The message for a failed write, or undefined when the error is not one (a bug). */
export function writeFailure(e: unknown, lang: Lang): string | undefined {
  if (!(e instanceof OutputError)) return undefined;
  return e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED'
    ? cliMessage(lang, 'outputClosed', {})
    : cliMessage(lang, 'outputFailed', { detail: e.code });
}
