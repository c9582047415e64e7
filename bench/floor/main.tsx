/** The floor of this stack: Vite, Preact and a Workbox service worker, and nothing else. */

import { registerSW } from 'virtual:pwa-register';
import { render } from 'preact';

registerSW({ immediate: true });
render(
  <main>
    <h1>Floor</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
