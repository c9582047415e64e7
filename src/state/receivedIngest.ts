/**
 * Adding received partner files (issue 13): the files picked, dropped or found in a folder are handed one at a
 * time to two workers (src/io/network/worker.ts) — two cores, and only the files in work are in memory — and
 * what they give is stored in batches. Progress and every file's outcome are a signal the page shows. A file
 * is never stopped by another's problem; a failure no file caused is listed on the file it happened to.
 */
import { loadedFactorSetData } from '../db/factorSets';
import { now } from '../db/ids';
import { addReceived, type ReceivedItem, receivedHashes } from '../db/received';
import type { IngestRefusal, Outcome } from '../io/network/ingestFile';
import type { FromWorker, ToWorker } from '../io/network/workerProtocol';
import { db } from './database';
import { type Signal, signal } from './signal';

/** A file's outcome as listed on the page. */
export type Listed =
  | { kind: 'added'; name: string; partner: string; years: number[] }
  | { kind: 'same-file'; name: string }
  | { kind: 'refused'; name: string; bytes: number; refusal: IngestRefusal }
  | { kind: 'skipped'; name: string }
  /** Not read because of a fault of the app (a bug), with its text. */
  | { kind: 'failed'; name: string; message: string };

export interface IngestState {
  running: boolean;
  /** Files handed in (a zip counts once) and files finished. */
  total: number;
  done: number;
  /** In the order finished. */
  listed: Listed[];
  /** A storage problem that stopped the adding (nothing after it was stored). */
  storageError?: unknown;
}

export const ingestState: Signal<IngestState> = signal<IngestState>({
  running: false,
  total: 0,
  done: 0,
  listed: [],
});

/** Workers side by side: the two cores of the machines the app is measured on, fewer where there is one. */
function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(2, cores));
}

/** Stored items are written this many at a time: few transactions, and little held before it is stored. */
const BATCH = 40;
/** The page is told of progress at most this often. */
const NOTIFY_MS = 100;

export interface PickedFile {
  name: string;
  blob: Blob;
}

/** Adds the files; resolves when every one is finished and stored. One batch runs at a time. */
export async function addReceivedFiles(files: readonly PickedFile[]): Promise<void> {
  if (ingestState.get().running || files.length === 0) return;
  const state: IngestState = { running: true, total: files.length, done: 0, listed: [] };
  ingestState.set({ ...state });
  const receivedAt = now();
  const [sets, hashes] = await Promise.all([loadedFactorSetData(db), receivedHashes(db)]);
  const seen = new Set(hashes);
  let pending: ReceivedItem[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    const items = pending;
    pending = [];
    if (items.length === 0) return;
    writing = writing.then(async () => {
      if (state.storageError) return;
      try {
        await addReceived(db, items);
      } catch (e) {
        state.storageError = e;
      }
    });
  };
  let last = 0;
  const notify = (force = false) => {
    const t = Date.now();
    if (!force && t - last < NOTIFY_MS) return;
    last = t;
    ingestState.set({ ...state, listed: state.listed.slice() });
  };
  const take = (name: string, o: Outcome) => {
    if (o.kind === 'added') {
      // Two workers may each meet a copy of the same file: the first one kept is the file.
      if (seen.has(o.summary.sha256)) {
        state.listed.push({ kind: 'same-file', name: o.summary.fileName });
        return;
      }
      seen.add(o.summary.sha256);
      pending.push({ summary: o.summary, gzip: o.gzip });
      if (pending.length >= BATCH) flush();
      state.listed.push({
        kind: 'added',
        name: o.summary.fileName,
        partner: o.summary.partner.name,
        years: o.summary.years.map((y) => y.year),
      });
    } else
      state.listed.push(
        o.kind === 'same-file' ? { kind: 'same-file', name: o.name } : { ...o, name: o.name || name },
      );
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workerCount(), files.length) }, async () => {
      const worker = new Worker(new URL('../io/network/worker.ts', import.meta.url), { type: 'module' });
      const init: ToWorker = { type: 'init', sets, seen: [...seen] };
      worker.postMessage(init);
      let broken = false;
      try {
        while (next < files.length && !broken) {
          const job = next++;
          const file = files[job] as PickedFile;
          await new Promise<void>((resolve) => {
            worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
              if (data.job !== job) return;
              if (data.type === 'outcome') take(file.name, data.outcome);
              else {
                if (data.type === 'failed')
                  state.listed.push({ kind: 'failed', name: file.name, message: data.message });
                state.done++;
                notify();
                resolve();
              }
            };
            // The worker itself failed (it could not start): this file and the worker are given up.
            worker.onerror = (e) => {
              broken = true;
              state.listed.push({ kind: 'failed', name: file.name, message: e.message || 'worker' });
              state.done++;
              resolve();
            };
            const msg: ToWorker = { type: 'file', job, name: file.name, blob: file.blob, receivedAt };
            worker.postMessage(msg);
          });
        }
      } finally {
        worker.terminate();
      }
    }),
  );
  // Files left when every worker failed are listed as not read, never silently dropped.
  for (; next < files.length; next++) {
    state.listed.push({ kind: 'failed', name: (files[next] as PickedFile).name, message: 'worker' });
    state.done++;
  }
  flush();
  await writing;
  state.running = false;
  notify(true);
}

/** Clears the list of the last batch's outcomes. */
export function clearIngestList(): void {
  if (!ingestState.get().running) ingestState.set({ running: false, total: 0, done: 0, listed: [] });
}
