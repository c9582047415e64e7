/**
 * A year of 20,000 entries in the built app in Chromium (issue 16, defect 5: such a year froze the page for
 * minutes and grew the renderer to 9 GB). Measured inside the page, from the user's action to the frame that
 * shows its result: opening the year page, opening a category, typing a quantity (each key to its next paint,
 * by the browser's Event Timing, and to the updated total), adding an entry (to focus in its editor); and the
 * renderer's memory afterwards.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BIG_YEAR_SIZE, bigYearRows, inventoryIdOf, writeRows } from '../test/e2e/bigYear';
import { buildApp, createPartnerWithYear, launch, serveStatic, tempDir } from '../test/e2e/browser';
import { type Figure, median } from './report';

const KEYS = '123456';

/** The page's globals this bench uses, as its types (no DOM library) see them. */
type El = {
  click(): void;
  focus(): void;
  getAttribute(n: string): string | null;
  closest(s: string): El | null;
};
type PageWindow = {
  document: { querySelector(s: string): El | null; activeElement: El | null };
  requestAnimationFrame(f: () => void): void;
  performance: { now(): number };
  PerformanceObserver: new (
    f: (list: { getEntries(): { name: string; duration: number; interactionId?: number }[] }) => void,
  ) => { observe(o: object): void };
  MutationObserver: new (f: () => void) => { observe(n: unknown, o: object): void; disconnect(): void };
  __readyAt?: number;
  __events: { name: string; duration: number }[];
};

/** Records when the year page first shows its totals and categories, and every slow interaction. */
const INIT = () => {
  const w = globalThis as unknown as PageWindow;
  w.__events = [];
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) w.__events.push(e);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const mo = new w.MutationObserver(() => {
    const total = w.document.querySelector('[data-total="scope1"] td[data-kg]')?.getAttribute('data-kg');
    if (w.__readyAt === undefined && total && w.document.querySelector('section[data-category]')) {
      // The frame after the DOM is complete is the one the user sees.
      w.requestAnimationFrame(() => {
        w.__readyAt = w.performance.now();
      });
      mo.disconnect();
    }
  });
  mo.observe(w.document, { childList: true, subtree: true, attributes: true });
};

/**
 * Runs `act` in the page and returns the ms until `done` holds, at the next frame. Written as a string: tsx
 * would wrap a named function in a helper the page does not have.
 */
async function timed(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((ok) => {
    const t0 = performance.now();
    ${act};
    const poll = () => (${done}) ? ok(performance.now() - t0) : requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  })`) as Promise<number>;
}

async function rendererMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const browserCdp = await page.context().browser()?.newBrowserCDPSession();
  const info = (await browserCdp?.send('SystemInfo.getProcessInfo')) as
    | { processInfo: { type: string; id: number }[] }
    | undefined;
  let max = 0;
  for (const p of info?.processInfo ?? []) {
    if (p.type !== 'renderer') continue;
    const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    max = Math.max(max, kb / 1024);
  }
  return max;
}

export async function bigYearFigures(): Promise<Figure[]> {
  const dist = tempDir();
  const browser = await launch();
  try {
    await buildApp(dist);
    const server = await serveStatic(dist, { spaFallback: true });
    try {
      const context = await browser.newContext();
      await context.addInitScript(INIT);
      const page = await context.newPage();
      const yearUrl = await createPartnerWithYear(page, server.url, 'Kuljetus Oy');
      const invId = await inventoryIdOf(page, 'Kuljetus Oy');
      await writeRows(page, bigYearRows(invId));

      const opens: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto(yearUrl);
        await page.waitForFunction(() => (globalThis as unknown as PageWindow).__readyAt !== undefined);
        opens.push(await page.evaluate(() => (globalThis as unknown as PageWindow).__readyAt as number));
      }

      const openCategory = await timed(
        page,
        `document.querySelector('section[data-category="s1.mobile"] .category-toggle').click()`,
        `!!document.querySelector('section[data-category="s1.mobile"] tr.group-row')`,
      );
      const openGroup = await timed(
        page,
        `document.querySelector('section[data-category="s1.mobile"] tr.group-row .row-toggle').click()`,
        `!!document.querySelector('section[data-category="s1.mobile"] tbody.group-members tr.entry-row')`,
      );
      const openRow = await timed(
        page,
        `document.querySelector('section[data-category="s1.mobile"] tbody.group-members .row-toggle').click()`,
        `!!document.querySelector('section[data-category="s1.mobile"] .entry-edit input[id$="-quantity"]')`,
      );

      // Typing into the quantity: each key to its next paint (Event Timing), and to the total that follows it.
      const quantity = page.locator('section[data-category="s1.mobile"] .entry-edit input[id$="-quantity"]');
      await quantity.fill('');
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        (globalThis as unknown as PageWindow).__events = [];
      });
      const follow: number[] = [];
      await quantity.focus();
      for (const key of KEYS) {
        const before = await page.locator('[data-total="scope1"] td').getAttribute('data-kg');
        const t0 = await page.evaluate(() => (globalThis as unknown as PageWindow).performance.now());
        await page.keyboard.press(key);
        await page.waitForFunction(
          (b) =>
            (globalThis as unknown as PageWindow).document
              .querySelector('[data-total="scope1"] td')
              ?.getAttribute('data-kg') !== b,
          before,
          { polling: 'raf' },
        );
        follow.push(
          (await page.evaluate(() => (globalThis as unknown as PageWindow).performance.now())) - t0,
        );
      }
      const keyEvents = await page.evaluate(() => (globalThis as unknown as PageWindow).__events);
      const worstKey = Math.max(0, ...keyEvents.map((e) => e.duration));

      await page.locator('section[data-category="s1.stationary"] .category-toggle').click();
      const addEntry = await timed(
        page,
        `[...document.querySelectorAll('section[data-category="s1.stationary"] button')].find((b) => b.textContent.includes('Lisää kirjaus')).click()`,
        `!!document.activeElement && !!document.activeElement.closest('section[data-category="s1.stationary"] .entry-edit')`,
      );
      const memory = await rendererMb(page);
      await context.close();

      const n = BIG_YEAR_SIZE.toLocaleString('en-US');
      const ms = (name: string, value: number, budget: number): Figure => ({
        name: `${n}-entry year: ${name} (Chromium)`,
        value,
        unit: 'ms',
        budget,
        kind: 'max',
      });
      return [
        ms('open the year page', median(opens), 1000),
        ms('open a category', openCategory, 100),
        ms('open a group of rows', openGroup, 100),
        ms('open a row for editing', openRow, 100),
        ms('type a key, slowest to its paint', worstKey, 100),
        ms('type a key, total updated (median)', median(follow), 100),
        ms('add an entry, focus in its editor', addEntry, 100),
        {
          name: `${n}-entry year: renderer memory (Chromium)`,
          value: memory,
          unit: 'MB',
          budget: 300,
          kind: 'max',
        },
      ];
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(dist, { recursive: true, force: true });
  }
}
