/**
 * The commitment from the app to the city (issue 12), in Chromium against the production build, in Finnish,
 * every step through the UI: a partner's van burns 10 000 l of diesel in 2022 and 9 000 l in 2024; the SBTi
 * SME preset on base year 2022 cuts 4,2 % × 8 = 33,6 % by 2030, so its pathway allows 91,6 % of the base in
 * 2024 and the year, at 90 %, is on track by 1,6 % of the base. Two actions are added. The partner page shows
 * the status; "Lähetä kaupungille" gives a PDF whose commitment section (pdftotext) has the 2024 row with
 * those figures and both actions, and a city file whose commitment and computed target progress say the same.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTonnes } from '../../src/i18n/format';
import { pdfPages, plain } from '../io/report/pdfTools';
import { createPartnerWithYear, type StaticServer, skipInterview, useBuiltApp } from './browser';
import { openCategory, openEntries } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const saved = (page: Page) =>
  expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

/** A year's diesel: the van's one entry, added (`add`) or changed to `litres`. */
async function diesel(page: Page, litres: string, add: boolean) {
  const section = add ? await openCategory(page, 's1.mobile') : await openEntries(page, 's1.mobile', 1);
  if (add) {
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    await section.locator('fieldset.entry').first().waitFor();
    await section.locator('fieldset.entry select[id$="-activity"]').selectOption('vehicle-fuel.diesel');
  }
  await section.locator('fieldset.entry input[id$="-quantity"]').fill(litres);
  await saved(page);
}

/** A year's market-based total on the partner page, kg CO2e (what the SBTi preset counts). */
async function yearTotal(page: Page, year: number): Promise<number> {
  const row = page.locator('tr', { has: page.getByRole('link', { name: String(year), exact: true }) });
  await expect.poll(() => row.locator('td[data-kg]').count()).toBe(2);
  return Number(await row.locator('td[data-kg]').nth(1).getAttribute('data-kg'));
}

async function chooseCategory(form: Locator, name: string): Promise<void> {
  const picker = form.locator('details.category-picker');
  if ((await picker.getAttribute('open')) === null) await picker.locator('summary').click();
  await picker.getByLabel(name, { exact: true }).check();
}

