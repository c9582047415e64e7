/**
 * The results of a partner's year as the results page shows them: the report data through the result tables
 * the PDF and the CSV are made of, charts beside their tables, and every row made of entries opening them
 * with their factors and sources. The results page shows it for the partner's own year; the coordinator's
 * network pages show it, read-only, for a received file.
 */
import '../../i18n/uiComplete';
import '../../i18n/uiReport';
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { formatDay } from '../../i18n/parseDate';
import { gwpSourceName } from '../../i18n/sourceLabel';
import { tr } from '../../i18n/ui';
import { reportTables } from '../../io/report/tables/reportTables';
import type { ReportTable, ReportTableId, TableRow } from '../../io/report/tables/types';
import type { YearReport } from '../../state/reportYear';
import { Help } from '../help/Help';
import { CompletenessLine } from '../inventory/CompletenessLine';
import { categoryChart, intensityCharts, scopeChart, trendChart } from './chartSpecs';
import { MissingData } from './MissingData';
import { ReportChart } from './ReportChart';
import { ResultTable } from './ResultTable';
import { rowEntries } from './rowEntries';
import { SendToCity } from './SendToCity';
import { TraceList } from './Trace';
import './report.css';
import { localName } from '../../core/source';

type Ok = Extract<YearReport, { ok: true }>;

/**
 * `readOnly`: a report the user cannot change or send (a received partner file on the coordinator's device):
 * the same tables and charts, without "Send to the city".
 */
