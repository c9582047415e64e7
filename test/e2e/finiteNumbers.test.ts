/**
 * Issue 16, defect 4 in Chromium: a quantity of 10^21 typed into the year page was stored and counted
 * (30,000,000,000,000,000 t CO2e) while its field showed "1e+21" as invalid, with no unfinished-entry note;
 * 0,0000000000000000000001 was shown back as "0". Now what the field shows as invalid is never counted, and a
 * tiny number is shown with its digits.
 */

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { newInventory } from '../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const HUGE = '1 000 000 000 000 000 000 000';
const TINY = '0,0000000000000000000001';

async function addElectricity(page: Page, quantity: string) {
  const section = await openCategory(page, 's2.electricity');
  const before = await section.locator('fieldset.entry').count();
  await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
  await expect.poll(() => section.locator('fieldset.entry').count()).toBe(before + 1);
  const entry = section.locator('fieldset.entry').last();
  await entry.locator('select[id$="-activity"]').selectOption('electricity.fi');
  await entry.locator('input[id$="-quantity"]').fill(quantity);
  return entry;
}

const kg = (page: Page, total: string) =>
  page.locator(`[data-total="${total}"] [data-kg]`).getAttribute('data-kg').then(Number);

describe('numbers beyond the limits on the year page', () => {
  it('10^21 is refused with a message and counted as unfinished; 10^-22 is kept and shown in digits', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await createPartnerWithYear(page, server.url, 'Rajat Oy');
    await addElectricity(page, '1 000');
    const huge = await addElectricity(page, HUGE);
    await expect.poll(() => huge.locator('.field-error').textContent()).toContain('liian suuri');
    const tiny = await addElectricity(page, TINY);
    await tiny.locator('select[id$="-activity"]').focus();
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

    await page.reload();
    await page.locator('[data-total="s2Location"] [data-kg]').waitFor();
    const section = await openCategory(page, 's2.electricity');
    await expect.poll(() => section.locator('[data-count]').getAttribute('data-count')).toBe('3');
    // Each row's editor opened as a user does, one at a time (the set of closed rows shrinks with each).
    const closed = section.locator('.row-toggle[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    const entries = section.locator('fieldset.entry');
    const quantities = entries.locator('input[id$="-quantity"]');
    // What was typed stays in the field, with its message; the tiny number is written out, not "0".
    await expect
      .poll(() => quantities.evaluateAll((l) => l.map((i) => (i as HTMLInputElement).value)))
      .toEqual(['1 000', HUGE, TINY]);
    expect(await entries.nth(1).locator('.field-error').textContent()).toContain('liian suuri');
    expect(await entries.nth(2).locator('.field-error').count()).toBe(0);
    expect(await page.getByText('Keskeneräisiä kirjauksia (ei laskettu mukaan): 1.').count()).toBe(1);

    // The totals are those of 1 000 kWh and 10^-22 kWh: finite, and the huge entry is not in them.
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const entry = (id: string, quantity: number) =>
      ({ id, category: 's2.electricity', activity: 'electricity.fi', quantity, unit: 'kWh' }) as const;
    const core = calculateInventory(
      newInventory(2024, DEFAULT_FACTOR_SET, { entries: [entry('a', 1000), entry('b', 1e-22)] }),
      { factorSet: set },
    );
    await expect.poll(() => kg(page, 's2Location')).toBeCloseTo(core.scope2.location, 9);
    expect(await kg(page, 's2Market')).toBeCloseTo(core.scope2.market, 9);
    expect(await page.getByText(/∞|epäluku|NaN/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
