/**
 * A target's progress as the partner page writes it: the values in the target's unit (tonnes of CO2e, or kg
 * CO2e per metric unit for an intensity target), the unit's name, and the chart drawn from the same rows as
 * its table, so chart and table cannot differ.
 */
import '../../i18n/uiCommitment';
import type { TargetMetric } from '../../core/commitment';
import type { TargetProgress } from '../../core/progress';
import { formatNumber, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { ChartSpec } from '../report/chartSpecs';

const METRIC_WORD = {
  fte: 'cmMetricFte',
  'revenue-meur': 'cmMetricRevenue',
  'floor-area-m2': 'cmMetricArea',
  production: 'cmMetricProduction',
} as const;

export function metricName(metric: TargetMetric, lang: Lang, productionUnit?: string): string {
  return metric === 'production' && productionUnit ? productionUnit : tr(lang, METRIC_WORD[metric]);
}

/** The unit values are shown in: "t CO2e" or "kg CO2e / henkilötyövuosi". */
export function unitName(unit: TargetProgress['unit'], lang: Lang): string {
  if (unit === 'kgCO2e') return tr(lang, 'prUnitTonnes');
  return tr(lang, 'prUnitPer', { metric: metricName(unit.per, lang, unit.productionUnit) });
}

/** A value without its unit: tonnes as every table shows them, an intensity with up to two decimals. */
export function formatValue(value: number, unit: TargetProgress['unit'], lang: Lang): string {
  return unit === 'kgCO2e'
    ? formatTonnes(value, lang)
    : formatNumber(value, lang, Math.abs(value) < 10 ? 3 : 1);
}

/** A gap with its sign always written: "+3,40" behind, "−1,60" ahead, "0" on the pathway. */
export function formatGap(gap: number, unit: TargetProgress['unit'], lang: Lang): string {
  const text = formatValue(Math.abs(gap), unit, lang);
  if (gap > 0) return `+${text}`;
  return gap < 0 ? `−${text}` : text;
}

const plotted = (v: number, unit: TargetProgress['unit']) => (unit === 'kgCO2e' ? v / 1000 : v);

/** The pathway as a line from the base year to the target year, with each calculated year as a point on it. */
export function progressChart(progress: TargetProgress, name: string, lang: Lang): ChartSpec {
  const last = Math.max(
    progress.target?.year ?? 0,
    ...progress.years.map((y) => y.year),
    ...progress.pathway.map((p) => p.year),
  );
  const first = progress.base?.year ?? last;
  const labels: string[] = [];
  const pathway: (number | null)[] = [];
  const actual: (number | null)[] = [];
  const texts: string[] = [];
  const u = progress.unit;
  const unit = unitName(u, lang);
  for (let y = first; y <= last; y++) {
    labels.push(String(y));
    const p = progress.pathway.find((x) => x.year === y);
    const a = progress.years.find((x) => x.year === y);
    pathway.push(p ? plotted(p.value, u) : null);
    actual.push(a ? plotted(a.actual, u) : null);
    const parts = [];
    if (a) parts.push(`${tr(lang, 'prChartActual')} ${formatValue(a.actual, u, lang)} ${unit}`);
    if (p) parts.push(`${tr(lang, 'prChartPathway')} ${formatValue(p.value, u, lang)} ${unit}`);
    if (parts.length > 0) texts.push(`${y}: ${parts.join(', ')}`);
  }
  const title = tr(lang, 'prChartTitle', { name });
  return {
    id: `progress-${progress.targetId}`,
    kind: 'line',
    title,
    labels,
    // The calculated years as points over the pathway's dashed line (the first series is drawn on top).
    series: [
      { label: tr(lang, 'prChartActual'), values: actual, style: 1, line: false },
      { label: tr(lang, 'prChartPathway'), values: pathway, style: 0, points: false },
    ],
    axis: u === 'kgCO2e' ? tr(lang, 'tonnes') : unit,
    summary: `${title}. ${texts.join('; ')}.`,
  };
}
