/**
 * The network summary's tables ("Verkoston yhteenveto", issue 13), shared by its PDF and CSV: partner counts,
 * the partner count over the years, emissions by scope, category, sector and size band, the like-for-like
 * changes with their coverage, targets and actions. Every figure is the network figures' (networkFigures.ts:
 * the dashboard's), so the publication and the screen cannot differ; which partners each figure is made of is
 * read from the same partners, for the anonymity rule only. `anonymous`: the option "Ei yksittäisten
 * kumppanien lukuja" (src/core/anonymity.ts), applied to every table.
 */
import '../../../i18n/uiNetworkPublication';
import '../../../i18n/uiReport';
import { ACTION_STATUS_ORDER as ACTION_STATUSES } from '../../../core/actionStatus';
import type { GroupFigure } from '../../../core/anonymity';
import { MIN_PARTNERS, nestedPublishable, revealsSmallGroup } from '../../../core/anonymity';
import { ACTION_THEMES, TARGET_PRESETS } from '../../../core/networkCommitments';
import type { LikeForLike, NetworkFigures } from '../../../core/networkFigures';
import type { NetworkPartner } from '../../../core/networkPartners';
import { actionStatusLabel, actionThemeLabel, presetLabel } from '../../../i18n/commitmentLabels';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { TableColumn, TableRow } from '../tables/types';
import { groupTable, type SummaryTable } from './groupTable';
import { partnerListTable } from './partnerList';
import { emissionTables, footprints } from './summaryEmissions';

export type { SummaryTable } from './groupTable';

export interface SummaryInput {
  partners: readonly NetworkPartner[];
  figures: NetworkFigures;
  anonymous: boolean;
}

type Words = (key: Parameters<typeof tr>[1], params?: Record<string, string | number>) => string;

const count = (id: string, title: string): TableColumn => ({ id, title, kind: 'number' });

function partnersTable(f: NetworkFigures, t: Words): SummaryTable {
  const p = f.partners;
  const lines: [string, string, number][] = [
    ['total', t('pubRowTotal'), p.total],
    ['joined', t('pubRowJoined', { year: f.year }), p.joined],
    ['joinedBy', t('pubRowJoinedBy', { year: f.year }), p.joinedBy],
    ['joinDateUnknown', t('pubRowJoinUnknown'), p.joinDateUnknown],
    ['withFootprint', t('pubRowWithFootprint', { year: f.year }), p.withFootprint],
    ['reported', t('pubRowReported', { year: f.year }), p.reported],
    ['withTarget', t('pubRowWithTarget'), p.withTarget],
    ['onTrack', t('pubRowOnTrack'), p.onTrack],
    ['behind', t('pubRowBehind'), p.behind],
    ['progressUnknown', t('pubRowProgressUnknown'), p.progressUnknown],
  ];
  return {
    id: 'partners',
    title: t('pubTablePartners'),
    notes: [],
    columns: [{ id: 'item', title: t('reportColItem'), kind: 'text' }, count('count', t('pubColCount'))],
    rows: lines.map(([id, item, n]) => ({ id, cells: { item, count: n } })),
  };
}

function growthTable(f: NetworkFigures, t: Words): SummaryTable {
  return {
    id: 'growth',
    title: t('pubTableGrowth'),
    notes: [t('pubNoteGrowth')],
    columns: [
      { id: 'item', title: t('pubColYear'), kind: 'text' },
      count('joined', t('pubColJoined')),
      count('partners', t('pubColJoinedBy')),
      count('withFootprint', t('pubColWithFootprint')),
    ],
    rows: f.growth.map((g) => ({
      id: String(g.year),
      cells: { item: String(g.year), joined: g.joined, partners: g.partners, withFootprint: g.withFootprint },
    })),
  };
}

