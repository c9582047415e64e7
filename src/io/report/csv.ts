/**
 * The result tables as one CSV for the city, in a long ("tidy") layout: one line per figure, with who, which
 * year, which table, row and column it is, and its value. A city coordinator can put the files of every
 * partner under one another and filter or pivot them (e.g. table = scopes, column = location) without
 * knowing each table's shape; a wide layout would need a different header per table. Ids (table, row,
 * column, method) are stable and the same in both languages; item and measure are the words of the report.
 * See docs/report-data.md.
 */
import '../../i18n/uiReport';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { type CsvField, csvConventions, toCsv } from '../csv';
import type { ReportData } from './reportData';
import { reportTables } from './tables/reportTables';
import type { Cell, ReportTable, TableColumn, TableRow } from './tables/types';

export const CSV_HEADER = [
  'partner',
  'business_id',
  'year',
  'table',
  'row',
  'item',
  'column',
  'measure',
  'method',
  'unit',
  'value',
] as const;

/** The unit of a cell's value, from its column's kind and unit or its row's unit. */
function unitOf(column: TableColumn, row: TableRow): string | null {
  const own = column.rowUnit ? row.unit : column.unit;
  switch (column.kind) {
    case 'kgco2e':
      return 'kg CO2e';
    case 'kg':
      return 'kg';
    case 'share':
      return 'fraction';
    case 'intensity':
      return `kg CO2e/${own ?? ''}`;
    case 'number':
      return own ?? null;
    default:
      return null;
  }
}

/**
 * The measure's words. A share is a fraction here (unit `fraction`), not the per cent the report shows, so a
 * title's "(%)" ("Muutos (%)") is left out: -0.152 must not read as -0.152 %.
 */
function measureOf(column: TableColumn): string {
  return column.kind === 'share' ? column.title.replace(/\s*\(%\)/, '') : column.title;
}

/** The report's own details as lines of a table `report`: what the figures were made with and from. */
function reportLines(data: ReportData, lang: Lang): [string, string, Cell][] {
  const leftOut = data.meta.yearsLeftOut ?? [];
  return [
    [
      'fingerprint',
      `${data.fingerprint.algorithm} (${data.fingerprint.years.join(', ')})`,
      data.fingerprint.hex,
    ],
    ['appVersion', 'Päästölaskuri', data.meta.appVersion],
    ['createdAt', tr(lang, 'reportCsvCreated'), data.meta.createdAt],
    ['boundary', tr(lang, 'boundary'), data.boundary],
    ['gwpSet', tr(lang, 'gwpSet'), data.gwpSet],
    ['factorSet', tr(lang, 'factorSet'), data.factorSet.key],
    ['radiativeForcing', tr(lang, 'radiativeForcing'), data.radiativeForcing ? 'yes' : 'no'],
    ...(leftOut.length > 0
      ? [['yearsLeftOut', tr(lang, 'reportCsvYearsLeftOut'), leftOut.join(' ')] as [string, string, Cell]]
      : []),
  ];
}

/** Rows of the CSV (header first) for the report data's tables. */
export function reportCsvRows(data: ReportData, lang: Lang, tables?: readonly ReportTable[]): CsvField[][] {
  const partner = data.organization.name;
  const businessId = data.organization.businessId ?? null;
  const rows: CsvField[][] = [[...CSV_HEADER]];
  for (const [id, label, value] of reportLines(data, lang)) {
    rows.push([partner, businessId, data.year, 'report', id, label, 'value', label, null, null, value]);
  }
  for (const table of tables ??
    reportTables(data, lang, { changeBySource: true, repeatBaseComparison: true })) {
    const item = table.columns.find((c) => c.id === 'item');
    for (const row of table.rows) {
      const label = row.cells.item ?? null;
      for (const column of table.columns) {
        if (column === item) continue;
        const value = row.cells[column.id];
        if (value === null || value === undefined) continue;
        rows.push([
          partner,
          businessId,
          data.year,
          table.id,
          row.id,
          typeof label === 'number' ? String(label) : label,
          column.id,
          measureOf(column),
          column.method ?? null,
          unitOf(column, row),
          value,
        ]);
      }
    }
  }
  return rows;
}

/** The CSV file's text: UTF-8 with BOM, `;` and decimal comma in Finnish, `,` and point in English. */
export function reportCsv(data: ReportData, lang: Lang, tables?: readonly ReportTable[]): string {
  return toCsv(reportCsvRows(data, lang, tables), csvConventions(lang));
}
