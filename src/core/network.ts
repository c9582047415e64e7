/**
 * What the city's coordinator keeps of one received partner file (issue 13): the partner, and each year's
 * computed figures, targets and actions, not the entries. Network figures are made from these summaries
 * (networkTotals.ts); the file's inputs are kept apart, compressed, only to open its report read-only.
 */
import type { CategoryId } from './categories';
import type { ActionStatus, ActionTheme, TargetPreset } from './commitment';
import type { SizeMetrics } from './inventory';
import type { ProgressStatus } from './progress';
import type { DualTotal } from './results';

/** One calculated year of a received file, kg CO2e. */
export interface YearSummary {
  year: number;
  scope1: number;
  scope2: DualTotal;
  scope3: number;
  total: DualTotal;
  biogenicCO2: number;
  byCategory: Partial<Record<CategoryId, DualTotal>>;
  metrics: SizeMetrics;
  status?: 'draft' | 'complete';
  /** Category states (decision 29): how many have entries, are not relevant, are still to do. */
  completeness: { entries: number; notRelevant: number; todo: number };
  factorSet: { id: string; release: string };
  entries: number;
}

export interface TargetSummary {
  id: string;
  preset: TargetPreset;
  kind: 'absolute' | 'intensity';
  baseYear: number;
  targetYear: number;
  reductionPct: number;
  /**
   * The latest calculated year's standing against the pathway, when it can be computed. `gapKg` is always kg
   * CO2e (above zero: behind): an intensity target's gap per unit of its metric times the year's metric
   * (summaryOf.ts), so gaps of absolute and intensity targets can be read alike.
   */
  latest?: { year: number; status: ProgressStatus; gapKg: number };
}

export interface ActionSummary {
  id: string;
  title: string;
  theme: ActionTheme;
  status: ActionStatus;
  categories: CategoryId[];
  /** Modelled, kg CO2e a year: never added to emissions. */
  expectedKgPerYear?: number;
  /** Observed: the activity effect of its categories between its two latest calculated years, kg CO2e. */
  observed?: { fromYear: number; toYear: number; activityKg: number };
}

/** A received file as the coordinator's device keeps it. */
export interface ReceivedFileSummary {
  id: string;
  fileName: string;
  receivedAt: string;
  /** When the partner exported it (the file's exportedAt); the newest export of a partner's year wins. */
  exportedAt?: string;
  /** The partner's business ID, else its name normalized (lower case, spaces collapsed). */
  partnerKey: string;
  partner: {
    name: string;
    businessId?: string;
    /** TOL 2008 code. */
    sector?: string;
    municipality?: string;
    joinedOn?: string;
  };
  years: YearSummary[];
  targets: TargetSummary[];
  actions: ActionSummary[];
  bytes: number;
  /**
   * SHA-256, hex, of the file's bytes without its years' results (of all its bytes when they cannot be cut,
   * src/io/network/summarizeFile.ts fileIdentity): the same file added twice is one, and so are two files that
   * differ only in the results, which are computed again, never read.
   */
  sha256: string;
}
