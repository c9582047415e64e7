/**
 * Where the keyboard focus goes, in Chromium against the production build (issue 15): after a page change the
 * new page's heading has the focus and names the tab (a screen reader announces it); a modal dialog (bulk
 * entry, marking a year complete with data missing, deleting an own factor) takes the focus, keeps it inside
 * while Tab and Shift+Tab are pressed, closes with Escape and gives the focus back to the control that opened
 * it; a form that opens in the page (a new partner, a target) takes the focus and gives it back when closed;
 * the sector's list of choices (a combobox) and a help text close with Escape; a deleted row's undo takes
 * the focus. Language-independent: run in the first language of LANGS (Finnish: the partner is made with
 * browser.ts's Finnish helper).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/i18n/uiBackup';
import '../../src/i18n/uiCommitment';
import '../../src/i18n/uiFactors';
import { tr } from '../../src/i18n/ui';
import { LANGS } from './a11y';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: StaticServer;
let newContext: () => Promise<BrowserContext>;
useBuiltApp((b, s) => {
  server = s;
  newContext = () => b.newContext({ viewport: { width: 1280, height: 900 } });
});

const lang = LANGS[0] ?? 'fi';
const BAKERY = readFileSync(new URL('../../docs/examples/bakery-own-factors.json', import.meta.url), 'utf8');

/** What has the focus: its tag, id, text, and whether it is inside an open dialog. */
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      inDialog: el?.closest('dialog[open]') !== null && el?.closest('dialog[open]') !== undefined,
    };
  });

/** The page's heading has the focus and names the tab. */
async function headingFocused(page: Page): Promise<void> {
  const h1 = (await page.locator('main h1').first().textContent())?.trim() ?? '';
  await expect.poll(async () => (await active(page)).tag).toBe('h1');
  await expect.poll(() => page.title()).toContain(h1);
}

/** A modal dialog is open with the focus inside, keeps it over Tab and Shift+Tab, and closes with Escape. */
async function modal(page: Page, dialog: string): Promise<void> {
  await page.locator(`${dialog}[open]`).waitFor();
  await expect.poll(async () => (await active(page)).inDialog).toBe(true);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const a = await active(page);
    // Leaving for the browser's own controls (the body has the focus then) is allowed; the page is not.
    if (a.tag !== 'body') expect(a.inDialog, `${key} moved the focus to ${a.tag}#${a.id}`).toBe(true);
  }
  await page.locator(dialog).locator('button, select, input, textarea').first().focus();
  await page.keyboard.press('Escape');
  await page.locator(`${dialog}[open]`).waitFor({ state: 'detached' });
}

