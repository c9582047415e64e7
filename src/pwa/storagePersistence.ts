/**
 * Persistent storage: asks the browser not to evict the app's data (IndexedDB) under storage pressure, and
 * reports whether it is persisted and how much is used. Thin wrappers over the Storage API
 * (`navigator.storage`) that answer `null`, or leave numbers out, where a browser lacks a part of it, instead
 * of throwing. The API is described structurally here, so the functions also run (and are tested) in Node.
 */

/** The part of the browser's StorageManager used here; every method may be missing. */
export interface StorageApi {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface StorageStatus {
  /** Whether the origin's storage is persistent; null where the browser cannot tell. */
  persisted: boolean | null;
  /** Bytes used by this origin, where the browser gives an estimate. */
  usage?: number;
  /** Bytes this origin may use, where the browser gives an estimate. */
  quota?: number;
}

/** `navigator.storage` where it exists (secure contexts of current browsers). */
export function browserStorage(): StorageApi | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageApi | null } }).navigator;
  return nav?.storage ?? undefined;
}

/**
 * Asks for persistent storage. Resolves to whether it was granted (browsers may decide without asking the
 * user), or null where the API does not exist.
 */
export async function requestPersistence(storage = browserStorage()): Promise<boolean | null> {
  if (typeof storage?.persist !== 'function') return null;
  try {
    return (await storage.persist()) === true;
  } catch {
    return false;
  }
}

/** Whether storage is persisted, and usage and quota where the browser estimates them. */
export async function storageStatus(storage = browserStorage()): Promise<StorageStatus> {
  const status: StorageStatus = { persisted: null };
  if (!storage) return status;
  if (typeof storage.persisted === 'function') {
    try {
      status.persisted = (await storage.persisted()) === true;
    } catch {
      status.persisted = null;
    }
  }
  if (typeof storage.estimate === 'function') {
    try {
      const { usage, quota } = await storage.estimate();
      if (typeof usage === 'number' && Number.isFinite(usage)) status.usage = usage;
      if (typeof quota === 'number' && Number.isFinite(quota)) status.quota = quota;
    } catch {
      // No estimate: usage and quota stay unknown.
    }
  }
  return status;
}
