/** "Saving…" / "Saved" / "Not saved": the user can always see whether what they typed is stored. */
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { saveState } from '../../state/saveStatus';
import { useSignal } from '../../state/signal';

export function SaveIndicator({ lang }: { lang: Lang }) {
  const s = useSignal(saveState);
  const text =
    s.failure !== null
      ? tr(lang, 'saveFailed')
      : s.pending > 0
        ? tr(lang, 'saving')
        : s.lastSavedAt !== null
          ? tr(lang, 'saved')
          : '';
  return (
    <span
      class={`save-indicator ${s.failure ? 'failed' : ''}`}
      role="status"
      aria-live="polite"
      data-state={s.failure ? 'failed' : s.pending > 0 ? 'saving' : 'saved'}
    >
      {text}
    </span>
  );
}
