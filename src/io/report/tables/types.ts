/**
 * The shape of a result table: the single source of the on-screen table equivalents of the charts, the PDF's
 * tables and the CSV. Cells hold raw values (kg CO2e as numbers, shares as fractions, years as numbers);
 * formatting is the renderer's job.
 */

/**
 * - text: words (labels, names, sources); year: a calendar year; kgco2e: kg CO2e; kg: kg of a gas or of
 *   biogenic CO2; share: a fraction (0.25 = 25 %); intensity: kg CO2e per unit of the row's denominator;
 *   number: another quantity, its unit in the column's `unit` or in the row's unit column.
 */
export type ColumnKind = 'text' | 'year' | 'kgco2e' | 'kg' | 'share' | 'intensity' | 'number';

export type Method = 'location' | 'market';

export interface TableColumn {
  /** Stable id within the table. Every table has an "item" column: the row's label (first but in 'sources'). */
  id: string;
  title: string;
  kind: ColumnKind;
  /** Scope 2 method the figures of this column follow, where the two methods differ. */
  method?: Method;
  /**
   * Unit of the column's 'number' figures, or for 'intensity' the denominator (figures are kg CO2e per it).
   * Absent with `rowUnit`, where each row says its own.
   */
  unit?: string;
  /** The unit is the row's `unit` (amounts of different sources, intensities per different denominators). */
  rowUnit?: true;
}

export type Cell = string | number | null;

export interface TableRow {
  /** Stable machine id of the row: scope, category id, gas id, source key, year, quality. */
  id: string;
  /** By column id; null where a figure does not apply (a gas without mass, a change against zero). */
  cells: Record<string, Cell>;
  /** A total row (its figures come from the core's totals). */
  total?: boolean;
  /** Unit of the figures of columns marked `rowUnit`: a source's amount unit, an intensity's denominator. */
  unit?: string;
}

/** The network figures' tables (src/io/network/networkTables.ts): the dashboard's and the network summary's. */
export type NetworkTableId =
  | 'netGrowth'
  | 'netCounts'
  | 'netScopes'
  | 'netCategories'
  | 'netChangePrevious'
  | 'netChangeBase'
  | 'netSectors'
  | 'netSizes'
  | 'netTargets'
  | 'netActions';

export type ReportTableId =
  | NetworkTableId
  | 'scopes'
  | 'categories'
  | 'gases'
  | 'biogenic'
  | 'sources'
  | 'sites'
  | 'intensities'
  | 'comparisonPrevious'
  | 'comparisonBase'
  | 'changeSourcesPrevious'
  | 'changeSourcesBase'
  | 'trend'
  | 'intensityTrend'
  | 'dataQuality'
  | 'missing'
  | 'excluded'
  | 'factors'
  | 'targets'
  | 'targetProgress'
  | 'actions'
  | 'recalculations';

export interface ReportTable {
  id: ReportTableId;
  title: string;
  /** Sentences shown with the table: what it shows, how to read it. */
  notes: string[];
  columns: TableColumn[];
  rows: TableRow[];
}

export interface TableOptions {
  /** How many sources the largest-sources and change-by-source tables list before "other sources". Default 10. */
  topSources?: number;
  /**
   * Adds the change-by-source tables (`changeSourcesPrevious`, `changeSourcesBase`) after each comparison:
   * the sources that changed most, each split into activity and factor effects. The CSV includes them.
   */
  changeBySource?: boolean;
  /**
   * Keeps the base-year tables when the base year is the previous year, as the CSV does: there a table's
   * presence must not depend on when the partner started. Otherwise the same figures are not shown twice:
   * the previous-year table says it is the base year too.
   */
  repeatBaseComparison?: boolean;
}
