/**
 * The network summary as CSV, in the long layout of the partner's report CSV (docs/report-data.md): one line
 * per figure with the year, the table, row and column it is, and its value; ids stable in both languages,
 * item and measure in the summary's words. The first lines say what the file is of: year, base year,
 * whether it is anonymous, the files it was made from.
 */
import '../../../i18n/uiNetworkPublication';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { type CsvField, csvConventions, toCsv } from '../../csv';
import type { TableColumn } from '../tables/types';
import type { SummaryTable } from './groupTable';

export const SUMMARY_CSV_HEADER = [
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

export interface SummaryAbout {
  year: number;
  baseYear?: number;
  anonymous: boolean;
  files: number;
  createdAt: string;
  appVersion: string;
}

function unitOf(c: TableColumn): string | null {
  if (c.kind === 'kgco2e') return 'kg CO2e';
  if (c.kind === 'share') return 'fraction';
  return c.unit ?? null;
}

/** A share's words without the "(%)" of its title: the value is a fraction here. */
function measureOf(c: TableColumn): string {
  return c.kind === 'share' ? c.title.replace(/\s*\(%\)/, '') : c.title;
}

export function summaryCsvRows(
  tables: readonly SummaryTable[],
  about: SummaryAbout,
  lang: Lang,
): CsvField[][] {
  const t = (key: Parameters<typeof tr>[1]) => tr(lang, key);
  const rows: CsvField[][] = [[...SUMMARY_CSV_HEADER]];
  const line = (id: string, label: string, value: CsvField) =>
    rows.push([about.year, 'summary', id, label, 'value', label, null, null, value]);
  line('baseYear', t('pubAboutBaseYear'), about.baseYear ?? null);
  line('anonymous', t('pubExportAnonymous'), about.anonymous ? 'yes' : 'no');
  line('files', t('pubAboutFiles'), about.files);
  line('createdAt', t('pubAboutMade'), about.createdAt);
  line('appVersion', 'Päästölaskuri', about.appVersion);
  for (const table of tables) {
    for (const row of table.rows) {
      const label = row.cells.item ?? null;
      for (const column of table.columns) {
        if (column.id === 'item') continue;
        const value = row.cells[column.id];
        if (value === null || value === undefined) continue;
        rows.push([
          about.year,
          table.id,
          row.id,
          typeof label === 'number' ? String(label) : label,
          column.id,
          measureOf(column),
          column.method ?? null,
          unitOf(column),
          value,
        ]);
      }
    }
  }
  return rows;
}

/** UTF-8 with BOM, `;` and decimal comma in Finnish, `,` and point in English (src/io/csv.ts). */
export function summaryCsv(tables: readonly SummaryTable[], about: SummaryAbout, lang: Lang): string {
  return toCsv(summaryCsvRows(tables, about, lang), csvConventions(lang));
}
