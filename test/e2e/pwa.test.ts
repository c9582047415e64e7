/**
 * The installable, offline app: the built service worker precaches everything, so after one visit the app
 * and its deep links work with no network; a new version waits until the user accepts it; nothing is fetched
 * from another origin. Run against the production build in Chromium, served by a plain static server that
 * lets a test rebuild into the folder it serves (test/e2e/browser.ts).
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requestPersistence, type StorageApi, storageStatus } from '../../src/pwa/storagePersistence';
import { buildApp, launch, type StaticServer, serveStatic, tempDir } from './browser';

/** What the functions evaluated in the page use of its globals (the tests compile without the DOM library). */
interface PageGlobals {
  navigator: {
    serviceWorker: {
      controller: { state: string } | null;
      getRegistration(): Promise<
        | {
            active: { state: string } | null;
            waiting: { state: string } | null;
            update(): Promise<unknown>;
          }
        | undefined
      >;
    };
  };
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  fetch(url: string): Promise<unknown>;
  __marker?: number;
}

/** Marks a build: a `<meta name="app-build">` in index.html and a comment in the entry chunk (new hash). */
function buildMarker(id: string): Plugin {
  return {
    name: 'test-build-marker',
    transformIndexHtml: (html) => html.replace('</head>', `<meta name="app-build" content="${id}" /></head>`),
    renderChunk: (code, chunk) => (chunk.isEntry ? `/* build ${id} */\n${code}` : null),
  };
}

interface Observed {
  errors: string[];
  foreign: string[];
  failed: string[];
  httpErrors: string[];
}

/** Records console errors, page errors and every request of the context (service-worker requests too). */
function observe(context: BrowserContext, origin: string): Observed {
  const seen: Observed = { errors: [], foreign: [], failed: [], httpErrors: [] };
  context.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  context.on('weberror', (e) => seen.errors.push(e.error().message));
  context.on('request', (r) => {
    if (!r.url().startsWith(origin)) seen.foreign.push(r.url());
  });
  context.on('requestfailed', (r) => seen.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  context.on('response', (r) => {
    if (r.status() >= 400) seen.httpErrors.push(`${r.status()} ${r.url()}`);
  });
  return seen;
}

/** The page's service-worker state and the build its index.html came from. */
function workerState(page: Page) {
  return page.evaluate(async () => {
    const { navigator, document } = globalThis as unknown as PageGlobals;
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      controlled: navigator.serviceWorker.controller !== null,
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
      build: document.querySelector('meta[name="app-build"]')?.getAttribute('content') ?? null,
    };
  });
}

async function appRendered(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Ilmastokumppanit' }).waitFor();
  await page.getByRole('link', { name: 'Päästölaskuri' }).waitFor();
}

let browser: Browser;
let buildA: string;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  buildA = tempDir();
  cleanup.push(() => rmSync(buildA, { recursive: true, force: true }));
  [browser] = await Promise.all([launch(), buildApp(buildA, { plugins: [buildMarker('A')] })]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const f of cleanup.reverse()) await f();
});

async function serve(dir: string): Promise<StaticServer> {
  const server = await serveStatic(dir);
  cleanup.push(() => server.close());
  return server;
}

