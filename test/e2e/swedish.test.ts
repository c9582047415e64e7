/**
 * A partner works entirely in Swedish (issue 15): the language is chosen from the header by its own name,
 * the partner and its year are made, amounts are typed as Swedish in Finland writes them (1 234,5), a
 * wrongly written number is refused with a Swedish reason, the totals are the core's, and the files sent to
 * the city are in Swedish: the PDF (sv-FI, its headings and scope rows), the CSV (';' and decimal commas,
 * Swedish category names) and the city file with the same totals. No Finnish word of the frame is left.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { categoryInfo } from '../../src/core/categories';
import { newInventory } from '../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { formatTonnes } from '../../src/i18n/format';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiReport';
import '../../src/i18n/uiLanguage';
import { interviewWord } from '../../src/i18n/uiInterview';
import { pdfPages } from '../io/report/pdfTools';
import { type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const sv = (key: Parameters<typeof tr>[1], params?: Record<string, string | number>) => tr('sv', key, params);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

async function addEntry(page: Page, category: string, activity: string, quantity: string): Promise<Locator> {
  const section = await openCategory(page, category);
  const before = await section.locator('fieldset.entry').count();
  await section.getByRole('button', { name: `+ ${sv('addEntry')}` }).click();
  await expect.poll(() => section.locator('fieldset.entry').count()).toBe(before + 1);
  const entry = section.locator('fieldset.entry').last();
  await entry.locator('select[id$="-activity"]').selectOption(activity);
  await entry.locator('input[id$="-quantity"]').fill(quantity);
  return entry;
}

describe('a partner in Swedish', () => {
  it('makes a year and sends its report to the city in Swedish', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const errors: string[] = [];
    context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: tr('fi', 'partnersTitle') }).waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: sv('partnersTitle') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await page.getByRole('button', { name: sv('newPartner') }).click();
    await page.getByLabel(sv('partnerName'), { exact: true }).fill('Bageri Ab');
    await page.getByRole('button', { name: sv('create'), exact: true }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    await page.getByLabel(sv('year'), { exact: true }).fill('2024');
    await page.getByRole('button', { name: sv('startYear') }).click();
    await page.waitForURL(/\/years\/2024\/start$/);
    await page
      .getByRole('link', { name: interviewWord('sv', 'ivSkip') })
      .first()
      .click();
    await page.waitForURL(/\/years\/2024$/);

    const el = await addEntry(page, 's2.electricity', 'electricity.fi', '12 345,5');
    await addEntry(page, 's1.mobile', 'vehicle-fuel.diesel', '1 000');
    const bad = await addEntry(page, 's3.06', 'flight.intl.economy', '2.000');
    await expect.poll(() => bad.locator('.field-error').textContent()).toBe(sv('numberSeparator'));
    await bad.locator('input[id$="-quantity"]').fill('2 000');
    await expect.poll(() => bad.locator('.field-error').count()).toBe(0);
    expect(await el.locator('input[id$="-quantity"]').inputValue()).toBe('12 345,5');

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const core = calculateInventory(
      newInventory(2024, DEFAULT_FACTOR_SET, {
        entries: [
          { id: 'a', category: 's2.electricity', activity: 'electricity.fi', quantity: 12345.5, unit: 'kWh' },
          { id: 'b', category: 's1.mobile', activity: 'vehicle-fuel.diesel', quantity: 1000, unit: 'l' },
          { id: 'c', category: 's3.06', activity: 'flight.intl.economy', quantity: 2000, unit: 'pkm' },
        ],
      }),
      { factorSet: set },
    );
    await expect
      .poll(() => page.locator('[data-total="totalMarket"] [data-kg]').getAttribute('data-kg'))
      .toBe(String(core.total.market));

    await page.goto(`${page.url()}/results`);
    const total = page.locator('[data-table="scopes"] tr[data-row="total"] td[data-col="location"]');
    await total.waitFor();
    expect(await total.textContent()).toBe(formatTonnes(core.total.location, 'sv'));
    // The frame and the results are in Swedish: none of the Finnish words every page carries.
    const body = (await page.locator('body').textContent()) ?? '';
    for (const finnish of ['Kumppanit', 'Asetukset', 'Varmuuskopio', 'Yhteensä', 'Saavutettavuusseloste'])
      expect(body, finnish).not.toContain(finnish);
    expect(body).toContain(sv('stFooterLink'));

    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: sv('reportSendButton') }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(3);
    const out = mkdtempSync(join(tmpdir(), 'swedish-e2e-'));
    const [pdfPath, jsonPath, csvPath] = (await Promise.all(
      downloads.map(async (d) => {
        const p = join(out, d.suggestedFilename());
        await d.saveAs(p);
        return p;
      }),
    )) as [string, string, string];

    const pdf = readFileSync(pdfPath);
    expect(pdf.toString('latin1')).toContain('/Lang (sv-FI)');
    const text = plain(pdfPages(pdf).join('\n'));
    expect(text).toContain(plain(sv('reportPdfPage', { page: 1, pages: 1 })).split(' ')[0] as string);
    expect(text).toMatch(
      new RegExp(
        `Scope 1 – direkta utsläpp\\s+${plain(formatTonnes(core.scope1, 'sv')).replace(/[.,]/g, '\\$&')}`,
      ),
    );
    expect(text).toContain(categoryInfo('s3.06').names.sv);

    const csv = readFileSync(csvPath, 'utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    const line = rows.data.find((r) => r.table === 'scopes' && r.row === 'total' && r.column === 'market');
    expect(Number(line?.value?.replace(',', '.'))).toBe(core.total.market);
    expect(rows.data.some((r) => r.item === categoryInfo('s2.electricity').names.sv)).toBe(true);

    const city = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      inventories: { results: { total: { market: number } } }[];
    };
    expect(city.inventories[0]?.results.total.market).toBe(core.total.market);
    rmSync(out, { recursive: true, force: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
