/**
 * The actions register (issue 12) in Chromium against the production build, in Finnish: two actions added,
 * one refused at first for an expected figure without its basis (nothing stored), a status changed with its
 * day typed the Finnish way, and the observed change of an action's category once a second year exists,
 * checked against the activity effect computed from the two years' own totals. The partner page counts the
 * actions by status; filters, removal with undo, cards at 360 px and a table at 1280 px.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPartnerWithYear, type StaticServer, skipInterview, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const saved = (page: Page) =>
  expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

const s2Location = (page: Page) =>
  page.locator('[data-total="s2Location"] [data-kg]').getAttribute('data-kg').then(Number);

/** The electricity entry of the year page, its quantity set; returns the year's location-based Scope 2. */
async function electricity(page: Page, kWh: string, add: boolean): Promise<number> {
  const section = await openCategory(page, 's2.electricity');
  if (add) {
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    await section
      .locator('fieldset.entry')
      .last()
      .locator('select[id$="-activity"]')
      .selectOption('electricity.fi');
  } else {
    const toggle = section.locator('tr.entry-row .row-toggle[aria-expanded="false"]').first();
    if ((await toggle.count()) > 0) await toggle.click();
  }
  const before = await s2Location(page);
  await section.locator('fieldset.entry').last().locator('input[id$="-quantity"]').fill(kWh);
  await expect.poll(() => s2Location(page)).not.toBe(before);
  await saved(page);
  return s2Location(page);
}

const rows = (page: Page) => page.locator('table.act-table tr.act-row');
const row = (page: Page, title: string) => rows(page).filter({ has: page.locator('th', { hasText: title }) });

async function chooseCategory(form: Locator, name: string): Promise<void> {
  const picker = form.locator('details.category-picker');
  if ((await picker.getAttribute('open')) === null) await picker.locator('summary').click();
  await picker.getByLabel(name, { exact: true }).check();
}

