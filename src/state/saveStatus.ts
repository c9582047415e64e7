/**
 * What the user sees about saving, and the edits that could not be saved yet.
 *
 * An edit of a field is saved with `saveEdit(key, write)`: the write itself (a function run again with the
 * latest value), keyed per field ("entry:<id>:note"). A write that fails stays in memory as the field's latest
 * edit and is written again when storage may work again: after the next successful write, on `retryUnsaved()`
 * (the retry button), and when the tab becomes visible or the device comes online (`retryOnReturn`). A field
 * whose value another tab changed holds its edits (`holdEdits`) until the user chooses whose value stays.
 *
 * One-off actions (add an entry, remove a site) cannot be re-run safely, so `track()` only reports them: their
 * failure stands until that same key succeeds or the user dismisses it. "Saved" is shown only when no write is
 * under way, no failure stands and no edit is kept unsaved. `flush()` refuses (throws) while any edit is unsaved,
 * e.g. before reloading into a new version.
 */
import { classify, isRecordGone, type StorageFailure } from '../db/storageErrors';
import { signal } from './signal';

export interface SaveState {
  /** Writes under way. */
  pending: number;
  /** The kind of the first standing failure (a one-off write or a kept edit), or null. */
  failure: StorageFailure | null;
  /** Edits kept in memory, not stored: their write failed, or another tab's value waits for a choice. */
  unsaved: number;
  /** Fields whose edits wait for the user's choice between their value and another tab's. */
  conflicts: number;
  /** The user has read the storage message: it is shown again at the next new failure. */
  dismissed: boolean;
  lastSavedAt: number | null;
}

/** Where one field's edit stands: being written, failed (kept to be written again), or held by a conflict. */
export type EditState = 'idle' | 'saving' | 'failed' | 'held';

interface Edit {
  write: () => Promise<unknown>;
  state: Exclude<EditState, 'idle'>;
  failure?: StorageFailure;
  /** Which run of the key this is: an older run finishing late does not decide the key's state. */
  run: number;
  /** The text the field showed for this edit, so a field drawn again (an editor reopened) shows it too. */
  text?: string;
}

export const saveState = signal<SaveState>({
  pending: 0,
  failure: null,
  unsaved: 0,
  conflicts: 0,
  dismissed: false,
  lastSavedAt: null,
});
const inFlight = new Set<Promise<unknown>>();
/** Failures of one-off writes, by key. */
const failures = new Map<string, StorageFailure>();
/** The latest unsettled edit of each field, oldest first: retried in the order the user made them. */
const edits = new Map<string, Edit>();
const held = new Set<string>();
const listeners = new Map<string, Set<() => void>>();
let anonymous = 0;
let runs = 0;
let retrying = false;
let dismissed = false;

function publish(savedNow = false): void {
  const s = saveState.get();
  let failure: StorageFailure | null = failures.values().next().value ?? null;
  let unsaved = 0;
  for (const e of edits.values()) {
    if (e.state === 'saving') continue;
    unsaved++;
    if (failure === null && e.state === 'failed') failure = e.failure ?? 'unknown';
  }
  saveState.set({
    pending: inFlight.size,
    failure,
    unsaved,
    conflicts: held.size,
    dismissed: failure !== null && dismissed,
    lastSavedAt: savedNow ? Date.now() : s.lastSavedAt,
  });
}

function notify(key: string): void {
  for (const fn of listeners.get(key) ?? []) fn();
}

/** A failure the user has not seen yet shows the storage message again, even after an earlier dismissal. */
function newFailure(): void {
  dismissed = false;
}

function inflight<T>(p: Promise<T>): Promise<T> {
  inFlight.add(p);
  const done = () => {
    inFlight.delete(p);
  };
  p.then(done, done);
  return p;
}

/** Storage worked: edits that failed earlier are written now (one batch at a time, so failures cannot loop). */
function afterSuccess(): void {
  if (!retrying && [...edits.values()].some((e) => e.state === 'failed')) void retryUnsaved();
}

function run(key: string, write: () => Promise<unknown>): Promise<boolean> {
  const id = ++runs;
  const before = edits.get(key);
  edits.delete(key);
  // A retry runs the same write: the text it was made of stays with it.
  const text = before?.write === write ? before.text : undefined;
  edits.set(key, { write, state: 'saving', run: id, ...(text !== undefined ? { text } : {}) });
  // A thunk that throws before returning a promise is a failed write like any other.
  const p = inflight(Promise.resolve().then(write));
  publish();
  notify(key);
  return p.then(
    () => {
      if (edits.get(key)?.run === id) edits.delete(key);
      publish(true);
      notify(key);
      afterSuccess();
      return true;
    },
    (e: unknown) => {
      const now = edits.get(key);
      // The record is gone (removed in another tab): nothing can store this edit, and nothing is failing.
      if (now?.run === id && isRecordGone(e)) {
        edits.delete(key);
        held.delete(key);
      } else if (now?.run === id) {
        now.state = held.has(key) ? 'held' : 'failed';
        now.failure = classify(e);
        if (before?.state !== 'failed') newFailure();
      }
      publish();
      notify(key);
      return false;
    },
  );
}

/**
 * Saves one field's edit. `write` is run now and kept until it has succeeded; if it fails it is run again
 * when storage may work again, unless a later edit of the same key replaced it. Resolves to whether this
 * run stored it (the failure, if any, is shown by the save status).
 */
