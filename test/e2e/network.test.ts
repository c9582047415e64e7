/**
 * The network dashboard (/network, issue 13) in Chromium against the production build: without files it says
 * how to add them; with received files stored it shows the partner counts, the partner count over the years,
 * emissions by scope, the like-for-like change with the partners it covers, industries and size bands, all
 * computed here by hand from the files' figures; choosing another year changes them; nothing scrolls sideways
 * at 360 px. Generated partner files added on the received-files page give the partner count and the year's
 * network total that the command line's calculation of the same files gives (the newest export of a year).
 */

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReceivedFileSummary } from '../../src/core/network';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { formatTonnes } from '../../src/i18n/format';
import { evaluateExchange } from '../../src/io/evaluate';
import { summary, yearSummary } from '../core/networkArb';
import { generatePartnerFiles } from '../generators/partnerFiles';
import { type StaticServer, tempDir, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

/**
 * Alfa (ICT, 12 FTE, joined 2023) sent 2023 and 2024, then a corrected 2024 (its Scope 1 from 8 t to 6 t);
 * Beta (manufacturing, 60 FTE, joined 2024) sent 2024; Gamma (no industry, no joining date) sent 2023 in 2024.
 */
function files(): ReceivedFileSummary[] {
  const alfa = { name: 'Alfa Oy', sector: '62010', joinedOn: '2023-03-01' };
  return [
    summary(
      'alfa',
      [
        yearSummary(2023, { 's1.mobile': 10_000, 's2.electricity': 4000 }, 12),
        yearSummary(2024, { 's1.mobile': 8000, 's2.electricity': 4000 }, 12),
      ],
      {
        id: 'alfa-1',
        exportedAt: '2025-02-10T08:00:00.000Z',
        receivedAt: '2025-02-11T08:00:00.000Z',
        partner: alfa,
      },
    ),
    summary('alfa', [yearSummary(2024, { 's1.mobile': 6000, 's2.electricity': 4000 }, 12)], {
      id: 'alfa-2',
      exportedAt: '2025-06-01T08:00:00.000Z',
      receivedAt: '2025-06-02T08:00:00.000Z',
      partner: alfa,
    }),
    summary('beta', [yearSummary(2024, { 's1.stationary': 20_000 }, 60)], {
      id: 'beta-1',
      exportedAt: '2025-03-01T08:00:00.000Z',
      partner: { name: 'Beta Ky', sector: 'C', joinedOn: '2024-05-05' },
    }),
    summary('gamma', [yearSummary(2023, { 's3.06': 5000 })], {
      id: 'gamma-1',
      exportedAt: '2024-04-01T08:00:00.000Z',
      partner: { name: 'Gamma ry' },
    }),
  ];
}

function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const r of rows) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

/** A table's cell by its row label and column number (0: the label), as text. */
async function cell(page: Page, table: string, row: string, column: number): Promise<string> {
  const tr = page
    .locator(`[data-table="${table}"] tbody tr`)
    .filter({ has: page.getByText(row, { exact: true }) });
  return ((await tr.locator('th, td').nth(column).textContent()) ?? '').trim();
}

