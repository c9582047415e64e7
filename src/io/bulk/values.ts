/**
 * The distinct values of a column (fuel types, travel classes, site names) and a suggested meaning for each,
 * which the user confirms: an activity of the chosen category, or one of the partner's sites.
 */
import type { CategoryId } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
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

const words = (t: string) =>
  t
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0);

/**
 * The activity of the category whose name or keywords share the most words with the value ("Diesel" →
 * diesel in vehicles, "Bensiini 95 E10" → petrol), keywords counting double; an exact name wins; a tie is
 * left unchosen ('').
 */
export function suggestActivity(value: string, set: FactorSet, category: CategoryId): string {
  const candidates = set.activities.filter((a) => a.categories.includes(category));
  const v = value.trim().toLowerCase();
  const exact = candidates.find((a) => a.names.fi.toLowerCase() === v || a.names.en.toLowerCase() === v);
  if (exact) return exact.id;
  const vw = new Set(words(value));
  let best = '';
  let bestScore = 0;
  let tie = false;
  for (const a of candidates) {
    const names = new Set([...words(a.names.fi), ...words(a.names.en)]);
    const keys = new Set((a.keywords ?? []).flatMap(words));
    // A keyword is what the factor set's authors expect people to write: it counts more than a name word.
    let score = 0;
    for (const w of vw) score += keys.has(w) ? 2 : names.has(w) ? 1 : 0;
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
