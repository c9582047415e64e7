/**
 * How complete a year is, category by category (issue 10): every GHG category of the year is in exactly one
 * state. A category has entries when at least one calculable entry is in it; else it is not relevant when
 * excluded with a justification; else it is to do. A figure not known yet (Inventory.missing) keeps its
 * category to do: it is never a zero. A category both excluded and with entries counts as having entries
 * (validation warns about it: 'excluded-with-entries').
 */
import { CATEGORIES, type CategoryId } from './categories';
import type { Inventory } from './inventory';

export type CategoryState = 'entries' | 'not-relevant' | 'todo';

export interface CategoryCompleteness {
  state: CategoryState;
  /** Calculable entries in the category. */
  entries: number;
  /** Figures not known yet in the category. */
  missing: number;
}

export interface CompletenessCounts {
  /** Categories with entries. */
  entries: number;
  /** Categories excluded with a justification (and no entries). */
  notRelevant: number;
  /** Categories neither with entries nor excluded, including those with only missing figures. */
  todo: number;
  /** Figures not known yet, in every category. */
  missingFigures: number;
  /**
   * What is still open, counted once each: every figure not known yet, and every category to do that has no
   * such figure (a category to do whose missing figures are named is open by those figures).
   */
  open: number;
}

/** The state of every category of CATEGORIES, in their order. */
export function categoryStates(inv: Inventory): Map<CategoryId, CategoryCompleteness> {
  const entries = new Map<CategoryId, number>();
  for (const e of inv.entries) entries.set(e.category, (entries.get(e.category) ?? 0) + 1);
  const missing = new Map<CategoryId, number>();
  for (const m of inv.missing ?? []) missing.set(m.category, (missing.get(m.category) ?? 0) + 1);
  // An exclusion without words is not a justification: the category stays to do.
  const excluded = new Set(inv.excluded.filter((x) => x.reason.trim() !== '').map((x) => x.category));
  return statesOf(entries, missing, excluded);
}

function statesOf(
  entries: ReadonlyMap<CategoryId, number>,
  missing: ReadonlyMap<CategoryId, number>,
  excluded: ReadonlySet<CategoryId>,
): Map<CategoryId, CategoryCompleteness> {
  const out = new Map<CategoryId, CategoryCompleteness>();
  for (const c of CATEGORIES) {
    const n = entries.get(c.id) ?? 0;
    const state: CategoryState = n > 0 ? 'entries' : excluded.has(c.id) ? 'not-relevant' : 'todo';
    out.set(c.id, { state, entries: n, missing: missing.get(c.id) ?? 0 });
  }
  return out;
}

/** How many categories are in each state, and how many figures are missing. */
export function completenessCounts(inv: Inventory): CompletenessCounts {
  return countsOf(categoryStates(inv));
}

function countsOf(states: ReadonlyMap<CategoryId, CategoryCompleteness>): CompletenessCounts {
  const counts: CompletenessCounts = { entries: 0, notRelevant: 0, todo: 0, missingFigures: 0, open: 0 };
  for (const c of states.values()) {
    if (c.state === 'entries') counts.entries++;
    else if (c.state === 'not-relevant') counts.notRelevant++;
    else {
      counts.todo++;
      if (c.missing === 0) counts.open++;
    }
    counts.missingFigures += c.missing;
  }
  counts.open += counts.missingFigures;
  return counts;
}

/** A year's completeness: the state of every category and the counts, as the evaluation gives them. */
export interface Completeness {
  categories: Map<CategoryId, CategoryCompleteness>;
  counts: CompletenessCounts;
}

export function completeness(inv: Inventory): Completeness {
  const categories = categoryStates(inv);
  return { categories, counts: countsOf(categories) };
}

/**
 * The completeness of a year evaluated by parts (the same year's exclusions, each part some of its entries
 * and missing figures): what completeness() of the whole year gives.
 */
export function mergeCompleteness(parts: readonly Completeness[]): Completeness {
  const entries = new Map<CategoryId, number>();
  const missing = new Map<CategoryId, number>();
  const excluded = new Set<CategoryId>();
  for (const p of parts) {
    for (const [id, c] of p.categories) {
      entries.set(id, (entries.get(id) ?? 0) + c.entries);
      missing.set(id, (missing.get(id) ?? 0) + c.missing);
      if (c.state === 'not-relevant') excluded.add(id);
    }
  }
  const categories = statesOf(entries, missing, excluded);
  return { categories, counts: countsOf(categories) };
}

/** Complete: no category to do and no figure missing. */
export function isComplete(inv: Inventory): boolean {
  return completenessCounts(inv).open === 0;
}
