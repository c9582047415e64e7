/**
 * The report a partner sends to the city, as an A4 PDF made on the device: who and which year, how it was
 * calculated, the results with both Scope 2 methods, comparisons, charts, data quality, exclusions and the
 * factors used with their sources. It formats ReportData and the result tables (../tables/); every figure
 * is the core's, formatted the way the screen formats it. Loaded only when a report is made (dynamic import).
 */
import '../../../i18n/uiComplete';
import '../../../i18n/uiReport';
import '../../../i18n/uiGuide';
import type { BoundaryApproach } from '../../../core/inventory';
import { localName } from '../../../core/source';
import { formatDateTime, formatNumber, intlLocale } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { issueMessage } from '../../../i18n/issueMessages';
import { formatDay } from '../../../i18n/parseDate';
import { gwpSourceName } from '../../../i18n/sourceLabel';
import { tr, type UiKey } from '../../../i18n/ui';
import type { ReportData } from '../reportData';
import { reportTables } from '../tables/reportTables';
import type { ReportTable, ReportTableId } from '../tables/types';
import { formatCell, type PdfTablePlan, toPdfTable } from './cells';
import { barsAlt, columnsAlt, lineAlt } from './chartAlt';
import { type BarItem, horizontalBars, lineChart, stackedColumns } from './charts';
import { commitmentSection } from './commitmentSection';
import { MUTED } from './palette';
import { drawTable } from './table';
import { PdfWriter } from './writer';

const BOUNDARY: Record<BoundaryApproach, [UiKey, UiKey]> = {
  'operational-control': ['boundaryOperational', 'reportPdfBoundaryOperational'],
  'financial-control': ['boundaryFinancial', 'reportPdfBoundaryFinancial'],
  'equity-share': ['boundaryEquity', 'reportPdfBoundaryEquity'],
};

/** How each result table fits A4 portrait: narrow columns joined under wider ones. */
const PLANS: Partial<Record<ReportTableId, PdfTablePlan>> = {
  sources: {
    join: [
      ['item', 'category'],
      ['amount', 'unit', '\u00a0'],
    ],
    omit: ['entries'],
  },
  missing: { join: [['item', 'what']] },
  factors: {
    join: [
      ['item', 'factorId'],
      ['item', 'usedFor'],
      ['source', 'sourceRef'],
      ['source', 'url'],
    ],
  },
};

/** The fingerprint's short form in footers: enough to match a report to its data file by eye. */
export function shortFingerprint(hex: string): string {
  return hex.slice(0, 12);
}

