/**
 * A received file's summary made from its evaluation (issue 13): each year's totals as the command line
 * computes them, its completeness, the partner's targets and its actions with their observed change. What the
 * network's figures are made from; the entries stay in the file's inputs.
 */
import { actionObserved } from '../../core/actionObserved';
import { baseRecordOf } from '../../core/baseYear';
import type { CategoryId } from '../../core/categories';
import type { ClimateAction, Commitment, Target } from '../../core/commitment';
import { completenessCounts } from '../../core/completeness';
import type { Inventory } from '../../core/inventory';
import type { ActionSummary, ReceivedFileSummary, TargetSummary, YearSummary } from '../../core/network';
import { partnerKeyOf } from '../../core/receivedYears';
import type { DualTotal, InventoryResult } from '../../core/results';
import { metricAmount, targetProgress } from '../../core/targetProgress';
import type { ExchangeFile } from '../exchange';

const dual = (t: DualTotal): DualTotal => ({ location: t.location, market: t.market });

/** One calculated year's figures; `inv` is the year as read, `r` its result. */
export function yearSummary(inv: Inventory, r: InventoryResult): YearSummary {
  const byCategory: YearSummary['byCategory'] = {};
  for (const [c, t] of Object.entries(r.byCategory)) if (t) byCategory[c as CategoryId] = dual(t);
  // A strict evaluation counts every entry, so the year's states are those of its inputs.
  const counts = completenessCounts(inv);
  return {
    year: r.year,
    scope1: r.scope1,
    scope2: dual(r.scope2),
    scope3: r.scope3,
    total: dual(r.total),
    biogenicCO2: r.biogenicCO2,
    byCategory,
    metrics: { ...inv.metrics },
    ...(inv.status ? { status: inv.status } : {}),
    completeness: { entries: counts.entries, notRelevant: counts.notRelevant, todo: counts.todo },
    factorSet: { id: inv.factorSet.id, release: inv.factorSet.release },
    entries: inv.entries.length,
  };
}

/**
 * A target as the network counts it: its standing in the latest calculated year against its pathway from the
 * recorded base year (targetProgress.ts), when that can be computed. An intensity target's gap is per unit
 * of its metric: it is given in kg as that gap times the year's metric.
 */
export function targetSummary(
  t: Target,
  commitment: Commitment,
  years: readonly { inv: Inventory; r: InventoryResult }[],
): TargetSummary {
  // A year without any calculated entry (one just started) is no measurement, as in the partner's report
  // (progressYears): it would read as zero emissions, on track.
  const measured = years.filter(({ r }) => r.entries.length > 0);
  const progress = targetProgress(
    t,
    baseRecordOf(commitment, t.baseYear),
    measured.map(({ inv, r }) => ({ result: r, metrics: inv.metrics })),
  );
  const latest = progress.latest;
  const metrics = latest && years.find((y) => y.r.year === latest.year)?.inv.metrics;
  const per = t.kind === 'intensity' && t.metric && metrics ? metricAmount(t.metric, metrics) : 1;
  return {
    id: t.id,
    preset: t.preset,
    kind: t.kind,
    baseYear: t.baseYear,
    targetYear: t.targetYear,
    reductionPct: t.reductionPct,
    ...(latest && per !== undefined
      ? { latest: { year: latest.year, status: latest.status, gapKg: latest.gap * per } }
      : {}),
  };
}

/** An action as the network counts it: its expected cut (modelled) apart from the change observed. */
export function actionSummary(a: ClimateAction, results: readonly InventoryResult[]): ActionSummary {
  const observed = actionObserved(a, results)?.latest;
  return {
    id: a.id,
    title: a.title,
    theme: a.theme,
    status: a.status,
    categories: [...a.categories],
    ...(a.expected ? { expectedKgPerYear: a.expected.kgPerYear } : {}),
    ...(observed
      ? {
          observed: {
            fromYear: observed.fromYear,
            toYear: observed.toYear,
            activityKg: observed.location.activity,
          },
        }
      : {}),
  };
}

/** The summary of a file that calculates: its partner, years (oldest first), targets and actions. */
export function summaryOf(
  file: ExchangeFile,
  results: readonly InventoryResult[],
  meta: { id: string; fileName: string; receivedAt: string; bytes: number; sha256: string },
): ReceivedFileSummary {
  const org = file.organization;
  const pairs = file.inventories
    .map((inv, i) => ({ inv, r: results[i] as InventoryResult }))
    .sort((a, b) => a.inv.year - b.inv.year);
  const years = pairs.map(({ inv, r }) => yearSummary(inv, r));
  const commitment = org.commitment;
  return {
    id: meta.id,
    fileName: meta.fileName,
    receivedAt: meta.receivedAt,
    ...(file.exportedAt ? { exportedAt: file.exportedAt } : {}),
    partnerKey: partnerKeyOf(org),
    partner: {
      name: org.name,
      ...(org.businessId ? { businessId: org.businessId } : {}),
      ...(org.sector ? { sector: org.sector } : {}),
      ...(org.municipality ? { municipality: org.municipality } : {}),
      ...(commitment?.joinedOn ? { joinedOn: commitment.joinedOn } : {}),
    },
    years,
    targets: commitment ? commitment.targets.map((t) => targetSummary(t, commitment, pairs)) : [],
    actions: (commitment?.actions ?? []).map((a) => actionSummary(a, results)),
    bytes: meta.bytes,
    sha256: meta.sha256,
  };
}