describe('the built PWA', () => {
  it('has a manifest with generated icons, and an index.html with no inline script', async () => {
    const server = await serve(buildA);
    const html = readFileSync(join(buildA, 'index.html'), 'utf8');
    expect(html).toContain(`script-src 'self'`);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/\ssrc="\/assets\//);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<meta name="theme-color" content="#0b5394">');
    const links = [...html.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(links).toEqual(['/favicon.ico', '/icon.svg', '/apple-touch-icon-180x180.png']);

    const manifest = (await (await fetch(`${server.url}manifest.webmanifest`)).json()) as {
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Päästölaskuri – Joensuun ilmastokumppanien päästölaskuri',
      short_name: 'Päästölaskuri',
      lang: 'fi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5394',
      background_color: '#ffffff',
    });
    const icons = manifest.icons;
    expect(icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual([
      '64x64',
      '192x192',
      '512x512',
      '512x512 maskable',
    ]);
    for (const src of [...icons.map((i) => `/${i.src}`), ...links]) {
      const res = await fetch(new URL(src, server.url));
      expect(res.status, src).toBe(200);
    }

    // Every file of the build is precached, once (a URL listed twice stops the worker at start-up).
    const sw = readFileSync(join(buildA, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]);
    const files = readdirSync(buildA, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(buildA, f)).isFile() && !/^(sw|workbox-\w+)\.js$/.test(f))
      .map((f) => f.split(sep).join('/'));
    expect(precached.toSorted()).toEqual(files.toSorted());
    expect(precached).toContain('index.html');
    expect(sw).toContain('NavigationRoute');
    // The worker skips waiting only when the user accepts (SKIP_WAITING), and never claims open pages.
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toMatch(/skipWaiting\(\)[,;]|clientsClaim\(\)/);
  });

  it('after the first visit runs offline from the service worker, deep links included', async () => {
    const server = await serve(buildA);
    const context = await browser.newContext();
    const seen = observe(context, server.url);
    const page = await context.newPage();
    await page.goto(server.url);
    await appRendered(page);

    // First install: the one-time notice, dismissable.
    const notice = page.locator('.update-prompt').getByText('Sovellus toimii nyt myös ilman verkkoyhteyttä.');
    await notice.waitFor({ timeout: 20_000 });
    await page.locator('.update-prompt').getByRole('button', { name: 'Sulje' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(async () => (await workerState(page)).active, { timeout: 20_000 }).toBe('activated');
    expect((await workerState(page)).controlled).toBe(false); // no clientsClaim: it controls the next load

    await page.reload();
    await appRendered(page);
    expect(await workerState(page)).toEqual({
      controlled: true,
      active: 'activated',
      waiting: null,
      build: 'A',
    });

    // The server has no route for deep links: only the worker can answer them.
    expect((await fetch(`${server.url}settings`)).status).toBe(404);

    const requestsOnline = server.requests.length;
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await appRendered(page);

    const deep = await page.goto(`${server.url}settings`);
    expect(deep?.status()).toBe(200);
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    expect(await workerState(page)).toMatchObject({ controlled: true, build: 'A' });

    expect(server.requests.slice(requestsOnline)).toEqual([]);
    expect(seen).toEqual({ errors: [], foreign: [], failed: [], httpErrors: [] });

    // And the network really is off: what the worker has not cached cannot be fetched.
    const probe = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).fetch('/not-cached.txt').then(
        () => 'fetched',
        () => 'offline',
      ),
    );
    expect(probe).toBe('offline');
    await context.close();
  }, 60_000);

  it('waits with a new version until the user chooses "Päivitä nyt", then reloads into it', async () => {
    const dir = tempDir();
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(buildA, dir, { recursive: true });
    const server = await serve(dir);
    const context = await browser.newContext();
    const seen = observe(context, server.url);
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(async () => (await workerState(page)).active, { timeout: 20_000 }).toBe('activated');
    await page.reload();
    await appRendered(page);
    expect(await workerState(page)).toMatchObject({ controlled: true, build: 'A' });

    await buildApp(dir, { plugins: [buildMarker('B')] });
    await page.evaluate(async () => {
      const registration = await (
        globalThis as unknown as PageGlobals
      ).navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.locator('.update-prompt');
    await prompt.getByText('Uusi versio on saatavilla.').waitFor({ timeout: 20_000 });
    expect(await workerState(page)).toEqual({
      controlled: true,
      active: 'activated',
      waiting: 'installed',
      build: 'A',
    });

    // "Myöhemmin" hides the offer; B keeps waiting, even over a reload, and is offered again.
    await prompt.getByRole('button', { name: 'Myöhemmin' }).click();
    await prompt.getByText('Uusi versio on saatavilla.').waitFor({ state: 'detached' });
    await page.reload();
    await appRendered(page);
    await prompt.getByText('Uusi versio on saatavilla.').waitFor({ timeout: 10_000 });
    expect(await workerState(page)).toMatchObject({ waiting: 'installed', build: 'A' });

    // Nothing reloads the page by itself.
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).__marker = 1;
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__marker)).toBe(1);

    // An edit is open when the user accepts: it is saved first and is there after the reload.
    await page.locator('.update-prompt').getByRole('button', { name: 'Myöhemmin' }).click();
    await page.getByRole('button', { name: 'Uusi kumppani' }).click();
    await page.getByLabel('Nimi', { exact: true }).fill('Päivitystesti Oy');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    const partnerUrl = page.url();
    await page.getByLabel('Kotikunta').fill('Joensuu');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__marker)).toBe(1);
    await page.reload();
    await prompt.getByText('Uusi versio on saatavilla.').waitFor({ timeout: 10_000 });
    await page.getByLabel('Kotikunta').fill('Joensuu, Karjalankatu');
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).__marker = 1;
    });

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Päivitä nyt' }).click();
    await reloaded;
    expect(page.url()).toBe(partnerUrl);
    await expect.poll(() => page.getByLabel('Kotikunta').inputValue()).toBe('Joensuu, Karjalankatu');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__marker)).toBeUndefined();
    expect(await workerState(page)).toEqual({
      controlled: true,
      active: 'activated',
      waiting: null,
      build: 'B',
    });
    expect(await prompt.textContent()).toBe('');

    expect(seen).toEqual({ errors: [], foreign: [], failed: [], httpErrors: [] });
    await context.close();
  }, 60_000);
});

describe('storage persistence wrappers', () => {
  it('answer null where the Storage API is missing', async () => {
    expect(await requestPersistence(undefined)).toBeNull();
    expect(await requestPersistence({})).toBeNull();
    expect(await storageStatus(undefined)).toEqual({ persisted: null });
    expect(await storageStatus({})).toEqual({ persisted: null });
  });

  it('pass on what the browser answers', async () => {
    const storage: StorageApi = {
      persist: async () => true,
      persisted: async () => false,
      estimate: async () => ({ usage: 1234, quota: 5_000_000 }),
    };
    expect(await requestPersistence(storage)).toBe(true);
    expect(await storageStatus(storage)).toEqual({ persisted: false, usage: 1234, quota: 5_000_000 });
    expect(await storageStatus({ persisted: async () => true, estimate: async () => ({}) })).toEqual({
      persisted: true,
    });
  });

  it('turn a refusal into false and a failing estimate into unknown numbers', async () => {
    const failing: StorageApi = {
      persist: () => Promise.reject(new Error('denied')),
      persisted: () => Promise.reject(new Error('no')),
      estimate: () => Promise.reject(new Error('no')),
    };
    expect(await requestPersistence(failing)).toBe(false);
    expect(await storageStatus(failing)).toEqual({ persisted: null });
  });

  it('use navigator.storage by default', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true, persisted: async () => true } });
    try {
      expect(await requestPersistence()).toBe(true);
      expect(await storageStatus()).toEqual({ persisted: true });
    } finally {
      vi.unstubAllGlobals();
    }
    vi.stubGlobal('navigator', {});
    try {
      expect(await requestPersistence()).toBeNull();
      expect(await storageStatus()).toEqual({ persisted: null });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
