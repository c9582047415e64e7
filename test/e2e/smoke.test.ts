/** The built page calculates the example in the browser with the same core, and equals the Node result. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { launch, serveBuiltApp } from './browser';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveBuiltApp>>;

beforeAll(async () => {
  app = await serveBuiltApp();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the app page in Chromium', () => {
  it('shows the example totals equal to the calculation core, with no console error or foreign request', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(app.url)) foreign.push(r.url());
    });
    await page.goto(app.url);
    await page.getByRole('table').waitFor();
    const kg = await page
      .locator('td[data-kg]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-kg'))));

    const ev = await evaluateExchange(
      JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')),
      (ref) => loadBuiltinSet(ref).catch(() => undefined),
    );
    if (!ev.ok) throw new Error('example invalid');
    const r = ev.results[0];
    expect(kg).toEqual([r?.scope1, r?.scope2.location, r?.scope2.market, r?.scope3, r?.biogenicCO2]);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('switches to English and formats numbers the English way', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('table').waitFor();
    const text = await page.locator('td[data-kg]').first().textContent();
    expect(text).not.toMatch(/,\d$/);
    await page.close();
  });
});
