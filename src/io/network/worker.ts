/**
 * The received-files worker (issue 13): reads, checks and calculates partner files off the page's thread, one
 * job at a time as the page hands them out, so the page stays responsive and only the files in work are in
 * memory. Two run side by side on a two-core machine (src/state/receivedIngest.ts).
 */
import type { FactorSet } from '../../core/factorSet';
import { factorSetKey } from '../../core/factorSet';
import { loadBuiltinSet } from '../../factors/builtinSets';
import { readFactorSet } from '../../factors/readFactorSet';
import { type IngestContext, ingestBlob } from './ingestFile';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The little of a worker's global scope used here (this layer is typed without the DOM). */
interface WorkerScope {
  onmessage: ((e: { data: ToWorker }) => void) | null;
  postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
}
const scope = globalThis as unknown as WorkerScope;

const loaded = new Map<string, FactorSet>();
const seen = new Set<string>();
let queue: Promise<void> = Promise.resolve();

const loadSet = async (ref: { id: string; release: string }) =>
  loaded.get(factorSetKey(ref)) ?? loadBuiltinSet(ref).catch(() => undefined);

async function run(m: Extract<ToWorker, { type: 'file' }>): Promise<void> {
  const ctx: IngestContext = { loadSet, receivedAt: m.receivedAt, seen };
  try {
    for await (const outcome of ingestBlob(m.name, m.blob, ctx)) {
      const transfer = outcome.kind === 'added' ? [outcome.gzip.buffer as ArrayBuffer] : [];
      scope.postMessage({ type: 'outcome', job: m.job, outcome }, transfer);
    }
    scope.postMessage({ type: 'done', job: m.job });
  } catch (e) {
    scope.postMessage({ type: 'failed', job: m.job, message: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'init') {
    for (const json of data.sets) {
      const { set } = readFactorSet(json);
      if (set) loaded.set(factorSetKey(set), set);
    }
    for (const s of data.seen) seen.add(s);
    return;
  }
  queue = queue.then(() => run(data));
};
