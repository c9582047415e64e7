/**
 * "Saving…" / "Saved" / "Not saved" / "A change from another tab is waiting": the user can always see whether
 * what they typed is stored. "Saved" only when no edit is pending anywhere. Edits kept after a failure can be
 * written again from here, and are written again by themselves when the tab is shown again or the device comes
 * online. Only a failure is announced to screen readers (announcing every keystroke's save would drown
 * everything else).
 */
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  retryOnReturn,
  retryUnsaved,
  type SaveState,
  saveState,
  warnBeforeLeaving,
} from '../../state/saveStatus';
import { useSignal } from '../../state/signal';

export type SaveIndicatorState = 'failed' | 'conflict' | 'saving' | 'saved';

export function indicatorState(s: SaveState): SaveIndicatorState {
  if (s.failure) return 'failed';
  if (s.conflicts > 0 || s.unsaved > 0) return 'conflict';
  return s.pending > 0 ? 'saving' : 'saved';
}

export function SaveIndicator({ lang }: { lang: Lang }) {
  const s = useSignal(saveState);
  useEffect(() => retryOnReturn(window, document), []);
  useEffect(() => warnBeforeLeaving(window), []);
  const state = indicatorState(s);
  const text =
    state === 'failed'
      ? tr(lang, 'saveFailed')
      : state === 'conflict'
        ? tr(lang, 'saveConflict')
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
      {state === 'failed' && s.unsaved > 0 && (
        <button type="button" class="secondary retry-save" onClick={() => void retryUnsaved()}>
          {tr(lang, 'retrySave')}
        </button>
      )}
    </span>
  );
}
