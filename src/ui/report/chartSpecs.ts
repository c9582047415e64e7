/**
 * What each chart of the results page shows, read from the same result table its table equivalent is drawn
 * from (src/io/report/tables/), so chart and table cannot differ. Plain data without Chart.js: the library
 * is loaded only when a chart is drawn (chartjs.ts). Emissions are plotted in tonnes, as the tables show them.
 */
import '../../i18n/uiReport';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { columnTitle, formatCell } from '../../io/report/pdf/cells';
import type { ReportTable, TableColumn, TableRow } from '../../io/report/tables/types';

export interface ChartSeries {
  label: string;
  /** Plotted values (t CO2e, or kg CO2e per unit for intensities); null where the table has none. */
  values: (number | null)[];
  /** Index into the palette's series (colour and pattern). */
  style: number;
  /** A line chart's series: `line` false draws its points only, `points` false its line only, dashed. */
  line?: boolean;
  points?: boolean;
}

export interface ChartSpec {
  /** Stable id: the table it is drawn from, and the column for one chart of several. */
  id: string;
  kind: 'bar' | 'line';
  title: string;
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  /** The value axis' title. */
  axis: string;
  /** The accessible summary: every figure the chart shows, as the table formats it. */
  summary: string;
}

const col = (t: ReportTable, id: string) => t.columns.find((c) => c.id === id);
const parts = (rows: TableRow[]) => rows.filter((r) => !r.total && r.id !== 'other');

function plotted(c: TableColumn, v: unknown): number | null {
  if (typeof v !== 'number') return null;
  return c.kind === 'kgco2e' ? v / 1000 : v;
}

function summaryOf(title: string, labels: string[], series: { label: string; texts: string[] }[]): string {
  const items = labels.map((l, i) => {
    const values = series.map((s) => (series.length > 1 ? `${s.label} ${s.texts[i]}` : s.texts[i]));
    return `${l}: ${values.join(', ')}`;
  });
  return `${title}. ${items.join('; ')}.`;
}

/** A chart of `columns` of a table, one series per column, one bar group or point per row. */
export function fromColumns(
  rows: TableRow[],
  columns: TableColumn[],
  lang: Lang,
  spec: Omit<ChartSpec, 'labels' | 'series' | 'summary'>,
  styles: number[] = columns.map((_c, i) => i),
): ChartSpec {
  const labels = rows.map((r) => String(r.cells.item ?? r.id));
  const series = columns.map((c, i) => ({
    label: columnTitle(c),
    values: rows.map((r) => plotted(c, r.cells[c.id])),
    style: styles[i] ?? i,
    texts: rows.map((r) => {
      const text = formatCell(c, r.cells[c.id] ?? null, lang);
      return c.kind === 'kgco2e' ? `${text} ${tr(lang, 'tonnes')}` : text;
    }),
  }));
  return {
    ...spec,
    labels,
    series: series.map(({ texts: _t, ...s }) => s),
    summary: summaryOf(spec.title, labels, series),
  };
}

/** Scope 1, 2 and 3 with Scope 2 location- and market-based side by side. */
export function scopeChart(table: ReportTable, lang: Lang): ChartSpec | null {
  const loc = col(table, 'location');
  const mkt = col(table, 'market');
  if (!loc || !mkt) return null;
  return fromColumns(parts(table.rows), [loc, mkt], lang, {
    id: 'scopes',
    kind: 'bar',
    title: tr(lang, 'reportChartScopes'),
    axis: tr(lang, 'tonnes'),
  });
}

/** Categories by location-based emissions, largest first. */
export function categoryChart(table: ReportTable, lang: Lang): ChartSpec | null {
  const loc = col(table, 'location');
  if (!loc) return null;
  const rows = parts(table.rows).sort(
    (a, b) => ((b.cells.location as number) ?? 0) - ((a.cells.location as number) ?? 0),
  );
  if (rows.length === 0) return null;
  return fromColumns(rows, [loc], lang, {
    id: 'categories',
    kind: 'bar',
    horizontal: true,
    title: tr(lang, 'reportPdfChartCategories'),
    axis: tr(lang, 'tonnes'),
  });
}

/** Scopes 1, 2 (location-based) and 3 stacked, one column per year. */
export function trendChart(table: ReportTable, lang: Lang): ChartSpec | null {
  const columns = ['scope1', 'scope2Location', 'scope3'].map((id) => col(table, id));
  if (table.rows.length === 0 || columns.some((c) => !c)) return null;
  return fromColumns(table.rows, columns as TableColumn[], lang, {
    id: 'trend',
    kind: 'bar',
    stacked: true,
    title: tr(lang, 'reportPdfChartTrend'),
    axis: tr(lang, 'tonnes'),
  });
}

/** One line chart per intensity denominator: their magnitudes differ too much to share an axis. */
export function intensityCharts(table: ReportTable, lang: Lang): ChartSpec[] {
  if (table.rows.length === 0) return [];
  return table.columns
    .filter((c) => c.id !== 'item')
    .map((c, i) =>
      fromColumns(
        table.rows,
        [c],
        lang,
        {
          id: `intensityTrend-${c.id}`,
          kind: 'line',
          title: tr(lang, 'reportPdfChartIntensity', { name: c.title }),
          axis: `kg CO2e / ${c.unit ?? ''}`,
        },
        [i],
      ),
    );
}