export function saveEdit(key: string, write: () => Promise<unknown>): Promise<boolean> {
  if (held.has(key)) {
    edits.delete(key);
    edits.set(key, { write, state: 'held', run: ++runs });
    publish();
    notify(key);
    return Promise.resolve(false);
  }
  return run(key, write);
}

/** A key of its own for an edit that is not one field's latest value (adding to a list): kept until stored. */
export function editKey(prefix: string): string {
  return `${prefix}:${++anonymous}`;
}

/** Writes every failed edit again, in the order they were made; resolves when all have settled. */
export async function retryUnsaved(): Promise<void> {
  const failed = [...edits].filter(([, e]) => e.state === 'failed');
  if (failed.length === 0) return;
  retrying = true;
  try {
    await Promise.all(failed.map(([key, e]) => run(key, e.write)));
  } finally {
    retrying = false;
  }
}

/** Where a field's edit stands. */
export function editState(key: string): EditState {
  return edits.get(key)?.state ?? 'idle';
}

/** Notes the text a field showed for its latest edit (see `keptText`). */
export function noteEditText(key: string, text: string): void {
  const e = edits.get(key);
  if (e) e.text = text;
}

/** The text of a field's edit not stored yet, for the field drawn again while it waits; else undefined. */
export function keptText(key: string): string | undefined {
  return edits.get(key)?.text;
}

/** Calls `fn` whenever the state of `key`'s edit may have changed; returns the unsubscribe. */
export function subscribeEdit(key: string, fn: () => void): () => void {
  const set = listeners.get(key) ?? new Set<() => void>();
  listeners.set(key, set);
  set.add(fn);
  return () => {
    set.delete(fn);
    if (set.size === 0) listeners.delete(key);
  };
}

/** Another tab changed the field: its edits wait (not written, not retried) until the user chooses. */
export function holdEdits(key: string): void {
  held.add(key);
  const e = edits.get(key);
  if (e?.state === 'failed') e.state = 'held';
  publish();
  notify(key);
}

/** The choice is made for this tab's value: a held edit is written now. */
export function releaseEdits(key: string): void {
  if (!held.delete(key)) return;
  const e = edits.get(key);
  if (e?.state === 'held') void run(key, e.write);
  else {
    publish();
    notify(key);
  }
}

/** The choice is made for the other value: this field's held or failed edit is dropped (a write under way finishes). */
export function discardEdits(key: string): void {
  held.delete(key);
  const e = edits.get(key);
  if (e && e.state !== 'saving') edits.delete(key);
  publish();
  notify(key);
}

/** The record is gone (an entry removed): its fields' kept edits can never be stored, so none is kept. */
export function discardEditsOf(prefix: string): void {
  for (const [key, e] of [...edits]) {
    if (!key.startsWith(prefix) || e.state === 'saving') continue;
    edits.delete(key);
    held.delete(key);
    notify(key);
  }
  publish();
}

/**
 * Retries unsaved edits when storage may work again: the user comes back to the tab (after freeing space
 * elsewhere, say) or the device comes online. Returns the function that stops listening.
 */
export function retryOnReturn(
  win: EventTarget,
  doc: EventTarget & { readonly visibilityState: DocumentVisibilityState },
): () => void {
  const onVisible = () => {
    if (doc.visibilityState === 'visible') void retryUnsaved();
  };
  const onOnline = () => void retryUnsaved();
  doc.addEventListener('visibilitychange', onVisible);
  win.addEventListener('online', onOnline);
  return () => {
    doc.removeEventListener('visibilitychange', onVisible);
    win.removeEventListener('online', onOnline);
  };
}

let leavingAllowed = false;

/** The user has agreed, in the app's own words, to leave with edits unsaved: the browser does not ask again. */
export function allowLeaving(): void {
  leavingAllowed = true;
}

/**
 * Has the browser ask before the tab is closed or reloaded while edits are kept unsaved: they live in this
 * page only, and would be lost with it. Returns the function that stops asking.
 */
export function warnBeforeLeaving(win: EventTarget): () => void {
  const onBeforeUnload = (e: Event) => {
    if (!leavingAllowed && saveState.get().unsaved > 0) e.preventDefault();
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}

/**
 * Runs a one-off write and reflects it in the save status; the promise still rejects for the caller.
 * `key` names what is saved, so its later success clears its earlier failure.
 */
export function track<T>(p: Promise<T>, key = `write:${++anonymous}`): Promise<T> {
  inflight(p);
  publish();
  p.then(
    () => {
      failures.delete(key);
      publish(true);
      afterSuccess();
    },
    (e: unknown) => {
      if (!failures.has(key)) newFailure();
      failures.set(key, classify(e));
      publish();
    },
  );
  return p;
}

/**
 * The user has read the message: stop showing it. One-off failures are forgotten; kept edits stay, shown
 * as not saved beside their fields and in the save status, and are still written when storage works.
 */
export function dismissFailures(): void {
  failures.clear();
  dismissed = true;
  publish();
}

export class UnsavedChangesError extends Error {
  constructor() {
    super('Some changes could not be saved');
    this.name = 'UnsavedChangesError';
  }
}

/** Waits for writes under way and tries failed edits once more; throws if anything is still unsaved. */
export async function flush(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  await retryUnsaved();
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  if (failures.size > 0 || edits.size > 0) throw new UnsavedChangesError();
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
