/**
 * The network summary as an A4 PDF ("Verkoston yhteenveto" / "Network summary"), for the city's yearly
 * climate report: what it is of and how anonymous it is, the partner count over the years as a chart beside
 * its table, then every summary table. It formats the summary tables (summaryTables.ts) with the partner
 * report's writer and table layout; nothing is summed here. Loaded only when the PDF is made.
 */
import '../../../i18n/uiNetworkPublication';
import '../../../i18n/uiReport';
import { MIN_PARTNERS } from '../../../core/anonymity';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { tr, type UiKey } from '../../../i18n/ui';
import { toPdfTable } from '../pdf/cells';
import { lineAlt } from '../pdf/chartAlt';
import { lineChart } from '../pdf/charts';
import { MUTED } from '../pdf/palette';
import { drawTable } from '../pdf/table';
import { PdfWriter } from '../pdf/writer';
import type { SummaryTable } from './groupTable';
import type { SummaryAbout } from './summaryCsv';

export function renderSummaryPdf(
  tables: readonly SummaryTable[],
  about: SummaryAbout,
  lang: Lang,
): Uint8Array {
  const t = (key: UiKey, params?: Record<string, string | number>) => tr(lang, key, params);
  const title = t('pubTitle', { year: about.year });
  const w = new PdfWriter({
    title,
    subject: t('pubSubject', { year: about.year }),
    author: t('appName'),
    creator: t('pubMadeWith', { version: about.appVersion }),
    keywords: 'GHG Protocol, CO2e',
    lang,
  });
  w.font(10, 'normal', MUTED);
  w.tag('P', () => w.text(t('pubSubtitle'), w.left, w.y));
  w.y += 6;
  w.heading(title, 1);
  w.keyValues([
    [t('pubAboutYear'), String(about.year)],
    [t('pubAboutBaseYear'), about.baseYear !== undefined ? String(about.baseYear) : t('pubAboutNoBaseYear')],
    [t('pubAboutFiles'), formatNumber(about.files, lang)],
    [t('pubAboutMade'), formatDateTime(about.createdAt, lang)],
    [t('pubAboutAnonymity'), about.anonymous ? t('pubAnonymous', { min: MIN_PARTNERS }) : t('pubNamed')],
  ]);
  w.paragraph(t('pubDefinitions'));
  w.paragraph(t('pubUnitNote'), { size: 9, color: MUTED });

  for (const table of tables) {
    w.heading(table.title, 2);
    if (table.id === 'growth' && table.rows.length > 1) {
      const chartTitle = t('pubColJoinedBy');
      const points = table.rows.map((r) => ({
        label: String(r.cells.item),
        value: Number(r.cells.partners ?? 0),
        valueLabel: formatNumber(Number(r.cells.partners ?? 0), lang),
      }));
      lineChart(w, chartTitle, points, lineAlt(lang, chartTitle, points, 'after'));
    }
    if (table.rows.length === 0) {
      w.paragraph(table.notes.join(' ') || t('pubNoteNoPartners'), { color: MUTED });
      continue;
    }
    drawTable(w, toPdfTable(table, lang));
  }
  w.footers(title, (page, pages) => t('pubPageLabel', { page, pages }));
  return w.bytes();
}
