/**
 * The header's language buttons by keyboard (found walking the app in Swedish, issue 15): the header offers
 * only the two other languages, so the button pressed goes away. The focus moves to the button of the language
 * just left, which stands where the pressed one stood: the reader stays in the language choice, and Enter again
 * takes her back. Before, the focus fell to the page's body.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}[lang=${a.getAttribute('lang') ?? ''}] ${a.textContent ?? ''}` : '';
  });

async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).endsWith(` ${name}`)) return;
  }
  throw new Error(`${name} not reached by Tab`);
}

describe('the language buttons by keyboard', () => {
  it('keep the focus in the language choice, at 320 px as well', async () => {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(server.url);
      await page.locator('main h1').waitFor();
      await tabTo(page, 'Svenska');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
      await expect.poll(() => focused(page)).toBe('button[lang=fi] Suomi');

      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fi');
      await expect.poll(() => focused(page)).toBe('button[lang=sv] Svenska');
      await page.close();
    }
  });
});