function likeForLikeTable(input: SummaryInput, totals: string[][], t: Words): SummaryTable {
  const { figures: f, anonymous } = input;
  const rows: TableRow[] = [];
  const included = (year: number) => footprints(input.partners, year).map(([p]) => p.key);
  let withheld = false;
  let factorSets = 0;
  // A base year that is the previous year is not compared twice.
  const base = f.base && f.base.against !== f.previous.against ? f.base : null;
  for (const [id, c] of [
    ['previous', f.previous],
    ['base', base],
  ] as [string, LikeForLike | null][]) {
    if (!c) continue;
    const safe =
      !anonymous ||
      (nestedPublishable(included(c.year), c.partners) &&
        nestedPublishable(included(c.against), c.partners) &&
        !revealsSmallGroup([...totals, c.partners]));
    if (safe && anonymous) totals.push(c.partners);
    if (!safe) withheld = true;
    else factorSets += c.factorSetChanged;
    for (const method of ['location', 'market'] as const) {
      const now = c.now.total[method];
      const then = c.then.total[method];
      const change = method === 'location' ? c.change.totalLocation : c.change.totalMarket;
      const item = t('pubRowChange', {
        against: c.against,
        year: c.year,
        method: t(method === 'location' ? 'pubMethodLocation' : 'pubMethodMarket'),
      });
      rows.push({
        id: `${id}-${method}`,
        cells: safe
          ? {
              item,
              partners: c.partners.length,
              before: c.partners.length > 0 ? then : null,
              after: c.partners.length > 0 ? now : null,
              change: c.partners.length > 0 ? change.absolute : null,
              relative: change.relative,
            }
          : { item, partners: null, before: null, after: null, change: null, relative: null },
      });
    }
  }
  const coverage = t('pubNoteLikeForLike', {
    previous: f.previous.partners.length,
    base: base ? base.partners.length : '–',
  });
  return {
    id: 'likeForLike',
    title: t('pubTableLikeForLike'),
    notes: [
      ...(anonymous && withheld ? [] : [coverage]),
      ...(withheld ? [t('pubNoteLikeForLikeWithheld')] : []),
      ...(factorSets > 0 ? [t('pubNoteFactorSets', { n: factorSets })] : []),
    ],
    columns: [
      { id: 'item', title: t('reportColItem'), kind: 'text' },
      count('partners', t('pubColPartners')),
      { id: 'before', title: t('pubColThen'), kind: 'kgco2e' },
      { id: 'after', title: t('pubColNow'), kind: 'kgco2e' },
      { id: 'change', title: t('reportColChange'), kind: 'kgco2e' },
      { id: 'relative', title: t('reportColChangeRelative'), kind: 'share' },
    ],
    rows,
  };
}

function commitmentTables(input: SummaryInput, lang: Lang, t: Words): SummaryTable[] {
  const { figures: f, partners, anonymous } = input;
  const targets: GroupFigure[] = TARGET_PRESETS.map((preset) => {
    const c = f.targets.byPreset[preset];
    return {
      key: preset,
      partners: partners.filter((p) => p.latest.targets.some((x) => x.preset === preset)).map((p) => p.key),
      values: [c.targets, c.onTrack, c.behind, c.unknown],
    };
  });
  const actions: GroupFigure[] = ACTION_THEMES.flatMap((theme) =>
    ACTION_STATUSES.map((status) => {
      const c = f.actions.byTheme[theme][status];
      return {
        key: `${theme}/${status}`,
        partners: partners
          .filter((p) => p.latest.actions.some((a) => a.theme === theme && a.status === status))
          .map((p) => p.key),
        values: [c.actions, c.expected.kgPerYear, c.observed.decreased],
      };
    }),
  );
  return [
    groupTable(
      targets,
      {
        id: 'targets',
        title: t('pubTableTargets'),
        notes: [t('pubNoteTargets'), t('pubNotePartnersPerRow')],
        values: [
          count('targets', t('pubColTargets')),
          count('onTrack', t('pubColOnTrack')),
          count('behind', t('pubColBehind')),
          count('unknown', t('pubColUnknown')),
        ],
        label: (k) => presetLabel(k as (typeof TARGET_PRESETS)[number], lang),
      },
      lang,
      anonymous,
    ),
    groupTable(
      actions,
      {
        id: 'actions',
        title: t('pubTableActions'),
        notes: [t('pubNoteActions'), t('pubNotePartnersPerRow')],
        values: [
          count('actions', t('pubColActions')),
          { id: 'expected', title: t('pubColExpected'), kind: 'kgco2e' },
          count('observed', t('pubColObserved')),
        ],
        label: (k) => {
          const [theme, status] = k.split('/') as [
            (typeof ACTION_THEMES)[number],
            (typeof ACTION_STATUSES)[number],
          ];
          return t('pubRowAction', {
            theme: actionThemeLabel(theme, lang),
            status: actionStatusLabel(status, lang),
          });
        },
      },
      lang,
      anonymous,
    ),
  ];
}

/** Every table of the summary, in the order the PDF shows them; the partner list only when not anonymous. */
export function summaryTables(input: SummaryInput, lang: Lang): SummaryTable[] {
  const t: Words = (key, params) => tr(lang, key, params);
  const emissions = emissionTables(input.partners, input.figures, input.anonymous, lang, t);
  return [
    partnersTable(input.figures, t),
    growthTable(input.figures, t),
    ...emissions.tables,
    likeForLikeTable(input, emissions.totals, t),
    ...commitmentTables(input, lang, t),
    ...(input.anonymous ? [] : [partnerListTable(input.partners, input.figures.year, lang)]),
  ];
}

export { MIN_PARTNERS };