export function renderReportPdf(data: ReportData, lang: Lang): Uint8Array {
  const t = (key: UiKey, params?: Record<string, string | number>) => tr(lang, key, params);
  const all = reportTables(data, lang);
  const tables = new Map<ReportTableId, ReportTable>(all.map((x) => [x.id, x]));
  const org = data.organization;
  const w = new PdfWriter({
    title: `${org.name}: ${t('reportPdfTitle', { year: data.year })}`,
    subject: t('reportPdfSubject', { year: data.year }),
    author: t('appName'),
    creator: t('reportPdfApp', { version: data.meta.appVersion }),
    keywords: 'GHG Protocol, Scope 1, Scope 2, Scope 3, CO2e',
    lang,
  });
  const unitNote = t('reportPdfUnitNote');
  const table = (id: ReportTableId, opts: { heading?: boolean; note?: string } = {}) => {
    const x = tables.get(id);
    if (!x) return;
    if (opts.heading !== false) w.heading(x.title, 3);
    if (x.rows.length === 0) {
      w.paragraph(t('reportPdfNoRows'), { color: MUTED });
      return;
    }
    drawTable(w, toPdfTable(x, lang, PLANS[id], opts.note));
  };

  // Title and partner.
  w.font(10, 'normal', MUTED);
  w.tag('P', () => w.text(t('reportPdfSubtitle'), w.left, w.y));
  w.y += 6;
  w.heading(org.name, 1);
  w.heading(t('reportPdfTitle', { year: data.year }), 2, 10);
  const open = data.completeness.counts.open;
  if (data.status !== 'complete') w.paragraph(t('reportPdfDraft'), { bold: true });
  else if (open > 0) w.paragraph(t('markedCompleteButMissing', { n: open }), { bold: true });
  summary(w, data, tables, lang, t);

  // What the totals leave out, before anything else is read from them (issue 10).
  w.heading(t('missingTitle'), 2);
  if (tables.get('missing')?.rows.length === 0) w.paragraph(t('missingNone'));
  else table('missing', { heading: false });

  w.heading(t('reportPdfSectionPartner'), 2);
  const details: [string, string][] = [[t('partnerName'), org.name]];
  if (org.businessId) details.push([t('businessId'), org.businessId]);
  if (org.sector) details.push([t('sector'), org.sector]);
  if (org.municipality) details.push([t('municipality'), org.municipality]);
  if (data.baseYear !== undefined) details.push([t('baseYear'), String(data.baseYear)]);
  const sites = org.sites.map((s) => [s.name, s.address, s.municipality].filter(Boolean).join(', '));
  details.push([t('sites'), sites.length > 0 ? sites.join('\n') : t('reportPdfNoSites')]);
  w.keyValues(details);

  w.heading(t('reportPdfSectionBoundary'), 2);
  const [boundaryName, boundaryText] = BOUNDARY[data.boundary];
  w.keyValues([
    [t('reportPdfReportingYear'), t('reportPdfPeriod', { year: data.year })],
    [t('boundary'), `${t(boundaryName)}. ${t(boundaryText)}`],
  ]);

  w.heading(t('reportPdfSectionMethod'), 2);
  const gwpSource = data.gwp.source;
  const fs = data.factorSet;
  w.keyValues([
    [t('reportPdfStandard'), t('reportPdfStandardValue')],
    ['Scope 2', t('reportPdfScope2Value')],
    [t('gwpSet'), t('reportPdfGwpValue', { set: data.gwpSet, source: gwpSourceName(gwpSource, lang) })],
    [
      t('reportPdfGwpValues'),
      data.gwp.values.length > 0
        ? // Semicolons between: a comma is the Finnish decimal mark ("CH4 27,9; CO2 1").
          data.gwp.values.map((g) => `${g.gas} ${formatNumber(g.gwp, lang, 1)}`).join('; ')
        : '–',
    ],
    [
      t('factorSet'),
      t('reportPdfFactorSetValue', {
        name: localName(fs.names, lang),
        key: fs.key,
        publisher: fs.publisher,
        published: formatDay(fs.published, lang),
      }),
    ],
    [t('reportPdfRf'), t(data.radiativeForcing ? 'reportPdfIncluded' : 'reportPdfNotIncluded')],
    [t('customFactors'), String(data.customFactors.length)],
  ]);
  // The session log: what was assumed and decided while the figures were gathered (issue 10).
  const notes = data.inventory.notes ?? [];
  if (notes.length > 0) {
    w.heading(t('notePdfTitle'), 3);
    for (const n of notes) {
      const concerns = n.entries?.length ? `, ${t('notePdfConcerns', { n: n.entries.length })}` : '';
      w.paragraph(`${formatDateTime(n.at, lang)}${n.author ? `, ${n.author}` : ''}${concerns}:`, {
        size: 9,
        color: MUTED,
        after: 0,
      });
      w.paragraph(n.text);
    }
  }

  w.heading(t('reportPdfSectionResults'), 2, 60);
  w.paragraph(unitNote, { size: 9, color: MUTED });
  table('scopes');
  table('categories');
  categoryChart(w, tables.get('categories'), lang, t);
  table('sources');
  sourcesChart(w, tables.get('sources'), lang, t);
  table('gases');
  table('biogenic');
  table('sites');
  table('intensities');

  w.heading(t('reportPdfSectionComparison'), 2);
  // The city must see why a year is missing from the comparisons and the trend.
  const leftOut = data.meta.yearsLeftOut ?? [];
  if (leftOut.length > 0) w.paragraph(t('reportYearsLeftOut', { years: leftOut.join(', ') }), { bold: true });
  if (tables.has('comparisonPrevious') || tables.has('comparisonBase')) {
    table('comparisonPrevious');
    table('comparisonBase');
  } else {
    w.paragraph(t('reportPdfNoComparison'));
  }
  // Each chart right before its table, which its alternative text sends a screen reader to.
  trendChart(w, tables.get('trend'), lang, t);
  table('trend');
  intensityCharts(w, tables.get('intensityTrend'), lang, t);
  table('intensityTrend');

  // A partner without a commitment gets no section, not an empty one.
  if (data.commitment) commitmentSection(w, data.commitment, all, lang);

  w.heading(t('reportPdfSectionQuality'), 2);
  table('dataQuality');
  if (data.meta.unfinishedEntries) w.paragraph(t('reportPdfUnfinished', { n: data.meta.unfinishedEntries }));
  const excluded = tables.get('excluded');
  if (excluded && excluded.rows.length === 0) {
    w.heading(excluded.title, 3, 8);
    w.paragraph(excluded.notes[0] ?? t('reportPdfNoExclusions'));
  } else table('excluded');
  const warnings = [...new Set(data.warnings.map((x) => issueMessage(x, lang)))];
  if (warnings.length > 0) {
    w.heading(t('reportPdfWarnings'), 3);
    w.list(warnings);
  }

  w.heading(t('reportPdfSectionFactors'), 2);
  table('factors', { heading: false });

  w.heading(t('reportPdfSectionAbout'), 2);
  w.keyValues(
    [
      [t('reportPdfCreated'), formatDate(data.meta.createdAt, lang)],
      [t('reportPdfAppLabel'), t('reportPdfApp', { version: data.meta.appVersion })],
      [t('reportPdfFingerprint'), data.fingerprint.hex],
    ],
    48,
  );
  w.paragraph(t('reportPdfFingerprintNote', { years: data.fingerprint.years.join(', ') }), {
    size: 9,
    color: MUTED,
  });

  // The fingerprint matches a page to its data file: the name is shortened to leave room for it, never it.
  const footer = (name: string) =>
    t('reportPdfFooter', { name, year: data.year, fingerprint: shortFingerprint(data.fingerprint.hex) });
  w.footers(
    (room) => {
      const full = footer(org.name);
      return w.textWidth(full) <= room ? full : footer(w.fit(org.name, room - w.textWidth(footer(''))));
    },
    (page, pages) => t('reportPdfPage', { page, pages }),
  );
  return w.bytes();
}