export function YearResults({
  report,
  lang,
  readOnly = false,
}: {
  report: Ok;
  lang: Lang;
  readOnly?: boolean;
}) {
  const data = report.data;
  const tables = useMemo(
    () => new Map<ReportTableId, ReportTable>(reportTables(data, lang).map((x) => [x.id, x])),
    [data, lang],
  );
  const get = (id: ReportTableId) => tables.get(id);
  const scopes = get('scopes');
  const categories = get('categories');
  const trend = get('trend');
  const intensityTrend = get('intensityTrend');
  const specs = useMemo(
    () => ({
      scopes: scopes && scopeChart(scopes, lang),
      categories: categories && categoryChart(categories, lang),
      trend: trend && trend.rows.length > 1 ? trendChart(trend, lang) : null,
      intensities:
        intensityTrend && intensityTrend.rows.length > 1 ? intensityCharts(intensityTrend, lang) : [],
    }),
    [tables],
  );
  const notices = [...new Set(data.warnings.map((w) => issueMessage(w, lang)))];
  // Every row made of entries opens them.
  const trace = (id: ReportTableId) => (row: TableRow) => {
    const entries = rowEntries(data, id, row);
    return entries ? () => <TraceList entries={entries()} data={data} lang={lang} /> : null;
  };
  // In a comparison, every note but the one explaining the split says the years' methods differ.
  const warnings = (x: ReportTable) =>
    x.id === 'comparisonPrevious' || x.id === 'comparisonBase'
      ? x.notes.filter((n) => n !== tr(lang, 'reportNoteDecomposition'))
      : [];
  const plain = (id: ReportTableId) => {
    const x = get(id);
    return x ? <ResultTable table={x} lang={lang} detail={trace(id)} warnings={warnings(x)} /> : null;
  };
  const fs = data.factorSet;
  // The totals come first; the other sections follow a few per task, so opening the page is not one long
  // task of every table (Lighthouse total blocking time).
  const later = [
    <Fragment key={0}>{plain('sources')}</Fragment>,
    <Fragment key={1}>{plain('gases')}</Fragment>,
    <Fragment key={2}>{plain('biogenic')}</Fragment>,
    <Fragment key={3}>{plain('sites')}</Fragment>,
    <Fragment key={4}>{plain('intensities')}</Fragment>,
    <Fragment key={5}>{plain('comparisonPrevious')}</Fragment>,
    <Fragment key={6}>{plain('comparisonBase')}</Fragment>,
    <Fragment key={7}>
      {trend && (
        <ResultTable table={trend} lang={lang}>
          {specs.trend && <ReportChart spec={specs.trend} lang={lang} />}
        </ResultTable>
      )}
    </Fragment>,
    <Fragment key={8}>
      {intensityTrend && intensityTrend.columns.length > 1 && (
        <ResultTable table={intensityTrend} lang={lang}>
          <div class="chart-grid">
            {specs.intensities.map((s) => (
              <ReportChart key={s.id} spec={s} lang={lang} />
            ))}
          </div>
        </ResultTable>
      )}
    </Fragment>,
    <Fragment key={9}>{plain('dataQuality')}</Fragment>,
    <Fragment key={10}>
      {get('excluded')?.rows.length === 0 ? (
        <section class="card" aria-labelledby="t-excluded">
          <h2 id="t-excluded">{get('excluded')?.title}</h2>
          <p>{get('excluded')?.notes[0] ?? tr(lang, 'reportPdfNoExclusions')}</p>
        </section>
      ) : (
        plain('excluded')
      )}
    </Fragment>,
    <Fragment key={11}>
      {notices.length > 0 && (
        <section class="card" aria-labelledby="warnings-h">
          <h2 id="warnings-h">{tr(lang, 'reportPdfWarnings')}</h2>
          <ul>
            {notices.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </Fragment>,
    <Fragment key={12}>{plain('factors')}</Fragment>,
    <Fragment key={13}>
      <section class="card" aria-labelledby="about-h">
        <h2 id="about-h">{tr(lang, 'reportPdfSectionMethod')}</h2>
        <dl class="report-about">
          <dt>{tr(lang, 'gwpSet')}</dt>
          <dd>
            {tr(lang, 'reportPdfGwpValue', {
              set: data.gwpSet,
              source: gwpSourceName(data.gwp.source, lang),
            })}
          </dd>
          <dt>{tr(lang, 'factorSet')}</dt>
          <dd>
            {tr(lang, 'reportPdfFactorSetValue', {
              name: localName(fs.names, lang),
              key: fs.key,
              publisher: fs.publisher,
              published: formatDay(fs.published, lang),
            })}
          </dd>
          <dt>{tr(lang, 'reportPdfRf')}</dt>
          <dd>{tr(lang, data.radiativeForcing ? 'reportPdfIncluded' : 'reportPdfNotIncluded')}</dd>
          <dt>{tr(lang, 'reportPdfFingerprint')}</dt>
          <dd class="fingerprint">{data.fingerprint.hex}</dd>
        </dl>
        <p class="note">
          {tr(lang, 'reportPdfFingerprintNote', { years: data.fingerprint.years.join(', ') })}
        </p>
      </section>
    </Fragment>,
  ];
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= later.length) return;
    const t = setTimeout(() => setShown(shown + 2), 0);
    return () => clearTimeout(t);
  }, [shown, later.length]);
  useEffect(() => {
    // Printing shows every section, also one not drawn yet.
    const all = () => setShown(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);
  return (
    <>
      {data.status !== 'complete' && <p class="note">{tr(lang, 'reportPdfDraft')}</p>}
      {data.status === 'complete' && data.completeness.counts.open > 0 && (
        <p class="note" data-marked-complete>
          {tr(lang, 'markedCompleteButMissing', { n: data.completeness.counts.open })}
        </p>
      )}
      {(data.meta.unfinishedEntries ?? 0) > 0 && (
        <p class="note" data-unfinished={data.meta.unfinishedEntries}>
          {tr(lang, 'reportPdfUnfinished', { n: data.meta.unfinishedEntries ?? 0 })}
        </p>
      )}
      {report.yearsLeftOut.length > 0 && (
        <p class="note">{tr(lang, 'reportYearsLeftOut', { years: report.yearsLeftOut.join(', ') })}</p>
      )}

      <p class="help-row">
        <Help term="scope" lang={lang} visible />
        <Help term="methods" lang={lang} visible />
      </p>
      {scopes && (
        <ResultTable table={scopes} lang={lang} detail={trace('scopes')}>
          {specs.scopes && <ReportChart spec={specs.scopes} lang={lang} />}
        </ResultTable>
      )}
      <CompletenessLine counts={data.completeness.counts} lang={lang} />
      <MissingData table={get('missing')} lang={lang} />
      {!readOnly && <SendToCity report={report} lang={lang} />}
      {categories && (
        <ResultTable table={categories} lang={lang} detail={trace('categories')}>
          {specs.categories && <ReportChart spec={specs.categories} lang={lang} />}
        </ResultTable>
      )}
      {later.slice(0, shown)}
    </>
  );
}
