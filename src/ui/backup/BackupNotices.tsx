/**
 * Notices under the app's header: each import that can still be undone (kept over reloads until dismissed),
 * and the backup reminder — after edits and days without a backup — with what non-persistent storage means.
 * Loaded apart from the first page's code; the reminder is worked out again at each navigation, not at each
 * keystroke.
 */
import '../../i18n/uiBackup';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { storageStatus } from '../../pwa/storagePersistence';
import {
  type BackupReminder,
  forgetUndo,
  listUndoableImports,
  readBackupReminder,
  reminderStamp,
  snoozeReminder,
  undoImport,
} from '../../state/backupNotices';
import { attempt, succeeded } from '../../state/saveStatus';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import './backup.css';
import { formatDateTime } from '../../i18n/format';

export const BACKUP_PATH = '/backup';

/** Whether storage is persistent: null until known or where the browser cannot tell. */
export function usePersisted(): boolean | null {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    storageStatus().then(
      (s) => setPersisted(s.persisted),
      () => setPersisted(null),
    );
  }, []);
  return persisted;
}

/** The reminder, worked out again when `path` or the backup settings change. */
export function useBackupReminder(path: string): BackupReminder | undefined {
  const settings = useLive(reminderStamp, []);
  const [reminder, setReminder] = useState<BackupReminder | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readBackupReminder().then(
      (r) => live && setReminder(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [path, settings]);
  return reminder;
}

/** What non-persistent storage means, in the Settings page's words and the Safari rule. */
export function NotPersistedNote({ lang }: { lang: Lang }) {
  return (
    <p class="backup-not-persisted">
      {tr(lang, 'notPersisted')} {tr(lang, 'backupSafariNote')}
    </p>
  );
}

export function BackupNotices({ lang, path }: { lang: Lang; path: string }) {
  const undos = useLive(listUndoableImports, []) ?? [];
  const reminder = useBackupReminder(path);
  const persisted = usePersisted();
  const [message, setMessage] = useState<string | null>(null);
  const said = useRef<HTMLDivElement>(null);
  // The pressed button goes with its notice: the focus moves to what happened, not to the page's start.
  useEffect(() => {
    if (message) said.current?.focus();
  }, [message]);

  const undo = async (id: string, at: string) => {
    if (!window.confirm(tr(lang, 'backupUndoConfirm', { date: formatDateTime(at, lang) }))) return;
    const done = await attempt(undoImport(id));
    if (done === 'later-import') setMessage(tr(lang, 'backupUndoLaterFirst'));
    else if (done === 'year-taken') setMessage(tr(lang, 'backupUndoYearTaken'));
    else if (done !== undefined) setMessage(tr(lang, done ? 'backupUndone' : 'backupUndoGone'));
  };
  const keep = async (id: string) => {
    if (!(await succeeded(forgetUndo(id)))) return;
    // The notice and its buttons are gone: the page's heading takes the focus, as after a navigation.
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus();
    }
  };
  // The backup page shows its own status; the reminder would only point at the page itself.
  const remind = reminder?.due === true && path !== BACKUP_PATH;
  if (undos.length === 0 && !remind && !message) return null;
  return (
    <div class="backup-notices">
      {message && (
        <div class="toast backup-undone" role="status" ref={said} tabIndex={-1}>
          <p>{message}</p>
          <button type="button" class="secondary" onClick={() => setMessage(null)}>
            {tr(lang, 'dismiss')}
          </button>
        </div>
      )}
      {undos.map((u) => (
        <div class="toast backup-undo" key={u.id} role="status">
          <p>
            {tr(lang, 'backupUndoNotice', {
              date: formatDateTime(u.at, lang),
              names: u.partnerNames.join(', ') || '–',
            })}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void undo(u.id, u.at)}>
              {tr(lang, 'backupUndo')}
            </button>
            <button type="button" class="secondary" onClick={() => void keep(u.id)}>
              {tr(lang, 'backupUndoDismiss')}
            </button>
          </div>
        </div>
      ))}
      {remind && (
        <div class="toast backup-reminder" role="status">
          <p>
            {reminder.lastBackupAt
              ? tr(lang, 'backupReminderOld', { date: formatDateTime(reminder.lastBackupAt, lang) })
              : tr(lang, 'backupReminderNever')}
          </p>
          {persisted === false && <NotPersistedNote lang={lang} />}
          <div class="actions">
            <Link href={BACKUP_PATH} class="backup-button">
              {tr(lang, 'backupReminderLink')}
            </Link>
            <button type="button" class="secondary" onClick={() => void attempt(snoozeReminder())}>
              {tr(lang, 'backupReminderLater')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
