/**
 * Everything a report of one year needs, gathered from an evaluation (a stored partner's year evaluated
 * strictly by evaluateYear, or an exchange file by evaluateExchange): who, which year, how it
 * was calculated, the results of the year and of earlier years, the comparisons, data quality, exclusions,
 * the factors used with their sources and a fingerprint of the inputs. The PDF, the results page, the
 * tables and the CSV are made from this one object; nothing here adds up emissions (the core did), the only
 * arithmetic is the data-quality shares, which are divisions for display and live here alone.
 */
import type { CategoryId } from '../../core/categories';
import type { YearComparison } from '../../core/compare';
import { type CompletenessCounts, completeness } from '../../core/completeness';
import type { FactorSet } from '../../core/factorSet';
import { factorSetKey } from '../../core/factorSet';
import { type GwpSetId, gwpSource } from '../../core/gwp';
import type { BoundaryApproach, CustomFactor, DataQuality, Exclusion, Inventory } from '../../core/inventory';
import type { Issue } from '../../core/issues';
import type { Organization } from '../../core/organization';
import { coefficientsOf, indexSet } from '../../core/resolve';
import type { DualTotal, FactorTrace, InventoryResult } from '../../core/results';
import type { Localized, Source } from '../../core/source';
import { canonicalJson, sha256Hex } from '../canonical';
import type { Comparisons } from '../evaluate';
import { type ReportCommitment, reportCommitment } from './commitmentData';

export interface ReportMeta {
  appVersion: string;
  /** ISO 8601 time the report was made. */
  createdAt: string;
  /** Entries left out of the calculation because they are unfinished or invalid (the editor counts them). */
  unfinishedEntries?: number;
  /** Earlier years left out of the history and comparisons because they cannot be calculated, oldest first. */
  yearsLeftOut?: number[];
}

export interface FactorSetInfo {
  /** "fi-2025.1" */
  key: string;
  id: string;
  release: string;
  names: Localized;
  publisher: string;
  published: string;
}

export interface DataQualityShare {
  quality: DataQuality | 'unspecified';
  /** kg CO2e from entries of this quality. */
  co2e: DualTotal;
  /** Fraction of the year's total; null when the total is zero. */
  share: { location: number | null; market: number | null };
}

/** An emission factor applied in the year, with its source, and where it was applied. */
export interface FactorUsed {
  /** `${set}|${id}|${data year}`: distinct per value used. */
  key: string;
  factor: FactorTrace;
  /** kg CO2e per unit of the factor with the year's GWP set (the core's coefficients). */
  co2ePerUnit: number;
  /** 'location': the factor of an entry (Scopes 1, 3 and Scope 2 location-based); 'market': a market-based part. */
  usedFor: ('location' | 'market')[];
  categories: CategoryId[];
  entries: number;
}

export interface GwpUsed {
  set: GwpSetId;
  source: Source;
  /** GWP-100 of each gas weighted in the year, by gas id, sorted. */
  values: { gas: string; gwp: number }[];
}

export interface Fingerprint {
  algorithm: 'SHA-256';
  /** Lower-case hex of the digest. */
  hex: string;
  /** The years whose inputs it covers, with the organization. */
  years: number[];
}

export interface ReportData {
  organization: Organization;
  year: number;
  /** The year's inputs as the partner entered them (without computed results). */
  inventory: Inventory;
  boundary: BoundaryApproach;
  gwpSet: GwpSetId;
  gwp: GwpUsed;
  factorSet: FactorSetInfo;
  radiativeForcing: boolean;
  status?: Inventory['status'];
  result: InventoryResult;
  /** Results of every year up to and including this one, oldest first: the trends. */
  history: InventoryResult[];
  baseYear?: number;
  comparisons: { previousYear?: YearComparison; baseYear?: YearComparison };
  /** measured, invoice, estimated, unspecified: in that order. */
  dataQuality: DataQualityShare[];
  /**
   * How complete the year is (src/core/completeness.ts, as its evaluation gives it): the counts by state and
   * the categories still to do, in the order of the categories. The missing figures are `inventory.missing`.
   */
  completeness: { counts: CompletenessCounts; todo: CategoryId[] };
  excluded: Exclusion[];
  customFactors: CustomFactor[];
  /** Distinct factors applied, by factor set, then id and data year. */
  factorsUsed: FactorUsed[];
  /** Finnish and English names of the activities and default factors the year uses, by id. */
  names: { activities: Record<string, Localized>; factors: Record<string, Localized> };
  warnings: Issue[];
  /**
   * The partner's climate commitment with each target's progress and each action's observed change over the
   * report's years (commitmentData.ts); absent when the partner has written none.
   */
  commitment?: ReportCommitment;
  meta: ReportMeta;
  fingerprint: Fingerprint;
}

