/**
 * The network figures (src/core/networkFigures.ts) as result tables: the dashboard draws its tables and charts
 * from these, and the network summary's PDF and CSV can print the same rows, so no two of them can differ.
 * Cells hold the core's figures as they are (kg CO2e, counts, fractions); nothing is summed here.
 */
import '../../i18n/uiNetworkDash';
import '../../i18n/uiReport';
import '../../i18n/targetPresetWords';
import { ACTION_STATUS_ORDER } from '../../core/actionStatus';
import { CATEGORY_IDS, categoryInfo } from '../../core/categories';
import type { Change } from '../../core/compare';
import { ACTION_THEMES, TARGET_PRESETS, type TargetCounts } from '../../core/networkCommitments';
import type { LikeForLike, NetworkFigures, PartnerCounts } from '../../core/networkFigures';
import type { SizeBand } from '../../core/networkPartners';
import type { Lang } from '../../i18n/issueMessages';
import { presetWord } from '../../i18n/targetPresetWords';
import { TOL_2008 } from '../../i18n/tol2008';
import { tr } from '../../i18n/ui';
import { item, loc, mkt, type T } from '../report/tables/columns';
import type { ReportTable, TableColumn, TableRow } from '../report/tables/types';

const count = (id: string, title: string): TableColumn => ({ id, title, kind: 'number' });

function growthTable(f: NetworkFigures, t: T): ReportTable {
  const notes = [t('dashNoteGrowth')];
  if (f.partners.joinDateUnknown > 0) notes.push(t('dashNoteJoinUnknown', { n: f.partners.joinDateUnknown }));
  return {
    id: 'netGrowth',
    title: t('dashTableGrowth'),
    notes,
    columns: [
      { id: 'item', title: t('dashColYear'), kind: 'year' },
      count('joined', t('dashColJoinedInYear')),
      count('partners', t('dashColPartnersAtEnd')),
      count('withFootprint', t('dashColWithFootprint')),
    ],
    rows: f.growth.map((g) => ({
      id: String(g.year),
      cells: { item: g.year, joined: g.joined, partners: g.partners, withFootprint: g.withFootprint },
    })),
  };
}

function countsTable(f: NetworkFigures, t: T): ReportTable {
  const year = f.year;
  const rows: [keyof PartnerCounts, string][] = [
    ['total', t('dashRowTotal')],
    ['joined', t('dashRowJoined', { year })],
    ['joinedBy', t('dashRowJoinedBy', { year })],
    ['joinDateUnknown', t('dashRowJoinUnknown')],
    ['withFootprint', t('dashRowFootprint', { year })],
    ['reported', t('dashRowReported', { year })],
    ['withTarget', t('dashRowTarget')],
    ['onTrack', t('dashRowOnTrack')],
    ['behind', t('dashRowBehind')],
    ['progressUnknown', t('dashRowProgressUnknown')],
  ];
  return {
    id: 'netCounts',
    title: t('dashTableCounts', { year }),
    notes: [t('dashNoteCounts', { year })],
    columns: [item(t), count('count', t('dashColPartners'))],
    rows: rows.map(([id, label]) => ({ id, cells: { item: label, count: f.partners[id] } })),
  };
}

function scopesTable(f: NetworkFigures, t: T): ReportTable {
  const e = f.emissions;
  const row = (
    id: string,
    label: string,
    v: { location: number; market: number },
    total = false,
  ): TableRow => ({
    id,
    cells: { item: label, location: v.location, market: v.market },
    ...(total ? { total } : {}),
  });
  return {
    id: 'netScopes',
    title: t('dashTableScopes', { year: f.year }),
    notes: [t('dashNoteScopes', { n: e.partners })],
    columns: [item(t), loc(t), mkt(t)],
    rows: [
      row('scope1', t('scope1'), { location: e.scope1, market: e.scope1 }),
      row('scope2', t('scope2'), e.scope2),
      row('scope3', t('scope3'), { location: e.scope3, market: e.scope3 }),
      row('total', t('total'), e.total, true),
    ],
  };
}

