/**
 * What the user sees about saving: "Saving…" while writes are under way, "Saved" only when every write has
 * succeeded, and the failure (classified) when one did not. `flush()` waits for pending writes, e.g. before
 * the app reloads into a new version.
 */
import { classify, type StorageFailure } from '../db/storageErrors';
import { signal } from './signal';

export interface SaveState {
  pending: number;
  /** Set when the last write failed; cleared by the next successful one. */
  failure: StorageFailure | null;
  lastSavedAt: number | null;
}

export const saveState = signal<SaveState>({ pending: 0, failure: null, lastSavedAt: null });
const inFlight = new Set<Promise<unknown>>();

/** Runs a write and reflects it in the save status; the promise still rejects for the caller. */
export function track<T>(p: Promise<T>): Promise<T> {
  const s = saveState.get();
  saveState.set({ ...s, pending: s.pending + 1 });
  inFlight.add(p);
  p.then(
    () => {
      const c = saveState.get();
      saveState.set({ pending: c.pending - 1, failure: null, lastSavedAt: Date.now() });
    },
    (e: unknown) => {
      const c = saveState.get();
      saveState.set({ ...c, pending: c.pending - 1, failure: classify(e) });
    },
  ).finally(() => inFlight.delete(p));
  return p;
}

export async function flush(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
