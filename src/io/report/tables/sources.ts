/**
 * The largest sources of the year. Its "other sources" row is one of the two sums made outside the core
 * (docs/report-data.md), from the core's per-source list.
 */
import '../../../i18n/uiReport';
import { categoryInfo } from '../../../core/categories';
import type { Lang } from '../../../i18n/issueMessages';
import { unitName } from '../../../i18n/unitNames';
import { type ReportData, share } from '../reportData';
import { entryCount, item, loc, mkt, shareLocation, type T } from './columns';
import type { ReportTable, TableRow } from './types';

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

export function sourcesTable(data: ReportData, t: T, lang: Lang, top: number): ReportTable {
  const r = data.result;
  const shown = r.sources.slice(0, Math.max(0, top));
  const rest = r.sources.slice(shown.length);
  const rows: TableRow[] = shown.map((s, i) => ({
    id: s.key,
    unit: s.typed?.unit ?? s.unit,
    cells: {
      rank: i + 1,
      item: activityLabel(s, data, lang),
      category: categoryInfo(s.category).names[lang],
      // In the unit the entries were typed in (src/core/typedAmounts.ts); the factor's unit is in the trace.
      amount: s.typed?.amount ?? s.amount,
      unit: unitName(s.typed?.unit ?? s.unit, lang),
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
