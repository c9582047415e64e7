/**
 * At 200 % zoom on a laptop (1280 × 900 device pixels, so 640 × 450 CSS pixels) the year page's totals, kept
 * on screen while scrolling, would cover the whole view in Swedish and hide the field being typed in (found
 * walking the app by keyboard, issue 15). In a low window they stay in the page's flow: the focused amount
 * field is the element at its own centre. In a tall window they still stay on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiSearch';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

/** Whether the focused element is the one drawn at its centre (nothing covers it). */
const focusedUncovered = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const r = a.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a;
  });

async function yearWithEntry(page: Page): Promise<void> {
  await createPartnerWithYear(page, server.url, 'Bageri Ab');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.getByRole('heading', { level: 2, name: tr('sv', 'findTitle') }).waitFor();
  await page.locator('#find-activity').fill('fjärrvärme');
  await page.locator('#find-results button').first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-quantity$/);
}

describe('the year page at 200 % zoom', () => {
  it('leaves the field typed in uncovered by the totals', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await yearWithEntry(page);
    await page.keyboard.type('120');
    await expect.poll(() => focusedUncovered(page)).toBe(true);
    expect(await page.locator('.totals').evaluate((e) => getComputedStyle(e).position)).toBe('static');
    await page.close();
  });

  it('keeps the totals on screen in a tall window', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await yearWithEntry(page);
    expect(await page.locator('.totals').evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    await page.close();
  });
});
