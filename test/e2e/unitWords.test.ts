/**
 * Issue 11, item 5 in Chromium: what a Finnish user saw on the year page — a hotel night's unit as
 * "room-night", "Lentomatkat (euroina) (euroina)" among the activities and biogenic CO2 in "t CO2e" — now
 * reads "yö", "Lentomatkat (euroina)" and "t CO2"; the entry row and its editor use the same unit name.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/i18n/unitNames';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

describe('units and words on the Finnish year page', () => {
  it('names units in Finnish, a qualifier once and biogenic CO2 in t CO2', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await createPartnerWithYear(page, server.url, 'Sanat Oy');

    const biogenic = page.locator('[data-total="biogenic"] [data-kg]');
    await expect.poll(() => biogenic.textContent()).toMatch(/ t CO2$/);
    expect(await page.locator('[data-total="scope1"] [data-kg]').textContent()).toMatch(/ t CO2e$/);

    const section = await openCategory(page, 's3.06');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = section.locator('fieldset.entry').last();
    await entry.waitFor();
    const activity = entry.locator('select[id$="-activity"]');
    const names = await activity.locator('option').allTextContents();
    expect(names).toContain('Lentomatkat (euroina)');
    expect(names.filter((n) => /(\([^()]+\)) ?\1/u.test(n))).toEqual([]);

    await activity.selectOption('hotel.germany');
    const unit = entry.locator('select[id$="-unit"]');
    await expect.poll(() => unit.inputValue()).toBe('room-night');
    expect(await unit.locator('option:checked').textContent()).toBe(unitName('room-night', 'fi'));
    await entry.locator('input[id$="-quantity"]').fill('3');
    await activity.focus();
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    // The entry's row (the table under the category) says the quantity with the Finnish unit, not its id.
    await expect.poll(() => section.textContent()).toContain('3 yö');
    expect(await section.textContent()).not.toContain('room-night');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
