import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS, categoryInfo } from '../../../src/core/categories';
import { UNSPLIT } from '../../../src/core/results';
import { tr } from '../../../src/i18n/ui';
import { reportCsv } from '../../../src/io/report/csv';
import type { ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { activityLabel } from '../../../src/io/report/tables/sources';
import type { ReportTable, ReportTableId } from '../../../src/io/report/tables/types';
import { partnerYears } from './partnerYears';

let data: ReportData;
let tables: ReportTable[];
beforeAll(async () => {
  ({ data } = await partnerYears({ years: 3 }));
  tables = reportTables(data, 'fi', { changeBySource: true });
});

const table = (id: ReportTableId, list = tables): ReportTable => {
  const t = list.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const cell = (t: ReportTable, row: string, col: string) => t.rows.find((r) => r.id === row)?.cells[col];
const close = (a: unknown, b: number) => expect(a as number).toBeCloseTo(b, 6);

describe('result tables', () => {
  it('are all there, in the report’s order, every row with a cell for every column', () => {
    expect(tables.map((t) => t.id)).toEqual([
      'scopes',
      'categories',
      'gases',
      'biogenic',
      'sources',
      'sites',
      'intensities',
      'comparisonPrevious',
      'changeSourcesPrevious',
      'comparisonBase',
      'changeSourcesBase',
      'trend',
      'intensityTrend',
      'dataQuality',
      'missing',
      'excluded',
      'factors',
    ]);
    for (const t of tables) {
      expect(t.columns.filter((c) => c.id === 'item')).toHaveLength(1);
      for (const r of t.rows) expect(Object.keys(r.cells).sort()).toEqual(t.columns.map((c) => c.id).sort());
    }
  });

  it('scopes: the core’s totals, Scope 2 location and market side by side', () => {
    const t = table('scopes');
    const r = data.result;
    expect(cell(t, 'scope1', 'location')).toBe(r.scope1);
    expect(cell(t, 'scope2', 'location')).toBe(r.scope2.location);
    expect(cell(t, 'scope2', 'market')).toBe(r.scope2.market);
    expect(cell(t, 'scope3', 'market')).toBe(r.scope3);
    expect(cell(t, 'total', 'location')).toBe(r.total.location);
    expect(cell(t, 'total', 'market')).toBe(r.total.market);
    close(cell(t, 'scope2', 'shareMarket'), r.scope2.market / r.total.market);
    expect(t.rows.find((x) => x.id === 'total')?.total).toBe(true);
  });

  it('categories in the GHG Protocol’s order with the core’s figures and Finnish names', () => {
    const t = table('categories');
    const ids = t.rows.filter((r) => !r.total).map((r) => r.id);
    expect(ids).toEqual(CATEGORY_IDS.filter((c) => data.result.byCategory[c]));
    for (const id of ids) {
      const c = data.result.byCategory[id as (typeof CATEGORY_IDS)[number]];
      expect(cell(t, id, 'location')).toBe(c?.location);
      expect(cell(t, id, 'market')).toBe(c?.market);
      expect(cell(t, id, 'item')).toBe(categoryInfo(id as (typeof CATEGORY_IDS)[number]).names.fi);
    }
  });

  it('gases: mass and CO2e both ways, no mass for CO2e a source did not split', () => {
    const t = table('gases');
    const g = data.result.byGas;
    for (const r of t.rows.filter((x) => !x.total)) {
      expect(r.cells.co2eLocation).toBe(g.location.co2e[r.id] ?? 0);
      expect(r.cells.co2eMarket).toBe(g.market.co2e[r.id] ?? 0);
      expect(r.cells.massLocation).toBe(g.location.mass[r.id] ?? null);
    }
    expect(cell(t, 'CO2', 'item')).toBe('Hiilidioksidi (CO2)');
    if (g.location.co2e[UNSPLIT] !== undefined) expect(cell(t, UNSPLIT, 'massLocation')).toBeNull();
  });

  it('biogenic CO2 by scope and in total', () => {
    const t = table('biogenic');
    expect(cell(t, 'scope1', 'biogenicCO2')).toBe(data.result.biogenicByScope[1]);
    expect(cell(t, 'total', 'biogenicCO2')).toBe(data.result.biogenicCO2);
  });

  it('largest sources: the first N of the core’s ranking, the rest summed, the total from the core', () => {
    const t = table('sources', reportTables(data, 'en', { topSources: 3 }));
    const src = data.result.sources;
    expect(t.rows.map((r) => r.id)).toEqual([...src.slice(0, 3).map((s) => s.key), 'other', 'total']);
    expect(t.rows.slice(0, 3).map((r) => r.cells.location)).toEqual(src.slice(0, 3).map((s) => s.location));
    let rest = 0;
    for (const s of src.slice(3)) rest += s.location;
    close(cell(t, 'other', 'location'), rest);
    expect(cell(t, 'other', 'item')).toBe(`Other sources (${src.length - 3})`);
    expect(cell(t, 'total', 'location')).toBe(data.result.total.location);
    expect(t.rows[0]?.unit).toBe(src[0]?.unit);
    expect(cell(t, src[0]?.key as string, 'rank')).toBe(1);
  });

  it('comparisons: both years’ figures, the change and its activity/factor split adding up', () => {
    for (const id of ['comparisonPrevious', 'comparisonBase'] as const) {
      const t = table(id);
      const c = id === 'comparisonPrevious' ? data.comparisons.previousYear : data.comparisons.baseYear;
      const then = data.history.find((h) => h.year === c?.against);
      expect(t.columns.find((x) => x.id === 'against')?.title).toBe(String(c?.against));
      expect(cell(t, 'totalLocation', 'against')).toBe(then?.total.location);
      expect(cell(t, 'totalMarket', 'year')).toBe(data.result.total.market);
      for (const r of t.rows) {
        close((r.cells.activity as number) + (r.cells.factor as number), r.cells.change as number);
        close(r.cells.change, (r.cells.year as number) - (r.cells.against as number));
      }
    }
    expect(table('comparisonBase').title).toBe('Muutos perusvuodesta (2022–2024)');
  });

  it('change by source: the largest changes with their split, the rest summed, the total from the core', () => {
    const t = table('changeSourcesBase', reportTables(data, 'en', { topSources: 4, changeBySource: true }));
    expect(reportTables(data, 'en').map((x) => x.id)).not.toContain('changeSourcesBase');
    const d = data.comparisons.baseYear?.decomposition;
    if (!d) throw new Error('no base-year comparison');
    expect(t.rows.map((r) => r.id)).toEqual([...d.sources.slice(0, 4).map((s) => s.key), 'other', 'total']);
    const first = d.sources[0];
    expect(cell(t, first?.key as string, 'changeLocation')).toBe(first?.location.total);
    expect(cell(t, first?.key as string, 'amountAgainst')).toBe(first?.amountThen);
    expect(cell(t, first?.key as string, 'status')).toBe('in both years');
    let rest = 0;
    for (const s of d.sources.slice(4)) rest += s.market.factor;
    close(cell(t, 'other', 'factorMarket'), rest);
    expect(cell(t, 'total', 'activityLocation')).toBe(d.location.activity);
    expect(cell(t, 'total', 'factorMarket')).toBe(d.market.factor);
    for (const r of t.rows) {
      for (const m of ['Location', 'Market']) {
        close(
          (r.cells[`activity${m}`] as number) + (r.cells[`factor${m}`] as number),
          r.cells[`change${m}`] as number,
        );
      }
    }
  });

  it('a base year that is the previous year gives one comparison on screen and in the PDF, both in the CSV', async () => {
    const { data: two } = await partnerYears({ years: 2 });
    expect(two.comparisons.baseYear?.against).toBe(two.comparisons.previousYear?.against);
    const shown = reportTables(two, 'fi');
    expect(shown.map((t) => t.id)).toContain('comparisonPrevious');
    expect(shown.map((t) => t.id)).not.toContain('comparisonBase');
    expect(table('comparisonPrevious', shown).title).toBe(
      tr('fi', 'reportTableComparisonPreviousBase', { against: 2023, year: 2024 }),
    );
    const all = reportTables(two, 'fi', { repeatBaseComparison: true });
    expect(table('comparisonBase', all).rows).toEqual(table('comparisonPrevious', shown).rows);
    expect(table('comparisonPrevious', all).title).toBe(
      tr('fi', 'reportTableComparisonPrevious', { against: 2023, year: 2024 }),
    );
    expect(reportCsv(two, 'en')).toContain(',comparisonBase,totalLocation,');
  });

  it("names a source or an entry by its activity, the partner's own factor with it; a custom activity by its factor", async () => {
    const own = { name: 'Joensuun kaukolämpö', source: 'Energiayhtiö 2024' };
    const { data: two } = await partnerYears({ years: 2, customFactor: own });
    const heat = two.result.sources.find((x) => x.category === 's2.heat');
    if (!heat) throw new Error('no district heat');
    const activity = two.names.activities[heat.activity]?.fi;
    expect(activity).toBeTruthy();
    expect(activityLabel(heat, two, 'fi')).toBe(`${activity}: ${own.name}`);
    expect(activityLabel({ activity: 'custom', factor: { custom: true, name: 'HVO' } }, two, 'fi')).toBe(
      'HVO',
    );
    // The switch from the default factor to the partner's own is the same source, its change a factor effect.
    const t = table('changeSourcesPrevious', reportTables(two, 'fi', { changeBySource: true }));
    const rows = t.rows.filter((r) => String(r.cells.category) === categoryInfo('s2.heat').names.fi);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.status).toBe(tr('fi', 'reportStatusBoth'));
    expect(rows[0]?.cells.item).toBe(`${activity}: ${own.name}`);
    expect(Math.abs(rows[0]?.cells.factorLocation as number)).toBeGreaterThan(0);
  });

  it('comparison tables are left out when there is no earlier year', async () => {
    const { data: one } = await partnerYears({ years: 1 });
    const ids = reportTables(one, 'en', { changeBySource: true }).map((t) => t.id);
    expect(ids).not.toContain('comparisonPrevious');
    expect(ids).not.toContain('comparisonBase');
    expect(ids).not.toContain('changeSourcesPrevious');
    expect(table('trend', reportTables(one, 'en')).rows).toHaveLength(1);
  });

  it('trend by scope and intensity trend: one row per year of the history', () => {
    const trend = table('trend');
    expect(trend.rows.map((r) => r.cells.item)).toEqual([2022, 2023, 2024]);
    for (const h of data.history) {
      expect(cell(trend, String(h.year), 'scope2Market')).toBe(h.scope2.market);
      expect(cell(trend, String(h.year), 'totalLocation')).toBe(h.total.location);
    }
    const it = table('intensityTrend');
    const fte = it.columns.find((c) => c.id === 'fte');
    expect(fte?.unit).toBe('FTE');
    expect(cell(it, '2024', 'fte')).toBe(
      data.result.intensities.find((f) => f.denominator === 'fte')?.total.location,
    );
  });

  it('intensities with their denominators’ units', () => {
    const t = table('intensities');
    expect(t.rows.map((r) => r.unit)).toEqual(['FTE', 'M€', 'm²', 't teräsrakenteita']);
    expect(cell(t, 'fte', 'totalMarket')).toBe(data.result.intensities[0]?.total.market);
  });

  it('data quality, excluded categories and factors come from the report data', () => {
    const dq = table('dataQuality');
    for (const q of data.dataQuality) expect(cell(dq, q.quality, 'shareLocation')).toBe(q.share.location);
    expect(table('excluded').rows.map((r) => r.cells.reason)).toEqual(data.excluded.map((x) => x.reason));
    const f = table('factors');
    expect(f.rows.map((r) => r.id)).toEqual(data.factorsUsed.map((u) => u.key));
    expect(
      f.rows.every((r) => typeof r.cells.source === 'string' && (r.cells.source as string).length > 0),
    ).toBe(true);
  });

  it('English and Finnish tables differ only in words', () => {
    const en = reportTables(data, 'en', { changeBySource: true });
    expect(en.map((t) => t.id)).toEqual(tables.map((t) => t.id));
    for (const [i, t] of en.entries()) {
      const f = tables[i] as ReportTable;
      expect(t.columns.map((c) => [c.id, c.kind, c.method])).toEqual(
        f.columns.map((c) => [c.id, c.kind, c.method]),
      );
      expect(t.rows.map((r) => r.id)).toEqual(f.rows.map((r) => r.id));
      for (const [j, r] of t.rows.entries()) {
        for (const c of t.columns.filter((x) => x.kind !== 'text'))
          expect(r.cells[c.id]).toEqual(f.rows[j]?.cells[c.id]);
      }
    }
    expect(table('scopes', en).title).toBe('Emissions by scope');
  });

  it('text the partner typed is carried as it is (renderers show it as text)', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { data: d } = await partnerYears({ siteNames: [evil], exclusionReason: `=1+1 ${evil}` });
    const t = reportTables(d, 'en');
    expect(cell(table('sites', t), 'plant', 'item')).toBe(evil);
    expect(table('excluded', t).rows[0]?.cells.reason).toBe(`=1+1 ${evil}`);
  });
});
