/**
 * The network summary's emission tables: by scope, by category, by TOL section and by size band. Anonymous,
 * each table follows src/core/anonymity.ts and the tables also hold together: a category is shown only
 * within a scope shown, its scope's small categories merged into that scope's "Others" (so the scope's figure
 * minus its shown categories is a figure of three partners), and the categories of merged scopes make one row
 * equal to the scopes table's "Others". The year's totals over sets of partners (the network, each sector,
 * each size band, the like-for-like partners) are one quantity: a table whose figures, with those already
 * published, would give one or two partners' total by subtraction is left out (revealsSmallGroup).
 */
import '../../../i18n/uiNetworkPublication';
import '../../../i18n/uiReport';
import {
  type GroupFigure,
  MIN_PARTNERS,
  type PublishedGroups,
  publishGroups,
  revealsSmallGroup,
} from '../../../core/anonymity';
import { CATEGORY_IDS, type CategoryId, categoryInfo } from '../../../core/categories';
import type { YearSummary } from '../../../core/network';
import type { NetworkFigures } from '../../../core/networkFigures';
import { footprintOf } from '../../../core/networkFigures';
import { type NetworkPartner, SIZE_BANDS, sectionOf, sizeBandOf } from '../../../core/networkPartners';
import type { Lang } from '../../../i18n/issueMessages';
import { sectionLabel, sizeBandLabel } from '../../../i18n/networkLabels';
import type { UiKey } from '../../../i18n/ui';
import type { TableColumn, TableRow } from '../tables/types';
import { groupTable, type SummaryTable } from './groupTable';

type Words = (key: UiKey, params?: Record<string, string | number>) => string;

/** The partners with a calculated footprint of the year, with it. */
export function footprints(
  partners: readonly NetworkPartner[],
  year: number,
): [NetworkPartner, YearSummary][] {
  return partners.flatMap((p) => {
    const y = footprintOf(p, year);
    return y ? [[p, y] as [NetworkPartner, YearSummary]] : [];
  });
}

function keysWhere(
  list: readonly [NetworkPartner, YearSummary][],
  test: (y: YearSummary, p: NetworkPartner) => boolean,
) {
  return list.filter(([p, y]) => test(y, p)).map(([p]) => p.key);
}

/** The partner sets of the figures a table publishes: each shown group, "others", the total. */
export function publishedSets(groups: readonly GroupFigure[], out: PublishedGroups): string[][] {
  const of = (keys: readonly string[]) => [
    ...new Set(groups.filter((g) => keys.includes(g.key)).flatMap((g) => g.partners)),
  ];
  return [
    ...out.shown.map((s) => of([s.key])),
    ...(out.others ? [of(out.others.keys)] : []),
    ...(out.total ? [of(groups.map((g) => g.key))] : []),
  ];
}

const valueColumns = (t: Words): TableColumn[] => [
  { id: 'location', title: t('reportColLocation'), kind: 'kgco2e', method: 'location' },
  { id: 'market', title: t('reportColMarket'), kind: 'kgco2e', method: 'market' },
];

function row(id: string, item: string, partners: number, values: readonly number[]): TableRow {
  return { id, cells: { item, partners, location: values[0] ?? 0, market: values[1] ?? 0 } };
}

function categoryLabel(id: string, lang: Lang): string {
  const info = categoryInfo(id as CategoryId);
  return `${info.names[lang]} (scope ${info.scope})`;
}

/** Categories within the scopes as published (see the module's comment). */
function anonymousCategories(
  scopes: readonly GroupFigure[],
  scopesOut: PublishedGroups,
  categories: readonly GroupFigure[],
  lang: Lang,
  t: Words,
): SummaryTable {
  const rows: TableRow[] = [];
  for (const s of scopesOut.shown) {
    const n = Number(s.key.slice(-1));
    const own = categories.filter((c) => categoryInfo(c.key as CategoryId).scope === n);
    const out = publishGroups(own);
    for (const c of out.shown) rows.push(row(c.key, categoryLabel(c.key, lang), c.partners, c.values));
    if (out.others) {
      rows.push(
        row(`others-${s.key}`, t('pubRowOthersScope', { scope: n }), out.others.partners, out.others.values),
      );
    } else if (!out.total) rows.push(row(s.key, t(s.key as UiKey), s.partners, s.values));
  }
  if (scopesOut.others)
    rows.push(row('others', t('pubRowOthers'), scopesOut.others.partners, scopesOut.others.values));
  const total = scopesOut.total;
  if (total) rows.push({ ...row('total', t('pubRowAll'), total.partners, total.values), total: true });
  const notes = [t('pubNotePartnersPerRow')];
  if (rows.some((r) => r.id.startsWith('others'))) notes.push(t('pubNoteMerged', { min: MIN_PARTNERS }));
  if (!total && scopes.some((s) => s.partners.length > 0))
    notes.push(t('pubNoteWithheld', { min: MIN_PARTNERS }));
  return {
    id: 'categories',
    title: t('pubTableCategories'),
    notes,
    columns: [
      { id: 'item', title: t('reportColItem'), kind: 'text' },
      { id: 'partners', title: t('pubColPartners'), kind: 'number' },
      ...valueColumns(t),
    ],
    rows,
  };
}

