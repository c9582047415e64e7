/**
 * Service-worker registration through vite-plugin-pwa's `virtual:pwa-register` (no inline script: the page's
 * CSP is `script-src 'self'`). The worker is registered once per page; any number of listeners may subscribe.
 *
 * A new version never takes over by itself: it waits until the user accepts it, and `update()` then tells the
 * waiting worker to skip waiting; when it controls the page, the page reloads. In the development server the
 * virtual module is a no-op (devOptions are off), so nothing registers there or in tests of the source.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerListener {
  /** A new version is installed and waiting. `update()` activates it and reloads the page. */
  onNeedRefresh?(update: () => Promise<void>): void;
  /** The app has been cached for the first time and works offline from now on. */
  onOfflineReady?(): void;
  /** The worker has been registered (`registration` is undefined where the browser gave none). */
  onRegistered?(registration: ServiceWorkerRegistration | undefined): void;
  onRegisterError?(error: unknown): void;
}

/** How often a page left open asks the server for a new version (the browser also checks on navigation). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const listeners = new Set<ServiceWorkerListener>();
let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;
let needRefresh = false;
let offlineReady = false;

function update(): Promise<void> {
  return updateSW ? updateSW(true) : Promise.resolve();
}

function checkForUpdates(registration: ServiceWorkerRegistration): void {
  setInterval(() => {
    if (!navigator.onLine || registration.installing) return;
    registration.update().catch(() => undefined);
  }, UPDATE_CHECK_INTERVAL_MS);
}

/**
 * Registers the service worker on the first call and subscribes `listener` to its events. A listener that
 * subscribes late is told at once about a waiting version or offline readiness that already happened.
 * Returns a function that unsubscribes the listener.
 */
export function registerServiceWorker(listener: ServiceWorkerListener = {}): () => void {
  listeners.add(listener);
  if (!updateSW) {
    updateSW = registerSW({
      onNeedRefresh() {
        needRefresh = true;
        for (const l of listeners) l.onNeedRefresh?.(update);
      },
      onOfflineReady() {
        offlineReady = true;
        for (const l of listeners) l.onOfflineReady?.();
      },
      onRegisteredSW(_url, registration) {
        if (registration) checkForUpdates(registration);
        for (const l of listeners) l.onRegistered?.(registration);
      },
      onRegisterError(error: unknown) {
        for (const l of listeners) l.onRegisterError?.(error);
      },
    });
  } else {
    if (needRefresh) listener.onNeedRefresh?.(update);
    if (offlineReady) listener.onOfflineReady?.();
  }
  return () => {
    listeners.delete(listener);
  };
}
