/**
 * What the user sees about saving: "Saving…" while writes are under way, "Saved" only when no write has
 * failed, and the failure (classified) otherwise. A failure is tied to what was being saved (a field's key):
 * it clears only when that same thing is saved successfully, or when the user dismisses it. `flush()` waits
 * for pending writes and refuses (throws) while any failure stands, e.g. before reloading into a new version.
 */
import { classify, type StorageFailure } from '../db/storageErrors';
import { signal } from './signal';

export interface SaveState {
  pending: number;
  /** The kind of the first standing failure, or null when every write has succeeded. */
  failure: StorageFailure | null;
  lastSavedAt: number | null;
}

export const saveState = signal<SaveState>({ pending: 0, failure: null, lastSavedAt: null });
const inFlight = new Set<Promise<unknown>>();
const failures = new Map<string, StorageFailure>();
let anonymous = 0;

function publish(delta: number, savedNow: boolean): void {
  const s = saveState.get();
  saveState.set({
    pending: s.pending + delta,
    failure: failures.size > 0 ? ([...failures.values()][0] as StorageFailure) : null,
    lastSavedAt: savedNow ? Date.now() : s.lastSavedAt,
  });
}

/**
 * Runs a write and reflects it in the save status; the promise still rejects for the caller.
 * `key` names what is saved ("entry:<id>:quantity"), so its later success clears its earlier failure.
 */
export function track<T>(p: Promise<T>, key = `write:${++anonymous}`): Promise<T> {
  publish(1, false);
  inFlight.add(p);
  p.then(
    () => {
      failures.delete(key);
      publish(-1, true);
    },
    (e: unknown) => {
      failures.set(key, classify(e));
      publish(-1, false);
    },
  ).finally(() => inFlight.delete(p));
  return p;
}

/** The user has read the message: stop showing it (the field still holds what was typed). */
export function dismissFailures(): void {
  failures.clear();
  publish(0, false);
}

export class UnsavedChangesError extends Error {
  constructor() {
    super('Some changes could not be saved');
    this.name = 'UnsavedChangesError';
  }
}

/** Waits for pending writes; throws if any change could not be saved, so nothing reloads over it. */
export async function flush(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  if (failures.size > 0) throw new UnsavedChangesError();
}

/** For callers that only need the status shown: the failure is already recorded by track(). */
export function attempt<T>(p: Promise<T>, key?: string): Promise<T | undefined> {
  return track(p, key).catch(() => undefined);
}

/** Whether a tracked write succeeded (its failure, if any, is shown by the save status). */
export function succeeded(p: Promise<unknown>, key?: string): Promise<boolean> {
  return track(p, key).then(
    () => true,
    () => false,
  );
}
