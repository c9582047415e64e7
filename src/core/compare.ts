/** Change of an inventory's totals against another year (the previous year or the base year). */
import { CATEGORIES, type CategoryId } from './categories';
import { type Decomposition, decompose } from './decompose';
import type { InventoryResult } from './results';

export interface Change {
  /** kg CO2e, this year minus the other */
  absolute: number;
  /**
   * fraction of the other year's value; null when the other year is zero, or so near zero (a few
   * 10^-300 kg) that the fraction is too large for a number: no percentage says anything then.
   */
  relative: number | null;
}

export interface YearComparison {
  year: number;
  against: number;
  /**
   * What differs in how the two years were calculated. When not empty, part of the change comes from the
   * method, not from emissions (Corporate Standard: base-year consistency), and reports must say so.
   */
  methodDifferences: ('gwp-set' | 'factor-set' | 'radiative-forcing')[];
  scope1: Change;
  scope2Location: Change;
  scope2Market: Change;
  scope3: Change;
  totalLocation: Change;
  totalMarket: Change;
  /**
   * The change split into activity and factor effects, per source and in total, location- and market-based.
   * Method differences above land in the factor effect.
   */
  decomposition: Decomposition;
  /** Per intensity denominator present in both years: change of the total (location-based) intensity. */
  intensities: { denominator: string; unit?: string; change: Change }[];
  /**
   * Which categories have data (calculated entries) in one year only. When either list is not empty the
   * totals do not cover the same things, and reports warn and show `likeForLike` beside the total change.
   */
  coverage: { onlyNow: CategoryId[]; onlyThen: CategoryId[] };
  /** The change of the categories with data in both years only: like for like. */
  likeForLike: {
    categories: CategoryId[];
    /** kg CO2e of those categories in this year and in the other. */
    now: { location: number; market: number };
    then: { location: number; market: number };
    location: Change;
    market: Change;
  };
}

const hasData = (r: InventoryResult, c: CategoryId) => (r.byCategory[c]?.entries ?? 0) > 0;

/** The categories each year has data in, and the change of those both have, in the order of CATEGORIES. */
export function likeForLike(
  current: InventoryResult,
  other: InventoryResult,
): Pick<YearComparison, 'coverage' | 'likeForLike'> {
  const onlyNow: CategoryId[] = [];
  const onlyThen: CategoryId[] = [];
  const both: CategoryId[] = [];
  const now = { location: 0, market: 0 };
  const then = { location: 0, market: 0 };
  for (const { id } of CATEGORIES) {
    const a = hasData(current, id);
    const b = hasData(other, id);
    if (a && b) {
      both.push(id);
      const x = current.byCategory[id];
      const y = other.byCategory[id];
      now.location += x?.location ?? 0;
      now.market += x?.market ?? 0;
      then.location += y?.location ?? 0;
      then.market += y?.market ?? 0;
    } else if (a) onlyNow.push(id);
    else if (b) onlyThen.push(id);
  }
  return {
    coverage: { onlyNow, onlyThen },
    likeForLike: {
      categories: both,
      now,
      then,
      location: change(now.location, then.location),
      market: change(now.market, then.market),
    },
  };
}

/** The change from `then` to `now`: absolute, and relative where `then` is not (near) zero. */
export function change(now: number, then: number): Change {
  const relative = then === 0 ? null : (now - then) / then;
  return { absolute: now - then, relative: relative !== null && Number.isFinite(relative) ? relative : null };
}

export function compareYears(current: InventoryResult, other: InventoryResult): YearComparison {
  const intensities: YearComparison['intensities'] = [];
  for (const f of current.intensities) {
    const o = other.intensities.find((x) => x.denominator === f.denominator && x.unit === f.unit);
    if (o) {
      intensities.push({
        denominator: f.denominator,
        ...(f.unit !== undefined ? { unit: f.unit } : {}),
        change: change(f.total.location, o.total.location),
      });
    }
  }
  const methodDifferences: YearComparison['methodDifferences'] = [];
  if (current.gwpSet !== other.gwpSet) methodDifferences.push('gwp-set');
  if (current.factorSet.id !== other.factorSet.id || current.factorSet.release !== other.factorSet.release) {
    methodDifferences.push('factor-set');
  }
  if (current.radiativeForcing !== other.radiativeForcing) methodDifferences.push('radiative-forcing');
  return {
    year: current.year,
    against: other.year,
    methodDifferences,
    scope1: change(current.scope1, other.scope1),
    scope2Location: change(current.scope2.location, other.scope2.location),
    scope2Market: change(current.scope2.market, other.scope2.market),
    scope3: change(current.scope3, other.scope3),
    totalLocation: change(current.total.location, other.total.location),
    totalMarket: change(current.total.market, other.total.market),
    decomposition: decompose(current, other),
    intensities,
    ...likeForLike(current, other),
  };
}
