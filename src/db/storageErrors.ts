/**
 * What can go wrong with storage, in the user's terms, and the one retry that is safe: a connection the
 * browser closed (iOS after backgrounding, "Connection to Indexed Database server lost") is reopened and the
 * write tried again. Nothing else is retried, and a failed write is never reported as saved.
 */
import type { PaastoDb } from './schema';

export type StorageFailure = 'quota' | 'unavailable' | 'closed' | 'blocked' | 'newer-version' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    override readonly cause: unknown,
  ) {
    super(`storage ${kind}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageError';
  }
}

/**
 * A write to a record that is no longer stored (removed in another tab, or in this one while the write waited):
 * no retry can store it, so it is not a storage failure to show or to try again.
 */
export class RecordGoneError extends Error {
  constructor(what: string) {
    super(`No ${what}`);
    this.name = 'RecordGoneError';
  }
}

/** Whether a failed write was one to a record no longer stored (see RecordGoneError), however wrapped. */
export function isRecordGone(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur; depth++) {
    if (cur instanceof RecordGoneError || named(cur).name === 'RecordGoneError') return true;
    cur = cur instanceof StorageError ? cur.cause : named(cur).inner;
  }
  return false;
}

interface NamedError {
  name?: string;
  message?: string;
  inner?: unknown;
}

function named(e: unknown): NamedError {
  return typeof e === 'object' && e !== null ? (e as NamedError) : {};
}

/** Classifies an error from Dexie or IndexedDB, looking inside wrappers (Dexie puts quota errors in `inner`). */
export function classify(e: unknown): StorageFailure {
  if (e instanceof StorageError) return e.kind;
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur; depth++) {
    const { name, message, inner } = named(cur);
    if (name === 'QuotaExceededError' || (message && /quota/i.test(message))) return 'quota';
    if (name === 'DatabaseClosedError' || (message && /connection .*(lost|closing|closed)/i.test(message)))
      return 'closed';
    if (name === 'VersionError') return 'newer-version';
    if (name === 'MissingAPIError' || name === 'SecurityError' || name === 'InvalidAccessError')
      return 'unavailable';
    cur = inner;
  }
  const { name } = named(e);
  if (name === 'OpenFailedError') return 'unavailable';
  return 'unknown';
}

/** Runs a write; reopens a closed connection and retries once; otherwise throws a classified StorageError. */
export async function write<T>(db: PaastoDb, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (classify(e) !== 'closed') throw new StorageError(classify(e), e);
    try {
      if (!db.isOpen()) await db.open();
      return await fn();
    } catch (e2) {
      throw new StorageError(classify(e2), e2);
    }
  }
}
