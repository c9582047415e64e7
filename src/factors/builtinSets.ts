/**
 * The factor sets shipped with the app. Each is loaded lazily (the data is large and only the calculation
 * needs it) and validated like any file, so a broken release can never be used.
 */
import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import { readFactorSet } from './readFactorSet';
import { withSourceTitles } from './sourceTitles';

/** The set new years start with. Years already made keep the set they were made with (their stored ref). */
export const DEFAULT_FACTOR_SET = { id: 'fi', release: '2026.1' } as const;

/**
 * Published releases and the SHA-256 of their file as published. A published set never changes: a test
 * recomputes the hash, so an edit to a released file fails CI; a correction is a new release with its own entry
 * here. The Swedish names added later (`"sv"` lines, decision 45) are left out of the hash.
 */
export const PUBLISHED_SETS: Record<string, { file: string; sha256: string }> = {
  'fi-2025.1': {
    file: 'src/factors/sets/fi-2025.1.json',
    sha256: '68a021ea3da3e456244e368af4545b5ef1d722a1baffd23c8bab7f497a750e7a',
  },
  'fi-2026.1': {
    file: 'src/factors/sets/fi-2026.1.json',
    sha256: 'b8303d3ff6c15a089d6fdce35cfedb5e06fa5a4aad48c4ad97ce9f517b06c8ef',
  },
};

const LOADERS: Record<string, () => Promise<unknown>> = {
  'fi-2025.1': () => import('./sets/fi-2025.1.json').then((m) => m.default),
  'fi-2026.1': () => import('./sets/fi-2026.1.json').then((m) => m.default),
};

/** Id and release of each built-in set, by key. */
export const BUILTIN_REFS: Record<string, { id: string; release: string }> = {
  'fi-2025.1': { id: 'fi', release: '2025.1' },
  'fi-2026.1': { id: 'fi', release: '2026.1' },
};

export function builtinSetKeys(): string[] {
  return Object.keys(LOADERS);
}

const cache = new Map<string, Promise<FactorSet>>();

/** Loads a built-in set by id and release; rejects with the validation issues if the data is broken. */
export function loadBuiltinSet(ref: { id: string; release: string }): Promise<FactorSet> {
  const key = factorSetKey(ref);
  let hit = cache.get(key);
  if (!hit) {
    const loader = LOADERS[key];
    if (!loader) return Promise.reject(new Error(`No built-in factor set ${key}`));
    hit = loader().then((json) => {
      const { set, issues } = readFactorSet(json);
      if (!set)
        throw new Error(`Built-in factor set ${key} is invalid: ${JSON.stringify(issues.slice(0, 5))}`);
      return withSourceTitles(set);
    });
    cache.set(key, hit);
  }
  return hit;
}
