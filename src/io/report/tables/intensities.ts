/** Intensities (kg CO2e per employee, per M€, per m², per unit produced): their labels, units and table. */
import '../../../i18n/uiReport';
import type { IntensityFigure, InventoryResult } from '../../../core/results';
import type { UiKey } from '../../../i18n/ui';
import { item, type T } from './columns';
import type { ReportTable } from './types';

const DENOMINATOR_KEYS: Record<IntensityFigure['denominator'], UiKey> = {
  fte: 'reportPerFte',
  'revenue-meur': 'reportPerRevenue',
  'floor-area-m2': 'reportPerFloorArea',
  production: 'reportPerProduction',
};

export function intensityLabel(
  f: { denominator: IntensityFigure['denominator']; unit?: string },
  t: T,
): string {
  return t(DENOMINATOR_KEYS[f.denominator], { unit: f.unit ?? '' });
}

export const intensityId = (f: { denominator: string; unit?: string }) =>
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

export function intensitiesTable(r: InventoryResult, t: T): ReportTable {
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
