/**
 * Release fi-2025.1 names two spend activities "Lentomatkat (euroina) (euroina)": the generator appended the
 * qualifier to a factor name that already had it. A published file never changes (its hash is checked), so
 * names are mended when a set is read: a parenthesised qualifier repeated at the end is written once.
 */
const REPEATED_TAIL = /(\s*\([^()]+\))\1+$/u;

export function withoutRepeatedQualifier(name: string): string {
  return name.replace(REPEATED_TAIL, '$1');
}