describe('focus after page changes, dialogs and forms', () => {
  let context: BrowserContext;
  let page: Page;
  let partner = '';
  let newYear = '';
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    // A year with every category to do (asked about when marked complete), and the example partner.
    newYear = await createPartnerWithYear(page, server.url, 'Fokus Oy');
    await page.goto(server.url);
    await page.getByRole('button', { name: tr(lang, 'addDemo') }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    partner = page.url();
  });
  afterAll(() => context?.close());

  it('a page change puts the focus on the new heading and names the tab', async () => {
    await headingFocused(page);
    await page.locator('main a[href$="/years/2024"]').first().click();
    await page.waitForURL(/\/years\/2024$/);
    await headingFocused(page);
    await page.locator('main a[href$="/results"]').first().click();
    await page.waitForURL(/\/results$/);
    await headingFocused(page);
    await page.locator('header nav a[href="/settings"]').click();
    await headingFocused(page);
    await page.goBack();
    await page.waitForURL(/\/results$/);
    await headingFocused(page);
  });

  it('bulk entry: a modal dialog, closed with Escape, the focus back on its button', async () => {
    await page.goto(newYear);
    const section = await openCategory(page, 's2.electricity');
    const opener = section.getByRole('button', { name: new RegExp(tr(lang, 'bulkOpen')) });
    await opener.focus();
    await page.keyboard.press('Enter');
    await modal(page, 'dialog.bulk-import');
    await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('marking a year complete with data missing: asked in a modal dialog, Escape goes back to the choice', async () => {
    await page.locator('details.card:has(#inv-status) summary').click();
    await page.locator('#inv-status').selectOption('complete');
    await modal(page, 'dialog.confirm-complete');
    await expect.poll(async () => (await active(page)).id).toBe('inv-status');
    expect(await page.locator('#inv-status').inputValue()).toBe('draft');
  });

  it("the sector's list of choices closes with Escape, the focus staying in the field", async () => {
    await page.goto(partner);
    const field = page.locator('#org-sector');
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('leipo');
    const list = page.locator('[role="listbox"]').filter({ has: page.locator('[role="option"]') });
    await list.first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="listbox"]:not([hidden])').count()).toBe(0);
    expect(await field.evaluate((f) => f === document.activeElement)).toBe(true);
  });

  it('a help text closes with Escape, the focus on its button', async () => {
    await page.goto(newYear);
    await page.locator('main .help-button').first().waitFor();
    const help = page.locator('main .help-button').first();
    await help.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('false');
    expect(await help.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('deleting an own factor: a modal dialog; Escape back to its button; deleted, the focus on the undo', async () => {
    await page.goto(new URL('backup', server.url).href);
    await page.locator('#backup-import-file').setInputFiles({
      name: 'bakery.json',
      mimeType: 'application/json',
      buffer: Buffer.from(BAKERY),
    });
    await page.getByRole('button', { name: tr(lang, 'backupImportButton'), exact: true }).click();
    await page.locator('.backup-import-done').waitFor();
    await page.goto(server.url);
    await page
      .locator('main .partner-list a')
      .filter({ hasText: JSON.parse(BAKERY).organization.name })
      .click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    await page.locator('main a[href$="/years/2024"]').first().click();
    await page.locator('details.own-factors-card summary').click();
    const remove = page
      .locator('.own-factors li')
      .first()
      .getByRole('button', { name: tr(lang, 'ofDelete'), exact: true });
    await remove.focus();
    await page.keyboard.press('Enter');
    await modal(page, 'dialog.own-factor-delete');
    await expect.poll(() => remove.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('dialog.own-factor-delete[open]').waitFor();
    // The dialog's first button deletes (its words say whether the entries using it switch to the default).
    await page.locator('dialog.own-factor-delete button').first().click();
    await expect.poll(async () => (await active(page)).text).toBe(tr(lang, 'ofUndo'));
  });

  it('a new partner form and a target form take the focus and give it back; a deleted partner leaves it on the undo', async () => {
    await page.goto(server.url);
    const open = page.getByRole('button', { name: tr(lang, 'newPartner') });
    await open.click();
    await expect.poll(async () => (await active(page)).id).toBe('new-name');
    await page.getByRole('button', { name: tr(lang, 'cancel'), exact: true }).click();
    await expect.poll(async () => (await active(page)).text).toBe(tr(lang, 'newPartner'));
    page.once('dialog', (d) => void d.accept());
    await page
      .locator('main .partner-list li')
      .filter({ hasText: 'Fokus Oy' })
      .locator('button.secondary')
      .click();
    await expect.poll(async () => (await active(page)).text).toBe(tr(lang, 'undo'));
    await page.keyboard.press('Enter');
    await page.locator('main .toast').waitFor({ state: 'detached' });

    await page.goto(`${partner}/commitment`);
    const add = page.locator('#target-add');
    await add.click();
    await expect.poll(async () => (await active(page)).inDialog).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('form.target-form') !== null))
      .toBe(true);
    await page
      .locator('form.target-form')
      .getByRole('button', { name: tr(lang, 'cmCancel') })
      .click();
    await expect.poll(async () => (await active(page)).id).toBe('target-add');
  });
});
