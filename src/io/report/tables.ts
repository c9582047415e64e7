/**
 * The result tables of a report year: the single source of the on-screen table equivalents of the charts,
 * the PDF's tables and the CSV. Cells hold raw values (kg CO2e as numbers, shares as fractions, years as
 * numbers); formatting is the renderer's job. Every figure is read from the core's result objects; the only
 * sums here are the "other sources" rows of the largest-sources and change-by-source tables, made from the
 * core's per-source lists.
 */
import '../../i18n/uiReport';
import { CATEGORY_IDS, type CategoryId, categoryInfo, type Scope } from '../../core/categories';
import type { Change, YearComparison } from '../../core/compare';
import { addSplit, type ChangeSplit, type SourceChange } from '../../core/decompose';
import { gasInfo } from '../../core/gwp';
import { RF_UPLIFT } from '../../core/resolve';
import type { IntensityFigure, InventoryResult } from '../../core/results';
import { NO_SITE, UNSPLIT } from '../../core/results';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import { type ReportData, share } from './reportData';

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

export type ReportTableId =
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
  | 'excluded'
  | 'factors';

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

/**
 * All tables of the report year, in the report's order. The comparison tables (and with `changeBySource` the
 * change-by-source tables) are present only when the previous year or the base year was compared; every other
 * table is always present (possibly without rows).
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
    tables.push(comparisonTable('comparisonPrevious', previousYear, data, t, baseIsPrevious));
    if (options.changeBySource)
      tables.push(changeSourcesTable('changeSourcesPrevious', previousYear, data, t, lang, top));
  }
  if (baseYear && !baseIsPrevious) {
    tables.push(comparisonTable('comparisonBase', baseYear, data, t));
    if (options.changeBySource)
      tables.push(changeSourcesTable('changeSourcesBase', baseYear, data, t, lang, top));
  }
  tables.push(
    trendTable(data.history, t),
    intensityTrendTable(data.history, t),
    dataQualityTable(data, t),
    excludedTable(data, t, lang),
    factorsTable(data, t, lang),
  );
  return tables;
}

type T = (key: UiKey, params?: Record<string, string | number>) => string;

const item = (t: T): TableColumn => ({ id: 'item', title: t('reportColItem'), kind: 'text' });
const loc = (t: T, id = 'location'): TableColumn => ({
  id,
  title: t('reportColLocation'),
  kind: 'kgco2e',
  method: 'location',
});
const mkt = (t: T, id = 'market'): TableColumn => ({
  id,
  title: t('reportColMarket'),
  kind: 'kgco2e',
  method: 'market',
});

const shareLocation = (t: T): TableColumn => ({
  id: 'shareLocation',
  title: t('reportColShareLocation'),
  kind: 'share',
  method: 'location',
});
const shareMarket = (t: T): TableColumn => ({
  id: 'shareMarket',
  title: t('reportColShareMarket'),
  kind: 'share',
  method: 'market',
});

/** Entries the year's figures rest on (a count, from the core's sources). */
const entryCount = (r: InventoryResult) => r.sources.reduce((n, s) => n + s.entries, 0);

const SCOPE_KEYS: Record<Scope, UiKey> = { 1: 'scope1', 2: 'scope2', 3: 'scope3' };

function scopesTable(r: InventoryResult, t: T): ReportTable {
  return {
    id: 'scopes',
    title: t('reportTableScopes'),
    notes: [t('reportNoteScopes')],
    columns: [item(t), loc(t), mkt(t), shareLocation(t), shareMarket(t)],
    rows: [
      scopeRow('scope1', t('scope1'), { location: r.scope1, market: r.scope1 }, r),
      scopeRow('scope2', t('scope2'), r.scope2, r),
      scopeRow('scope3', t('scope3'), { location: r.scope3, market: r.scope3 }, r),
      { ...scopeRow('total', t('total'), r.total, r), total: true },
    ],
  };
}

function scopeRow(
  id: string,
  label: string,
  v: { location: number; market: number },
  r: InventoryResult,
): TableRow {
  return {
    id,
    cells: {
      item: label,
      location: v.location,
      market: v.market,
      shareLocation: share(v.location, r.total.location),
      shareMarket: share(v.market, r.total.market),
    },
  };
}

