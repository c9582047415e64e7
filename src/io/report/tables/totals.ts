/**
 * The year's totals split four ways: by scope, by category, by gas and biogenic CO2 by scope. Every figure is
 * read from the core's result; shares are made with reportData's `share`.
 */
import '../../../i18n/uiReport';
import { CATEGORY_IDS, type CategoryId, categoryInfo, type Scope } from '../../../core/categories';
import { gasInfo } from '../../../core/gwp';
import { RF_UPLIFT } from '../../../core/resolve';
import type { InventoryResult } from '../../../core/results';
import { UNSPLIT } from '../../../core/results';
import { localName } from '../../../core/source';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { share } from '../reportData';
import { entryCount, item, loc, mkt, SCOPE_KEYS, shareLocation, shareMarket, type T } from './columns';
import type { ReportTable, TableRow } from './types';

export function scopesTable(r: InventoryResult, t: T): ReportTable {
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

export function categoriesTable(r: InventoryResult, t: T, lang: Lang): ReportTable {
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
  const name = localName(g.names, lang);
  return name.includes(id) ? name : `${name} (${id})`;
}

export function gasesTable(r: InventoryResult, t: T, lang: Lang): ReportTable {
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

export function biogenicTable(r: InventoryResult, t: T): ReportTable {
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
