/**
 * "Saving…" / "Saved" / "Not saved": the user can always see whether what they typed is stored. Only a
 * failure is announced to screen readers (announcing every keystroke's save would drown everything else).
 */
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { saveState } from '../../state/saveStatus';
import { useSignal } from '../../state/signal';

export function SaveIndicator({ lang }: { lang: Lang }) {
  const s = useSignal(saveState);
  const state = s.failure ? 'failed' : s.pending > 0 ? 'saving' : 'saved';
  const text =
    state === 'failed'
      ? tr(lang, 'saveFailed')
      : state === 'saving'
        ? tr(lang, 'saving')
        : s.lastSavedAt !== null
          ? tr(lang, 'saved')
          : '';
  return (
    <span class={`save-indicator ${state === 'failed' ? 'failed' : ''}`} data-state={state}>
      <span aria-hidden="true">{text}</span>
      <span class="visually-hidden" role="status" aria-live="polite">
        {state === 'failed' ? tr(lang, 'saveFailed') : ''}
      </span>
    </span>
  );
}
