/**
 * Browser tests run the built app in Debian's Chromium through playwright-core. The app is built once per
 * test file into a temporary folder and served by Vite's preview server on a free local port, or, where a
 * test rebuilds into the folder it serves (the service-worker update flow), by `serveStatic`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type InlineConfig, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install chromium (see README)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = tempDir();
  await buildApp(outDir);
  const server: PreviewServer = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** A new empty temporary folder for a build. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'paastolaskuri-dist-'));
}

/** Builds the app (vite.config.ts, with `config` merged over it) into `outDir`, emptying it first. */
export async function buildApp(outDir: string, config: InlineConfig = {}): Promise<void> {
  await build({ logLevel: 'error', ...config, build: { ...config.build, outDir, emptyOutDir: true } });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  /** Every request's path, in order: what reached the network rather than the service worker's cache. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serves `root` as it is on disk at each request, so a test can rebuild into it. Hashed files under /assets/
 * are cached for a year like a real deployment; everything else (sw.js, index.html, the manifest) is sent
 * with `Cache-Control: no-cache`. An unknown path is a 404: deep links work only through the service worker —
 * unless `spaFallback` is set, as a host should be configured (docs/deployment.md): then a path without a file
 * extension gets index.html.
 */
export async function serveStatic(root: string, opts: { spaFallback?: boolean } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const spa = opts.spaFallback === true && extname(pathname) === '';
    const file = resolve(base, `.${pathname.endsWith('/') || spa ? '/index.html' : pathname}`);
    const type = CONTENT_TYPES[extname(file)];
    // Read at each request: a file may have gone in a rebuild, which is a 404 like any unknown path.
    const body =
      type && file.startsWith(base + sep) && (await stat(file).catch(() => undefined))?.isFile()
        ? await readFile(file).catch(() => undefined)
        : undefined;
    if (!body || !type) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * For a test file: the app built into a temporary folder, served with the SPA fallback, and Chromium
 * launched, before its tests; all of it closed and removed after them. `ready` receives both, and the folder
 * served (a test may change a file in it, as a new deployment does).
 */
export function useBuiltApp(
  ready: (browser: Browser, server: StaticServer, dir: string) => void | Promise<void>,
): void {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const dir = tempDir();
  beforeAll(async () => {
    [browser] = await Promise.all([launch(), buildApp(dir)]);
    server = await serveStatic(dir, { spaFallback: true });
    await ready(browser, server, dir);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Creates a partner and its year 2024 through the app, as a user would; returns the year page's address. */
export async function createPartnerWithYear(page: Page, appUrl: string, name: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Uusi kumppani' }).click();
  await page.getByLabel('Nimi', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Luo' }).click();
  await page.waitForURL(/\/partners\/[^/]+$/);
  await page.getByLabel('Vuosi', { exact: true }).fill('2024');
  await page.getByRole('button', { name: 'Aloita vuosi' }).click();
  await skipInterview(page, 2024);
  await page.locator('[data-total="scope1"]').waitFor();
  return page.url();
}

/** A new year opens on its opening questions (issue 10); skipping them leaves every category to do. */
export async function skipInterview(page: Page, year: number): Promise<void> {
  await page.waitForURL(new RegExp(`/years/${year}/start$`));
  await page.getByRole('link', { name: 'Ohita kysymykset: kaikki luokat jäävät tehtäviksi' }).first().click();
  await page.waitForURL(new RegExp(`/years/${year}$`));
}
