/**
 * A factor-set release as a file. The file is the set's canonical JSON (src/io/canonical.ts), so its SHA-256 —
 * the fingerprint the coordinator announces and a partner's Settings shows (factorSetFingerprint.ts) — is also
 * what `sha256sum` prints for the file as downloaded.
 */

import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import type { Issue } from '../core/issues';
import { buildRelease, type DraftProblem } from '../factors/cityRelease';
import { readFactorSet } from '../factors/readFactorSet';
import type { FactorSetDraft } from '../schema/factorDraft';
import { canonicalJson, sha256Hex } from './canonical';

export type ReleaseFile =
  | { ok: true; key: string; fileName: string; text: string; sha256: string }
  | { ok: false; problems: DraftProblem[]; issues: Issue[] };

/**
 * The release file of a draft on its base set. The file is read back with readFactorSet, as a partner's app
 * and the command line's --factors will read it: a file the reader would refuse is never offered.
 */
export async function makeReleaseFile(draft: FactorSetDraft, base: FactorSet): Promise<ReleaseFile> {
  const built = buildRelease(draft, base);
  if (!built.set) return { ok: false, problems: built.problems, issues: [] };
  const text = canonicalJson(built.set);
  const { set, issues } = readFactorSet(JSON.parse(text));
  if (!set) return { ok: false, problems: [], issues: issues.filter((i) => i.severity === 'error') };
  const key = factorSetKey(set);
  return { ok: true, key, fileName: `${key}.json`, text, sha256: await sha256Hex(text) };
}
