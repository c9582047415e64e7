/**
 * The results page's own logic, without a browser: a row's trace lists exactly the entries whose emissions
 * make up the row's figure, and each chart plots the figures of the table it stands beside.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryResult } from '../../src/core/results';
import type { Lang } from '../../src/i18n/issueMessages';
import { formatCell } from '../../src/io/report/pdf/cells';
import type { ReportData } from '../../src/io/report/reportData';
import { reportTables } from '../../src/io/report/tables/reportTables';
import type { ReportTable, ReportTableId, TableColumn, TableRow } from '../../src/io/report/tables/types';
import { categoryChart, intensityCharts, scopeChart, trendChart } from '../../src/ui/report/chartSpecs';
import { rowEntries } from '../../src/ui/report/rowEntries';
import { multiYearReport } from '../io/report/fixture';

let data: ReportData;
let tables: Map<ReportTableId, ReportTable>;

beforeAll(async () => {
  data = await multiYearReport({ years: 3 });
  tables = new Map(reportTables(data, 'fi').map((t) => [t.id, t]));
});

const table = (id: ReportTableId) => {
  const t = tables.get(id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const sum = (entries: EntryResult[], f: (e: EntryResult) => number) => entries.reduce((n, e) => n + f(e), 0);
const market = (e: EntryResult) => e.market?.co2e ?? e.location.co2e;
/** Sums of entries equal the core's totals up to the rounding of adding in another order. */
const near = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

function traced(id: ReportTableId): { row: TableRow; entries: EntryResult[] }[] {
  return table(id).rows.flatMap((row) => {
    const f = rowEntries(data, id, row);
    return f ? [{ row, entries: f() }] : [];
  });
}

describe("a row's trace", () => {
  it.each(['scopes', 'categories', 'sources', 'sites', 'dataQuality'] as ReportTableId[])(
    'of %s lists the entries whose emissions are the row, both methods',
    (id) => {
      const rows = traced(id);
      expect(rows.length).toBeGreaterThan(0);
      for (const { row, entries } of rows) {
        near(
          sum(entries, (e) => e.location.co2e),
          row.cells.location as number,
        );
        near(sum(entries, market), row.cells.market as number);
      }
    },
  );

  it('of a gas lists the entries with that gas, their CO2e adding up to the row', () => {
    for (const { row, entries } of traced('gases')) {
      near(
        sum(entries, (e) => e.location.co2eByGas[row.id] ?? 0),
        row.cells.co2eLocation as number,
      );
      near(
        sum(entries, (e) => (e.market ?? e.location).co2eByGas[row.id] ?? 0),
        row.cells.co2eMarket as number,
      );
    }
  });

  it('of biogenic CO2 and of a factor count what the table counts', () => {
    for (const { row, entries } of traced('biogenic'))
      near(
        sum(entries, (e) => e.biogenicCO2),
        row.cells.biogenicCO2 as number,
      );
    const factors = traced('factors');
    expect(factors.length).toBe(data.factorsUsed.length);
    for (const { row, entries } of factors) expect(entries.length, row.id).toBe(row.cells.entries);
  });

  it('puts every entry in exactly one category, one scope and one source row or "other"', () => {
    const all = data.result.entries.length;
    expect(traced('categories').reduce((n, r) => n + r.entries.length, 0)).toBe(all);
    expect(traced('scopes').reduce((n, r) => n + r.entries.length, 0)).toBe(all);
    const shown = traced('sources').reduce((n, r) => n + r.entries.length, 0);
    const other = table('sources').rows.find((r) => r.id === 'other')?.cells.entries ?? 0;
    expect(shown + (other as number)).toBe(all);
  });

  it('is not offered for totals, "other sources", years and comparisons', () => {
    for (const id of ['scopes', 'categories', 'sources'] as ReportTableId[])
      for (const row of table(id).rows.filter((r) => r.total || r.id === 'other'))
        expect(rowEntries(data, id, row)).toBeNull();
    for (const id of ['trend', 'intensityTrend', 'intensities', 'comparisonPrevious'] as ReportTableId[])
      for (const row of table(id).rows) expect(rowEntries(data, id, row)).toBeNull();
  });
});

describe.each(['fi', 'sv', 'en'] as Lang[])('charts in %s', (lang) => {
  let t: Map<ReportTableId, ReportTable>;
  beforeAll(() => {
    t = new Map(reportTables(data, lang).map((x) => [x.id, x]));
  });
  const get = (id: ReportTableId) => t.get(id) as ReportTable;

  it('plot the scopes, Scope 2 both ways, in tonnes, with every figure of the table in the summary', () => {
    const x = get('scopes');
    const spec = scopeChart(x, lang);
    const rows = x.rows.filter((r) => !r.total);
    expect(spec?.labels).toEqual(rows.map((r) => r.cells.item));
    expect(spec?.series.map((s) => s.values)).toEqual([
      rows.map((r) => (r.cells.location as number) / 1000),
      rows.map((r) => (r.cells.market as number) / 1000),
    ]);
    const [loc, mkt] = ['location', 'market'].map((id) => x.columns.find((c) => c.id === id) as TableColumn);
    for (const r of rows) {
      expect(spec?.summary).toContain(formatCell(loc as TableColumn, r.cells.location ?? null, lang));
      expect(spec?.summary).toContain(formatCell(mkt as TableColumn, r.cells.market ?? null, lang));
    }
  });

  it('plot every category, largest first', () => {
    const x = get('categories');
    const spec = categoryChart(x, lang);
    const values = spec?.series[0]?.values as number[];
    expect(values.length).toBe(x.rows.filter((r) => !r.total).length);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(spec?.horizontal).toBe(true);
  });

  it('plot each year of the trend and one intensity chart per denominator', () => {
    const trend = get('trend');
    const spec = trendChart(trend, lang);
    expect(spec?.labels).toEqual(data.history.map((r) => String(r.year)));
    expect(spec?.series[0]?.values).toEqual(data.history.map((r) => r.scope1 / 1000));
    expect(spec?.stacked).toBe(true);
    const intensity = get('intensityTrend');
    const charts = intensityCharts(intensity, lang);
    expect(charts.length).toBe(intensity.columns.length - 1);
    for (const c of charts) expect(c.series[0]?.values.length).toBe(data.history.length);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });
});
