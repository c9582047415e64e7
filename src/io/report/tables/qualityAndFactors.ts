/** What the figures rest on: their data quality, the categories left out and why, and the factors used. */
import '../../../i18n/uiComplete';
import '../../../i18n/uiReport';
import { categoryInfo } from '../../../core/categories';
import { valueText } from '../../../core/formula';
import type { FactorTrace } from '../../../core/results';
import { formatSignificant } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { sourceLabel, sourceReference } from '../../../i18n/sourceLabel';
import type { UiKey } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import type { ReportData } from '../reportData';
import { item, loc, mkt, shareLocation, shareMarket, type T } from './columns';
import type { ReportTable } from './types';

const QUALITY_KEYS = {
  measured: 'dqMeasured',
  invoice: 'dqInvoice',
  estimated: 'dqEstimated',
  unspecified: 'reportDqUnspecified',
} as const satisfies Record<string, UiKey>;

export function dataQualityTable(data: ReportData, t: T): ReportTable {
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

export function excludedTable(data: ReportData, t: T, lang: Lang): ReportTable {
  return {
    id: 'excluded',
    title: t('reportTableExcluded'),
    // Without exclusions, categories merely left empty are to do, not "nothing excluded" (issue 10).
    notes:
      data.excluded.length === 0 && data.completeness.counts.todo > 0
        ? [t('noExclusionsButTodo', { n: data.completeness.counts.todo })]
        : [],
    columns: [item(t), { id: 'reason', title: t('justification'), kind: 'text' }],
    rows: data.excluded.map((x) => ({
      id: x.category,
      cells: { item: categoryInfo(x.category).names[lang], reason: x.reason },
    })),
  };
}

export function factorsTable(data: ReportData, t: T, lang: Lang): ReportTable {
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
      { id: 'sourceRef', title: t('reportColSourceRef'), kind: 'text' },
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
          // An own factor's id is a UUID no reader can place: it is named by its name (item) and source.
          factorId: f.custom ? ownFactorLabel(f, t, lang) : `${f.set}: ${f.id}`,
          value: u.co2ePerUnit,
          unit: `kg CO2e/${unitName(f.unit, lang)}`,
          dataYear: f.year,
          source: 'publisher' in src ? sourceLabel(src, lang) : src.note,
          sourceRef: 'publisher' in src ? sourceReference(src, f.ref) || null : null,
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

/** "Oma päästökerroin; kirjoitettu lähteen yksikössä: CO2 45 g/kWh" for one written in g or t. */
function ownFactorLabel(f: FactorTrace, t: T, lang: Lang): string {
  if (!f.typed) return t('customFactor');
  const value = valueText(f.typed.value, f.typed.massUnit, unitName(f.unit, lang), (n) =>
    formatSignificant(n, lang),
  );
  return `${t('customFactor')}; ${t('reportFactorAsTyped', { value })}`;
}