function categoriesTable(r: InventoryResult, t: T, lang: Lang): ReportTable {
  const rows: TableRow[] = [];
  for (const [id, c] of Object.entries(r.byCategory) as [
    CategoryId,
    NonNullable<InventoryResult['byCategory'][CategoryId]>,
  ][]) {
    const info = categoryInfo(id);
    rows.push({
      id,
      cells: {
        item: info.names[lang],
        scope: info.scope,
        location: c.location,
        market: c.market,
        shareLocation: share(c.location, r.total.location),
        biogenicCO2: c.biogenicCO2,
        entries: c.entries,
      },
    });
  }
  // In the order of the GHG Protocol's categories, as the report lists them.
  const order = (id: string) => categoryOrder.get(id) ?? 99;
  rows.sort((a, b) => order(a.id) - order(b.id));
  rows.push({
    id: 'total',
    total: true,
    cells: {
      item: t('total'),
      scope: null,
      location: r.total.location,
      market: r.total.market,
      shareLocation: share(r.total.location, r.total.location),
      biogenicCO2: r.biogenicCO2,
      entries: entryCount(r),
    },
  });
  return {
    id: 'categories',
    title: t('reportTableCategories'),
    notes: [],
    columns: [
      item(t),
      { id: 'scope', title: t('reportColScope'), kind: 'number' },
      loc(t),
      mkt(t),
      shareLocation(t),
      { id: 'biogenicCO2', title: t('reportColBiogenic'), kind: 'kg' },
      { id: 'entries', title: t('reportColEntries'), kind: 'number' },
    ],
    rows,
  };
}

const categoryOrder = new Map<string, number>(CATEGORY_IDS.map((id, i) => [id, i]));

export function gasLabel(id: string, lang: Lang): string {
  if (id === UNSPLIT) return tr(lang, 'reportGasUnsplit');
  if (id === RF_UPLIFT) return tr(lang, 'reportGasRf');
  const g = gasInfo(id);
  if (!g) return id;
  const name = g.names[lang];
  return name.includes(id) ? name : `${name} (${id})`;
}

function gasesTable(r: InventoryResult, t: T, lang: Lang): ReportTable {
  const { location, market } = r.byGas;
  const ids = [...new Set([...Object.keys(location.co2e), ...Object.keys(market.co2e)])];
  // Gases first by their CO2e, the not-a-gas lines (unsplit CO2e, radiative forcing) last.
  const special = (g: string) => (g === UNSPLIT || g === RF_UPLIFT ? 1 : 0);
  ids.sort(
    (a, b) =>
      special(a) - special(b) || (location.co2e[b] ?? 0) - (location.co2e[a] ?? 0) || (a < b ? -1 : 1),
  );
  const rows: TableRow[] = ids.map((g) => ({
    id: g,
    cells: {
      item: gasLabel(g, lang),
      massLocation: location.mass[g] ?? null,
      co2eLocation: location.co2e[g] ?? 0,
      massMarket: market.mass[g] ?? null,
      co2eMarket: market.co2e[g] ?? 0,
    },
  }));
  rows.push({
    id: 'total',
    total: true,
    cells: {
      item: t('total'),
      massLocation: null,
      co2eLocation: r.total.location,
      massMarket: null,
      co2eMarket: r.total.market,
    },
  });
  return {
    id: 'gases',
    title: t('reportTableGases'),
    notes: [t('reportNoteGases')],
    columns: [
      item(t),
      { id: 'massLocation', title: t('reportColMassLocation'), kind: 'kg', method: 'location' },
      loc(t, 'co2eLocation'),
      { id: 'massMarket', title: t('reportColMassMarket'), kind: 'kg', method: 'market' },
      mkt(t, 'co2eMarket'),
    ],
    rows,
  };
}

function biogenicTable(r: InventoryResult, t: T): ReportTable {
  const scopes: Scope[] = [1, 2, 3];
  return {
    id: 'biogenic',
    title: t('reportTableBiogenic'),
    notes: [t('reportNoteBiogenic')],
    columns: [item(t), { id: 'biogenicCO2', title: t('reportColBiogenic'), kind: 'kg' }],
    rows: [
      ...scopes.map((s) => ({
        id: `scope${s}`,
        cells: { item: t(SCOPE_KEYS[s]), biogenicCO2: r.biogenicByScope[s] },
      })),
      { id: 'total', total: true, cells: { item: t('total'), biogenicCO2: r.biogenicCO2 } },
    ],
  };
}

/**
 * What a source or an entry is, in the report's language: the activity's name, with the partner's own factor
 * where one replaced the default; entries of the activity "custom" by their factor's name.
 */