function categoriesTable(f: NetworkFigures, t: T, lang: Lang): ReportTable {
  const rows: TableRow[] = [];
  for (const id of CATEGORY_IDS) {
    const c = f.emissions.byCategory[id];
    if (!c) continue;
    rows.push({
      id,
      cells: {
        item: categoryInfo(id).names[lang],
        location: c.location,
        market: c.market,
        partners: c.partners,
      },
    });
  }
  return {
    id: 'netCategories',
    title: t('dashTableCategories', { year: f.year }),
    notes: [],
    columns: [item(t), loc(t), mkt(t), count('partners', t('dashColPartnersWithData'))],
    rows,
  };
}

function changeTable(c: LikeForLike, t: T, base: boolean): ReportTable {
  const params = { year: c.year, against: c.against };
  const notes =
    c.partners.length === 0
      ? [t('dashNoteChangeNone', params)]
      : [t('dashNoteChange', { ...params, n: c.partners.length })];
  if (c.factorSetChanged > 0) notes.push(t('dashNoteChangeFactors', { n: c.factorSetChanged }));
  const row = (
    id: string,
    label: string,
    then: number,
    now: number,
    ch: Change,
    total = false,
  ): TableRow => ({
    id,
    cells: { item: label, earlier: then, later: now, change: ch.absolute, relative: ch.relative },
    ...(total ? { total } : {}),
  });
  return {
    id: base ? 'netChangeBase' : 'netChangePrevious',
    title: t(base ? 'dashTableChangeBase' : 'dashTableChange', params),
    notes,
    columns: [
      item(t),
      { id: 'earlier', title: t('dashColThen', { year: c.against }), kind: 'kgco2e' },
      { id: 'later', title: t('dashColNow', { year: c.year }), kind: 'kgco2e' },
      { id: 'change', title: t('dashColChange'), kind: 'kgco2e' },
      { id: 'relative', title: t('dashColChangePct'), kind: 'share' },
    ],
    rows:
      c.partners.length === 0
        ? []
        : [
            row('scope1', t('scope1'), c.then.scope1, c.now.scope1, c.change.scope1),
            row(
              'scope2Location',
              t('dashRowScope2Location'),
              c.then.scope2.location,
              c.now.scope2.location,
              c.change.scope2Location,
            ),
            row(
              'scope2Market',
              t('dashRowScope2Market'),
              c.then.scope2.market,
              c.now.scope2.market,
              c.change.scope2Market,
            ),
            row('scope3', t('scope3'), c.then.scope3, c.now.scope3, c.change.scope3),
            row(
              'totalLocation',
              t('dashRowTotalLocation'),
              c.then.total.location,
              c.now.total.location,
              c.change.totalLocation,
              true,
            ),
            row(
              'totalMarket',
              t('dashRowTotalMarket'),
              c.then.total.market,
              c.now.total.market,
              c.change.totalMarket,
              true,
            ),
          ],
  };
}

/** "J Informaatio ja viestintä": a TOL 2008 section by its letter and name. */
export function sectionLabel(section: string, lang: Lang): string {
  if (section === 'unknown') return tr(lang, 'dashSectorUnknown');
  const s = TOL_2008.find((x) => x.code === section);
  return s ? `${section} ${s[lang]}` : section;
}

function groupTable(
  f: NetworkFigures,
  t: T,
  which: 'netSectors' | 'netSizes',
  label: (group: string) => string,
): ReportTable {
  const groups = which === 'netSectors' ? f.bySector : f.bySize;
  return {
    id: which,
    title: t(which === 'netSectors' ? 'dashTableSectors' : 'dashTableSizes', { year: f.year }),
    notes: [t(which === 'netSectors' ? 'dashNoteSectors' : 'dashNoteSizes')],
    columns: [item(t), count('partners', t('dashColPartners')), loc(t), mkt(t)],
    rows: groups.map((g) => ({
      id: g.group,
      cells: {
        item: label(g.group),
        partners: g.partners,
        location: g.total.location,
        market: g.total.market,
      },
    })),
  };
}

