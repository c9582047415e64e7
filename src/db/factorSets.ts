/**
 * Factor sets the user loaded from files (for example the city's next release). A file is validated before it
 * is stored and again when it is read, like any import; a release that is already known is not replaced.
 */
import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import type { Issue } from '../core/issues';
import { BUILTIN_REFS, builtinSetKeys, loadBuiltinSet } from '../factors/builtinSets';
import { readFactorSet } from '../factors/readFactorSet';
import { factorSetFingerprint } from '../io/factorSetFingerprint';
import { now } from './ids';
import type { FactorSetRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export type LoadResult = { ok: true; key: string } | { ok: false; issues: Issue[] };

export async function addFactorSetFile(db: PaastoDb, json: unknown): Promise<LoadResult> {
  const { set, issues } = readFactorSet(json);
  if (!set) return { ok: false, issues };
  const key = factorSetKey(set);
  if (builtinSetKeys().includes(key) || (await db.factorSets.get(key))) {
    return {
      ok: false,
      issues: [{ severity: 'error', path: '/release', code: 'duplicate-id', params: { id: key } }],
    };
  }
  const row: FactorSetRow = { key, id: set.id, release: set.release, loadedAt: now(), data: json };
  await write(db, () => db.factorSets.add(row));
  return { ok: true, key };
}

export interface FactorSetRef {
  key: string;
  id: string;
  release: string;
  /** Shipped with the app (named by its release in lists), or loaded from a file (named by its key). */
  builtin: boolean;
}

/** Built-in and loaded sets. Refer to a set by id and release: its key alone can be ambiguous ("a-b-1"). */
export async function listFactorSets(db: PaastoDb): Promise<FactorSetRef[]> {
  const stored = await db.factorSets.toArray();
  return [
    ...builtinSetKeys().map((key) => {
      const ref = BUILTIN_REFS[key];
      if (!ref) throw new Error(`No reference for ${key}`);
      return { key, ...ref, builtin: true };
    }),
    ...stored.map((r) => ({ key: r.key, id: r.id, release: r.release, builtin: false })),
  ];
}

/** A set loaded from a file, with what a partner checks it by: who published it, when, and its fingerprint. */
export interface LoadedFactorSet {
  key: string;
  id: string;
  release: string;
  publisher: string;
  published: string;
  loadedAt: string;
  /** SHA-256 of the file's content (src/io/factorSetFile.ts): the city announces it with the release. */
  sha256: string;
}

/** The sets loaded from files, oldest first. Each was validated when it was loaded, so its fields are there. */
export async function listLoadedFactorSets(db: PaastoDb): Promise<LoadedFactorSet[]> {
  const rows = await db.factorSets.orderBy('key').toArray();
  const out: LoadedFactorSet[] = [];
  for (const r of rows) {
    const data = (typeof r.data === 'object' && r.data !== null ? r.data : {}) as Record<string, unknown>;
    const text = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
    out.push({
      key: r.key,
      id: r.id,
      release: r.release,
      publisher: text('publisher'),
      published: text('published'),
      loadedAt: r.loadedAt,
      sha256: await factorSetFingerprint(r.data),
    });
  }
  return out.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
}

export async function listFactorSetKeys(db: PaastoDb): Promise<string[]> {
  return (await listFactorSets(db)).map((r) => r.key);
}

/** A set by id and release: built in, or loaded from a file earlier. Undefined if unknown or invalid. */
export async function resolveFactorSet(
  db: PaastoDb,
  ref: { id: string; release: string },
): Promise<FactorSet | undefined> {
  const key = factorSetKey(ref);
  if (builtinSetKeys().includes(key)) return loadBuiltinSet(ref);
  const row = await db.factorSets.get(key);
  return row ? readFactorSet(row.data).set : undefined;
}

/** The data of every factor-set file loaded on the device, as stored (a reader validates it again). */
export async function loadedFactorSetData(db: PaastoDb): Promise<unknown[]> {
  return (await db.factorSets.toArray()).map((r) => r.data);
}
