/**
 * Own factors as a new user meets them (issue 11), in Chromium against the production build, in Finnish: a
 * bakery's electricity contract of 45 g CO2e/kWh created inside the electricity entry gives a market-based
 * 3,78 t for 84 000 kWh; 45 in kg/kWh is warned about beside the value, naming both values; deleting the
 * factor in use asks, naming the entry, and after switching it to the default the entry still counts; undo
 * brings the contract back. Nothing scrolls sideways at 360 px.
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

const kg = (page: Page, key: string) =>
  page.locator(`[data-total="${key}"] [data-kg]`).getAttribute('data-kg').then(Number);

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('own factors in the year page', () => {
  it('a contract of 45 g/kWh made inside the electricity entry, warned in kg/kWh, deleted safely', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await createPartnerWithYear(page, server.url, 'Leipomo Oy');

    const section = await openCategory(page, 's2.electricity');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = section.locator('fieldset.entry').last();
    await entry.waitFor();
    await entry.locator('select[id$="-activity"]').selectOption('electricity.fi');
    await entry.locator('input[id$="-quantity"]').fill('84 000');
    await expect.poll(() => kg(page, 's2Location')).toBeGreaterThan(0);
    const location = await kg(page, 's2Location');

    // The supplier list offers nothing yet; the factor is made right there.
    const supplier = entry.locator('select[id$="-supplier"]');
    expect(await supplier.locator('option').count()).toBe(1);
    await entry.getByRole('button', { name: 'Uusi oma kerroin…' }).click();
    const form = entry.locator('fieldset.own-factor-inline');
    await form.getByLabel('Kertoimen nimi').fill('Sähkösopimus');
    await form.getByLabel('Arvo (CO2e)').fill('45');
    expect(await form.getByLabel('Massayksikkö').inputValue()).toBe('g');
    expect(await form.getByLabel('Yksikköä kohti').inputValue()).toBe('kWh');
    expect(await form.getByLabel('Tietovuosi').inputValue()).toBe('2024');
    // No source: refused, the field named, nothing stored.
    await form.getByRole('button', { name: 'Lisää kerroin' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toContain('Lähde on pakollinen');
    expect(await supplier.locator('option').count()).toBe(1);
    await form.getByLabel(/^Lähde/).fill('Energiayhtiö Oy, sähkösopimus 2024, www.example.fi');
    await form.getByRole('button', { name: 'Lisää kerroin' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => supplier.locator('option:checked').textContent()).toBe('Sähkösopimus (2024)');
    // 84 000 kWh × 45 g/kWh = 3 780 kg.
    await expect.poll(() => kg(page, 's2Market')).toBeCloseTo(3780, 6);
    expect(await page.locator('[data-total="s2Market"] td').textContent()).toContain('3,78');
    expect(await kg(page, 's2Location')).toBe(location);

    // 45 typed in kg/kWh: a warning beside the value, naming both values, before anything is stored.
    await entry.getByRole('button', { name: 'Uusi oma kerroin…' }).click();
    await form.getByLabel('Arvo (CO2e)').fill('45');
    await form.getByLabel('Massayksikkö').selectOption('kg');
    const warning = form.locator('.own-factor-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('45');
    const valueField = form.getByLabel('Arvo (CO2e)');
    expect(await valueField.getAttribute('aria-describedby')).toContain(await warning.getAttribute('id'));
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await form.getByRole('button', { name: 'Peruuta' }).click();

    // The partner's factors on the year page: deleting the one in use asks and names the entry.
    const factors = page.locator('details.own-factors-card');
    await factors.locator('summary').click();
    const item = factors.locator('li.own-factor').first();
    // The use counts are read when the section opens.
    await expect.poll(() => item.textContent()).toContain('käytössä 1 kirjauksessa');
    await item.getByRole('button', { name: 'Poista' }).click();
    const dialog = page.getByRole('dialog', { name: /Poistetaanko kerroin ”Sähkösopimus”/ });
    await dialog.waitFor();
    const named = await dialog.locator('li').allTextContents();
    expect(named).toHaveLength(1);
    expect(named[0]).toContain('2024');
    expect(named[0]).toContain('84 000 kWh');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await dialog.getByRole('button', { name: 'Vaihda ne oletuskertoimeen ja poista' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The entry still counts: location-based as before, market-based at the residual mix.
    await expect.poll(() => supplier.inputValue()).toBe('');
    await expect.poll(() => kg(page, 's2Market')).not.toBeCloseTo(3780, 0);
    expect(await kg(page, 's2Market')).toBeGreaterThan(0);
    expect(await kg(page, 's2Location')).toBe(location);
    expect(await page.locator('.field-error').count()).toBe(0);

    // Undo puts the contract back, chosen in the entry again.
    await factors.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => kg(page, 's2Market')).toBeCloseTo(3780, 6);

    // Its unit changed to kg: the entry is recalculated, said, and the warning names both values.
    await item.getByRole('button', { name: 'Muokkaa' }).click();
    await item.getByLabel('Massayksikkö').selectOption('kg');
    await expect.poll(() => kg(page, 's2Market')).toBeCloseTo(3_780_000, 3);
    expect(await item.getByRole('status').allTextContents()).toContainEqual(
      expect.stringContaining('Kerroin on käytössä 1 kirjauksessa; ne laskettiin uudelleen.'),
    );
    await item.locator('.own-factor-warning').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // The partner page lists the same factor at 360 px without sideways scrolling.
    await page.getByRole('link', { name: 'Leipomo Oy' }).first().click();
    await page.locator('section.own-factors-card li.own-factor').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
