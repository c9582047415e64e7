/** Dates and times of backups and imports as people read them: "28.11.2026 klo 14.05" / "28 Nov 2026, 14:05". */
import type { Lang } from '../../i18n/issueMessages';

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'fi' ? 'fi-FI' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}
