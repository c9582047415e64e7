/**
 * The city's factor file end to end, in Chromium against the production build, in Finnish, at 360 px: the
 * coordinator adds a district heat supplier and its value (fictitious test figures) in the factor editor; a
 * value without its web address is refused beside that field and nothing is downloaded; the draft survives a
 * reload; the release is made and downloaded with its fingerprint. A partner loads the file in Settings and
 * sees the same fingerprint, makes it the default for new years (a new year records its id and release), and 10 000 kWh of the supplier's heat count
 * 10 000 × 0,1234 kg = 1 234 kg; the year keeps the release's id after a reload.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const kg = (page: Page, key: string) =>
  page.locator(`[data-total="${key}"] [data-kg]`).getAttribute('data-kg').then(Number);

describe("the city's factor file", () => {
  it('is made in the editor, refused without a source, loaded by a partner with its fingerprint, and used', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Reached from the network section.
    await page.goto(new URL('network', server.url).href);
    await page.getByRole('link', { name: 'Kaupungin päästökertoimet' }).click();
    await page.waitForURL(/\/network\/factors$/);
    await page.getByRole('heading', { name: 'Kaupungin päästökertoimet' }).waitFor();
    expect(await page.getByLabel('Sarjan tunnus').inputValue()).toBe('joensuu');
    await page.getByLabel('Julkaisun tunnus').fill('2026.1-testi');

    await page.getByRole('button', { name: 'Lisää toimittaja' }).click();
    const supplier = page.locator('fieldset.nf-supplier');
    await supplier.getByLabel('Toiminnon nimi suomeksi').fill('Kaukolämpö, Testilämpö Oy, Joensuu');
    await supplier.getByLabel('Toiminnon nimi englanniksi').fill('District heat, Testilämpö Oy, Joensuu');
    await supplier.getByRole('button', { name: 'Lisää arvo tälle toimittajalle' }).click();

    const value = page.locator('fieldset.nf-value');
    await value.getByLabel('Vuosi, jota arvo kuvaa').fill('2024');
    await value.getByLabel('Arvo', { exact: true }).fill('123,4');
    await value.getByLabel('Massayksikkö').selectOption('g');
    await value.getByLabel('Yksikköä kohti').selectOption('kWh');
    await value.getByLabel('Lähteen julkaisija').fill('Testilämpö Oy (keksitty testilähde)');
    await value.getByLabel('Lähdeasiakirja').fill('Testiraportti, ei oikea lähde');
    await value.getByLabel('Lähteen julkaisuvuosi').fill('2025');

    // No web address: refused, said beside the field, and nothing downloaded.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Tee ja lataa julkaisutiedosto' }).click();
    const url = value.getByLabel('Lähteen verkko-osoite');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    const described = (await url.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${described.split(' ')[0]}"]`).textContent()).toBe(
      'Lähde on pakollinen: anna lähteen verkko-osoite (https://…).',
    );
    expect(await page.getByRole('alert').textContent()).toContain('Tiedostoa ei tehty');
    expect(downloads).toBe(0);

    // The draft is on the device: a reload brings back what was typed.
    await url.fill('https://example.org/testilampo');
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    await page.reload();
    await page.locator('fieldset.nf-value').waitFor();
    expect(await page.locator('fieldset.nf-value').getByLabel('Arvo', { exact: true }).inputValue()).toBe(
      '123,4',
    );
    expect(await page.locator('fieldset.nf-value').getByLabel('Lähteen verkko-osoite').inputValue()).toBe(
      'https://example.org/testilampo',
    );
    expect(await page.getByLabel('Julkaisun tunnus').inputValue()).toBe('2026.1-testi');
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A value removed by mistake comes back with undo.
    await page.getByRole('button', { name: 'Lisää: sähkön jäännösjakauma' }).click();
    await expect.poll(() => page.locator('fieldset.nf-value').count()).toBe(2);
    await page.locator('fieldset.nf-value').first().getByRole('button', { name: 'Poista arvo' }).click();
    await expect.poll(() => page.locator('fieldset.nf-value').count()).toBe(1);
    await page.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => page.locator('fieldset.nf-value').count()).toBe(2);
    expect(
      await page.locator('fieldset.nf-value').first().getByLabel('Arvo', { exact: true }).inputValue(),
    ).toBe('123,4');
    await page.locator('fieldset.nf-value').last().getByRole('button', { name: 'Poista arvo' }).click();
    await expect.poll(() => page.locator('fieldset.nf-value').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tee ja lataa julkaisutiedosto' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('joensuu-2026.1-testi.json');
    const text = readFileSync(await download.path(), 'utf8');
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const shown = page.locator('#nf-fingerprint');
    await expect.poll(() => shown.getAttribute('data-sha256')).toBe(sha256);
    expect((await shown.textContent())?.split(' ')).toHaveLength(16);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A partner (a profile of its own) loads the file in Settings and sees the same fingerprint.
    const partner = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await partner.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(new URL('settings', server.url).href);
    await p.locator('#factor-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    const loaded = p.locator('[data-set="joensuu-2026.1-testi"]');
    await expect.poll(() => loaded.locator('.fingerprint').getAttribute('data-sha256')).toBe(sha256);
    expect(await loaded.locator('.fingerprint').textContent()).toBe(await shown.textContent());
    expect(await loaded.textContent()).toContain('Joensuun kaupunki');
    expect(await sideways(p)).toBeLessThanOrEqual(0);

    // A year calculated with it: 10 000 kWh of the supplier's heat at 123,4 g/kWh.
    // The partner makes it the default for new years; the new year records its id and release.
    await p.locator('#set-factors').selectOption('joensuu-2026.1-testi');
    await expect.poll(() => p.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    const yearUrl = await createPartnerWithYear(p, server.url, 'Testikumppani Oy');
    await p.getByText('Vuoden asetukset').click();
    await expect.poll(() => p.locator('#inv-factors').inputValue()).toBe('joensuu-2026.1-testi');
    const heat = await openCategory(p, 's2.heat');
    await heat.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = heat.locator('fieldset.entry').last();
    await entry.waitFor();
    await entry
      .locator('select[id$="-activity"]')
      .selectOption('district-heat.city.kaukolampo-testilampo-oy-joensuu');
    await entry.locator('select[id$="-unit"]').selectOption('kWh');
    await entry.locator('input[id$="-quantity"]').fill('10 000');
    await expect.poll(() => kg(p, 's2Location')).toBeCloseTo(1234, 6);
    await p.goto(yearUrl);
    await p.getByText('Vuoden asetukset').click();
    await expect.poll(() => p.locator('#inv-factors').inputValue()).toBe('joensuu-2026.1-testi');
    await expect.poll(() => kg(p, 's2Location')).toBeCloseTo(1234, 6);
    expect(errors).toEqual([]);
    await partner.close();
    await context.close();
  }, 180_000);
});
