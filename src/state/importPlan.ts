/**
 * The preview of an import in the user's language: the storage layer plans it (src/db/backup/planImport.ts)
 * and is given the words for a partner kept beside mine ("Kivi Oy (tuotu 28.11.2026)"), which are made here.
 */
import '../i18n/uiBackup';
import { type CopyName, defaultChoices, planImport as planRows } from '../db/backup/planImport';
import type { ImportPlan, ImportSource } from '../db/backup/types';
import type { PaastoDb } from '../db/schema';
import { decimalComma, intlLocale } from '../i18n/format';
import type { Lang } from '../i18n/issueMessages';
import { tr } from '../i18n/ui';

export { defaultChoices };

/** The name of a partner kept beside mine: its name and the import's date, in the user's language. */
export function importedCopyName(lang: Lang): CopyName {
  const format = new Intl.DateTimeFormat(intlLocale(lang), {
    day: 'numeric',
    month: decimalComma(lang) ? 'numeric' : 'short',
    year: 'numeric',
  });
  return (name, at) => tr(lang, 'backupImportedCopy', { name, date: format.format(new Date(at)) });
}

export function planImport(
  db: PaastoDb,
  source: ImportSource,
  opts: { lang: Lang; at?: string },
): Promise<ImportPlan> {
  return planRows(db, source, {
    copyName: importedCopyName(opts.lang),
    ...(opts.at !== undefined ? { at: opts.at } : {}),
  });
}