function targetsTable(f: NetworkFigures, t: T, lang: Lang): ReportTable {
  const row = (id: string, label: string, c: TargetCounts, total = false): TableRow => ({
    id,
    cells: { item: label, targets: c.targets, onTrack: c.onTrack, behind: c.behind, unknown: c.unknown },
    ...(total ? { total } : {}),
  });
  return {
    id: 'netTargets',
    title: t('dashTableTargets'),
    notes: [t('dashNoteTargets')],
    columns: [
      item(t),
      count('targets', t('dashColTargets')),
      count('onTrack', t('dashColOnTrack')),
      count('behind', t('dashColBehind')),
      count('unknown', t('dashColUnknown')),
    ],
    rows: [
      ...TARGET_PRESETS.map((p) => row(p, presetWord(lang, p), f.targets.byPreset[p])),
      row('total', t('dashRowAllTargets'), f.targets.total, true),
    ],
  };
}

function actionsTable(f: NetworkFigures, t: T): ReportTable {
  const a = f.actions;
  const rows: TableRow[] = ACTION_THEMES.map((theme) => {
    const cells: TableRow['cells'] = { item: t(`dashTheme_${theme}`) };
    let all = 0;
    for (const s of ACTION_STATUS_ORDER) {
      cells[s] = a.byTheme[theme][s].actions;
      all += a.byTheme[theme][s].actions;
    }
    const cuts = a.cuts[theme];
    return {
      id: theme,
      cells: {
        ...cells,
        all,
        expected: cuts.expected.actions > 0 ? cuts.expected.kgPerYear : null,
        observed: cuts.observed.actions,
        decreased: cuts.observed.decreased,
      },
    };
  });
  const totals: TableRow['cells'] = { item: t('dashRowAllThemes') };
  for (const s of ACTION_STATUS_ORDER) {
    totals[s] = ACTION_THEMES.reduce((n, theme) => n + a.byTheme[theme][s].actions, 0);
  }
  rows.push({
    id: 'total',
    total: true,
    cells: {
      ...totals,
      all: a.total.actions,
      expected: a.totalCuts.expected.actions > 0 ? a.totalCuts.expected.kgPerYear : null,
      observed: a.totalCuts.observed.actions,
      decreased: a.totalCuts.observed.decreased,
    },
  });
  return {
    id: 'netActions',
    title: t('dashTableActions'),
    notes: [t('dashNoteActions', { n: a.partners })],
    columns: [
      item(t),
      ...ACTION_STATUS_ORDER.map((s) => count(s, t(`dashStatus_${s}`))),
      count('all', t('dashColAllActions')),
      { id: 'expected', title: t('dashColExpected'), kind: 'kgco2e' },
      count('observed', t('dashColObserved')),
      count('decreased', t('dashColDecreased')),
    ],
    rows,
  };
}

/** Every table of the network's figures, in the order the dashboard shows them. */
export function networkTables(f: NetworkFigures, lang: Lang): ReportTable[] {
  const t: T = (key, params) => tr(lang, key, params);
  return [
    countsTable(f, t),
    growthTable(f, t),
    scopesTable(f, t),
    categoriesTable(f, t, lang),
    changeTable(f.previous, t, false),
    ...(f.base ? [changeTable(f.base, t, true)] : []),
    groupTable(f, t, 'netSectors', (g) => sectionLabel(g, lang)),
    groupTable(f, t, 'netSizes', (g) => t(`dashSize_${g}` as `dashSize_${SizeBand}`)),
    targetsTable(f, t, lang),
    actionsTable(f, t),
  ];
}
