/** On the year page: a handover note was left for the year (after a guided session, or in an imported file). */
import '../../i18n/uiGuide';
import { handoverNote } from '../../core/sessionNotes';
import { formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { InventoryRow } from '../../state/year';
import { Link } from '../components/Link';

export function HandoverNotice({ lang, inv, href }: { lang: Lang; inv: InventoryRow; href: string }) {
  const note = handoverNote(inv.notes);
  if (!note) return null;
  const by = [formatDateTime(note.at, lang), note.author].filter(Boolean).join(', ');
  return (
    <section class="card handover-notice" aria-labelledby="handover-notice-h">
      <h2 id="handover-notice-h">{tr(lang, 'handoverNote')}</h2>
      <p>{tr(lang, 'handoverNotice', { by })}</p>
      <p class="note-text">{note.text}</p>
      <p>
        <Link href={href}>{tr(lang, 'handoverLink')} →</Link>
      </p>
    </section>
  );
}
