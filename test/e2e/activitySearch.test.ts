/**
 * Finding activities in Chromium (issue 11, item 2): the year page's "Etsi toiminto" finds an activity in any
 * category by a Finnish word, and choosing it with the keyboard adds an entry of that activity in its
 * category, opened at the quantity; the entry editor's own search ranks a category's activities by the same
 * search; at 360 px the results wrap instead of making the page scroll sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('activity search', () => {
  it('adds the activity found on the year page to its category, ready for the quantity', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await createPartnerWithYear(page, server.url, 'Leipomo Oy');

    const field = page.getByRole('searchbox', { name: 'Etsi toiminto' });
    await field.fill('kahvia');
    const results = page.locator('.finder-results button');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().getAttribute('data-activity')).toBe('spend.food.coffee');
    expect(await results.first().textContent()).toBe('Ostetut tuotteet ja palvelut · Kahvi ja tee (euroina)');
    expect(await page.locator('#find-status').textContent()).toMatch(/^Osumia \d+, parhaat ensin\.$/);

    await field.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-activity'))).toBe(
      'spend.food.coffee',
    );
    await page.keyboard.press('Enter');

    const section = page.locator('section[data-category="s3.01"]');
    await expect.poll(() => section.locator('[data-count]').getAttribute('data-count')).toBe('1');
    await expect.poll(() => focusedId(page)).toMatch(/^e-.+-quantity$/);
    const entry = section.locator('fieldset.entry');
    expect(await entry.locator('select[id$="-activity"]').inputValue()).toBe('spend.food.coffee');
    expect(await entry.locator('select[id$="-unit"]').inputValue()).toBe('EUR');
    await page.keyboard.type('1 200');
    await page.getByRole('searchbox', { name: 'Etsi toiminto' }).focus();
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    expect(await field.inputValue()).toBe('');
    expect(await page.locator('#find-status').textContent()).toBe(
      'Lisätty: Ostetut tuotteet ja palvelut · Kahvi ja tee (euroina). Kirjoita määrä.',
    );

    await field.fill('xyzzy');
    await expect.poll(() => page.locator('#find-status').textContent()).toContain('ei löytynyt mitään');
    expect(await results.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("ranks a category's activities in the entry editor and keeps the chosen one listed", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Jäte Oy');
    const section = await openCategory(page, 's3.05');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = section.locator('fieldset.entry').last();
    await entry.waitFor();
    const activity = entry.locator('select[id$="-activity"]');
    await activity.selectOption('waste.glass.landfill');
    await entry.locator('input[type="search"]').fill('biojätteet');
    await expect
      .poll(
        async () =>
          (await activity.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value'))))[2],
      )
      .toMatch(/^waste\.organic_food_and_drink_waste\./);
    const values = await activity
      .locator('option')
      .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    // "Choose an activity", the chosen one (not found, still listed), then the four kinds of food waste.
    expect(values.slice(0, 2)).toEqual(['', 'waste.glass.landfill']);
    expect(values.filter((v) => v?.startsWith('waste.organic_food_and_drink_waste.'))).toHaveLength(4);
    expect(values).not.toContain('waste.wood.landfill');
    expect(await activity.inputValue()).toBe('waste.glass.landfill');
    await context.close();
  }, 120_000);

  it('shows the results at 360 px without the page scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Kapea Oy');
    await page.getByRole('searchbox', { name: 'Etsi toiminto' }).fill('lento');
    const results = page.locator('.finder-results button');
    await expect.poll(() => results.count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    for (const box of await results.evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON())))
      expect(box.height).toBeGreaterThanOrEqual(44);
    await context.close();
  }, 120_000);
});
