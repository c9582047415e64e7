/**
 * Backup and transfer: when the last backup was made and whether one is due, what non-persistent storage
 * means, making a verified backup, exporting one partner for another device, and importing a file.
 */
import '../../i18n/uiBackup';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import './backup.css';
import { formatDateTime } from '../../i18n/format';
import { BACKUP_PATH, NotPersistedNote, useBackupReminder, usePersisted } from './BackupNotices';
import { ExportPartner } from './ExportPartner';
import { ImportFile } from './ImportFile';
import { MakeBackup } from './MakeBackup';

export function BackupPage({ lang }: { lang: Lang }) {
  const reminder = useBackupReminder(BACKUP_PATH);
  const persisted = usePersisted();
  const partner = new URLSearchParams(location.search).get('partner') ?? undefined;
  return (
    <>
      <h1>{tr(lang, 'backupTitle')}</h1>
      <p class="lead">{tr(lang, 'backupLead')}</p>
      <section class="card" aria-labelledby="backup-status-h">
        <h2 id="backup-status-h">{tr(lang, 'backupStatusTitle')}</h2>
        {reminder && (
          <p class="backup-last" data-last-backup={reminder.lastBackupAt ?? ''}>
            {reminder.lastBackupAt
              ? tr(lang, 'backupLast', { date: formatDateTime(reminder.lastBackupAt, lang) })
              : tr(lang, 'backupLastNever')}
          </p>
        )}
        {reminder?.due && (
          <p class="backup-due">{tr(lang, reminder.lastBackupAt ? 'backupDue' : 'backupDueNever')}</p>
        )}
        {persisted === false ? (
          <NotPersistedNote lang={lang} />
        ) : persisted === true ? (
          <p>{tr(lang, 'persisted')}</p>
        ) : null}
      </section>
      <MakeBackup lang={lang} />
      <ExportPartner lang={lang} {...(partner ? { initialPartner: partner } : {})} />
      <ImportFile lang={lang} />
    </>
  );
}