type T = (key: UiKey, params?: Record<string, string | number>) => string;

/** The year's headline figures, read from the scopes table and the comparison tables. */
function summary(
  w: PdfWriter,
  data: ReportData,
  tables: Map<ReportTableId, ReportTable>,
  lang: Lang,
  t: T,
): void {
  const scopes = tables.get('scopes');
  const total = scopes?.rows.find((r) => r.total);
  const col = (id: string) => scopes?.columns.find((c) => c.id === id);
  const loc = col('location');
  const mkt = col('market');
  if (!total || !loc || !mkt) return;
  const pairs: [string, string][] = [
    [t('totalLocation'), `${formatCell(loc, total.cells.location ?? null, lang)} ${t('tonnes')}`],
    [t('totalMarket'), `${formatCell(mkt, total.cells.market ?? null, lang)} ${t('tonnes')}`],
  ];
  // The change of the location-based total from the previous year and from the base year, as their tables
  // show it (a base year that is the previous year has one table, and one line here).
  const changes = [
    ['comparisonPrevious', 'reportPdfChangePrevious', data.comparisons.previousYear],
    ['comparisonBase', 'reportPdfChangeBase', data.comparisons.baseYear],
  ] as const;
  for (const [id, key, comparison] of changes) {
    const x = tables.get(id);
    const row = x?.rows.find((r) => r.id === 'totalLocation');
    const rel = x?.columns.find((c) => c.id === 'relative');
    const abs = x?.columns.find((c) => c.id === 'change');
    if (!row || !rel || !abs || !comparison) continue;
    // Years with data in different categories: the like-for-like change beside the total change.
    const like = x?.rows.find((r) => r.id === 'likeForLikeLocation');
    const likeText = like
      ? `; ${t('likeForLikeShort', {
          change: `${formatCell(abs, like.cells.change ?? null, lang)} ${t('tonnes')}`,
          relative: formatCell(rel, like.cells.relative ?? null, lang),
        })}`
      : '';
    pairs.push([
      t(key, { year: comparison.against }),
      `${formatCell(abs, row.cells.change ?? null, lang)} ${t('tonnes')} (${formatCell(rel, row.cells.relative ?? null, lang)})${likeText}`,
    ]);
  }
  w.keyValues(pairs, 75);
}

