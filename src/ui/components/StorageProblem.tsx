/**
 * A storage failure in plain words with a way out: try saving again, reload, or download what is there. Shown
 * until dismissed; what was stored before is untouched, and edits that could not be saved are kept (counted
 * here, marked beside their fields) and written when storage works again. When the download fails too
 * (storage cannot even be read), that is said: a download that makes no file is never silent.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import { upgradeBlocked, versionChanged } from '../../state/database';
import { allowLeaving, dismissFailures, retryUnsaved, saveState } from '../../state/saveStatus';
import { useSignal } from '../../state/signal';

const MESSAGE: Record<string, UiKey> = {
  quota: 'errQuota',
  unavailable: 'errUnavailable',
  closed: 'errClosed',
  blocked: 'errBlocked',
  'newer-version': 'errVersion',
  unknown: 'errUnknown',
};

export function StorageProblem({ lang, onExport }: { lang: Lang; onExport?: () => Promise<void> }) {
  const [exportFailed, setExportFailed] = useState(false);
  const s = useSignal(saveState);
  const changed = useSignal(versionChanged);
  const blocked = useSignal(upgradeBlocked);
  if ((!s.failure || s.dismissed) && !changed && !blocked) return null;
  const key: UiKey = changed
    ? 'versionChanged'
    : blocked
      ? 'errBlocked'
      : (MESSAGE[s.failure ?? 'unknown'] ?? 'errUnknown');
  return (
    <div class="problem" role="alert">
      <p>{tr(lang, key)}</p>
      {exportFailed && <p>{tr(lang, 'exportFailed')}</p>}
      {s.unsaved > 0 && <p>{tr(lang, 'unsavedEdits', { n: s.unsaved })}</p>}
      <div class="actions">
        {s.failure && s.unsaved > 0 && (
          <button type="button" onClick={() => void retryUnsaved()}>
            {tr(lang, 'retrySave')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            // Kept edits live in this page only: a reload would lose them, so it is asked first.
            if (s.unsaved === 0 || window.confirm(tr(lang, 'confirmReloadUnsaved', { n: s.unsaved }))) {
              allowLeaving();
              location.reload();
            }
          }}
        >
          {tr(lang, 'reload')}
        </button>
        {onExport && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setExportFailed(false);
              onExport().catch(() => setExportFailed(true));
            }}
          >
            {tr(lang, 'exportData')}
          </button>
        )}
        {!changed && (
          <button type="button" class="secondary" onClick={dismissFailures}>
            {tr(lang, 'dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
