import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { loadEnv, type Plugin } from 'vite';
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

/**
 * PDFKit's browser build for the app and the tests alike (its Node build reads fonts from disk and has no
 * registerStdFonts); its font embedding (fontkit) and PNG decoding (png-js) are never used: a stub keeps them
 * out of the build and the precache (docs/report-pdf.md). Exported for the bench's own build of the report.
 */
export const PDFKIT_ALIASES = [
  {
    find: /^pdfkit$/,
    replacement: fileURLToPath(new URL('./node_modules/pdfkit/js/pdfkit.browser.mjs', import.meta.url)),
  },
  {
    find: /^(fontkit|png-js)$/,
    replacement: fileURLToPath(new URL('./src/io/report/pdf/pdfkitUnused.ts', import.meta.url)),
  },
];

/**
 * PDFKit's browser build names its sRGB profile (used for PDF/A only) by `new URL('./data/….icc',
 * import.meta.url)`, a key under which the same build registers the profile's bytes, which it carries inline.
 * Vite would emit the file as an asset that nothing fetches and the service worker does not precache; a plain
 * string is the same key.
 */
const PDFKIT_ICC_KEY: Plugin = {
  name: 'pdfkit-icc-key',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/pdfkit/js/pdfkit.browser.mjs')) return undefined;
    const url = "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href";
    if (!code.includes(url))
      throw new Error('pdfkit-icc-key: PDFKit no longer names its ICC profile this way');
    return { code: code.replace(url, "'pdfkit/data/sRGB_IEC61966_2_1.icc'"), map: null };
  },
};

export default defineConfig({
  define: {
    // The app's version, recorded in every file it exports.
    __APP_VERSION__: JSON.stringify(pkg.version),
    __DEPLOYMENT__: JSON.stringify(deployment),
  },
  plugins: [
    PDFKIT_ICC_KEY,
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
  resolve: { alias: PDFKIT_ALIASES },
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