describe('the actions register', () => {
  it('adds two actions, refuses a figure without its basis, changes a status and shows the observed change', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const yearUrl = await createPartnerWithYear(page, server.url, 'Kuljetus Oy');
    const partnerUrl = yearUrl.replace(/\/years\/2024$/, '');
    const e2024 = await electricity(page, '50 000', true);
    expect(e2024).toBeGreaterThan(0);

    // The partner page: no actions yet, and the way to the register.
    await page.goto(partnerUrl);
    const summary = page.locator('[data-actions-summary]');
    await expect.poll(() => summary.textContent()).toContain('Toimenpiteitä ei ole vielä kirjattu.');
    await summary.getByRole('link', { name: /Avaa toimenpiteet/ }).click();
    await page.waitForURL(/\/actions$/);
    await page.getByRole('heading', { name: 'Toimenpiteet: Kuljetus Oy' }).waitFor();

    // The first action: energy, electricity, planned today, 2,5 t a year with its basis.
    const form = page.locator('form.act-new');
    // A 38-letter Finnish word in the name wraps in its card at 360 px.
    await form
      .getByLabel('Toimenpiteen nimi')
      .fill('Lämmöntalteenottojärjestelmäasennukset ja LED-valaistus');
    await chooseCategory(form, 'Sähkö');
    await form.getByLabel('Arvioitu vähennys vuodessa (t CO2e)').fill('2,5');
    await form.getByLabel('Miten arvio tehtiin').fill('25 000 kWh vähemmän sähköä × 0,1 kg/kWh');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    const led = row(page, 'LED-valaistus');
    expect(await led.locator('.act-expected').getAttribute('data-kg')).toBe('2500');
    expect(await led.locator('.act-expected').textContent()).toContain('2,50');
    expect(await led.locator('.act-status').textContent()).toMatch(/^Suunnitteilla \d{1,2}\.\d{1,2}\.\d{4}$/);
    // One year only: nothing observed yet, and it says when it will be.
    expect(await led.locator('.act-observed').textContent()).toContain(
      'Näkyy, kun kaksi vuotta on laskettu.',
    );

    // The second action with a figure and no basis: the message on the basis field, nothing stored.
    await form.getByLabel('Toimenpiteen nimi').fill('Sähköpakettiautot');
    await form.getByLabel('Teema', { exact: true }).selectOption('transport');
    await chooseCategory(form, 'Ajoneuvojen polttoaineet');
    await form.getByLabel('Arvioitu vähennys vuodessa (t CO2e)').fill('1,2');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    const basis = form.getByLabel('Miten arvio tehtiin');
    const message = form.locator('#new-act-basis-error');
    await expect.poll(() => message.textContent()).toContain('Kerro, miten arvio tehtiin');
    expect(await basis.getAttribute('aria-describedby')).toBe('new-act-basis-error');
    expect(await basis.getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { name: 'Toimenpiteet: Kuljetus Oy' }).waitFor();
    await expect.poll(() => rows(page).count()).toBe(1);
    // The form is typed again after the reload, now with its basis.
    await form.getByLabel('Toimenpiteen nimi').fill('Sähköpakettiautot');
    await form.getByLabel('Teema', { exact: true }).selectOption('transport');
    await chooseCategory(form, 'Ajoneuvojen polttoaineet');
    await form.getByLabel('Arvioitu vähennys vuodessa (t CO2e)').fill('1,2');
    await basis.fill('Kaksi dieselpakettiautoa sähköisiksi: 450 l dieseliä vähemmän × 2,7 kg/l');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    await expect.poll(() => rows(page).count()).toBe(2);

    // LED lighting in progress since 15.3.2025; a day that does not exist is refused beside the field.
    await led.getByRole('button', { name: /Muokkaa/ }).click();
    const editor = page.locator('.act-editor');
    await editor.getByLabel('Tila', { exact: true }).selectOption('in-progress');
    await saved(page);
    const day = editor.getByLabel('Päivä, jona tila saavutettiin');
    await expect.poll(() => day.inputValue()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
    await day.fill('31.2.2025');
    await expect.poll(() => editor.locator('.field-error').textContent()).toContain('pp.kk.vvvv');
    expect(await led.locator('.act-status').textContent()).toMatch(/^Käynnissä \d/);
    expect(await led.locator('.act-status').textContent()).not.toContain('2025-02-31');
    await day.fill('15.3.2025');
    await saved(page);
    await expect.poll(() => led.locator('.act-status').textContent()).toBe('Käynnissä 15.3.2025');
    // The basis emptied in the editor: said beside it, and the stored estimate stays as it was.
    const editedBasis = editor.getByLabel('Miten arvio tehtiin');
    await editedBasis.fill('');
    await expect.poll(() => editedBasis.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.locator('.field-error').textContent()).toContain('Kerro, miten arvio tehtiin');
    await editor.getByLabel('Arvioitu vähennys vuodessa (t CO2e)').fill('3');
    await saved(page);
    expect(await led.locator('.act-expected').getAttribute('data-kg')).toBe('2500');
    await editedBasis.fill('30 000 kWh vähemmän sähköä × 0,1 kg/kWh');
    await expect.poll(() => led.locator('.act-expected').getAttribute('data-kg')).toBe('3000');
    // A name over the file format's 300 characters: said beside it, the stored name stays.
    const name = editor.getByLabel('Toimenpiteen nimi');
    await name.fill('L'.repeat(301));
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.locator(`#${await name.getAttribute('id')}-error`).textContent()).toContain(
      '301 merkkiä',
    );
    await saved(page);
    expect(await led.locator('th').textContent()).toContain('LED-valaistus');
    await name.fill('Lämmöntalteenottojärjestelmäasennukset ja LED-valaistus');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('false');
    // A second category ticked in the editor: the list stays open and counts both; the row names both.
    await editor.locator('details.category-picker summary').click();
    await editor.getByLabel('Kaukolämpö', { exact: true }).check();
    await expect.poll(() => led.locator('.act-about').textContent()).toContain('Sähkö, Kaukolämpö');
    expect(await editor.locator('details.category-picker').getAttribute('open')).not.toBeNull();
    expect(await editor.locator('details.category-picker summary').textContent()).toContain('(2 valittu)');
    await editor.getByLabel('Kaukolämpö', { exact: true }).uncheck();
    await expect.poll(() => led.locator('.act-about').textContent()).not.toContain('Kaukolämpö');
    await editor.getByRole('button', { name: 'Valmis' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^act-edit-/);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A second year, copied with its quantities, with less electricity.
    await page.goto(partnerUrl);
    await page.getByLabel('Vuosi', { exact: true }).fill('2025');
    await page.getByLabel('Säilytä määrät').check();
    await page.getByRole('button', { name: 'Aloita vuosi' }).click();
    await skipInterview(page, 2025);
    const e2025 = await electricity(page, '40 000', false);

    // The observed change of the electricity category is its activity effect between the years:
    // (A1 − A0)(F0 + F1)/2 with each year's factor read from its own total, F = E / A.
    const expected = ((40_000 - 50_000) * (e2024 / 50_000 + e2025 / 40_000)) / 2;
    await page.goto(`${partnerUrl}/actions`);
    const line = row(page, 'LED-valaistus').locator('.observed-line').first();
    await line.waitFor();
    expect(await line.getAttribute('data-from')).toBe('2024');
    expect(await line.getAttribute('data-to')).toBe('2025');
    expect(Number(await line.getAttribute('data-kg'))).toBeCloseTo(expected, 6);
    expect(await line.textContent()).toMatch(/^2024–2025: −\d/);
    // Modelled and observed stay in their own columns: the expected figure is unchanged beside it.
    expect(await row(page, 'LED-valaistus').locator('.act-expected').getAttribute('data-kg')).toBe('3000');
    expect(await row(page, 'Sähköpakettiautot').locator('.act-observed').textContent()).toContain(
      'Näissä luokissa ei ole kirjauksia vuosina 2024–2025.',
    );
    // The help says the change is not proof of what the action did.
    await page.getByRole('button', { name: /Mitä tarkoittaa: havaittu muutos/ }).click();
    await expect
      .poll(() => page.locator('[data-help="observed"] .help-text').textContent())
      .toContain('ei todista');

    // Filters by status and theme.
    await page.getByLabel('Näytä tila').selectOption('in-progress');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByLabel('Näytä tila').selectOption('all');
    await page.getByLabel('Näytä teema').selectOption('transport');
    await expect.poll(() => rows(page).locator('th').textContent()).toContain('Sähköpakettiautot');
    await page.getByLabel('Näytä teema').selectOption('all');

    // Removed, then back with undo.
    await row(page, 'Sähköpakettiautot')
      .getByRole('button', { name: /Poista/ })
      .click();
    await expect.poll(() => rows(page).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('act-undo');
    await page.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // Wide: a table with its column headings.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('table.act-table thead').evaluate((el) => getComputedStyle(el).display)).toBe(
      'table-header-group',
    );
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // The partner page counts them by status.
    await page.getByRole('link', { name: /Kuljetus Oy/ }).click();
    await expect
      .poll(() => summary.textContent())
      .toContain('2 toimenpidettä: Suunnitteilla: 1, Käynnissä: 1');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('on a touch screen every button, select and category box is big enough for a finger', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
    const page = await context.newPage();
    const yearUrl = await createPartnerWithYear(page, server.url, 'Kahvila Oy');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.goto(`${yearUrl.replace(/\/years\/2024$/, '')}/actions`);
    const form = page.locator('form.act-new');
    await form.getByLabel('Toimenpiteen nimi').fill('Kylmälaitteiden huolto');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    await rows(page)
      .getByRole('button', { name: /Muokkaa/ })
      .click();
    await page.locator('.act-editor details.category-picker summary').click();
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('main button, main select, main summary, main input[type="checkbox"]'),
      )
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        // A box is reached through its whole label row; the box itself is 28 px with 8 px around it.
        .filter(({ el, r }) =>
          el.matches('input')
            ? (el.closest('label')?.getBoundingClientRect().height ?? 0) < 43.5 || r.width < 27.5
            : r.height < 43.5 || r.width < 43.5,
        )
        .map(
          ({ el, r }) =>
            `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${r.width}×${r.height}`,
        ),
    );
    expect(small).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await context.close();
  }, 60_000);
});