function bars(
  x: ReportTable | undefined,
  lang: Lang,
  label: (cells: ReportTable['rows'][number]) => string,
): BarItem[] {
  const col = x?.columns.find((c) => c.id === 'location');
  if (!x || !col) return [];
  return x.rows
    .filter((r) => !r.total && r.id !== 'other' && typeof r.cells.location === 'number')
    .map((r) => ({
      label: label(r),
      value: r.cells.location as number,
      valueLabel: formatCell(col, r.cells.location ?? null, lang),
    }));
}

function categoryChart(w: PdfWriter, x: ReportTable | undefined, lang: Lang, t: T): void {
  const items = bars(x, lang, (r) => String(r.cells.item ?? r.id)).sort((a, b) => b.value - a.value);
  const title = t('reportPdfChartCategories');
  if (items.length > 1) horizontalBars(w, title, items, barsAlt(lang, title, items, 'before'), 0);
}

function sourcesChart(w: PdfWriter, x: ReportTable | undefined, lang: Lang, t: T): void {
  const items = bars(x, lang, (r) => String(r.cells.item ?? r.id));
  const title = t('reportPdfChartSources');
  if (items.length > 1) horizontalBars(w, title, items, barsAlt(lang, title, items, 'before'), 1);
}

function trendChart(w: PdfWriter, trend: ReportTable | undefined, lang: Lang, t: T): void {
  if (trend && trend.rows.length > 0) {
    const ids = ['scope1', 'scope2Location', 'scope3'] as const;
    const cols = ids.map((id) => trend.columns.find((c) => c.id === id));
    const totalCol = trend.columns.find((c) => c.id === 'totalLocation');
    if (cols.every((c) => c) && totalCol) {
      const c0 = cols[0] as NonNullable<(typeof cols)[number]>;
      const title = t('reportPdfChartTrend');
      const series = [t('scope1'), t('s2Location'), t('scope3')];
      const columns = trend.rows.map((r) => ({
        label: String(r.cells.item),
        parts: ids.map((id) => (typeof r.cells[id] === 'number' ? (r.cells[id] as number) : 0)),
        totalLabel: formatCell(totalCol, r.cells.totalLocation ?? null, lang),
      }));
      const alt = columnsAlt(lang, title, series, columns, 'after');
      stackedColumns(w, title, series, columns, (v) => formatCell(c0, v, lang), alt);
    }
  }
}

function intensityCharts(w: PdfWriter, it: ReportTable | undefined, lang: Lang, t: T): void {
  if (it && it.rows.length > 1) {
    for (const c of it.columns.slice(1)) {
      const points = it.rows
        .filter((r) => typeof r.cells[c.id] === 'number')
        .map((r) => ({
          label: String(r.cells.item),
          value: r.cells[c.id] as number,
          valueLabel: formatCell(c, r.cells[c.id] ?? null, lang),
        }));
      const title = t('reportPdfChartIntensity', { name: c.title });
      if (points.length > 1) lineChart(w, title, points, lineAlt(lang, title, points, 'after'), 2);
    }
  }
}

function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(d);
}