export interface EmissionTables {
  tables: SummaryTable[];
  /** Anonymous: the partner sets of the year's totals published so far (what like for like must not undo). */
  totals: string[][];
}

export function emissionTables(
  partners: readonly NetworkPartner[],
  f: NetworkFigures,
  anonymous: boolean,
  lang: Lang,
  t: Words,
): EmissionTables {
  const e = f.emissions;
  const list = footprints(partners, f.year);
  const perRow = [t('pubNotePartnersPerRow')];
  const scopes: GroupFigure[] = [
    { key: 'scope1', partners: keysWhere(list, (y) => y.scope1 !== 0), values: [e.scope1, e.scope1] },
    {
      key: 'scope2',
      partners: keysWhere(list, (y) => y.scope2.location !== 0 || y.scope2.market !== 0),
      values: [e.scope2.location, e.scope2.market],
    },
    { key: 'scope3', partners: keysWhere(list, (y) => y.scope3 !== 0), values: [e.scope3, e.scope3] },
  ];
  const categories: GroupFigure[] = CATEGORY_IDS.flatMap((id) => {
    const c = e.byCategory[id];
    if (!c) return [];
    return [
      {
        key: id,
        partners: keysWhere(list, (y) => y.byCategory[id] !== undefined),
        values: [c.location, c.market],
      },
    ];
  });
  const sectors: GroupFigure[] = f.bySector.map((g) => ({
    key: g.group,
    partners: keysWhere(list, (_y, p) => sectionOf(p) === g.group),
    values: [g.total.location, g.total.market],
  }));
  const sizes: GroupFigure[] = SIZE_BANDS.flatMap((band) => {
    const g = f.bySize.find((x) => x.group === band);
    if (!g) return [];
    return [
      {
        key: band,
        partners: keysWhere(list, (y) => sizeBandOf(y.metrics.fte) === band),
        values: [g.total.location, g.total.market],
      },
    ];
  });
  const table = (id: string, title: string, groups: GroupFigure[], label: (k: string) => string) =>
    groupTable(groups, { id, title, notes: perRow, values: valueColumns(t), label }, lang, anonymous);
  const scopeTable = table('scopes', t('pubTableScopes'), scopes, (k) => t(k as UiKey));
  const sectorTable = table('sectors', t('pubTableSectors'), sectors, (k) => sectionLabel(k, lang));
  const sizeTable = table('sizes', t('pubTableSizes'), sizes, (k) =>
    sizeBandLabel(k as (typeof SIZE_BANDS)[number], lang),
  );
  if (!anonymous) {
    return {
      tables: [
        scopeTable,
        table('categories', t('pubTableCategories'), categories, (k) => categoryLabel(k, lang)),
        sectorTable,
        sizeTable,
      ],
      totals: [],
    };
  }
  const present = (g: readonly GroupFigure[]) => g.filter((x) => x.partners.length > 0);
  const scopesOut = publishGroups(present(scopes));
  const totals = [
    list.map(([p]) => p.key),
    ...publishedSets(present(sectors), publishGroups(present(sectors))),
  ];
  const sizeSets = publishedSets(present(sizes), publishGroups(present(sizes)));
  const sizesSafe = !revealsSmallGroup([...totals, ...sizeSets]);
  if (sizesSafe) totals.push(...sizeSets);
  return {
    tables: [
      scopeTable,
      anonymousCategories(scopes, scopesOut, present(categories), lang, t),
      sectorTable,
      sizesSafe
        ? sizeTable
        : { ...sizeTable, rows: [], notes: [t('pubNoteAcrossTables', { min: MIN_PARTNERS })] },
    ],
    totals,
  };
}
