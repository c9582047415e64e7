/** The messages between the page and a received-files worker (worker.ts): what each side may send. */
import type { Outcome } from './ingestFile';

export type ToWorker =
  /** Factor-set files loaded on the device (rows' data, read again here), and the SHA-256 of files held. */
  | { type: 'init'; sets: unknown[]; seen: string[] }
  | { type: 'file'; job: number; name: string; blob: Blob; receivedAt: string };

export type FromWorker =
  | { type: 'outcome'; job: number; outcome: Outcome }
  /** The job is finished: every outcome of its file (one, or a zip's) has been sent. */
  | { type: 'done'; job: number }
  /** Something no file's fault (a bug): the job's file is listed as not read, with this text. */
  | { type: 'failed'; job: number; message: string };