/** The organization and the years of a report as a file of them holds them (no file needs to be made). */
export interface ReportYears {
  organization: Organization;
  inventories: readonly (Inventory & { results?: InventoryResult })[];
}

/**
 * What buildReportData needs of an evaluation: evaluateYear's years of a report (strict), or evaluateExchange's
 * successful answer (its `file`); results and comparisons by year, in the order of the inventories.
 */
export type EvaluatedFile = (ReportYears | { file: ReportYears }) & {
  results: readonly InventoryResult[];
  comparisons: readonly Comparisons[];
};

export class ReportDataError extends Error {}

const QUALITIES = ['measured', 'invoice', 'estimated', 'unspecified'] as const;

/**
 * Builds the report data of `year`. `factorSets` must include the set of that year (its name and publisher
 * go into the report). Throws ReportDataError if the year is not in the file or its set is not given.
 */
export async function buildReportData(
  evaluation: EvaluatedFile,
  year: number,
  factorSets: readonly FactorSet[],
  meta: ReportMeta,
): Promise<ReportData> {
  const { results, comparisons } = evaluation;
  const file = 'file' in evaluation ? evaluation.file : evaluation;
  const i = file.inventories.findIndex((inv) => inv.year === year);
  const result = results[i];
  const stored = file.inventories[i];
  if (i < 0 || !result || !stored) throw new ReportDataError(`No inventory of ${year} in the file`);
  const { results: _r, ...inventory } = stored;
  const set = factorSets.find(
    (s) => s.id === inventory.factorSet.id && s.release === inventory.factorSet.release,
  );
  if (!set) throw new ReportDataError(`Factor set ${factorSetKey(inventory.factorSet)} not given`);
  const history = results.filter((r) => r.year <= year).sort((a, b) => a.year - b.year);
  const years = history.map((r) => r.year);
  const c = comparisons[i] ?? {};
  // A base year after the reported one is not compared with: the report covers its year and earlier ones
  // (its history, fingerprint and city file), so nothing in it may change when a later year is edited.
  const base = c.baseYear && c.baseYear.against < year ? c.baseYear : undefined;
  const used = factorsUsed(result);
  const done = completeness(inventory);
  const commitment = reportCommitment(file.organization.commitment, file.inventories, results, year);
  return {
    organization: file.organization,
    year,
    inventory,
    boundary: inventory.boundary,
    gwpSet: inventory.gwp,
    gwp: gwpUsed(result),
    factorSet: {
      key: factorSetKey(set),
      id: set.id,
      release: set.release,
      names: set.names,
      publisher: set.publisher,
      published: set.published,
    },
    radiativeForcing: inventory.radiativeForcing,
    ...(inventory.status !== undefined ? { status: inventory.status } : {}),
    result,
    history,
    ...(file.organization.baseYear !== undefined ? { baseYear: file.organization.baseYear } : {}),
    comparisons: {
      ...(c.previousYear ? { previousYear: c.previousYear } : {}),
      ...(base ? { baseYear: base } : {}),
    },
    dataQuality: dataQualityShares(result),
    completeness: {
      counts: done.counts,
      todo: [...done.categories].filter(([, c]) => c.state === 'todo').map(([id]) => id),
    },
    excluded: inventory.excluded,
    customFactors: inventory.customFactors,
    factorsUsed: used,
    names: namesOf(result, set, used, inventory),
    warnings: result.warnings,
    ...(commitment ? { commitment } : {}),
    meta,
    fingerprint: {
      algorithm: 'SHA-256',
      hex: await fingerprint(file, years),
      years,
    },
  };
}