export function activityLabel(
  of: { activity: string; factor?: { custom: boolean; name: string } | undefined; gas?: string | undefined },
  data: ReportData,
  lang: Lang,
): string {
  const activity = data.names.activities[of.activity]?.[lang];
  if (of.factor?.custom) return activity ? `${activity}: ${of.factor.name}` : of.factor.name;
  return activity ?? of.gas ?? of.activity;
}

function sourcesTable(data: ReportData, t: T, lang: Lang, top: number): ReportTable {
  const r = data.result;
  const shown = r.sources.slice(0, Math.max(0, top));
  const rest = r.sources.slice(shown.length);
  const rows: TableRow[] = shown.map((s, i) => ({
    id: s.key,
    unit: s.unit,
    cells: {
      rank: i + 1,
      item: activityLabel(s, data, lang),
      category: categoryInfo(s.category).names[lang],
      amount: s.amount,
      unit: s.unit,
      location: s.location,
      market: s.market,
      shareLocation: share(s.location, r.total.location),
      entries: s.entries,
    },
  }));
  if (rest.length > 0) {
    let location = 0;
    let market = 0;
    let entries = 0;
    for (const s of rest) {
      location += s.location;
      market += s.market;
      entries += s.entries;
    }
    rows.push({
      id: 'other',
      cells: {
        rank: null,
        item: t('reportOtherSources', { n: rest.length }),
        category: null,
        amount: null,
        unit: null,
        location,
        market,
        shareLocation: share(location, r.total.location),
        entries,
      },
    });
  }
  rows.push({
    id: 'total',
    total: true,
    cells: {
      rank: null,
      item: t('total'),
      category: null,
      amount: null,
      unit: null,
      location: r.total.location,
      market: r.total.market,
      shareLocation: share(r.total.location, r.total.location),
      entries: entryCount(r),
    },
  });
  return {
    id: 'sources',
    title: t('reportTableSources'),
    notes: [t('reportNoteSources')],
    columns: [
      { id: 'rank', title: t('reportColRank'), kind: 'number' },
      item(t),
      { id: 'category', title: t('reportColCategory'), kind: 'text' },
      { id: 'amount', title: t('reportColAmount'), kind: 'number', rowUnit: true },
      { id: 'unit', title: t('reportColUnit'), kind: 'text' },
      loc(t),
      mkt(t),
      shareLocation(t),
      { id: 'entries', title: t('reportColEntries'), kind: 'number' },
    ],
    rows,
  };
}

function sitesTable(data: ReportData, t: T): ReportTable {
  const r = data.result;
  const names = new Map(data.organization.sites.map((s) => [s.id, s.name]));
  // The organization's order of sites; entries without a site last.
  const order = new Map(data.organization.sites.map((x, i) => [x.id, i]));
  const rank = (id: string) => (id === NO_SITE ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? order.size));
  const sites = Object.entries(r.bySite).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const rows: TableRow[] = sites.map(([id, v]) => ({
    id: id === NO_SITE ? 'none' : id,
    cells: {
      item: id === NO_SITE ? t('reportNoSite') : (names.get(id) ?? id),
      location: v.location,
      market: v.market,
      shareLocation: share(v.location, r.total.location),
    },
  }));
  rows.push({
    id: 'total',
    total: true,
    cells: {
      item: t('total'),
      location: r.total.location,
      market: r.total.market,
      shareLocation: share(r.total.location, r.total.location),
    },
  });
  return {
    id: 'sites',
    title: t('reportTableSites'),
    notes: [],
    columns: [item(t), loc(t), mkt(t), shareLocation(t)],
    rows,
  };
}

const DENOMINATOR_KEYS: Record<IntensityFigure['denominator'], UiKey> = {
  fte: 'reportPerFte',
  'revenue-meur': 'reportPerRevenue',
  'floor-area-m2': 'reportPerFloorArea',
  production: 'reportPerProduction',
};

function intensityLabel(f: { denominator: IntensityFigure['denominator']; unit?: string }, t: T): string {
  return t(DENOMINATOR_KEYS[f.denominator], { unit: f.unit ?? '' });
}

const intensityId = (f: { denominator: string; unit?: string }) =>
  f.unit === undefined ? f.denominator : `${f.denominator}:${f.unit}`;

const DENOMINATOR_UNITS: Record<IntensityFigure['denominator'], string> = {
  fte: 'FTE',
  'revenue-meur': 'M€',
  'floor-area-m2': 'm²',
  production: '',
};

