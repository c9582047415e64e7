/**
 * The accessibility statement (issue 15): reached from the footer of every page, naming the organization and
 * the feedback channels given when the app was built (here through the environment, as a deployment would),
 * the 14-day answer and the supervising authority; the footer's feedback link takes the focus to the channels.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiLanguage';
import '../../src/i18n/uiStatement';
import type { Lang } from '../../src/i18n/issueMessages';
import { AUTHORITY_SITE } from '../../src/i18n/uiStatement';
import { type StaticServer, useBuiltApp } from './browser';

// Read by vite.config.ts when this file's build starts (environment variables override .env).
const ORG = { fi: 'Testilän kaupunki', sv: 'Testby stad', en: 'City of Testby' };
process.env.PAASTO_ORG_FI = ORG.fi;
process.env.PAASTO_ORG_SV = ORG.sv;
process.env.PAASTO_ORG_EN = ORG.en;
process.env.PAASTO_FEEDBACK_EMAIL = 'saavutettavuus@example.fi';
process.env.PAASTO_FEEDBACK_URL = 'https://palaute.example.fi/saavutettavuus';
process.env.PAASTO_FEEDBACK_PHONE = '';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const footer = (page: Page, lang: Lang) => page.getByRole('navigation', { name: tr(lang, 'stFooterLabel') });

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await run(page);
  } finally {
    await context.close();
  }
}

describe('accessibility statement', () => {
  it('is linked from the footer of every page', async () => {
    await withPage(async (page) => {
      for (const path of [
        '',
        'settings',
        'backup',
        'network',
        'network/files',
        'network/factors',
        'no-such-page',
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.locator('h1').first().waitFor();
        const link = footer(page, 'fi').getByRole('link', { name: tr('fi', 'stFooterLink') });
        expect(await link.getAttribute('href'), path).toBe('/accessibility');
      }
      await footer(page, 'fi')
        .getByRole('link', { name: tr('fi', 'stFooterLink') })
        .click();
      await page.waitForURL(/\/accessibility$/);
      await expect.poll(() => page.locator('h1').textContent()).toBe(tr('fi', 'stTitle'));
    });
  });

  it('names the organization, its channels, the 14 days and the authority, in the three languages', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}accessibility`);
      for (const lang of ['fi', 'sv', 'en'] as const) {
        if (lang !== 'fi') {
          await page.goto(`${server.url}settings`);
          await page.locator('#set-lang').selectOption(lang);
          await footer(page, lang)
            .getByRole('link', { name: tr(lang, 'stFooterLink') })
            .click();
        }
        const main = page.locator('main');
        await expect.poll(() => page.locator('h1').textContent()).toBe(tr(lang, 'stTitle'));
        const text = (await main.textContent()) ?? '';
        expect(text).toContain(tr(lang, 'stIntro', { org: ORG[lang] }));
        expect(text).toContain('14');
        const email = main.getByRole('link', { name: 'saavutettavuus@example.fi' });
        expect(await email.getAttribute('href')).toBe('mailto:saavutettavuus@example.fi');
        const form = main.getByRole('link', { name: 'https://palaute.example.fi/saavutettavuus' });
        expect(await form.getAttribute('href')).toBe('https://palaute.example.fi/saavutettavuus');
        const authority = main.getByRole('link', { name: AUTHORITY_SITE[lang].replace('https://', '') });
        expect(await authority.getAttribute('href')).toBe(AUTHORITY_SITE[lang]);
        expect(text).not.toContain(tr(lang, 'stFeedbackMissing', { org: ORG[lang] }));
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
      }
    });
  }, 30_000);

  it("moves the focus to the feedback channels from another page's footer", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}settings`);
      await page.locator('h1').waitFor();
      await footer(page, 'fi')
        .getByRole('link', { name: tr('fi', 'stFooterFeedback') })
        .click();
      await page.waitForURL(/\/accessibility#feedback$/);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe(tr('fi', 'stFeedbackHeading'));
    });
  });
});