/** The outermost elements wider than the window, outside boxes that scroll: empty when nothing scrolls sideways. */
function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inner = window.innerWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body, body *'))) {
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (r.right > inner + 0.5 && (!parent || parent.right <= inner + 0.5) && !el.closest('.table-scroll'))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}`);
    }
    if (document.documentElement.scrollWidth > inner)
      out.push(`scrollWidth ${document.documentElement.scrollWidth}`);
    return out;
  });
}

/** Finnish minus (U+2212) or a hyphen, and a no-break space before %, read alike. */
const plain = (s: string) => s.replace(/\u2212/g, '-').replace(/\u00a0/g, ' ');

describe('network dashboard', () => {
  it('without files, says how to add them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Verkosto' }).click();
    await page.waitForURL(/\/network$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ilmastokumppaniverkosto');
    await expect(page.getByText(/ei ole vielä yhtään kumppanien tiedostoa/).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('link', { name: 'Lisää kumppanien tiedostoja' }).getAttribute('href')).toBe(
      '/network/files',
    );
    await context.close();
  }, 60_000);

  it('shows the partner counts, the growth, the emissions and the like-for-like change of the stored files', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await putRows(page, 'received', files());
    await page.goto(`${server.url}network`);
    await page.locator('[data-table="netCounts"]').waitFor();

    // The latest calculated year is chosen, and the base year offered is the one before it.
    expect(await page.getByLabel('Vuosi', { exact: true }).inputValue()).toBe('2024');
    expect(await cell(page, 'netCounts', 'Kumppaneita yhteensä (vähintään yksi tiedosto)', 1)).toBe('3');
    expect(await cell(page, 'netCounts', 'Liittyi verkostoon vuonna 2024', 1)).toBe('1');
    expect(await cell(page, 'netCounts', 'Liittyneet vuoden 2024 loppuun mennessä', 1)).toBe('2');
    expect(await cell(page, 'netCounts', 'Liittymispäivä ei tiedossa', 1)).toBe('1');
    expect(await cell(page, 'netCounts', 'Laskettu hiilijalanjälki vuodelta 2024', 1)).toBe('2');
    // Alfa and Beta sent their 2024 in 2025, its round; Gamma's file holds only 2023.
    expect(
      await cell(
        page,
        'netCounts',
        'Raportoinut vuoden 2024 luvut ajallaan (viety 2024 tai seuraavana vuonna)',
        1,
      ),
    ).toBe('2');

    // Partners who had joined by the end of each year: Alfa in 2023, Beta in 2024.
    expect(await cell(page, 'netGrowth', '2023', 2)).toBe('1');
    expect(await cell(page, 'netGrowth', '2024', 2)).toBe('2');
    expect(await page.locator('[data-chart="netGrowth"] canvas').getAttribute('aria-label')).toContain(
      '2024: 2',
    );

    // 2024: Alfa's corrected year (6 t + 4 t) and Beta's 20 t; Scope 2 market-based is half the location-based.
    expect(await cell(page, 'netScopes', 'Scope 1 – suorat päästöt', 1)).toBe('26,0');
    expect(await cell(page, 'netScopes', 'Scope 2 – ostoenergia', 1)).toBe('4,00');
    expect(await cell(page, 'netScopes', 'Scope 2 – ostoenergia', 2)).toBe('2,00');
    expect(await cell(page, 'netScopes', 'Yhteensä', 1)).toBe('30,0');

    // Like for like 2023–2024: Alfa only (Beta has no 2023, Gamma no 2024): 14 t → 10 t, −28,6 %.
    const change = page.locator('[data-key="change-2023"]');
    expect(plain((await change.textContent()) ?? '')).toContain('-28,6 %');
    expect(await change.textContent()).toContain('Kumppaneita, joilla molemmat vuodet: 1');
    expect(await cell(page, 'netChangePrevious', 'Yhteensä, sijaintiperusteinen', 1)).toBe('14,0');
    expect(await cell(page, 'netChangePrevious', 'Yhteensä, sijaintiperusteinen', 2)).toBe('10,0');
    expect(plain(await cell(page, 'netChangePrevious', 'Yhteensä, sijaintiperusteinen', 3))).toBe('-4,00');

    // Industries by TOL section, size bands by FTE.
    expect(await cell(page, 'netSectors', 'C Teollisuus', 1)).toBe('1');
    expect(await cell(page, 'netSectors', 'J Informaatio ja viestintä', 2)).toBe('10,0');
    expect(await cell(page, 'netSizes', 'Pieni (10–49 htv)', 2)).toBe('10,0');
    expect(await cell(page, 'netSizes', 'Keskisuuri (50–249 htv)', 2)).toBe('20,0');

    // Nothing scrolls sideways at 360 px (a wide table scrolls within its own box).
    expect(await sticksOut(page)).toEqual([]);

    // 2023: Alfa's first file (14 t) and Gamma's 5 t.
    await page.getByLabel('Vuosi', { exact: true }).selectOption('2023');
    await expect.poll(() => cell(page, 'netScopes', 'Yhteensä', 1)).toBe('19,0');
    expect(await cell(page, 'netCounts', 'Laskettu hiilijalanjälki vuodelta 2023', 1)).toBe('2');
    expect(await cell(page, 'netSectors', 'Ei tiedossa', 2)).toBe('5,00');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('files added on the received-files page give the partner count and totals the command line computes', async () => {
    // Four partners, one of whom exported again later: the later export of its years counts.
    const generated = (await generatePartnerFiles({ seed: 29, partners: 4, reexports: 1 })).filter(
      (f) => f.expect.kind === 'good',
    );
    const dir = tempDir();
    const paths = generated.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.text ?? '');
      return path;
    });
    // Each partner's years from its newest export, calculated as the command line calculates them.
    const partners = new Set<string>();
    const yearOwner = new Map<string, { exportedAt: string; kg: number }>();
    for (const f of generated) {
      if (f.expect.kind !== 'good') continue;
      const ev = await evaluateExchange(JSON.parse(f.text ?? ''), loadBuiltinSet);
      if (!ev.ok) throw new Error(`${f.name} does not calculate`);
      for (const r of ev.results) {
        const k = `${f.expect.partnerKey}|${r.year}`;
        const held = yearOwner.get(k);
        if (!held || f.expect.exportedAt > held.exportedAt)
          yearOwner.set(k, { exportedAt: f.expect.exportedAt, kg: r.total.location });
      }
      partners.add(f.expect.partnerKey);
    }
    const latest = Math.max(...[...yearOwner.keys()].map((k) => Number(k.split('|')[1])));
    const expected = [...yearOwner]
      .filter(([k]) => Number(k.split('|')[1]) === latest)
      .reduce((s, [, v]) => s + v.kg, 0);
    expect(expected).toBeGreaterThan(0);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}network/files`);
    await page.locator('#received-pick-files').setInputFiles(paths);
    await expect.poll(() => page.locator('.received-done').count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole('navigation').getByRole('link', { name: 'Verkosto' }).click();
    await page.locator('[data-table="netCounts"]').waitFor();
    expect(await page.getByLabel('Vuosi', { exact: true }).inputValue()).toBe(String(latest));
    expect(await cell(page, 'netCounts', 'Kumppaneita yhteensä (vähintään yksi tiedosto)', 1)).toBe(
      String(partners.size),
    );
    expect(await cell(page, 'netScopes', 'Yhteensä', 1)).toBe(formatTonnes(expected, 'fi'));
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