/** The denominator's unit: "FTE", "M€", "m²" or the partner's production unit. */
export function denominatorUnit(f: { denominator: IntensityFigure['denominator']; unit?: string }): string {
  return f.denominator === 'production' ? (f.unit ?? '') : DENOMINATOR_UNITS[f.denominator];
}

function intensitiesTable(r: InventoryResult, t: T): ReportTable {
  return {
    id: 'intensities',
    title: t('reportTableIntensities'),
    notes: [t('reportNoteIntensities')],
    columns: [
      item(t),
      { id: 'amount', title: t('reportColDenominator'), kind: 'number', rowUnit: true },
      {
        id: 'scope12Location',
        title: t('reportColScope12Location'),
        kind: 'intensity',
        method: 'location',
        rowUnit: true,
      },
      {
        id: 'scope12Market',
        title: t('reportColScope12Market'),
        kind: 'intensity',
        method: 'market',
        rowUnit: true,
      },
      {
        id: 'totalLocation',
        title: t('reportColTotalIntensityLocation'),
        kind: 'intensity',
        method: 'location',
        rowUnit: true,
      },
      {
        id: 'totalMarket',
        title: t('reportColTotalIntensityMarket'),
        kind: 'intensity',
        method: 'market',
        rowUnit: true,
      },
    ],
    rows: r.intensities.map((f) => ({
      id: intensityId(f),
      unit: denominatorUnit(f),
      cells: {
        item: intensityLabel(f, t),
        amount: f.amount,
        scope12Location: f.scope12.location,
        scope12Market: f.scope12.market,
        totalLocation: f.total.location,
        totalMarket: f.total.market,
      },
    })),
  };
}

function comparisonTable(
  id: 'comparisonPrevious' | 'comparisonBase',
  c: YearComparison,
  data: ReportData,
  t: T,
  alsoBase = false,
): ReportTable {
  const then = data.history.find((h) => h.year === c.against);
  const now = data.result;
  const d = c.decomposition;
  const line = (
    rowId: string,
    label: string,
    ch: Change,
    split: ChangeSplit,
    value: (r: InventoryResult) => number,
    total = false,
  ): TableRow => ({
    id: rowId,
    ...(total ? { total } : {}),
    cells: {
      item: label,
      against: then ? value(then) : null,
      year: value(now),
      change: ch.absolute,
      relative: ch.relative,
      activity: split.activity,
      factor: split.factor,
    },
  });
  const notes = [t('reportNoteDecomposition')];
  if (c.methodDifferences.length > 0) {
    notes.push(
      t('reportNoteMethodDifferences', {
        list: c.methodDifferences.map((m) => t(METHOD_DIFFERENCE_KEYS[m])).join(', '),
      }),
    );
  }
  return {
    id,
    title: t(
      id === 'comparisonBase'
        ? 'reportTableComparisonBase'
        : alsoBase
          ? 'reportTableComparisonPreviousBase'
          : 'reportTableComparisonPrevious',
      { year: c.year, against: c.against },
    ),
    notes,
    columns: [
      item(t),
      { id: 'against', title: String(c.against), kind: 'kgco2e' },
      { id: 'year', title: String(c.year), kind: 'kgco2e' },
      { id: 'change', title: t('reportColChange'), kind: 'kgco2e' },
      { id: 'relative', title: t('reportColChangeRelative'), kind: 'share' },
      { id: 'activity', title: t('reportColActivityEffect'), kind: 'kgco2e' },
      { id: 'factor', title: t('reportColFactorEffect'), kind: 'kgco2e' },
    ],
    rows: [
      line('scope1', t('scope1'), c.scope1, d.byScope[1].location, (r) => r.scope1),
      line(
        'scope2Location',
        t('s2Location'),
        c.scope2Location,
        d.byScope[2].location,
        (r) => r.scope2.location,
      ),
      line('scope2Market', t('s2Market'), c.scope2Market, d.byScope[2].market, (r) => r.scope2.market),
      line('scope3', t('scope3'), c.scope3, d.byScope[3].location, (r) => r.scope3),
      line('totalLocation', t('totalLocation'), c.totalLocation, d.location, (r) => r.total.location, true),
      line('totalMarket', t('totalMarket'), c.totalMarket, d.market, (r) => r.total.market, true),
    ],
  };
}

const STATUS_KEYS: Record<SourceChange['status'], UiKey> = {
  both: 'reportStatusBoth',
  new: 'reportStatusNew',
  ended: 'reportStatusEnded',
};

