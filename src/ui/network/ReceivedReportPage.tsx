/**
 * A received partner's report, read-only (/network/partners/:key/:year): the year of the file that counts
 * for it, evaluated from the stored inputs by the one evaluation (strict) and shown as the partner's own
 * results page shows it, without any control that edits or sends.
 */
import '../../i18n/uiNetworkPartners';
import '../../i18n/uiReport';
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { type ReceivedReport, receivedReport } from '../../state/receivedReport';
import { Link } from '../components/Link';
import { YearResults } from '../report/YearResults';
import '../report/report.css';

export function ReceivedReportPage({
  lang,
  partnerKey,
  year,
}: {
  lang: Lang;
  partnerKey: string;
  year: number;
}) {
  const key = `${partnerKey}|${year}`;
  const [made, setMade] = useState<{ key: string; value: ReceivedReport | Error } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    receivedReport(partnerKey, year, {
      appVersion: __APP_VERSION__,
      createdAt: new Date().toISOString(),
    }).then(
      (value) => live && setMade({ key, value }),
      (e: unknown) => live && setMade({ key, value: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  const value = made?.key === key ? made.value : undefined;
  const back = (
    <p class="report-nav crumb">
      <Link href="/network">← {tr(lang, 'ptabBackToNetwork')}</Link>
    </p>
  );
  if (value === undefined) return <p>{tr(lang, 'loading')}</p>;
  if (value instanceof Error) {
    return (
      <div class="results-page">
        {back}
        <h1>{tr(lang, 'notFound')}</h1>
        <p role="alert" class="field-error">
          {tr(lang, 'reportFailed', { message: value.message })}
        </p>
      </div>
    );
  }
  if (!value.found) {
    return (
      <div class="results-page">
        {back}
        <h1>{tr(lang, 'notFound')}</h1>
        <p>{tr(lang, 'ptabReadOnlyNotFound', { year })}</p>
      </div>
    );
  }
  const { file, report } = value;
  return (
    <div class="results-page" data-read-only>
      {back}
      <h1>{tr(lang, 'ptabReadOnlyTitle', { name: file.partner.name, year })}</h1>
      <p class="note">
        {tr(lang, 'ptabReadOnlyNote', {
          file: file.fileName,
          exported: file.exportedAt
            ? formatDateTime(file.exportedAt, lang)
            : tr(lang, 'ptabReadOnlyNotExported'),
          received: formatDateTime(file.receivedAt, lang),
        })}
      </p>
      {report.ok ? (
        <YearResults report={report} lang={lang} readOnly />
      ) : (
        <section class="card" aria-labelledby="problems-h">
          <h2 id="problems-h">{tr(lang, 'reportCannotCompute')}</h2>
          <ul>
            {report.issues.map((i) => (
              <li key={i.path + i.code} class={i.severity === 'error' ? 'field-error' : 'note'}>
                {i.path} {issueMessage(i, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
