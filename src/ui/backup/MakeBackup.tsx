/**
 * "Make a backup": the whole database written to a file, read back and verified (checksum, validation,
 * counts equal to the database's); "Backup complete" only after that passed — verifyBackup then records the
 * time — and a clear message otherwise.
 */
import '../../i18n/uiBackup';
import { useState } from 'preact/hooks';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { checkBackup, makeBackup, type TableCounts } from '../../state/backupFile';
import { IssueList } from './IssueList';
import { saveChecked } from './saveFile';

type State =
  | { s: 'idle' }
  | { s: 'busy' }
  | { s: 'done'; counts: TableCounts; fileName: string }
  | { s: 'cancelled' }
  | { s: 'failed'; issues: Issue[] }
  | { s: 'error'; message: string };

export function MakeBackup({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ s: 'idle' });
  const run = async () => {
    setState({ s: 'busy' });
    try {
      const written = await makeBackup(__APP_VERSION__);
      const out = await saveChecked(
        written.text,
        written.fileName,
        (text) => checkBackup(text, written.file),
        (v) => v.ok,
      );
      if (out.status === 'saved' && out.checked.ok)
        setState({ s: 'done', counts: out.checked.counts, fileName: out.fileName });
      else if (out.status === 'failed' && !out.checked.ok)
        setState({ s: 'failed', issues: out.checked.issues });
      else if (out.status === 'cancelled') setState({ s: 'cancelled' });
      else setState({ s: 'error', message: out.status === 'error' ? out.message : '' });
    } catch (e) {
      // Reading the database failed: the storage problem banner says why; here, that there is no backup.
      setState({ s: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  };
  return (
    <section class="card" aria-labelledby="backup-make-h">
      <h2 id="backup-make-h">{tr(lang, 'backupMakeTitle')}</h2>
      <p>{tr(lang, 'backupMakeLead')}</p>
      <button type="button" onClick={() => void run()} disabled={state.s === 'busy'}>
        {tr(lang, 'backupMakeButton')}
      </button>
      <div aria-live="polite">
        {state.s === 'busy' && <p>{tr(lang, 'backupMaking')}</p>}
        {state.s === 'cancelled' && <p>{tr(lang, 'backupCancelled')}</p>}
        {state.s === 'done' && (
          <div class="backup-done backup-result toast" role="status">
            <p>
              <strong>{tr(lang, 'backupDone')}</strong>{' '}
              {tr(lang, 'backupDoneCounts', {
                partners: state.counts.organizations,
                years: state.counts.inventories,
                entries: state.counts.entries,
              })}
            </p>
            <p>{tr(lang, 'backupDoneFile', { file: state.fileName })}</p>
          </div>
        )}
      </div>
      {(state.s === 'failed' || state.s === 'error') && (
        <div class="problem backup-failed" role="alert">
          <p>{tr(lang, 'backupFailed')}</p>
          {state.s === 'failed' && <IssueList issues={state.issues} lang={lang} />}
          {state.s === 'error' && state.message && <p class="muted">{state.message}</p>}
        </div>
      )}
    </section>
  );
}
