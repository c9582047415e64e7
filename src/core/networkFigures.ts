/**
 * The network's figures for a chosen year and base year (issue 13), from the received files' summaries: the
 * partner counts and their growth over the years (the network's metric), emissions by scope and category,
 * the like-for-like change, emissions by sector and size band, and the targets and actions. Sums only, in
 * kg CO2e; every definition is in docs/network.md ("Network figures"). The dashboard, the network summary
 * PDF and CSV all show these, so they cannot differ.
 */
import { CATEGORY_IDS, type CategoryId } from './categories';
import { type Change, change } from './compare';
import type { ReceivedFileSummary, YearSummary } from './network';
import { type ActionFigures, actionFigures, type TargetFigures, targetFigures } from './networkCommitments';
import {
  calendarYear,
  joinedYear,
  type NetworkPartner,
  networkPartners,
  SIZE_BANDS,
  sectionOf,
  sizeBandOf,
} from './networkPartners';
import type { ProgressStatus } from './progress';
import type { DualTotal } from './results';
import { MAX_YEAR, MIN_YEAR } from './validate';

export interface NetworkOptions {
  /** The calendar year the figures are of. */
  year: number;
  /** The year emissions are also compared against, like for like; none when absent or the chosen year. */
  baseYear?: number;
}

export interface PartnerCounts {
  /** Partners with any file. */
  total: number;
  /** Partners whose joining date is in the year, and by its end (the network's metric). */
  joined: number;
  joinedBy: number;
  /** Partners whose newest file gives no joining date: in `total`, in no joining count. */
  joinDateUnknown: number;
  /** Partners with a calculated footprint of the year: a year summary with at least one entry. */
  withFootprint: number;
  /** Partners who sent a file exported in the year (received in it, when the file says no export time). */
  reported: number;
  /** Partners whose newest file has a target; of them, by the targets' latest standing (they add up). */
  withTarget: number;
  onTrack: number;
  behind: number;
  progressUnknown: number;
}

export interface GrowthPoint {
  year: number;
  /** Partners who joined in the year, and who had joined by its end. */
  joined: number;
  partners: number;
  /** Partners with a calculated footprint of the year. */
  withFootprint: number;
}

export interface ScopeTotals {
  scope1: number;
  scope2: DualTotal;
  scope3: number;
  total: DualTotal;
}

export interface EmissionTotals extends ScopeTotals {
  /** Partners summed: those with a calculated footprint of the year. */
  partners: number;
  biogenicCO2: number;
  /** Each category's sum, and how many of the partners have figures in it. */
  byCategory: Partial<Record<CategoryId, DualTotal & { partners: number }>>;
}

export interface LikeForLike {
  year: number;
  against: number;
  /** Keys of the partners with a calculated footprint in both years: the only ones compared. */
  partners: string[];
  now: ScopeTotals;
  then: ScopeTotals;
  change: {
    scope1: Change;
    scope2Location: Change;
    scope2Market: Change;
    scope3: Change;
    totalLocation: Change;
    totalMarket: Change;
  };
  /** Of those partners, how many calculated the two years with different factor sets (method, not emissions). */
  factorSetChanged: number;
}

export interface GroupTotals extends ScopeTotals {
  /** A TOL section letter or 'unknown'; a size band. */
  group: string;
  partners: number;
}

export interface NetworkFigures {
  year: number;
  baseYear?: number;
  /** Every year some partner has a calculated footprint of, oldest first: what the year choosers offer. */
  years: number[];
  partners: PartnerCounts;
  growth: GrowthPoint[];
  emissions: EmissionTotals;
  /** Keys of the partners whose year is in `emissions`. */
  included: string[];
  /** Against the year before. */
  previous: LikeForLike;
  /** Against the base year; null without one, or when it is the chosen year. */
  base: LikeForLike | null;
  /** Sections in alphabetical order, 'unknown' last; only those with partners in the year. */
  bySector: GroupTotals[];
  /** Every size band, in SIZE_BANDS order, with the year's FTE. */
  bySize: GroupTotals[];
  targets: TargetFigures;
  actions: ActionFigures;
}

