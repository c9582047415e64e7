/**
 * A received partner's report, read-only, in Chromium against the production build at 360 px: generated
 * partner files, summarized as the coordinator's device summarizes them and stored with their gzip inputs,
 * open at /network/partners/:key/:year with the totals of the file's own results, no control that edits or
 * sends, and nothing scrolling sideways; a year no file holds is said to be missing.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedFileSummary } from '../../src/core/network';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { summarizeFile } from '../../src/io/network/summarizeFile';
import { fileBytes, generatePartnerFiles } from '../generators/partnerFiles';
import { type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const received: { summary: ReceivedFileSummary; inputs: string }[] = [];

beforeAll(async () => {
  for (const f of await generatePartnerFiles({ seed: 13, partners: 3 })) {
    const r = await summarizeFile(
      { name: f.name, bytes: fileBytes(f), receivedAt: '2026-02-01T08:00:00.000Z' },
      loadBuiltinSet,
    );
    if (r.ok) received.push({ summary: r.summary, inputs: r.inputs });
  }
}, 60_000);

/** Stores the files as the coordinator's device does: the summary, and the inputs gzip-compressed. */
async function store(page: Page, files: typeof received): Promise<void> {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('paastolaskuri');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await Promise.all(
      list.map(async ({ summary, inputs }) => {
        const stream = new Blob([inputs]).stream().pipeThrough(new CompressionStream('gzip'));
        return { summary, gzip: new Uint8Array(await new Response(stream).arrayBuffer()) };
      }),
    );
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['received', 'receivedInputs'], 'readwrite');
      for (const { summary, gzip } of rows) {
        tx.objectStore('received').put(summary);
        tx.objectStore('receivedInputs').put({ id: summary.id, gzip });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, files);
}

describe("a received partner's report", () => {
  it("shows the file's year read-only, with the file's own totals", async () => {
    expect(received.length).toBe(3);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await store(page, received);

    const { summary } = received[0] as (typeof received)[number];
    const year = summary.years.at(-1) as ReceivedFileSummary['years'][number];
    await page.goto(
      new URL(`network/partners/${encodeURIComponent(summary.partnerKey)}/${year.year}`, server.url).href,
    );
    await page.getByRole('heading', { name: `${summary.partner.name}: tulokset ${year.year}` }).waitFor();
    await expect
      .poll(() => page.locator('[data-read-only] .note').first().textContent())
      .toContain('Vain luku');
    const total = page.locator('[data-table="scopes"] tr[data-row="total"] td[data-col="location"]');
    await total.waitFor();
    expect(Number(await total.getAttribute('data-kg'))).toBeCloseTo(year.total.location, 6);
    const market = page.locator('[data-table="scopes"] tr[data-row="total"] td[data-col="market"]');
    expect(Number(await market.getAttribute('data-kg'))).toBeCloseTo(year.total.market, 6);
    // Nothing that edits or sends: no "Send to the city", no link to the year's editor, no input.
    expect(await page.locator('.send-to-city').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Muokkaa vuoden tietoja' }).count()).toBe(0);
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'))
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className} ${e.textContent?.slice(0, 60)}`),
    );
    expect(wide).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await page.goto(
      new URL(`network/partners/${encodeURIComponent(summary.partnerKey)}/1999`, server.url).href,
    );
    await page.getByText('Kumppanin vuodesta 1999 ei ole vastaanotettua tiedostoa').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
