/** The partner's years side by side: totals by scope and intensities, one row a year. */
import '../../../i18n/uiReport';
import type { IntensityFigure, InventoryResult } from '../../../core/results';
import type { T } from './columns';
import { denominatorUnit, intensityId, intensityLabel } from './intensities';
import type { Cell, ReportTable, TableColumn } from './types';

export function trendTable(history: readonly InventoryResult[], t: T): ReportTable {
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

export function intensityTrendTable(history: readonly InventoryResult[], t: T): ReportTable {
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
    // No year has an intensity: no rows (the report says there are no figures), not a column of bare years.
    rows: (kinds.size === 0 ? [] : history).map((r) => {
      const cells: Record<string, Cell> = { item: r.year };
      for (const id of kinds.keys()) {
        cells[id] = r.intensities.find((f) => intensityId(f) === id)?.total.location ?? null;
      }
      return { id: String(r.year), cells };
    }),
  };
}
