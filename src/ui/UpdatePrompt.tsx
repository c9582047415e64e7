/**
 * Registers the service worker once and tells the user, without interrupting, when a new version waits
 * ("Päivitä nyt" activates it and reloads; "Myöhemmin" hides the notice) and, once, when the app has been
 * cached and works offline. The status region is always in the page so screen readers announce its changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { registerServiceWorker } from '../pwa/registerServiceWorker';

const TEXT = {
  fi: {
    available: 'Uusi versio on saatavilla.',
    update: 'Päivitä nyt',
    later: 'Myöhemmin',
    updating: 'Päivitetään…',
    failed: 'Päivitys keskeytyi, koska muutoksia ei saatu tallennettua. Yritä uudelleen.',
    offline: 'Sovellus toimii nyt myös ilman verkkoyhteyttä.',
    close: 'Sulje',
  },
  en: {
    available: 'A new version is available.',
    update: 'Update now',
    later: 'Later',
    updating: 'Updating…',
    failed: 'The update was stopped because your changes could not be saved. Please try again.',
    offline: 'The app now works offline.',
    close: 'Close',
  },
} as const;

export interface UpdatePromptProps {
  lang: 'fi' | 'en';
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
  const t = TEXT[lang];

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
          <p>{state === 'failed' ? t.failed : t.available}</p>
          <div class="update-prompt__actions">
            <button type="button" onClick={updateNow} disabled={state === 'updating'}>
              {state === 'updating' ? t.updating : t.update}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => setState('hidden')}
              disabled={state === 'updating'}
            >
              {t.later}
            </button>
          </div>
        </div>
      )}
      {offlineReady && (
        <div class="update-prompt__box">
          <p>{t.offline}</p>
          <div class="update-prompt__actions">
            <button type="button" class="secondary" onClick={() => setOfflineReady(false)}>
              {t.close}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