/** A year that counts as a calculated footprint: it has entries (a year begun and left empty does not). */
/**
 * Whether the partner reported the year: a file holding the year's footprint, exported (or received, without an
 * export time) in that year or the next — the round in which a year's figures are reported. A file sent later
 * still counts for the footprint, not as reported in its round.
 */
export function reportedYear(p: NetworkPartner, year: number): boolean {
  return p.files.some((f) => {
    const y = f.years.find((s) => s.year === year);
    if (!y || y.entries === 0) return false;
    const sent = calendarYear(f.exportedAt ?? f.receivedAt);
    return sent === year || sent === year + 1;
  });
}

export function footprintOf(p: NetworkPartner, year: number): YearSummary | undefined {
  const y = p.years.get(year)?.year;
  return y !== undefined && y.entries > 0 ? y : undefined;
}

const zeroScopes = (): ScopeTotals => ({
  scope1: 0,
  scope2: { location: 0, market: 0 },
  scope3: 0,
  total: { location: 0, market: 0 },
});

function addScopes(t: ScopeTotals, y: YearSummary): void {
  t.scope1 += y.scope1;
  t.scope2.location += y.scope2.location;
  t.scope2.market += y.scope2.market;
  t.scope3 += y.scope3;
  t.total.location += y.total.location;
  t.total.market += y.total.market;
}

function emissionsOf(footprints: readonly YearSummary[]): EmissionTotals {
  const t: EmissionTotals = { ...zeroScopes(), partners: footprints.length, biogenicCO2: 0, byCategory: {} };
  for (const y of footprints) {
    addScopes(t, y);
    t.biogenicCO2 += y.biogenicCO2;
  }
  // In the order of CATEGORY_IDS, so every screen and file lists them alike.
  for (const id of CATEGORY_IDS) {
    let partners = 0;
    const sum = { location: 0, market: 0 };
    for (const y of footprints) {
      const c = y.byCategory[id];
      if (!c) continue;
      partners++;
      sum.location += c.location;
      sum.market += c.market;
    }
    if (partners > 0) t.byCategory[id] = { ...sum, partners };
  }
  return t;
}

function likeForLike(partners: readonly NetworkPartner[], year: number, against: number): LikeForLike {
  const now = zeroScopes();
  const then = zeroScopes();
  const keys: string[] = [];
  let factorSetChanged = 0;
  for (const p of partners) {
    const a = footprintOf(p, year);
    const b = footprintOf(p, against);
    if (!a || !b) continue;
    keys.push(p.key);
    addScopes(now, a);
    addScopes(then, b);
    if (a.factorSet.id !== b.factorSet.id || a.factorSet.release !== b.factorSet.release) factorSetChanged++;
  }
  return {
    year,
    against,
    partners: keys,
    now,
    then,
    change: {
      scope1: change(now.scope1, then.scope1),
      scope2Location: change(now.scope2.location, then.scope2.location),
      scope2Market: change(now.scope2.market, then.scope2.market),
      scope3: change(now.scope3, then.scope3),
      totalLocation: change(now.total.location, then.total.location),
      totalMarket: change(now.total.market, then.total.market),
    },
    factorSetChanged,
  };
}

function groups(
  partners: readonly NetworkPartner[],
  year: number,
  groupOf: (p: NetworkPartner, y: YearSummary) => string,
  order: readonly string[],
): GroupTotals[] {
  const by = new Map<string, GroupTotals>(order.map((g) => [g, { group: g, partners: 0, ...zeroScopes() }]));
  for (const p of partners) {
    const y = footprintOf(p, year);
    if (!y) continue;
    const g = groupOf(p, y);
    let t = by.get(g);
    if (!t) {
      t = { group: g, partners: 0, ...zeroScopes() };
      by.set(g, t);
    }
    t.partners++;
    addScopes(t, y);
  }
  return [...by.values()];
}

function bySector(partners: readonly NetworkPartner[], year: number): GroupTotals[] {
  return groups(partners, year, sectionOf, [])
    .filter((g) => g.partners > 0)
    .sort((a, b) => (a.group === 'unknown' ? 1 : b.group === 'unknown' ? -1 : a.group < b.group ? -1 : 1));
}

