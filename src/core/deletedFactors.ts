/**
 * An entry whose own factor was deleted is never dropped from the totals silently (issue 11). Validation
 * calls the dangling reference an error (`factor-deleted`), which blocks the report; until it is mended the
 * editor counts the entry without the missing factor: an instrument without it (its share goes to the
 * entry's other instruments or the residual mix, or the location-based factor where there is none), an entry
 * at its activity's default factor. An own activity has nothing to fall back on and stays out, with its error.
 */
import type { Entry, Inventory } from './inventory';

/** The entry without its references to factors not in `known`; null when it cannot be counted without them. */
export function withoutDeletedFactors(entry: Entry, known: ReadonlySet<string>): Entry | null {
  const instruments = entry.instruments?.filter((x) => x.factor === undefined || known.has(x.factor));
  const dropsFactor = entry.customFactor !== undefined && !known.has(entry.customFactor);
  if (dropsFactor && entry.activity === 'custom') return null;
  if (!dropsFactor && instruments?.length === entry.instruments?.length) return entry;
  const { customFactor: _c, instruments: _i, ...rest } = entry;
  return {
    ...rest,
    ...(!dropsFactor && entry.customFactor !== undefined ? { customFactor: entry.customFactor } : {}),
    ...(instruments && instruments.length > 0 ? { instruments } : {}),
  };
}

/** Ids of the year's own factors. */
export function knownFactors(inv: Pick<Inventory, 'customFactors'>): Set<string> {
  return new Set(inv.customFactors.map((c) => c.id));
}
