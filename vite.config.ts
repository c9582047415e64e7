import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { hasFeedbackChannel, readDeployment } from './src/ui/statement/deployment';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Who offers this copy and where feedback goes (docs/deployment.md): from the environment or from .env.
const { deployment, problems } = readDeployment(
  loadEnv('production', fileURLToPath(new URL('.', import.meta.url)), 'PAASTO_'),
);
if (problems.length > 0) {
  throw new Error(
    `Deployment settings not usable: ${problems.map((p) => `${p.variable}="${p.value}" is not a valid ${p.reason}`).join('; ')}`,
  );
}
if (!hasFeedbackChannel(deployment)) {
  console.warn(
    'No feedback channel set (PAASTO_FEEDBACK_EMAIL, _URL or _PHONE): the accessibility statement says so. See docs/deployment.md.',
  );
}

export default defineConfig({
  define: {
    // The app's version, recorded in every file it exports.
    __APP_VERSION__: JSON.stringify(pkg.version),
    __DEPLOYMENT__: JSON.stringify(deployment),
  },
  plugins: [
    preact(),
    VitePWA({
      // A new version waits until the user accepts it (src/ui/UpdatePrompt.tsx): no skipWaiting/clientsClaim.
      registerType: 'prompt',
      // Registered from our code through `virtual:pwa-register`: no inline script under the strict CSP.
      injectRegister: false,
      strategies: 'generateSW',
      // The worker tested is the worker shipped, also when the build runs under Vitest (NODE_ENV=test).
      mode: 'production',
      // Icons are generated from public/icon.svg (pwa-assets.config.ts) and their links injected into index.html.
      pwaAssets: { config: true, overrideManifestIcons: true, injectThemeColor: true },
      manifest: {
        id: '/',
        name: 'Päästölaskuri – Joensuun ilmastokumppanien päästölaskuri',
        short_name: 'Päästölaskuri',
        description:
          'Joensuun ilmastokumppanien kasvihuonekaasupäästöjen laskuri GHG Protocol -standardin mukaan. Toimii myös ilman verkkoyhteyttä, ja tiedot pysyvät omalla laitteella.',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5394',
        background_color: '#ffffff',
      },
      workbox: {
        // Everything the build writes is precached, so the whole app works offline after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
        // The plugin adds its web manifest to the precache itself; listed twice (with different revisions),
        // workbox throws when the worker starts and the worker ends up caching and serving nothing.
        globIgnores: ['**/node_modules/**', 'manifest.webmanifest'],
        // Deep links (/partners/abc) get the app shell from the cache.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Only our own files: nothing from other origins is cached or fetched by the worker.
        runtimeCaching: [],
        skipWaiting: false,
        clientsClaim: false,
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // jsPDF's optional HTML/SVG renderers are never used (the report draws with jsPDF primitives): a stub
    // keeps them out of the build and the precache (docs/report-pdf.md).
    alias: [
      {
        find: /^(html2canvas|dompurify|canvg)$/,
        replacement: fileURLToPath(new URL('./src/io/report/pdf/jspdfOptional.ts', import.meta.url)),
      },
    ],
  },
  build: {
    // No data: URLs: the strict CSP (default-src 'self') would block them.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
  },
});
