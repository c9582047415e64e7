/**
 * The results of a partner's year and the report it sends to the city. The page shows the report data
 * (src/state/reportYear.ts: stored rows → evaluateYear, strict → buildReportData) as YearResults draws it,
 * or the year's problems, each with where it is fixed.
 */
import '../../i18n/uiReport';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { categoryInfo } from '../../core/categories';
import type { Issue } from '../../core/issues';
import { formatNumber } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { readPartnerRows, reportOfYear, type YearReport } from '../../state/reportYear';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { PartnerIssueItem, PartnerIssues } from '../report/PartnerIssues';
import { YearResults } from '../report/YearResults';
import '../report/report.css';

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
          <YearResults report={report} lang={lang} />
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
