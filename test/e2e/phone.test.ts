/**
 * The app on a phone (360 × 740, touch emulated), in Chromium against the production build, with the
 * service worker's one-time "works offline now" notice showing: on the partners list, a partner's page, a
 * year with an entry open and the backup page, no fixed or sticky box covers a button, link or field at the
 * top or the bottom of the page (the notice once covered the import button and the entry editor), every
 * button, select and header link is at least 44 × 44 px, and the backup page does not ask a finger to drag a file.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import example from '../../docs/examples/shop-guarantees-of-origin.json';
import { type StaticServer, useBuiltApp } from './browser';
import { openFirstEntryNote } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const PHONE = { width: 360, height: 740 } as const;
const TOUCH_TARGET_PX = 44;
const SHOTS = '/tmp/phone-shots';
const OFFLINE_TEXT = 'Sovellus toimii nyt myös ilman verkkoyhteyttä.';

/** Moves within the app without loading the page again: the offline notice shows once per install. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Every visible fixed or sticky box that overlaps a visible control outside itself, named for the message. */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      // checkVisibility: the content of a closed <details> keeps a box (content-visibility), but nobody sees it.
      return (
        r.width > 0 &&
        r.height > 0 &&
        s.visibility !== 'hidden' &&
        s.display !== 'none' &&
        el.checkVisibility({ contentVisibilityAuto: true })
      );
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const floating = Array.from(document.querySelectorAll('body *')).filter((el) => {
      const p = getComputedStyle(el).position;
      return (p === 'fixed' || p === 'sticky') && visible(el);
    });
    const controls = Array.from(
      document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"]'),
    ).filter(visible);
    const out: string[] = [];
    for (const f of floating) {
      const a = f.getBoundingClientRect();
      for (const c of controls) {
        if (f.contains(c)) continue;
        const b = c.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) out.push(`${name(f)} covers ${name(c)}`);
      }
    }
    return out;
  });
}

/** Visible buttons, selects and file fields smaller than a finger, with their size. */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    (m) =>
      Array.from(
        document.querySelectorAll('button, select, input[type="file"], .backup-button, header.top a'),
      )
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ el, r }) => r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter(({ r }) => r.height < m - 0.5 || r.width < m - 0.5)
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    min,
  );
}

/** At the top and at the bottom of the page: nothing covered, every target big enough; a screenshot of each. */
async function check(page: Page, label: string): Promise<void> {
  await page.waitForTimeout(200);
  for (const end of ['top', 'bottom'] as const) {
    await page.evaluate(
      (e) => window.scrollTo(0, e === 'top' ? 0 : document.documentElement.scrollHeight),
      end,
    );
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${SHOTS}/${label}-${end}.png` });
    expect.soft(await coveredControls(page), `${label} (${end})`).toEqual([]);
  }
  expect.soft(await smallTargets(page, TOUCH_TARGET_PX), `${label}: small touch targets`).toEqual([]);
  // The notice is still there, announced politely, and has not taken the focus.
  const notice = page.locator('.update-prompt[role="status"]').getByText(OFFLINE_TEXT);
  expect.soft(await notice.isVisible(), `${label}: the offline notice shows`).toBe(true);
  expect
    .soft(
      await page.evaluate(() => document.activeElement?.closest('.update-prompt') ?? null),
      `${label}: focus`,
    )
    .toBeNull();
}

describe('the app on a phone', () => {
  it('never covers a control with a notice, and gives every control a finger-sized target', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));

    // The first visit installs the service worker; its notice stays until closed.
    await page.goto(server.url);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.locator('.update-prompt').getByText(OFFLINE_TEXT).waitFor({ timeout: 30_000 });

    await goInApp(page, '/backup');
    await page.locator('#backup-import-file').waitFor();
    // A finger chooses a file; nothing asks it to drag one.
    await expect.poll(() => page.getByText('Valitse tiedosto', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('tai vedä tiedosto tähän.').isVisible()).toBe(false);
    await check(page, 'backup');
    await page.locator('#backup-import-file').setInputFiles({
      name: 'example.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(example), 'utf8'),
    });
    await page.locator('.backup-preview').waitFor();
    await check(page, 'import-preview');
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.locator('.backup-import-done').waitFor();

    const name = example.organization.name;
    await goInApp(page, '/');
    await page.getByRole('link', { name }).waitFor();
    await check(page, 'partners');

    const partnerUrl = await page.getByRole('link', { name }).getAttribute('href');
    if (!partnerUrl) throw new Error('the partner has a link');
    await goInApp(page, partnerUrl);
    await page.locator('table').first().waitFor();
    await check(page, 'partner');

    const year = example.inventories[example.inventories.length - 1]?.year;
    await goInApp(page, `${partnerUrl}/years/${year}`);
    await page.locator('[data-total="scope1"]').waitFor();
    const { section } = await openFirstEntryNote(page, 's2.electricity');
    await check(page, 'year-entry-open');

    // The spreadsheet dialog: drawn over the page on purpose, so only its own targets and words are checked.
    await section.getByRole('button', { name: /^Tuo taulukosta/ }).click();
    const dialog = page.getByRole('dialog', { name: /Tuo kirjauksia taulukosta/ });
    await dialog.locator('#bulk-file').waitFor();
    await page.screenshot({ path: `${SHOTS}/bulk-dialog.png` });
    expect.soft(await smallTargets(page, TOUCH_TARGET_PX), 'bulk dialog: small touch targets').toEqual([]);
    // The file field and the paste box stay within their fieldset (they were cut off at its right edge).
    const cut = await dialog.locator('fieldset.bulk-source').evaluate((f) => {
      const right = f.getBoundingClientRect().right;
      return Array.from(f.querySelectorAll('input, textarea'))
        .filter((el) => el.getBoundingClientRect().right > right + 0.5)
        .map((el) => el.id);
    });
    expect.soft(cut, 'bulk dialog: fields cut off').toEqual([]);
    expect(await dialog.textContent()).toContain('Valitse CSV-tiedosto');
    expect(await dialog.textContent()).not.toMatch(/vedä|raahaa/i);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The city's factor editor, with a supplier and a value refused for want of its source.
    await goInApp(page, '/network/factors');
    await page.getByRole('button', { name: 'Lisää toimittaja' }).click();
    await page.getByRole('button', { name: 'Lisää arvo tälle toimittajalle' }).click();
    await page.getByRole('button', { name: 'Tee ja lataa julkaisutiedosto' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tiedostoa ei tehty' }).waitFor();
    await check(page, 'network-factors');

    // The notice goes when closed, and leaves no empty box behind.
    await page.locator('.update-prompt').getByRole('button', { name: 'Sulje' }).click();
    await page.locator('.update-prompt').getByText(OFFLINE_TEXT).waitFor({ state: 'detached' });
    expect(await page.locator('.update-prompt').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('keeps the drag-and-drop hint where there is a mouse', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('backup', server.url).href);
    await page.locator('#backup-import-file').waitFor();
    expect(await page.getByText('tai vedä tiedosto tähän.').isVisible()).toBe(true);
    await context.close();
  }, 60_000);
});
