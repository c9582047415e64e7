/**
 * "Verkoston yhteenveto" on the network dashboard: the summary of the figures on screen as a PDF or a CSV for
 * the city's yearly climate report, with the option that shows no single partner's figures (on by default:
 * a summary is made to be published).
 */
import '../../i18n/uiNetworkPublication';
import { useRef, useState } from 'preact/hooks';
import { MIN_PARTNERS } from '../../core/anonymity';
import type { NetworkFigures } from '../../core/networkFigures';
import type { NetworkPartner } from '../../core/networkPartners';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { downloadBlob } from '../download';
import { type SummaryKind, summaryFile } from './summaryFile';
import './partnerTable.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'error'; message: string };

export function PublishSummary({
  partners,
  figures,
  files,
  lang,
}: {
  partners: readonly NetworkPartner[];
  figures: NetworkFigures;
  /** How many received files the figures are made from. */
  files: number;
  lang: Lang;
}) {
  const [anonymous, setAnonymous] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const working = useRef(false);
  const make = async (kind: SummaryKind) => {
    if (working.current) return;
    working.current = true;
    setStatus({ kind: 'working' });
    try {
      const file = await summaryFile(
        kind,
        { partners, figures, anonymous },
        { files, createdAt: new Date().toISOString(), appVersion: __APP_VERSION__ },
        lang,
      );
      downloadBlob(file.name, file);
      setStatus({ kind: 'done', file: file.name });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      working.current = false;
    }
  };
  const busy = status.kind === 'working';
  return (
    <section class="card publish-summary" aria-labelledby="pub-h">
      <h2 id="pub-h">{tr(lang, 'pubExportTitle')}</h2>
      <p class="note">{tr(lang, 'pubExportLead', { year: figures.year })}</p>
      <p class="pub-options">
        <label>
          <input
            type="checkbox"
            checked={anonymous}
            aria-describedby="pub-anon-hint"
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
          />{' '}
          {tr(lang, 'pubExportAnonymous')}
        </label>
      </p>
      <p class="note" id="pub-anon-hint">
        {anonymous ? tr(lang, 'pubExportAnonymousHint', { min: MIN_PARTNERS }) : tr(lang, 'pubNamed')}
      </p>
      <div class="actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus while the file is made. */}
        <button type="button" aria-disabled={busy} data-summary="pdf" onClick={() => void make('pdf')}>
          {tr(lang, 'pubExportPdf')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={busy}
          data-summary="csv"
          onClick={() => void make('csv')}
        >
          {tr(lang, 'pubExportCsv')}
        </button>
      </div>
      <p role="status" class="note" data-summary-status={status.kind}>
        {status.kind === 'working' && tr(lang, 'pubExportMaking')}
        {status.kind === 'done' && tr(lang, 'pubExportDone', { file: status.file })}
      </p>
      {status.kind === 'error' && (
        <p role="alert" class="field-error">
          {tr(lang, 'pubExportFailed', { message: status.message })}
        </p>
      )}
    </section>
  );
}
