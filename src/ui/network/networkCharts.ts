/**
 * The network dashboard's charts, read from the network tables (src/io/network/networkTables.ts) their table
 * equivalents show, as the results page's charts are: the partner count over the years (the network's metric)
 * and emissions by industry and by size band.
 */
import '../../i18n/uiNetworkDash';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { ReportTable } from '../../io/report/tables/types';
import { type ChartSpec, fromColumns } from '../report/chartSpecs';

/** Partners who had joined by the end of each year: a bar a year. */
export function growthChart(table: ReportTable, lang: Lang): ChartSpec | null {
  const partners = table.columns.find((c) => c.id === 'partners');
  if (!partners || table.rows.length === 0) return null;
  return fromColumns(table.rows, [partners], lang, {
    id: 'netGrowth',
    kind: 'bar',
    title: table.title,
    axis: tr(lang, 'dashChartGrowthAxis'),
  });
}

/** A group table's location-based emissions, one bar a group that has partners. */
export function groupChart(table: ReportTable, lang: Lang): ChartSpec | null {
  const location = table.columns.find((c) => c.id === 'location');
  const rows = table.rows.filter((r) => !r.total && r.cells.partners !== 0);
  if (!location || rows.length === 0) return null;
  return fromColumns(rows, [location], lang, {
    id: table.id,
    kind: 'bar',
    horizontal: true,
    title: table.title,
    axis: tr(lang, 'tonnes'),
  });
}
