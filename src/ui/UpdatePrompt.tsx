/**
 * Registers the service worker once and tells the user, without interrupting, when a new version waits
 * ("Päivitä nyt" activates it and reloads; "Myöhemmin" hides the notice) and, once, when the app has been
 * cached and works offline. The status region is always in the page so screen readers announce its changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../i18n/issueMessages';
import { tr } from '../i18n/ui';
import { registerServiceWorker } from '../pwa/registerServiceWorker';

export interface UpdatePromptProps {
  lang: Lang;
  /** Runs before the new version takes over (the page reloads): the app saves pending edits here. */
  onBeforeUpdate?: () => Promise<void>;
}

type UpdateState = 'hidden' | 'waiting' | 'updating' | 'failed';

export function UpdatePrompt({ lang, onBeforeUpdate }: UpdatePromptProps) {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  const [state, setState] = useState<UpdateState>('hidden');
  const [offlineReady, setOfflineReady] = useState(false);
  const beforeUpdate = useRef(onBeforeUpdate);
  beforeUpdate.current = onBeforeUpdate;

  useEffect(
    () =>
      registerServiceWorker({
        onNeedRefresh(apply) {
          setUpdate(() => apply);
          setState('waiting');
        },
        onOfflineReady() {
          setOfflineReady(true);
        },
      }),
    [],
  );

  async function updateNow() {
    if (!update) return;
    setState('updating');
    try {
      await beforeUpdate.current?.();
    } catch {
      setState('failed');
      return;
    }
    await update();
  }

  const showUpdate = state !== 'hidden';
  return (
    <div class="update-prompt" role="status" aria-live="polite">
      {showUpdate && (
        <div class="update-prompt__box">
          <p>{state === 'failed' ? tr(lang, 'updateFailed') : tr(lang, 'updateAvailable')}</p>
          <div class="update-prompt__actions">
            <button type="button" onClick={updateNow} disabled={state === 'updating'}>
              {state === 'updating' ? tr(lang, 'updating') : tr(lang, 'updateNow')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => setState('hidden')}
              disabled={state === 'updating'}
            >
              {tr(lang, 'updateLater')}
            </button>
          </div>
        </div>
      )}
      {offlineReady && (
        <div class="update-prompt__box">
          <p>{tr(lang, 'offlineReady')}</p>
          <div class="update-prompt__actions">
            <button type="button" class="secondary" onClick={() => setOfflineReady(false)}>
              {tr(lang, 'offlineClose')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
