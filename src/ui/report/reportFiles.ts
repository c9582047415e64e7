/**
 * The files a partner sends to the city, made on the device from the report data on screen: the PDF report,
 * the city file (exchange format with results and traces) and the CSV of the result tables, named
 * `<partner>-<year>-ilmastoraportti.<ext>`. The PDF code is loaded only when a PDF is made.
 */
import '../../i18n/uiReport';
import { formatIssue, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { CityFileError, cityFileText, reportFileName } from '../../io/report/cityFile';
import { reportCsv } from '../../io/report/csv';
import type { YearReport } from '../../state/reportYear';

export type ReportFileKind = 'pdf' | 'json' | 'csv';

const TYPES: Record<ReportFileKind, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
};

/** The files of `kinds`, in that order, stamped with `now` (ISO time) as the time they were made. */
export async function reportFiles(
  report: Extract<YearReport, { ok: true }>,
  lang: Lang,
  kinds: readonly ReportFileKind[],
  now: string,
): Promise<File[]> {
  const data = { ...report.data, meta: { ...report.data.meta, createdAt: now } };
  const name = (kind: ReportFileKind) => reportFileName(data.organization.name, data.year, kind);
  const files: File[] = [];
  for (const kind of kinds) {
    let body: BlobPart;
    if (kind === 'pdf') {
      const { renderReportPdf } = await import('../../io/report/pdf/renderReport');
      body = renderReportPdf(data, lang) as Uint8Array<ArrayBuffer>;
    } else if (kind === 'json') {
      body = await cityFileText(data, report.file, report.results, {
        appVersion: data.meta.appVersion,
        exportedAt: now,
      }).catch((e: unknown) => {
        if (!(e instanceof CityFileError)) throw e;
        const problems = e.issues.map((i) => formatIssue(i, lang)).join('; ') || data.fingerprint.hex;
        throw new Error(tr(lang, 'reportCityFileInvalid', { problems }));
      });
    } else {
      body = reportCsv(data, lang);
    }
    files.push(new File([body], name(kind), { type: TYPES[kind] }));
  }
  return files;
}
