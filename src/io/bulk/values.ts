/**
 * The distinct values of a column (fuel types, travel classes, site names) and a suggested meaning for each,
 * which the user confirms: an activity of the chosen category, or one of the partner's sites.
 */

import { unitsForActivity } from '../../core/activityUnits';
import type { CategoryId } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { UnitId } from '../../core/units';
import type { Table } from './table';

export interface DistinctValue {
  value: string;
  rows: number;
}

export function distinctValues(table: Table, col: number): DistinctValue[] {
  const counts = new Map<string, number>();
  for (const r of table.rows) {
    const v = r.cells[col] ?? '';
    if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, rows]) => ({ value, rows }));
}

const words = (t: string) => [
  ...new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  ),
];

/** How well one word of a value matches an activity's words: whole keywords most, parts of words least. */
function wordScore(w: string, names: ReadonlySet<string>, keys: ReadonlySet<string>): number {
  if (keys.has(w)) return 2;
  if (names.has(w)) return 1;
  // "95e10" holds the keywords 95 and E10; "moottoribensiini" the name word "bensiini".
  for (const k of keys) if (k.length >= 2 && w.includes(k)) return 1;
  for (const n of names) if (n.length >= 5 && w.includes(n)) return 0.5;
  return 0;
}

/**
 * The activity of the category that best matches the value ("Diesel" → diesel in vehicles, "95E10" → petrol):
 * an exact name wins; otherwise the most matching words, keywords counting double. With a unit (the quantity
 * column's "Litrat"), only activities that accept it are considered: litres of petrol are fuel, not car-km.
 * A tie is left unchosen (''): "Economy" could be a short- or a long-haul flight, and only the user knows.
 */
export function suggestActivity(value: string, set: FactorSet, category: CategoryId, unit?: UnitId): string {
  const candidates = set.activities.filter(
    (a) => a.categories.includes(category) && (unit === undefined || unitsForActivity(a, set).includes(unit)),
  );
  const v = value.trim().toLowerCase();
  const exact = candidates.find((a) => a.names.fi.toLowerCase() === v || a.names.en.toLowerCase() === v);
  if (exact) return exact.id;
  const vw = words(value);
  let best = '';
  let bestScore = 0;
  let tie = false;
  for (const a of candidates) {
    const names = new Set([...words(a.names.fi), ...words(a.names.en)]);
    const keys = new Set((a.keywords ?? []).flatMap(words));
    let score = 0;
    for (const w of vw) score += wordScore(w, names, keys);
    if (score > bestScore) {
      best = a.id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? '' : best;
}

/** The site whose name is the value, ignoring case and spaces around it. */
export function suggestSite(value: string, sites: readonly { id: string; name: string }[]): string {
  const v = value.trim().toLowerCase();
  return sites.find((s) => s.name.trim().toLowerCase() === v)?.id ?? '';
}
