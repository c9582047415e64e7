import type { FactorSet } from '../../../src/core/factorSet';
import { BUILTIN_REFS, builtinSetKeys, loadBuiltinSet } from '../../../src/factors/builtinSets';

/** The newest release of the built-in Finnish series: what a new year is made with and searched in. */
export function newestFiSet(): Promise<FactorSet> {
  const refs = builtinSetKeys()
    .map((k) => BUILTIN_REFS[k])
    .filter((r): r is { id: string; release: string } => r?.id === 'fi')
    .sort((a, b) => a.release.localeCompare(b.release, 'en', { numeric: true }));
  const newest = refs[refs.length - 1];
  if (!newest) throw new Error('no built-in Finnish factor set');
  return loadBuiltinSet(newest);
}
