/**
 * The result tables of a report year, assembled from their families (this folder): the single source of the
 * on-screen table equivalents of the charts, the PDF's tables and the CSV. Every figure is read from the
 * core's result objects; the only sums made here are the "other sources" rows of the largest-sources and
 * change-by-source tables, from the core's per-source lists.
 */
import type { Lang } from '../../../i18n/issueMessages';
import { tr, type UiKey } from '../../../i18n/ui';
import type { ReportData } from '../reportData';
import { commitmentTables } from './commitment';
import { changeSourcesTable, comparisonTable } from './comparisons';
import { intensitiesTable } from './intensities';
import { missingTable } from './missing';
import { dataQualityTable, excludedTable, factorsTable } from './qualityAndFactors';
import { sitesTable } from './sites';
import { sourcesTable } from './sources';
import { biogenicTable, categoriesTable, gasesTable, scopesTable } from './totals';
import { intensityTrendTable, trendTable } from './trend';
import type { ReportTable, TableOptions } from './types';

/**
 * All tables of the report year, in the report's order. The comparison tables (and with `changeBySource` the
 * change-by-source tables) are present only when the previous year or the base year was compared, the
 * commitment's only when the partner has one; every other table is always present (possibly without rows).
 */
export function reportTables(data: ReportData, lang: Lang, options: TableOptions = {}): ReportTable[] {
  const t = (key: UiKey, params?: Record<string, string | number>) => tr(lang, key, params);
  const r = data.result;
  const top = options.topSources ?? 10;
  const tables: ReportTable[] = [
    scopesTable(r, t),
    categoriesTable(r, t, lang),
    gasesTable(r, t, lang),
    biogenicTable(r, t),
    sourcesTable(data, t, lang, top),
    sitesTable(data, t),
    intensitiesTable(r, t),
  ];
  const { previousYear, baseYear } = data.comparisons;
  const baseIsPrevious =
    !options.repeatBaseComparison && previousYear !== undefined && baseYear?.against === previousYear.against;
  if (previousYear) {
    tables.push(comparisonTable('comparisonPrevious', previousYear, data, t, lang, baseIsPrevious));
    if (options.changeBySource)
      tables.push(changeSourcesTable('changeSourcesPrevious', previousYear, data, t, lang, top));
  }
  if (baseYear && !baseIsPrevious) {
    tables.push(comparisonTable('comparisonBase', baseYear, data, t, lang));
    if (options.changeBySource)
      tables.push(changeSourcesTable('changeSourcesBase', baseYear, data, t, lang, top));
  }
  tables.push(
    trendTable(data.history, t),
    intensityTrendTable(data.history, t),
    dataQualityTable(data, t),
    missingTable(data, t, lang),
    excludedTable(data, t, lang),
    factorsTable(data, t, lang),
  );
  // The commitment's tables, when the partner has one; a target's progress is one table per target.
  if (data.commitment) tables.push(...commitmentTables(data.commitment, lang));
  return tables;
}
