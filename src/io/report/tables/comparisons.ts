/**
 * The comparisons with the previous and the base year, and the sources that changed most between them, each
 * change split into activity and factor effects by the core. The change-by-source table's "other sources" row
 * adds the core's splits with its addSplit.
 */
import '../../../i18n/uiComplete';
import '../../../i18n/uiReport';
import { type CategoryId, categoryInfo } from '../../../core/categories';
import type { Change, YearComparison } from '../../../core/compare';
import { addSplit, type ChangeSplit, type SourceChange } from '../../../core/decompose';
import type { InventoryResult } from '../../../core/results';
import type { Lang } from '../../../i18n/issueMessages';
import type { UiKey } from '../../../i18n/ui';
import type { ReportData } from '../reportData';
import { item, type T } from './columns';
import { activityLabel } from './sources';
import type { Cell, Method, ReportTable, TableColumn, TableRow } from './types';

export function comparisonTable(
  id: 'comparisonPrevious' | 'comparisonBase',
  c: YearComparison,
  data: ReportData,
  t: T,
  lang: Lang,
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
  // Years that differ in which categories have data: the total change is not like for like (issue 10).
  const { onlyNow, onlyThen } = c.coverage;
  const differs = onlyNow.length > 0 || onlyThen.length > 0;
  if (differs) {
    const names = (list: readonly CategoryId[]) =>
      list.length > 0 ? list.map((x) => categoryInfo(x).names[lang]).join(', ') : t('coverageNone');
    notes.push(
      t('coverageDiffers', {
        year: c.year,
        against: c.against,
        onlyNow: names(onlyNow),
        onlyThen: names(onlyThen),
      }),
    );
  }
  const like = c.likeForLike;
  const likeRow = (rowId: string, label: string, m: 'location' | 'market'): TableRow => ({
    id: rowId,
    cells: {
      item: label,
      against: like.then[m],
      year: like.now[m],
      change: like[m].absolute,
      relative: like[m].relative,
      activity: null,
      factor: null,
    },
  });
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
      ...(differs
        ? [
            likeRow('likeForLikeLocation', t('likeForLikeLocation'), 'location'),
            likeRow('likeForLikeMarket', t('likeForLikeMarket'), 'market'),
          ]
        : []),
    ],
  };
}

const STATUS_KEYS: Record<SourceChange['status'], UiKey> = {
  both: 'reportStatusBoth',
  new: 'reportStatusNew',
  ended: 'reportStatusEnded',
};

/** The sources whose emissions changed most between the two years, with each one's activity/factor split. */
export function changeSourcesTable(
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
  // Both years' amounts in the unit the source's entries were typed in (src/core/typedAmounts.ts).
  const scale = (s: SourceChange) => s.source.typed?.scale ?? 1;
  const rows: TableRow[] = shown.map((s) => ({
    id: s.key,
    unit: s.source.typed?.unit ?? s.source.unit,
    cells: {
      item: activityLabel(s.source, data, lang),
      category: categoryInfo(s.source.category).names[lang],
      status: t(STATUS_KEYS[s.status]),
      amountAgainst: s.status === 'ended' && s.source.typed ? s.source.typed.amount : s.amountThen / scale(s),
      amountYear: s.status !== 'ended' && s.source.typed ? s.source.typed.amount : s.amountNow / scale(s),
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