/** The sources whose emissions changed most between the two years, with each one's activity/factor split. */
function changeSourcesTable(
  id: 'changeSourcesPrevious' | 'changeSourcesBase',
  c: YearComparison,
  data: ReportData,
  t: T,
  lang: Lang,
  top: number,
): ReportTable {
  const d = c.decomposition;
  const shown = d.sources.slice(0, Math.max(0, top));
  const rest = d.sources.slice(shown.length);
  const splits = (location: ChangeSplit, market: ChangeSplit): Record<string, Cell> => ({
    changeLocation: location.total,
    activityLocation: location.activity,
    factorLocation: location.factor,
    changeMarket: market.total,
    activityMarket: market.activity,
    factorMarket: market.factor,
  });
  const rows: TableRow[] = shown.map((s) => ({
    id: s.key,
    unit: s.source.unit,
    cells: {
      item: activityLabel(s.source, data, lang),
      category: categoryInfo(s.source.category).names[lang],
      status: t(STATUS_KEYS[s.status]),
      amountAgainst: s.amountThen,
      amountYear: s.amountNow,
      ...splits(s.location, s.market),
    },
  }));
  if (rest.length > 0) {
    const location = { total: 0, activity: 0, factor: 0 };
    const market = { total: 0, activity: 0, factor: 0 };
    for (const s of rest) {
      addSplit(location, s.location);
      addSplit(market, s.market);
    }
    rows.push({
      id: 'other',
      cells: {
        item: t('reportOtherSources', { n: rest.length }),
        category: null,
        status: null,
        amountAgainst: null,
        amountYear: null,
        ...splits(location, market),
      },
    });
  }
  rows.push({
    id: 'total',
    total: true,
    cells: {
      item: t('total'),
      category: null,
      status: null,
      amountAgainst: null,
      amountYear: null,
      ...splits(d.location, d.market),
    },
  });
  const kg = (colId: string, key: UiKey, method: Method): TableColumn => ({
    id: colId,
    title: t(key),
    kind: 'kgco2e',
    method,
  });
  return {
    id,
    title: t(
      id === 'changeSourcesPrevious' ? 'reportTableChangeSourcesPrevious' : 'reportTableChangeSourcesBase',
      {
        year: c.year,
        against: c.against,
      },
    ),
    notes: [t('reportNoteChangeSources')],
    columns: [
      item(t),
      { id: 'category', title: t('reportColCategory'), kind: 'text' },
      { id: 'status', title: t('reportColStatus'), kind: 'text' },
      {
        id: 'amountAgainst',
        title: t('reportColAmountIn', { year: c.against }),
        kind: 'number',
        rowUnit: true,
      },
      { id: 'amountYear', title: t('reportColAmountIn', { year: c.year }), kind: 'number', rowUnit: true },
      kg('changeLocation', 'reportColChangeLocation', 'location'),
      kg('activityLocation', 'reportColActivityLocation', 'location'),
      kg('factorLocation', 'reportColFactorLocation', 'location'),
      kg('changeMarket', 'reportColChangeMarket', 'market'),
      kg('activityMarket', 'reportColActivityMarket', 'market'),
      kg('factorMarket', 'reportColFactorMarket', 'market'),
    ],
    rows,
  };
}

const METHOD_DIFFERENCE_KEYS: Record<YearComparison['methodDifferences'][number], UiKey> = {
  'gwp-set': 'reportDiffGwp',
  'factor-set': 'reportDiffFactorSet',
  'radiative-forcing': 'reportDiffRf',
};

function trendTable(history: readonly InventoryResult[], t: T): ReportTable {
  return {
    id: 'trend',
    title: t('reportTableTrend'),
    notes: [],
    columns: [
      { id: 'item', title: t('year'), kind: 'year' },
      { id: 'scope1', title: t('scope1'), kind: 'kgco2e' },
      { id: 'scope2Location', title: t('s2Location'), kind: 'kgco2e', method: 'location' },
      { id: 'scope2Market', title: t('s2Market'), kind: 'kgco2e', method: 'market' },
      { id: 'scope3', title: t('scope3'), kind: 'kgco2e' },
      { id: 'totalLocation', title: t('totalLocation'), kind: 'kgco2e', method: 'location' },
      { id: 'totalMarket', title: t('totalMarket'), kind: 'kgco2e', method: 'market' },
    ],
    rows: history.map((r) => ({
      id: String(r.year),
      cells: {
        item: r.year,
        scope1: r.scope1,
        scope2Location: r.scope2.location,
        scope2Market: r.scope2.market,
        scope3: r.scope3,
        totalLocation: r.total.location,
        totalMarket: r.total.market,
      },
    })),
  };
}

