/**
 * Offline cold start: the time from a navigation until the page's heading is on screen, loaded from the
 * service worker with the network off, for the app and for the floor of this stack (a bare Vite + Preact page
 * with a Workbox service worker, bench/floor) built and measured in the same run. The ratio has the budget;
 * the times, which depend on the machine, are printed for information.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import preact from '@preact/preset-vite';
import type { Browser } from 'playwright-core';
import { VitePWA } from 'vite-plugin-pwa';
import { buildApp, launch, serveStatic, tempDir } from '../test/e2e/browser';
import { type Figure, info, median, relative } from './report';

const RUNS = 9;

async function offlineStart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(
      () =>
        (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator
          .serviceWorker.ready,
    );
    await page.reload();
    await page.locator('main h1').waitFor();
    await context.setOffline(true);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await context.newPage();
      const t = performance.now();
      await p.goto(url, { waitUntil: 'commit' });
      await p.locator('main h1').waitFor();
      times.push(performance.now() - t);
      await p.close();
    }
    return median(times.slice(1));
  } finally {
    await context.close();
  }
}

export async function coldStartFigures(): Promise<Figure[]> {
  const appDir = tempDir();
  const floorDir = tempDir();
  try {
    await buildApp(appDir);
    await buildApp(floorDir, {
      configFile: false,
      root: 'bench/floor',
      plugins: [
        preact(),
        VitePWA({
          registerType: 'autoUpdate',
          injectRegister: false,
          workbox: { globPatterns: ['**/*.{js,html}'] },
        }),
      ],
    });
    const [app, floor] = await Promise.all([serveStatic(appDir), serveStatic(floorDir)]);
    const browser = await launch();
    try {
      const appMs = await offlineStart(browser, app.url);
      const floorMs = await offlineStart(browser, floor.url);
      return [
        info('offline cold start of the app (Chromium, service worker, network off)', appMs, 'ms'),
        info('baseline: offline cold start of a bare Vite + Preact page (same run)', floorMs, 'ms'),
        relative('offline cold start: app ÷ bare page', appMs, floorMs, 1.5),
      ];
    } finally {
      await browser.close();
      await app.close();
      await floor.close();
    }
  } finally {
    rmSync(appDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}
