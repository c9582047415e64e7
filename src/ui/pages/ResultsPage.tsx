/**
 * The results of a partner's year and the report it sends to the city. The page shows the report data
 * (src/state/reportYear.ts: stored rows → evaluateYear, strict → buildReportData) through the
 * result tables the PDF and the CSV are made of, with charts beside their tables and every row made of
 * entries (scope, category, source, gas, site, data quality, factor) opening them with their factors and
 * sources.
 */
import '../../i18n/uiComplete';
import '../../i18n/uiReport';
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { categoryInfo } from '../../core/categories';
import type { Issue } from '../../core/issues';
import { formatNumber } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { gwpSourceName } from '../../i18n/sourceLabel';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { reportTables } from '../../io/report/tables/reportTables';
import type { ReportTable, ReportTableId, TableRow } from '../../io/report/tables/types';
import { readPartnerRows, reportOfYear, type YearReport } from '../../state/reportYear';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { Help } from '../help/Help';
import { CompletenessLine } from '../inventory/CompletenessLine';
import { categoryChart, intensityCharts, scopeChart, trendChart } from '../report/chartSpecs';
import { MissingData } from '../report/MissingData';
import { PartnerIssueItem, PartnerIssues } from '../report/PartnerIssues';
import { ReportChart } from '../report/ReportChart';
import { ResultTable } from '../report/ResultTable';
import { rowEntries } from '../report/rowEntries';
import { SendToCity } from '../report/SendToCity';
import { TraceList } from '../report/Trace';
import '../report/report.css';

type Ok = Extract<YearReport, { ok: true }>;

export function ResultsPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const rows = useLive(() => readPartnerRows(orgId), [orgId]);
  // Kept with the year it is of: after a change of data the last report stays on screen until the next is
  // ready, but another partner's or year's report is never shown meanwhile.
  const key = `${orgId}|${year}`;
  const [made, setMade] = useState<{ key: string; report: YearReport | Error } | undefined>(undefined);
  useEffect(() => {
    if (!rows?.years.some((y) => y.year === year)) return;
    let live = true;
    reportOfYear(rows, year, { appVersion: __APP_VERSION__, createdAt: new Date().toISOString() }).then(
      (report) => live && setMade({ key, report }),
      (e: unknown) => live && setMade({ key, report: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [rows, year]);
  const report = made?.key === key ? made.report : undefined;

  if (rows === undefined) return <p>{tr(lang, 'loading')}</p>;
  if (rows === null || !rows.years.some((y) => y.year === year)) return <h1>{tr(lang, 'notFound')}</h1>;
  const editor = `/partners/${encodeURIComponent(orgId)}/years/${year}`;
  return (
    <div class="results-page">
      <p class="report-nav crumb">
        <Link href={`/partners/${encodeURIComponent(orgId)}`} title={rows.org.name}>
          ← {rows.org.name}
        </Link>
        <Link href={editor}>{tr(lang, 'reportEditYear')}</Link>
      </p>
      <h1>{tr(lang, 'reportPageTitle', { name: rows.org.name, year })}</h1>
      {report === undefined && <p>{tr(lang, 'loading')}</p>}
      {report instanceof Error && (
        <p role="alert" class="field-error">
          {tr(lang, 'reportFailed', { message: report.message })}
        </p>
      )}
      {report && !(report instanceof Error) && !report.ok && (
        <Problems report={report} lang={lang} editor={editor} orgId={orgId} />
      )}
      {report && !(report instanceof Error) && report.ok && (
        <>
          <PartnerIssues issues={report.partnerIssues} orgId={orgId} lang={lang} />
          <Results report={report} lang={lang} />
        </>
      )}
    </div>
  );
}

function Problems({
  report,
  lang,
  editor,
  orgId,
}: {
  report: Extract<YearReport, { ok: false }>;
  lang: Lang;
  editor: string;
  orgId: string;
}) {
  // Each entry's number within its category, as the editor lists them: found by the id a problem carries.
  const nth = useMemo(() => {
    const counts = new Map<string, number>();
    const byId = new Map<string, number>();
    for (const e of report.inventory?.entries ?? []) {
      const n = (counts.get(e.category) ?? 0) + 1;
      counts.set(e.category, n);
      byId.set(e.id, n);
    }
    return byId;
  }, [report.inventory]);
  // Where in the year a problem is, in the editor's words: the category and the entry, the exclusion or the factor.
  const where = (i: Issue): string => {
    const inv = report.inventory;
    const id = i.record?.id;
    if (!inv || id === undefined) return '';
    if (i.record?.kind === 'entry') {
      const entry = inv.entries.find((e) => e.id === id);
      if (!entry) return '';
      return `${categoryInfo(entry.category).names[lang]}, ${tr(lang, 'reportEntryNumber', { n: nth.get(id) ?? 0 })} (${formatNumber(entry.quantity, lang, 6)} ${unitName(entry.unit, lang)}): `;
    }
    if (i.record?.kind === 'exclusion') {
      const x = inv.excluded.find((e) => e.category === id);
      return x ? `${categoryInfo(x.category).names[lang]}, ${tr(lang, 'justification')}: ` : '';
    }
    const cf = i.record?.kind === 'customFactor' ? inv.customFactors.find((f) => f.id === id) : undefined;
    return cf ? `${tr(lang, 'customFactor')} ${cf.name}: ` : '';
  };
  return (
    <section class="card" aria-labelledby="problems-h">
      <h2 id="problems-h">{tr(lang, 'reportCannotCompute')}</h2>
      <ul>
        {report.issues.map((i) =>
          // The partner's details are fixed on the partner's page, at the field: not in the year's editor.
          i.path.startsWith('/organization') ? (
            <PartnerIssueItem key={i.path + i.code} issue={i} orgId={orgId} lang={lang} />
          ) : (
            <li key={i.path + i.code} class={i.severity === 'error' ? 'field-error' : 'note'}>
              {where(i)}
              {issueMessage(i, lang)}
            </li>
          ),
        )}
      </ul>
      {report.unfinished > 0 && (
        <p class="note">{tr(lang, 'reportPdfUnfinished', { n: report.unfinished })}</p>
      )}
      <p>
        <Link href={editor}>{tr(lang, 'reportFixInEditor')}</Link>
      </p>
    </section>
  );
}

function Results({ report, lang }: { report: Ok; lang: Lang }) {
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
              name: fs.names[lang],
              key: fs.key,
              publisher: fs.publisher,
              published: fs.published,
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
      <SendToCity report={report} lang={lang} />
      {categories && (
        <ResultTable table={categories} lang={lang} detail={trace('categories')}>
          {specs.categories && <ReportChart spec={specs.categories} lang={lang} />}
        </ResultTable>
      )}
      {later.slice(0, shown)}
    </>
  );
}
