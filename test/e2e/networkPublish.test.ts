/**
 * The network dashboard's partner table and the network summary in Chromium, against the production build: a
 * folder of generated partner files is added on /network/files; on /network the partner table lists every
 * partner, filters by name and sorts by the year's total, and a name opens the partner's report read-only; the
 * summary downloads as a PDF (read back with pdftotext) and a CSV, anonymous by default (no partner's name or
 * own figures in it) and named when the option is cleared; at 360 px nothing scrolls sideways.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiNetworkPartners';
import '../../src/i18n/uiNetworkPublication';
import { type GeneratedFile, generatePartnerFiles } from '../generators/partnerFiles';
import { pdfPages, plain } from '../io/report/pdfTools';
import { type StaticServer, tempDir, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function addFiles(page: Page): Promise<GeneratedFile[]> {
  const files = (await generatePartnerFiles({ seed: 29, partners: 8 })).filter(
    (f) => f.expect.kind === 'good',
  );
  for (const f of files) writeFileSync(join(dir, f.name), f.text ?? '');
  await page.goto(`${server.url}network/files`);
  await page.locator('#received-pick-folder').setInputFiles(dir);
  await expect.poll(() => page.locator('.received-done').count(), { timeout: 60_000 }).toBe(1);
  return files;
}

async function saved(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const d = await download;
  const path = join(dir, `saved-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

describe('network partner table and summary', () => {
  it('lists, filters, sorts and opens partners; downloads the summary anonymous and named', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const files = await addFiles(page);
    const names = files.flatMap((f) => (f.expect.kind === 'good' ? [f.expect.name] : []));

    await page.goto(`${server.url}network`);
    const table = page.locator('[data-partner-table]');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(names.length);

    // Filter by a name: only that partner is left.
    const first = names[0] as string;
    await page.getByLabel(tr('fi', 'ptabPartnersFilter')).fill(first.slice(0, 12));
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await table.locator('tbody th').first().textContent()).toContain(first.slice(0, 12));
    await page.getByLabel(tr('fi', 'ptabPartnersFilter')).fill('');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(names.length);

    // Sort by the location-based total, largest first: the figures as shown go down.
    const sortButton = table.locator('button[data-sort="location"]');
    await sortButton.click();
    await sortButton.click();
    await expect.poll(() => table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const totals = (await table.locator('tbody tr td:nth-child(4)').allTextContents())
      .filter((t) => t !== '–')
      .map((t) => Number(plain(t).replace(/\s/g, '').replace(',', '.')));
    expect(totals.length).toBeGreaterThan(1);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);

    // The summary: anonymous by default.
    const anonymous = page.getByLabel(tr('fi', 'pubExportAnonymous'));
    expect(await anonymous.isChecked()).toBe(true);
    const pdf = await saved(
      Promise.all([page.waitForEvent('download'), page.locator('button[data-summary="pdf"]').click()]).then(
        ([d]) => d,
      ),
    );
    const year = await page.locator('#network-year').inputValue();
    expect(pdf.name).toBe(`verkoston-yhteenveto-${year}.pdf`);
    const text = plain(pdfPages(new Uint8Array(pdf.bytes)).join('\n'));
    expect(text).toContain(`Verkoston yhteenveto ${year}`);
    expect(text).toContain('Päästöt scopeittain');
    for (const n of names) expect(text).not.toContain(n.slice(0, 10));

    // Named: the CSV lists the partners, and its name says so.
    await anonymous.uncheck();
    const csv = await saved(
      Promise.all([page.waitForEvent('download'), page.locator('button[data-summary="csv"]').click()]).then(
        ([d]) => d,
      ),
    );
    expect(csv.name).toBe(`verkoston-yhteenveto-${year}-kumppanit-nimeltä.csv`);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText).toContain(`${year};summary;anonymous;`);
    expect(csvText).toContain(';partnerList;');
    for (const n of names) expect(csvText).toContain(n);

    // A partner's name opens its report, read-only.
    await table.locator('tbody th a').first().click();
    await page.waitForURL(/\/network\/partners\/[^/]+\/\d{4}$/);
    await page.locator('[data-read-only]').waitFor();
    await page.locator('[data-table="scopes"] tr[data-row="total"]').waitFor();

    // On a phone the table scrolls within its own box: the page does not scroll sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}network`);
    await table.waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
