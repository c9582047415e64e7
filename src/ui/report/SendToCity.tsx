/**
 * "Send to the city": makes the PDF, the city file and the CSV on the device and offers them through the
 * Web Share API where the device can share files (phones), otherwise downloads them. Separate buttons save
 * one file at a time. Nothing is sent anywhere by the app: the user chooses where the files go.
 */
import '../../i18n/uiReport';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import type { YearReport } from '../../state/reportYear';
import { downloadBlob } from '../download';
import { type ReportFileKind, reportFiles } from './reportFiles';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string }
  | { kind: 'share'; files: File[] }
  | { kind: 'error'; message: string };

const ALL: ReportFileKind[] = ['pdf', 'json', 'csv'];

/** The buttons that save one file. */
const ONE_FILE: [ReportFileKind, UiKey][] = [
  ['pdf', 'reportDownloadPdf'],
  ['csv', 'reportDownloadCsv'],
  ['json', 'reportDownloadCity'],
];

function canShareFiles(files: File[]): boolean {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files }) === true;
  } catch {
    return false;
  }
}

export function SendToCity({ report, lang }: { report: Extract<YearReport, { ok: true }>; lang: Lang }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const working = useRef(false);
  const org = report.data.organization.name;
  const year = report.data.year;

  const download = (files: File[]) => {
    for (const f of files) downloadBlob(f.name, f);
    setStatus({
      kind: 'done',
      message: tr(lang, 'reportDownloaded', { files: files.map((f) => f.name).join(', ') }),
    });
  };

  const share = async (files: File[]) => {
    try {
      await navigator.share({ files, title: tr(lang, 'reportShareTitle', { name: org, year }) });
      setStatus({ kind: 'done', message: tr(lang, 'reportShared') });
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'AbortError') setStatus({ kind: 'done', message: tr(lang, 'reportShareCancelled') });
      // Making the PDF took too long for the browser to count the share as the user's own tap: ask for one.
      else if (name === 'NotAllowedError') setStatus({ kind: 'share', files });
      else setStatus({ kind: 'error', message: tr(lang, 'reportMakeFailed', { message: String(e) }) });
    }
  };

  const make = async (kinds: ReportFileKind[], offerShare: boolean) => {
    if (working.current) return;
    working.current = true;
    setStatus({ kind: 'working' });
    try {
      const files = await reportFiles(report, lang, kinds, new Date().toISOString());
      if (offerShare && canShareFiles(files)) await share(files);
      else download(files);
    } catch (e) {
      setStatus({ kind: 'error', message: tr(lang, 'reportMakeFailed', { message: String(e) }) });
    } finally {
      working.current = false;
    }
  };

  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus while files are made.
  const busy = status.kind === 'working';
  return (
    <section class="card send-to-city" aria-labelledby="send-h">
      <h2 id="send-h">{tr(lang, 'reportSendTitle')}</h2>
      <p class="note">{tr(lang, 'reportSendLead')}</p>
      <div class="actions">
        <button type="button" aria-disabled={busy} onClick={() => void make(ALL, true)}>
          {tr(lang, 'reportSendButton')}
        </button>
        {ONE_FILE.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            class="secondary"
            aria-disabled={busy}
            onClick={() => void make([kind], false)}
          >
            {tr(lang, label)}
          </button>
        ))}
      </div>
      <p role="status" class="note" data-send-status={status.kind}>
        {status.kind === 'working' && tr(lang, 'reportMaking')}
        {status.kind === 'done' && status.message}
      </p>
      {status.kind === 'share' && (
        <p>
          {tr(lang, 'reportShareNeedsTap')}{' '}
          <button type="button" onClick={() => void share(status.files)}>
            {tr(lang, 'reportShareNow')}
          </button>
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" class="field-error">
          {status.message}
        </p>
      )}
    </section>
  );
}
