/**
 * The app as a partner uses it, in Chromium against the production build: create a partner and a year,
 * enter data in each scope, reload, go offline, use two tabs. Totals on screen must equal the core's for
 * the same data, nothing may leave the origin, and no console error may appear.
 */

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { newInventory } from '../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory, openEntries } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

/** Console errors, page errors and requests to other origins, collected for a whole context. */
function watch(context: BrowserContext) {
  const seen = { errors: [] as string[], foreign: [] as string[] };
  context.on('page', (p) => track(p, seen));
  for (const p of context.pages()) track(p, seen);
  context.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) seen.foreign.push(r.url());
  });
  return seen;
}

function track(page: Page, seen: { errors: string[] }) {
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
}

const newPartnerWithYear = (page: Page, name: string) => createPartnerWithYear(page, server.url, name);

async function addEntry(page: Page, category: string, activity: string, quantity: string): Promise<Locator> {
  const section = await openCategory(page, category);
  const before = await section.locator('fieldset.entry').count();
  await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
  await expect.poll(() => section.locator('fieldset.entry').count()).toBe(before + 1);
  const entry = section.locator('fieldset.entry').last();
  await entry.locator('select[id$="-activity"]').selectOption(activity);
  await entry.locator('input[id$="-quantity"]').fill(quantity);
  return entry;
}

async function totals(page: Page): Promise<Record<string, number>> {
  return page
    .locator('[data-total]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-total'),
          Number(r.querySelector('[data-kg]')?.getAttribute('data-kg')),
        ]),
      ),
    );
}