function intensityTrendTable(history: readonly InventoryResult[], t: T): ReportTable {
  const kinds = new Map<string, IntensityFigure>();
  for (const r of history)
    for (const f of r.intensities) if (!kinds.has(intensityId(f))) kinds.set(intensityId(f), f);
  return {
    id: 'intensityTrend',
    title: t('reportTableIntensityTrend'),
    notes: [t('reportNoteIntensityTrend')],
    columns: [
      { id: 'item', title: t('year'), kind: 'year' },
      ...[...kinds].map(
        ([id, f]): TableColumn => ({
          id,
          title: intensityLabel(f, t),
          kind: 'intensity',
          method: 'location',
          unit: denominatorUnit(f),
        }),
      ),
    ],
    rows: history.map((r) => {
      const cells: Record<string, Cell> = { item: r.year };
      for (const id of kinds.keys()) {
        cells[id] = r.intensities.find((f) => intensityId(f) === id)?.total.location ?? null;
      }
      return { id: String(r.year), cells };
    }),
  };
}

const QUALITY_KEYS = {
  measured: 'dqMeasured',
  invoice: 'dqInvoice',
  estimated: 'dqEstimated',
  unspecified: 'reportDqUnspecified',
} as const satisfies Record<string, UiKey>;

function dataQualityTable(data: ReportData, t: T): ReportTable {
  return {
    id: 'dataQuality',
    title: t('reportTableDataQuality'),
    notes: [t('reportNoteDataQuality')],
    columns: [item(t), loc(t), shareLocation(t), mkt(t), shareMarket(t)],
    rows: data.dataQuality.map((q) => ({
      id: q.quality,
      cells: {
        item: t(QUALITY_KEYS[q.quality]),
        location: q.co2e.location,
        shareLocation: q.share.location,
        market: q.co2e.market,
        shareMarket: q.share.market,
      },
    })),
  };
}

function excludedTable(data: ReportData, t: T, lang: Lang): ReportTable {
  return {
    id: 'excluded',
    title: t('reportTableExcluded'),
    notes: [],
    columns: [item(t), { id: 'reason', title: t('justification'), kind: 'text' }],
    rows: data.excluded.map((x) => ({
      id: x.category,
      cells: { item: categoryInfo(x.category).names[lang], reason: x.reason },
    })),
  };
}

function factorsTable(data: ReportData, t: T, lang: Lang): ReportTable {
  return {
    id: 'factors',
    title: t('reportTableFactors'),
    notes: [t('reportNoteFactors', { gwp: data.gwpSet })],
    columns: [
      item(t),
      { id: 'factorId', title: t('reportColFactorId'), kind: 'text' },
      { id: 'value', title: t('reportColFactorValue'), kind: 'number', rowUnit: true },
      { id: 'unit', title: t('reportColUnit'), kind: 'text' },
      { id: 'dataYear', title: t('reportColDataYear'), kind: 'year' },
      { id: 'source', title: t('reportColSource'), kind: 'text' },
      { id: 'url', title: t('reportColUrl'), kind: 'text' },
      { id: 'usedFor', title: t('reportColUsedFor'), kind: 'text' },
      { id: 'entries', title: t('reportColEntries'), kind: 'number' },
    ],
    rows: data.factorsUsed.map((u) => {
      const f = u.factor;
      const src = f.source;
      return {
        id: u.key,
        unit: `kg CO2e/${f.unit}`,
        cells: {
          item: (f.custom ? undefined : data.names.factors[f.id]?.[lang]) ?? f.name,
          factorId: f.custom ? `${f.id} (${t('customFactor')})` : `${f.set}: ${f.id}`,
          value: u.co2ePerUnit,
          unit: `kg CO2e/${f.unit}`,
          dataYear: f.year,
          source:
            'publisher' in src
              ? `${src.publisher}: ${src.document} (${src.year})${f.ref ? `, ${f.ref}` : ''}`
              : src.note,
          url: 'url' in src ? src.url : null,
          usedFor: u.usedFor
            .map((m) => t(m === 'location' ? 'reportUsedLocation' : 'reportUsedMarket'))
            .join(', '),
          entries: u.entries,
        },
      };
    }),
  };
}