function bySize(partners: readonly NetworkPartner[], year: number): GroupTotals[] {
  return groups(partners, year, (_p, y) => sizeBandOf(y.metrics.fte), SIZE_BANDS);
}

/** A partner's standing: on track only when every target with a known standing is, and one is known. */
export function standing(p: NetworkPartner): ProgressStatus | 'unknown' {
  const known = p.latest.targets.flatMap((t) => (t.latest ? [t.latest.status] : []));
  if (known.length === 0) return 'unknown';
  return known.includes('behind') ? 'behind' : 'on-track';
}

function partnerCounts(partners: readonly NetworkPartner[], year: number): PartnerCounts {
  const c: PartnerCounts = {
    total: partners.length,
    joined: 0,
    joinedBy: 0,
    joinDateUnknown: 0,
    withFootprint: 0,
    reported: 0,
    withTarget: 0,
    onTrack: 0,
    behind: 0,
    progressUnknown: 0,
  };
  for (const p of partners) {
    const j = joinedYear(p);
    if (j === undefined) c.joinDateUnknown++;
    else {
      if (j === year) c.joined++;
      if (j <= year) c.joinedBy++;
    }
    if (footprintOf(p, year)) c.withFootprint++;
    if (reportedYear(p, year)) c.reported++;
    if (p.latest.targets.length > 0) {
      c.withTarget++;
      const s = standing(p);
      if (s === 'on-track') c.onTrack++;
      else if (s === 'behind') c.behind++;
      else c.progressUnknown++;
    }
  }
  return c;
}

/**
 * From the first year anyone joined or calculated to the last (and the chosen year), each year's counts; a
 * joining date before MIN_YEAR counts in every year shown, one after MAX_YEAR in none.
 */
function growth(partners: readonly NetworkPartner[], years: readonly number[], year: number): GrowthPoint[] {
  const joins = partners.flatMap((p) => {
    const j = joinedYear(p);
    return j === undefined ? [] : [j];
  });
  let first = year;
  let last = year;
  for (const y of [...joins, ...years]) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  first = Math.max(first, MIN_YEAR);
  last = Math.min(last, MAX_YEAR);
  const points: GrowthPoint[] = [];
  let partnersBy = joins.filter((j) => j < first).length;
  for (let y = first; y <= last; y++) {
    const joined = joins.filter((j) => j === y).length;
    partnersBy += joined;
    const withFootprint = partners.filter((p) => footprintOf(p, y)).length;
    points.push({ year: y, joined, partners: partnersBy, withFootprint });
  }
  return points;
}

/** Every year some partner has a calculated footprint of, oldest first. */
export function calculatedYears(partners: readonly NetworkPartner[]): number[] {
  const years = new Set<number>();
  for (const p of partners) for (const y of p.years.keys()) if (footprintOf(p, y)) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** The network's figures of `year` from the received files (all of them: duplicates are resolved here). */
export function networkFigures(
  files: readonly ReceivedFileSummary[],
  options: NetworkOptions,
): NetworkFigures {
  return figuresOf(networkPartners(files), options);
}

/** The same from partners already resolved (networkPartners), when a page shows several years of them. */
export function figuresOf(partners: readonly NetworkPartner[], options: NetworkOptions): NetworkFigures {
  const { year, baseYear } = options;
  const years = calculatedYears(partners);
  const included = partners.filter((p) => footprintOf(p, year));
  return {
    year,
    ...(baseYear !== undefined ? { baseYear } : {}),
    years,
    partners: partnerCounts(partners, year),
    growth: growth(partners, years, year),
    emissions: emissionsOf(included.map((p) => footprintOf(p, year) as YearSummary)),
    included: included.map((p) => p.key),
    previous: likeForLike(partners, year, year - 1),
    base: baseYear !== undefined && baseYear !== year ? likeForLike(partners, year, baseYear) : null,
    bySector: bySector(partners, year),
    bySize: bySize(partners, year),
    targets: targetFigures(partners),
    actions: actionFigures(partners),
  };
}
