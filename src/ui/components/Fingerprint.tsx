/**
 * A SHA-256 fingerprint in groups of four, as it is read aloud and compared ("3f2a 9c01 …"): the city says it
 * with a release, a partner finds the same beside the set in Settings. The full digits stay in a data
 * attribute for copying and tests.
 */
import { groupedFingerprint } from '../../io/factorSetFingerprint';

export function Fingerprint({ hex, id }: { hex: string; id?: string }) {
  return (
    <code id={id} class="fingerprint" data-sha256={hex}>
      {groupedFingerprint(hex)}
    </code>
  );
}