/**
 * A part as a fraction of its whole, for display; null when the whole is zero. The one division the report
 * makes: shares of the data-quality summary and of the tables' share columns all come from here.
 */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function dataQualityShares(result: InventoryResult): DataQualityShare[] {
  const { location, market } = result.total;
  return QUALITIES.map((quality) => {
    const co2e = result.byDataQuality[quality];
    return {
      quality,
      co2e: { location: co2e.location, market: co2e.market },
      share: { location: share(co2e.location, location), market: share(co2e.market, market) },
    };
  });
}

/** The distinct factor values behind the year's entries, location-based and market-based parts alike. */
export function factorsUsed(result: InventoryResult): FactorUsed[] {
  const byKey = new Map<string, FactorUsed>();
  const use = (f: FactorTrace, how: 'location' | 'market', category: CategoryId, counted: Set<string>) => {
    const key = `${f.set}|${f.id}|${f.year}`;
    let u = byKey.get(key);
    if (!u) {
      u = {
        key,
        factor: f,
        co2ePerUnit: coefficientsOf(f.value, result.gwpSet).co2e,
        usedFor: [],
        categories: [],
        entries: 0,
      };
      byKey.set(key, u);
    }
    if (!u.usedFor.includes(how)) u.usedFor.push(how);
    if (!u.categories.includes(category)) u.categories.push(category);
    if (!counted.has(key)) {
      counted.add(key);
      u.entries += 1;
    }
  };
  for (const e of result.entries) {
    const counted = new Set<string>();
    const t = e.trace;
    if (t.factor) use(t.factor, 'location', e.category, counted);
    for (const p of t.market ?? []) if (p.factor) use(p.factor, 'market', e.category, counted);
  }
  const list = [...byKey.values()];
  for (const u of list) {
    u.usedFor.sort();
    u.categories.sort();
  }
  return list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function namesOf(
  result: InventoryResult,
  set: FactorSet,
  used: readonly FactorUsed[],
  inventory: Inventory,
): ReportData['names'] {
  const idx = indexSet(set);
  const activities: Record<string, Localized> = {};
  const factors: Record<string, Localized> = {};
  // The missing figures' activities too: the missing-data section names them.
  for (const id of [
    ...result.sources.map((s) => s.activity),
    ...(inventory.missing ?? []).map((m) => m.activity),
  ]) {
    const a = idx.activities.get(id);
    if (a) activities[a.id] = a.names;
  }
  for (const u of used) {
    const f = u.factor.custom ? undefined : idx.factors.get(u.factor.id);
    if (f) factors[f.id] = f.names;
  }
  return { activities, factors };
}

function gwpUsed(result: InventoryResult): GwpUsed {
  const values = new Map<string, number>();
  for (const e of result.entries) for (const [gas, g] of Object.entries(e.trace.gwp)) values.set(gas, g);
  return {
    set: result.gwpSet,
    source: gwpSource(result.gwpSet),
    values: [...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([gas, gwp]) => ({ gas, gwp })),
  };
}

/**
 * SHA-256 of the canonical JSON of `{ organization, inventories }`: the organization (with its sites) and
 * the inputs of the given years, oldest first, without computed results. Computed results, the app version
 * and the time of export are not covered: the fingerprint names the data, so two reports made of the same
 * data by different app versions have the same fingerprint.
 */
export async function fingerprint(file: ReportYears, years: readonly number[]): Promise<string> {
  const inventories = file.inventories
    .filter((inv) => years.includes(inv.year))
    .map(({ results: _r, ...inv }) => inv)
    .sort((a, b) => a.year - b.year);
  return sha256Hex(canonicalJson({ organization: file.organization, inventories }));
}
