/**
 * The coordinator section's own navigation (issue 13) on a phone-sized screen with touch: /network,
 * /network/files and /network/factors reach each other from the top of each page, the page shown is marked
 * current, each link is a finger-sized target, nothing scrolls sideways at 360 px, and the dashboard with files
 * links to adding more.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiNetworkNav';
import '../../src/i18n/uiNetworkDash';
import '../../src/i18n/uiNetworkFactors';
import '../../src/i18n/uiNetworkFiles';
import { generatePartnerFiles } from '../generators/partnerFiles';
import { type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const nav = (page: Page) => page.getByRole('navigation', { name: tr('fi', 'netNavLabel') });

/** The sub-navigation's links as [name, href, current, height px]. */
function links(page: Page) {
  return nav(page)
    .getByRole('link')
    .evaluateAll((as) =>
      as.map((a) => [
        a.textContent ?? '',
        a.getAttribute('href'),
        a.getAttribute('aria-current'),
        Math.round(a.getBoundingClientRect().height),
      ]),
    );
}

async function expectAt(page: Page, path: string, heading: string): Promise<void> {
  await page.waitForURL((u) => u.pathname === path);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  const shown = await links(page);
  expect(shown.map(([name, href, current]) => [name, href, current])).toEqual([
    [tr('fi', 'netNavOverview'), '/network', path === '/network' ? 'page' : null],
    [tr('fi', 'netNavFiles'), '/network/files', path === '/network/files' ? 'page' : null],
    [tr('fi', 'netNavFactors'), '/network/factors', path === '/network/factors' ? 'page' : null],
  ]);
  for (const [name, , , height] of shown) expect(height, String(name)).toBeGreaterThanOrEqual(44);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

describe('coordinator section navigation', () => {
  it('leads between the three pages, and from the figures to adding more files', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const go = (name: string) => nav(page).getByRole('link', { name, exact: true }).click();

    await page.goto(`${server.url}network`);
    await expectAt(page, '/network', tr('fi', 'dashTitle'));
    await go(tr('fi', 'netNavFactors'));
    await expectAt(page, '/network/factors', tr('fi', 'nfTitle'));
    await go(tr('fi', 'netNavFiles'));
    await expectAt(page, '/network/files', tr('fi', 'netFilesTitle'));

    const files = await generatePartnerFiles({ seed: 71, partners: 2 });
    await page
      .locator('#received-pick-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text ?? '') })),
      );
    await expect.poll(() => page.locator('.received-done').count(), { timeout: 60_000 }).toBe(1);
    await go(tr('fi', 'netNavOverview'));
    await expectAt(page, '/network', tr('fi', 'dashTitle'));
    await page.locator('[data-table="netCounts"]').waitFor();
    await page.getByRole('link', { name: tr('fi', 'netNavMoreFiles'), exact: true }).click();
    await expectAt(page, '/network/files', tr('fi', 'netFilesTitle'));
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
