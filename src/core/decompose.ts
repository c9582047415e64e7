/**
 * The change between two years split into what changed because activity changed (more kWh, fewer litres) and
 * what changed because factors changed (a cleaner grid, a new supplier contract, another GWP set), source by
 * source and in total, for the location- and market-based totals apart (docs/methodology.md).
 *
 * Sources are matched across years by category, activity and factor unit (sourceMatchKey): a partner's own
 * factor used instead of the activity's default (the local district-heat network's factor) is the same
 * source with another factor, so the switch is factor effect. Only entries of the activity "custom" are told
 * apart by their custom factor, which is all that says what they are.
 * For a source in both years with amounts A0, A1 and effective factors F0 = E0/A0, F1 = E1/A1:
 *   activity effect = (A1 − A0)(F0 + F1)/2,  factor effect = (F1 − F0)(A0 + A1)/2.
 * The symmetric split adds up to E1 − E0 exactly, with no residual and the same answer whichever year is
 * taken as the start. A source in one year only (new or ended) is all activity effect. Whatever changes the
 * effective factor — the factor set, its data year, the GWP set, radiative forcing, instruments — is factor
 * effect.
 */
import { sourceKey } from './aggregate';
import type { Scope } from './categories';
import type { InventoryResult, SourceTotal } from './results';
import { mergeTyped } from './typedAmounts';

/** kg CO2e: `activity` + `factor` = `total`, the later year minus the earlier. */
export interface ChangeSplit {
  total: number;
  activity: number;
  factor: number;
}

export interface SourceChange {
  /** sourceMatchKey: equal to the source's key unless an activity's default factor was replaced. */
  key: string;
  /** in both years, only in the later (new), or only in the earlier (ended) */
  status: 'both' | 'new' | 'ended';
  /**
   * The source as it is in the later year, or in the earlier year for an ended source. Where a year has
   * entries of the activity with both its default and a custom factor, their sum (without `factor`).
   */
  source: SourceTotal;
  /** Amounts in the source's factor unit: the earlier year's and the later year's (0 where absent). */
  amountThen: number;
  amountNow: number;
  location: ChangeSplit;
  market: ChangeSplit;
}

export interface Decomposition {
  location: ChangeSplit;
  market: ChangeSplit;
  /** For Scopes 1 and 3 location and market are the same. */
  byScope: Record<Scope, { location: ChangeSplit; market: ChangeSplit }>;
  /** Every source of either year, by the size of its location-based change (absolute) descending. */
  sources: SourceChange[];
}

const zero = (): ChangeSplit => ({ total: 0, activity: 0, factor: 0 });

/** The split of one source's change; a zero amount in either year makes it all activity (no factor to compare). */
export function splitChange(a0: number, e0: number, a1: number, e1: number): ChangeSplit {
  const total = e1 - e0;
  if (a0 === 0 || a1 === 0) return { total, activity: total, factor: 0 };
  const f0 = e0 / a0;
  const f1 = e1 / a1;
  // The same factor both years, up to rounding of the sums the effective factors come from: all activity,
  // rather than a factor effect of 1e-12 kg that a report would show as "−0".
  if (Math.abs(f1 - f0) <= 1e-12 * Math.max(Math.abs(f0), Math.abs(f1)))
    return { total, activity: total, factor: 0 };
  const activity = ((a1 - a0) * (f0 + f1)) / 2;
  // The factor effect as the remainder equals (F1 − F0)(A0 + A1)/2 algebraically and keeps the sum exact.
  return { total, activity, factor: total - activity };
}

/** Adds a split to another (the sum of sources' splits is the split of their sum). */
export function addSplit(into: ChangeSplit, s: ChangeSplit): void {
  into.total += s.total;
  into.activity += s.activity;
  into.factor += s.factor;
}

/**
 * What a source is matched by across years: its key without the custom factor, except for the activity
 * "custom", whose entries are known only by their custom factor.
 */
export function sourceMatchKey(s: SourceTotal): string {
  return s.customFactor === undefined || s.activity === 'custom'
    ? s.key
    : sourceKey(s.category, s.activity, undefined, s.unit);
}

/** A year's sources by match key; sources of one key (default and custom factors of an activity) summed. */
function matched(sources: readonly SourceTotal[]): Map<string, SourceTotal> {
  const out = new Map<string, SourceTotal>();
  for (const s of sources) {
    const key = sourceMatchKey(s);
    const o = out.get(key);
    if (!o) {
      out.set(key, s);
      continue;
    }
    const sum: SourceTotal = {
      key,
      category: s.category,
      scope: s.scope,
      activity: s.activity,
      amount: o.amount + s.amount,
      unit: s.unit,
      location: o.location + s.location,
      market: o.market + s.market,
      biogenicCO2: o.biogenicCO2 + s.biogenicCO2,
      entries: o.entries + s.entries,
    };
    const typed = mergeTyped(o, s, sum.amount);
    if (typed) sum.typed = typed;
    out.set(key, sum);
  }
  return out;
}

/** Decomposes `now` − `then` (any two years; `then` is usually the previous or the base year). */
export function decompose(now: InventoryResult, then: InventoryResult): Decomposition {
  const earlier = matched(then.sources);
  const out: Decomposition = {
    location: zero(),
    market: zero(),
    byScope: {
      1: { location: zero(), market: zero() },
      2: { location: zero(), market: zero() },
      3: { location: zero(), market: zero() },
    },
    sources: [],
  };
  const add = (c: SourceChange) => {
    out.sources.push(c);
    addSplit(out.location, c.location);
    addSplit(out.market, c.market);
    const s = out.byScope[c.source.scope];
    addSplit(s.location, c.location);
    addSplit(s.market, c.market);
  };
  for (const [key, s] of matched(now.sources)) {
    const o = earlier.get(key);
    if (o) earlier.delete(key);
    const a0 = o?.amount ?? 0;
    add({
      key,
      status: o ? 'both' : 'new',
      source: s,
      amountThen: a0,
      amountNow: s.amount,
      location: splitChange(a0, o?.location ?? 0, s.amount, s.location),
      market: splitChange(a0, o?.market ?? 0, s.amount, s.market),
    });
  }
  for (const [key, o] of earlier) {
    add({
      key,
      status: 'ended',
      source: o,
      amountThen: o.amount,
      amountNow: 0,
      location: splitChange(o.amount, o.location, 0, 0),
      market: splitChange(o.amount, o.market, 0, 0),
    });
  }
  out.sources.sort(
    (a, b) =>
      Math.abs(b.location.total) - Math.abs(a.location.total) ||
      Math.abs(b.market.total) - Math.abs(a.market.total) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return out;
}