const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.abs(b));
const esc = (x: string) => plain(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a commitment from the partner page to the city', () => {
  it('sets a target, adds two actions, enters two years, and shows the status on the page, in the PDF and in the city file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Two years: 10 000 l in 2022, 9 000 l in 2024.
    const yearUrl = await createPartnerWithYear(page, server.url, 'Kuljetus Mäkinen Oy');
    await diesel(page, '9 000', true);
    const partnerUrl = yearUrl.replace(/\/years\/2024$/, '');
    await page.goto(partnerUrl);
    await page.getByLabel('Vuosi', { exact: true }).fill('2022');
    await page.locator('#start-from').selectOption('');
    await page.getByRole('button', { name: 'Aloita vuosi' }).click();
    await skipInterview(page, 2022);
    await diesel(page, '10 000', true);
    await page.goto(partnerUrl);
    const base = await yearTotal(page, 2022);
    const actual = await yearTotal(page, 2024);
    near(actual, 0.9 * base);

    // The commitment: joined on 15.3.2024, the SBTi SME target from 2022.
    await page.getByRole('link', { name: 'Ilmastositoumus ja tavoitteet' }).click();
    await page.waitForURL(/\/commitment$/);
    // The words she meets for the first time are explained where they appear.
    await page.getByRole('button', { name: 'Mitä tarkoittaa: perusvuosi?' }).click();
    await page.getByText(/^Perusvuosi on vuosi, johon tavoitteen vähennystä verrataan/).waitFor();
    expect(await page.getByRole('button', { name: 'Mitä tarkoittaa: scope 1, 2 ja 3?' }).count()).toBe(1);
    await page.getByLabel('Liittymispäivä ilmastokumppaneihin').fill('15.3.2024');
    await saved(page);
    await page.getByRole('button', { name: 'Lisää tavoite' }).click();
    await page.getByLabel('SBTi:n pk-yritysten lähiajan tavoite').check();
    await page.getByLabel('Perusvuosi').selectOption('2022');
    await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
    await expect.poll(() => page.locator('.target-list > li').count()).toBe(1);

    // Two actions in the register, reached from the commitment page's next step.
    await page.getByRole('link', { name: 'Kirjaa toimenpiteet, joilla tavoitteeseen päästään →' }).click();
    await page.waitForURL(/\/actions$/);
    const form = page.locator('form.act-new');
    await form.waitFor();
    await form.getByLabel('Toimenpiteen nimi').fill('Sähköpakettiauto');
    await form.getByLabel('Teema', { exact: true }).selectOption('transport');
    await chooseCategory(form, 'Ajoneuvojen polttoaineet');
    await form.getByLabel('Arvioitu vähennys vuodessa (t CO2e)').fill('1,2');
    await form.getByLabel('Miten arvio tehtiin').fill('450 l dieseliä vähemmän × 2,7 kg/l');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    const rows = page.locator('table.act-table tr.act-row');
    await expect.poll(() => rows.count()).toBe(1);
    await form.getByLabel('Toimenpiteen nimi').fill('Taloudellisen ajon koulutus');
    await form.getByLabel('Teema', { exact: true }).selectOption('transport');
    await chooseCategory(form, 'Ajoneuvojen polttoaineet');
    await form.getByRole('button', { name: 'Lisää toimenpide' }).click();
    await expect.poll(() => rows.count()).toBe(2);

    // The partner page: 2024 on track against the pathway, as computed by hand above.
    await page.goto(partnerUrl);
    const y2024 = page.locator('.target-progress tr[data-year="2024"]');
    await y2024.waitFor();
    // Both years are still unfinished (never marked complete): the standing is said not to be final.
    await page.getByText('Vuodet 2022, 2024 on merkitty keskeneräisiksi', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Mitä tarkoittaa: tavoitepolku?' }).click();
    await page.getByText(/^Tavoitepolku on suora viiva/).waitFor();
    expect(await y2024.getAttribute('data-status')).toBe('on-track');
    near(Number(await y2024.locator('td').nth(1).getAttribute('data-value')), 0.916 * base);

    // Send to the city: the PDF, the city file and the CSV.
    await page.goto(`${partnerUrl}/years/2024/results`);
    await page.locator('[data-table="scopes"] tr[data-row="total"]').waitFor();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Lähetä kaupungille' }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(3);
    const out = mkdtempSync(join(tmpdir(), 'commitment-report-'));
    try {
      const [pdfPath, jsonPath, csvPath] = await Promise.all(
        downloads.map(async (d) => {
          const p = join(out, d.suggestedFilename());
          await d.saveAs(p);
          return p;
        }),
      );
      const text = plain(pdfPages(readFileSync(pdfPath as string)).join('\n'));
      // pdftotext -layout wraps long values: words are compared with one space between.
      const section = text
        .slice(text.indexOf('Ilmastositoumus ja tavoitteiden eteneminen'))
        .replace(/\s+/g, ' ');
      expect(section.length).toBeGreaterThan(100);
      expect(section).toContain('15.3.2024');
      expect(section).toContain('Scope 1 ja 2 vähenevät 4,2 % vuodessa vuoteen 2030');
      expect(section).toContain('vähennys 33,6 % vuodesta 2022 vuoteen 2030');
      const t = (kg: number) => esc(formatTonnes(kg, 'fi'));
      // The 2024 row: actual 90 %, pathway 91,6 %, gap −1,6 % of the base, on track.
      expect(section).toMatch(
        new RegExp(`2024\\s+${t(actual)}\\s+${t(0.916 * base)}\\s+-${t(0.016 * base)}\\s+tavoitepolulla`),
      );
      expect(section).toContain(plain(`${formatTonnes((actual - 0.664 * base) / 6, 'fi')} t CO2e vuodessa`));
      expect(section).toContain('Sähköpakettiauto');
      // A table cell wraps the title: its first words stand before the next column.
      expect(section).toContain('Taloudellisen ajon');
      expect(section).toContain(plain(formatTonnes(1200, 'fi')));

      const city = JSON.parse(readFileSync(jsonPath as string, 'utf8'));
      const commitment = city.organization.commitment;
      expect(commitment.joinedOn).toBe('2024-03-15');
      expect(commitment.targets).toHaveLength(1);
      expect(commitment.actions.map((a: { title: string }) => a.title).sort()).toEqual([
        'Sähköpakettiauto',
        'Taloudellisen ajon koulutus',
      ]);
      const [progress] = city.targetProgress;
      expect(progress.targetId).toBe(commitment.targets[0].id);
      expect(progress.latest).toMatchObject({ year: 2024, status: 'on-track' });
      near(progress.latest.gap, actual - 0.916 * base);
      near(progress.requiredYearly.amount, (actual - 0.664 * base) / 6);

      const csv = readFileSync(csvPath as string, 'utf8');
      expect(csv).toContain(`;targetProgress;${commitment.targets[0].id}:2024;`);
      // The observed change of the van's category, 2022 to 2024: the same factor both years, so all of the
      // change is activity, 9 000 l − 10 000 l, and it equals the change of the total.
      const observed = csv
        .split('\r\n')
        .map((l) => l.split(';'))
        .filter((f) => f[3] === 'actions' && f[6] === 'observed');
      expect(observed).toHaveLength(2);
      for (const f of observed) near(Number(f.at(-1)?.replace(',', '.')), actual - base);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
