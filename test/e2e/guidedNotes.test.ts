/**
 * Issue 10 in Chromium, in Finnish: the sector field finds a bakery by "leipomo" and stores the code chosen;
 * a free-text sector from an old backup never stops the results page, which names the field and links to it
 * (the partner page opens with the field in focus); a session note linked to an entry is shown in that
 * entry's trace; the handover page lists what is still to do; a term's help opens and closes as a disclosure.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { categoryInfo } from '../../src/core/categories';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const saved = (page: Page) =>
  expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

/** The partner row as stored, read from the app's IndexedDB. */
function storedPartner(page: Page, orgId: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('organizations').objectStore('organizations').get(id);
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown> | undefined);
            open.result.close();
          };
        };
      }),
    orgId,
  );
}

/** Writes a partner's sector into the app's IndexedDB as an older backup restored it: free text. */
function storeSector(page: Page, orgId: string, sector: string): Promise<void> {
  return page.evaluate(
    ([id, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('organizations', 'readwrite');
          const store = tx.objectStore('organizations');
          const get = store.get(id as string);
          get.onsuccess = () => store.put({ ...get.result, sector: value });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [orgId, sector],
  );
}

describe('the guided year in Chromium', () => {
  it('finds a bakery by "leipomo"; a free-text sector leaves the results and links to its field', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    const yearUrl = await createPartnerWithYear(page, server.url, 'Leipomo Testi Oy');
    const partnerUrl = yearUrl.replace(/\/years\/2024$/, '');
    const orgId = decodeURIComponent(partnerUrl.split('/').pop() ?? '');
    const section = await openCategory(page, 's2.electricity');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = section.locator('fieldset.entry').last();
    await entry.locator('select[id$="-activity"]').selectOption('electricity.fi');
    await entry.locator('input[id$="-quantity"]').fill('12 000');
    await saved(page);

    await page.goto(partnerUrl);
    const sector = page.getByRole('combobox', { name: 'Toimiala (TOL 2008)' });
    await sector.fill('leipomo');
    const bakery = page.getByRole('option', { name: /^10\.71 / });
    await bakery.waitFor();
    expect(await sector.getAttribute('aria-expanded')).toBe('true');
    await bakery.click();
    await expect.poll(() => sector.inputValue()).toBe('10.71');
    await expect.poll(async () => (await storedPartner(page, orgId))?.sector).toBe('10.71');
    expect(await page.locator('#org-sector-hint').textContent()).toContain('Leivän valmistus');

    // A code typed by hand is checked as typed: a division TOL 2008 does not have is said beside the field.
    await sector.fill('04');
    await page.locator('#org-name').focus();
    await expect.poll(() => page.locator('#org-sector-error').textContent()).toContain('04');
    expect(await sector.getAttribute('aria-describedby')).toContain('org-sector-error');
    await expect.poll(async () => (await storedPartner(page, orgId))?.sector).toBe('10.71');

    // An older backup held free text: the results are shown, and a note names the field with a link to it.
    await storeSector(page, orgId, 'leipomo');
    await page.goto(`${yearUrl}/results`);
    const notice = page.locator('[data-partner-issues]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('"leipomo" ei ole TOL 2008 -toimialakoodi');
    expect(text).not.toMatch(/\^|\\d|\[A-U\]/);
    await page.locator('[data-total="total"], [data-table="scopes"]').first().waitFor();
    expect(await page.locator('[data-table="scopes"] [data-kg]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: /Vuoden tuloksia ei voi laskea/ }).count()).toBe(0);
    await notice.getByRole('link', { name: 'Korjaa: Toimiala (TOL 2008)' }).click();
    await page.waitForURL(/#org-sector$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('org-sector');
    await expect.poll(() => page.locator('#org-sector-error').textContent()).toContain('leipomo');
    await context.close();
  }, 120_000);

  it('shows a session note in its entry’s trace and a to-do on the handover page; help opens as a disclosure', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    const yearUrl = await createPartnerWithYear(page, server.url, 'Muistio Oy');
    const section = await openCategory(page, 's2.electricity');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = section.locator('fieldset.entry').last();
    await entry.locator('select[id$="-activity"]').selectOption('electricity.fi');
    await entry.locator('input[id$="-quantity"]').fill('8 000');
    const entryId = (await entry.getAttribute('data-entry')) ?? '';
    expect(entryId).not.toBe('');
    await saved(page);

    // The help of a term: a button that says what it explains, opening and closing its text.
    const help = page.locator('.totals [data-help="scope"] button');
    expect(await help.getAttribute('aria-expanded')).toBe('false');
    await help.click();
    expect(await help.getAttribute('aria-expanded')).toBe('true');
    const helpText = page.locator(`#${await help.getAttribute('aria-controls')}`);
    expect(await helpText.isVisible()).toBe(true);
    expect(await helpText.textContent()).toContain('Scope 1');
    await help.click();
    expect(await helpText.isVisible()).toBe(false);

    const notes = page.locator('section.session-notes');
    await notes.locator('#new-note-text').fill('Sähkö arvioitu puolen vuoden laskuista kaksinkertaisena');
    await notes.locator('#new-note-author').fill('Opiskelija Olli');
    await notes.locator('.entry-picker input[type="checkbox"]').first().check();
    await notes.getByRole('button', { name: 'Lisää muistiinpano' }).click();
    await notes.locator('.session-note').first().waitFor();
    expect(await notes.locator('.session-note .note-entries').first().textContent()).toContain('8 000');
    await notes.locator('#new-note-text').fill('Luovutus: jätteet ja työmatkat puuttuvat vielä');
    await notes.getByText('Luovutusmuistiinpano: mitä tehtiin ja mitä jäi tehtäväksi').click();
    await notes.getByRole('button', { name: 'Lisää muistiinpano' }).click();
    await expect.poll(() => notes.locator('.session-note').count()).toBe(2);
    await saved(page);
    // The year page now says a handover note was left.
    await page.locator('.handover-notice').waitFor();

    await page.goto(`${yearUrl}/results`);
    const row = page.locator('[data-table="categories"] tr[data-row="s2.electricity"]');
    await row.waitFor();
    await row.getByRole('button').click();
    const trace = page.locator(`.trace-entry[data-entry="${entryId}"]`);
    await trace.waitFor();
    expect(await trace.locator('.trace-session-notes').textContent()).toContain(
      'Sähkö arvioitu puolen vuoden laskuista kaksinkertaisena',
    );

    await page.goto(`${yearUrl}/handover`);
    const todo = page.locator('[data-todo]');
    await todo.waitFor();
    // Nothing but electricity was gone through: the other categories are listed as still to do.
    expect(await todo.locator('[data-todo-category="s3.05"]').textContent()).toBe(
      categoryInfo('s3.05').names.fi,
    );
    expect(await todo.locator('[data-todo-category="s2.electricity"]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Luovutusmuistiinpano' }).count()).toBe(1);
    expect(await page.locator('.handover-page').textContent()).toContain('Luovutus: jätteet ja työmatkat');
    await context.close();
  }, 120_000);
});
