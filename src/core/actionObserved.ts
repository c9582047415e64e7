/**
 * What changed in the categories a climate action concerns (issue 12): the year-on-year decomposition
 * (decompose.ts) of the sources in those categories, summed. The activity effect is the "observed" change an
 * action is shown with; the factor effect (a cleaner grid, another factor set) is kept apart, as it is no one's
 * action on site. It is what happened in the categories, not proof of what the action did: other things
 * change the same categories. Never added to emissions, and never summed with the action's expected
 * (modelled) reduction.
 */
import type { CategoryId } from './categories';
import type { ClimateAction } from './commitment';
import { addSplit, type ChangeSplit, type Decomposition, decompose } from './decompose';
import type { InventoryResult } from './results';

/** kg CO2e of the action's categories, the later year minus the earlier. */
export interface ObservedChange {
  fromYear: number;
  toYear: number;
  location: ChangeSplit;
  /** For Scopes 1 and 3 the same as location. */
  market: ChangeSplit;
  /** How many sources (of either year) of the categories were compared: 0 when they had no entries. */
  sources: number;
}

export interface ActionObserved {
  /** Between the latest two calculated years. */
  latest: ObservedChange;
  /**
   * From the last calculated year before the action started (the year its effect is measured from) to the
   * latest year; absent when the action has not started, or when that is the same comparison as `latest`.
   */
  sinceStart?: ObservedChange;
}

const zero = (): ChangeSplit => ({ total: 0, activity: 0, factor: 0 });

/** The change of the sources of `categories` in a decomposition of two years. */
export function categoriesChange(
  d: Decomposition,
  categories: readonly CategoryId[],
): Pick<ObservedChange, 'location' | 'market' | 'sources'> {
  const wanted = new Set(categories);
  const out = { location: zero(), market: zero(), sources: 0 };
  for (const c of d.sources) {
    if (!wanted.has(c.source.category)) continue;
    addSplit(out.location, c.location);
    addSplit(out.market, c.market);
    out.sources++;
  }
  return out;
}

/** The change of `categories` from the year `then` to the year `now`. */
export function observedChange(
  categories: readonly CategoryId[],
  now: InventoryResult,
  then: InventoryResult,
): ObservedChange {
  return { fromYear: then.year, toYear: now.year, ...categoriesChange(decompose(now, then), categories) };
}

/**
 * The day the action started: when it was first in progress, or done when it went straight to done. A
 * dropped action that was once in progress started too.
 */
export function actionStartDay(action: Pick<ClimateAction, 'statusDates'>): string | undefined {
  return action.statusDates['in-progress'] ?? action.statusDates.done;
}

/**
 * The years an observed change is read from, oldest first (any order in, one result a year). A year without
 * any calculated entry (one just started) is not a calculated year: against it everything would seem to have
 * ended.
 */
export function calculatedYears(results: readonly InventoryResult[]): InventoryResult[] {
  return results.filter((r) => r.entries.length > 0).sort((a, b) => a.year - b.year);
}

/**
 * The observed change of an action's categories, from the partner's calculated years. Absent when fewer
 * than two years are calculated, or when the action names no category.
 */
export function actionObserved(
  action: Pick<ClimateAction, 'categories' | 'statusDates'>,
  results: readonly InventoryResult[],
): ActionObserved | undefined {
  if (action.categories.length === 0) return undefined;
  const years = calculatedYears(results);
  const now = years.at(-1);
  const previous = years.at(-2);
  if (!now || !previous) return undefined;
  const latest = observedChange(action.categories, now, previous);
  const from = sinceStartFrom(actionStartDay(action), years);
  if (!from || from === previous || from === now) return { latest };
  return { latest, sinceStart: observedChange(action.categories, now, from) };
}

/**
 * The year an action's effect is measured from: the last calculated year before the year it started, the
 * last without it; when no earlier year is calculated, the first calculated year (the nearest there is).
 */
function sinceStartFrom(
  startDay: string | undefined,
  years: readonly InventoryResult[],
): InventoryResult | undefined {
  if (startDay === undefined) return undefined;
  const startYear = Number(startDay.slice(0, 4));
  const before = years.filter((r) => r.year < startYear).at(-1);
  return before ?? years[0];
}
