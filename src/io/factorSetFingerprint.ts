/**
 * The fingerprint of a factor-set file: the SHA-256 of its content's canonical JSON (decision 35). The city's
 * release file is written in that very form, so for it this is also what `sha256sum` prints; a copy that was
 * reformatted on the way keeps the same fingerprint. Apart from the release writer, so Settings can show
 * fingerprints without loading the writer and the reader.
 */
import { canonicalJson, sha256Hex } from './canonical';

/** SHA-256 of a factor-set file's content (its canonical JSON), 64 hex digits. */
export function factorSetFingerprint(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}

/** A fingerprint in groups of four, to be read aloud and compared: "3f2a 9c01 …". */
export function groupedFingerprint(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}