describe('the app in Chromium', () => {
  it('keeps a partner, a year and entries in every scope over a reload, with totals equal to the core', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const page = await context.newPage();
    await newPartnerWithYear(page, 'Testiyritys <b>Oy</b>');
    await addEntry(page, 's1.stationary', 'fuel.light-fuel-oil', '1 000');
    const el = await addEntry(page, 's2.electricity', 'electricity.fi', '12 345,5');
    await el.locator('input[id$="-go"]').fill('50');
    await addEntry(page, 's3.06', 'flight.intl.economy', '2 000');
    const bad = await addEntry(page, 's1.mobile', 'vehicle-fuel.diesel', '12.5');
    await expect.poll(() => bad.locator('.field-error').textContent()).toContain('desimaalipilkkua');
    await saved(page);

    await page.reload();
    await page.locator('[data-total="scope1"] [data-kg]').waitFor();
    await openEntries(page, 's1.stationary', 1);
    await openEntries(page, 's1.mobile', 1);
    const s1 = page.locator('section[data-category="s1.stationary"] fieldset.entry');
    expect(await s1.locator('input[id$="-quantity"]').inputValue()).toBe('1 000');
    const badAfter = page.locator('section[data-category="s1.mobile"] fieldset.entry');
    expect(await badAfter.locator('input[id$="-quantity"]').inputValue()).toBe('12.5');
    await expect.poll(() => badAfter.locator('.field-error').count()).toBe(1);
    expect(await page.getByText('Keskeneräisiä kirjauksia (ei laskettu mukaan): 1.').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Testiyritys <b>Oy</b>');

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const core = calculateInventory(
      newInventory(2024, DEFAULT_FACTOR_SET, {
        entries: [
          { id: 'a', category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity: 1000, unit: 'l' },
          {
            id: 'b',
            category: 's2.electricity',
            activity: 'electricity.fi',
            quantity: 12345.5,
            unit: 'kWh',
            instruments: [{ kind: 'certificate', share: 0.5, note: 'GO' }],
          },
          { id: 'c', category: 's3.06', activity: 'flight.intl.economy', quantity: 2000, unit: 'pkm' },
        ],
      }),
      { factorSet: set },
    );
    const shown = await totals(page);
    expect(shown.scope1).toBeCloseTo(core.scope1, 9);
    expect(shown.s2Location).toBeCloseTo(core.scope2.location, 9);
    expect(shown.s2Market).toBeCloseTo(core.scope2.market, 9);
    expect(shown.scope3).toBeCloseTo(core.scope3, 9);
    expect(shown.totalMarket).toBeCloseTo(core.total.market, 9);
    expect(core.scope2.market).toBeGreaterThan(0);

    // An entry's calculation is written out when its result is opened, in Finnish with decimal commas.
    expect(await s1.locator('.formula').count()).toBe(0);
    await s1.locator('summary[data-kg]').click();
    await expect.poll(() => s1.locator('.formula').textContent()).toContain('× 0,845 kg/l (tiheys)');

    // The partner page shows the same totals for the year.
    await page.getByRole('link', { name: 'Testiyritys <b>Oy</b>' }).click();
    const yearRow = page.getByRole('row', { name: /2024/ });
    await expect
      .poll(() => yearRow.locator('td[data-kg]').first().getAttribute('data-kg'))
      .toBe(String(shown.totalLocation));
    expect(Number(await yearRow.locator('td[data-kg]').nth(1).getAttribute('data-kg'))).toBe(
      shown.totalMarket,
    );

    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  }, 60_000);

  it('works offline after the first visit: enter data offline, reload offline, all there', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const page = await context.newPage();
    const url = await newPartnerWithYear(page, 'Offline Oy');
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (
              globalThis as unknown as {
                navigator: {
                  serviceWorker: { getRegistration(): Promise<{ active?: { state: string } } | undefined> };
                };
              }
            ).navigator.serviceWorker
              .getRegistration()
              .then((r) => r?.active?.state),
          ),
        { timeout: 20_000 },
      )
      .toBe('activated');
    await context.setOffline(true);
    await page.reload();
    await addEntry(page, 's2.heat', 'district-heat.fi', '42');
    await saved(page);
    await page.reload();
    await openEntries(page, 's2.heat', 1);
    const heat = page.locator('section[data-category="s2.heat"] fieldset.entry');
    await heat.first().waitFor();
    expect(await heat.locator('input[id$="-quantity"]').inputValue()).toBe('42');
    expect(page.url()).toBe(url);
    await context.setOffline(false);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  }, 60_000);

  it('shows one tab the changes made in another', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const a = await context.newPage();
    const url = await newPartnerWithYear(a, 'Kaksi välilehteä Oy');
    await addEntry(a, 's1.fugitive', 'refrigerant.R-410A', '2');
    await saved(a);
    const b = await context.newPage();
    await b.goto(url);
    await openEntries(b, 's1.fugitive', 1);
    const field = (p: Page) => p.locator('section[data-category="s1.fugitive"] input[id$="-quantity"]');
    await expect.poll(() => field(b).inputValue()).toBe('2');
    await field(a).fill('3,5');
    await saved(a);
    await expect.poll(() => field(b).inputValue()).toBe('3,5');
    const expected = (await totals(a)).scope1 ?? Number.NaN;
    await expect.poll(async () => (await totals(b)).scope1).toBeCloseTo(expected, 9);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  }, 60_000);

  it('loses nothing typed fast, and never shows "saved" while a failed save stands', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const page = await context.newPage();
    await newPartnerWithYear(page, 'Nopea kirjoittaja Oy');
    const entry = await addEntry(page, 's2.heat', 'district-heat.fi', '10');
    const source = entry.locator('input[id$="-source"]');
    await source.click();
    await page.keyboard.type('Lasku 123 ja toinen lasku, kaukolämpö tammi–joulukuu', { delay: 0 });
    await saved(page);
    await page.reload();
    await openEntries(page, 's2.heat', 1);
    const heat = page.locator('section[data-category="s2.heat"] fieldset.entry');
    await expect
      .poll(() => heat.locator('input[id$="-source"]').inputValue())
      .toBe('Lasku 123 ja toinen lasku, kaukolämpö tammi–joulukuu');

    // The disk is full: writes fail with QuotaExceededError.
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        IDBObjectStore: { prototype: { put: unknown } };
        __put: unknown;
        DOMException: new (m: string, n: string) => Error;
      };
      g.__put = g.IDBObjectStore.prototype.put;
      g.IDBObjectStore.prototype.put = () => {
        throw new g.DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const quantity = heat.locator('input[id$="-quantity"]');
    await quantity.fill('25');
    await page.getByRole('alert').getByText('Laitteen tallennustila on täynnä').waitFor();
    expect(await page.locator('.save-indicator').getAttribute('data-state')).toBe('failed');
    expect(await quantity.inputValue()).toBe('25');

    // Space again: another field saves, and the failed quantity, kept unsaved until then, is written with it
    // (issue 16: an edit that failed is written when storage works again, not only when typed again).
    await page.evaluate(() => {
      const g = globalThis as unknown as { IDBObjectStore: { prototype: { put: unknown } }; __put: unknown };
      g.IDBObjectStore.prototype.put = g.__put;
    });
    await heat.locator('input[id$="-note"]').fill('tarkistettu');
    await saved(page);
    await quantity.fill('26');
    await saved(page);
    await page.reload();
    await openEntries(page, 's2.heat', 1);
    await expect.poll(() => heat.locator('input[id$="-quantity"]').inputValue()).toBe('26');
    expect(seen.foreign).toEqual([]);
    await context.close();
  }, 60_000);

  it('walks every page under the strict Content Security Policy without a violation or console error', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        __csp: string[];
        addEventListener: (
          t: string,
          f: (e: { violatedDirective: string; blockedURI: string }) => void,
        ) => void;
      };
      g.__csp = [];
      g.addEventListener('securitypolicyviolation', (e) =>
        g.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const violations = () => page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Lisää esimerkkikumppani' }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    expect(await violations()).toEqual([]);
    const pages = [
      page.url(),
      `${page.url()}/years/2024`,
      `${server.url}settings`,
      `${server.url}nothing-here`,
      server.url,
    ];
    for (const url of pages) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(200);
      expect(await violations(), url).toEqual([]);
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Climate partners' }).waitFor();
    expect(await violations()).toEqual([]);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  }, 60_000);
});
