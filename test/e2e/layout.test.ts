/**
 * Long names and large figures on every page, in Chromium against the production build, at a phone's width
 * (360 × 740) and a desktop's (1280 × 800), in Finnish. A 300-character partner name, Finnish compound words
 * of 38+ letters in a site name, an entry's note and a custom factor's name, quantities of 10^12 and 10^15 kWh
 * (the largest within the limits of docs/methodology.md) must never make the page wider than the window: long
 * words wrap, tables scroll inside their own box, and where a name is shortened the full name stays in the
 * page (its text, cut by CSS only, or its title) for screen readers and for a pointer.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import example from '../../docs/examples/shop-guarantees-of-origin.json';
import { type StaticServer, useBuiltApp } from './browser';
import { openFirstEntryNote } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

/** Real Finnish compound words as registered names, sites and notes carry them (38–50 letters). */
const COMPOUNDS = [
  'Ympäristönsuojelutoimenpidesuunnitelmakokonaisuus',
  'Kaukolämpöverkkokunnossapitopalveluyksikkö',
  'Metsäteollisuusjätevesienkäsittelylaitos',
  'Kiertotaloustoimintaympäristökehittämishanke',
];
/** A real 38-letter word: the length that made a 390 px page 691 px wide. */
const WORD_38 = 'Lämmöntalteenottojärjestelmäasennukset';

/** 300 characters, the most the exchange format allows: compound words, cut to end in " Oy" or " Oyj". */
function partnerName(): string {
  let s = 'Pohjois-Karjalan';
  for (let i = 0; s.length < 300; i++) s += ` ${COMPOUNDS[i % COMPOUNDS.length]}`;
  return `${s.slice(0, 297).trimEnd()} Oy`.padEnd(300, 'j');
}

const NAME = partnerName();
const SITE = `${WORD_38} ja ${COMPOUNDS[1]}`;
const NOTE = `${COMPOUNDS[0]}: ${WORD_38} ja Kaukolämpöverkkokunnossapitosopimukset`;
const FACTOR = `${COMPOUNDS[3]}sähkösopimustoimitusrakenne`;
const BIG = 1e12;
const LARGEST = 1e15;
const SUPPLIER_KG_PER_KWH = 900;

/** The shop example with the long names and the largest quantities, as a partner file for the import. */
function partnerFile(): string {
  const file = structuredClone(example) as typeof example;
  file.organization.name = NAME;
  const [site] = file.organization.sites;
  if (!site) throw new Error('the example has a site');
  site.name = SITE;
  const inv = file.inventories[file.inventories.length - 1];
  if (!inv) throw new Error('the example has a year');
  const [factor] = inv.customFactors;
  if (!factor) throw new Error('the example has a custom factor');
  factor.name = FACTOR;
  // The largest figures the limits accept (docs/methodology.md): 10^15 kWh, the most an input may be, at
  // 900 kg/kWh from the supplier makes a market-based total of 9·10^14 t, near the 10^15 t a total may be.
  factor.value.gases.CO2 = SUPPLIER_KG_PER_KWH;
  const [electricity, supplied] = inv.entries.filter((e) => e.category === 's2.electricity');
  if (!electricity || !supplied) throw new Error('the example has two electricity entries');
  electricity.quantity = BIG;
  supplied.quantity = LARGEST;
  for (const e of inv.entries) Object.assign(e, { note: NOTE, sourceNote: `${WORD_38} ${COMPOUNDS[2]}` });
  return JSON.stringify(file);
}

const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

const SHOTS = '/tmp/layout-shots';

/** The page's widths: the document's and the widest element sticking out of the window, to say which. */
async function widths(page: Page): Promise<{ scroll: number; inner: number; culprit: string }> {
  return page.evaluate(() => {
    const inner = window.innerWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body, body *'))) {
      const r = el.getBoundingClientRect();
      // The outermost elements sticking out name the cause; a scrolling box's content may be wider.
      const parent = el.parentElement?.getBoundingClientRect();
      if (r.right > inner + 0.5 && (!parent || parent.right <= inner + 0.5) && !el.closest('.table-scroll'))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth, inner, culprit: out.slice(0, 4).join('; ') };
  });
}

/** Whether the full name is in the page: an element's whole text or its title (its accessible name). */
async function fullNameShown(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (n) =>
      Array.from(document.querySelectorAll('main *, header *')).some(
        (el) =>
          (el.getAttribute('title') ?? '').includes(n) ||
          (el.getAttribute('aria-label') ?? '').includes(n) ||
          (el instanceof HTMLInputElement && el.value === n) ||
          (el.textContent ?? '').replace(/\s+/g, ' ').includes(n),
      ),
    name,
  );
}

/** Table cells whose content spills over their neighbours (a fixed table layout with a figure too long). */
async function spilled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('td, th'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
  );
}

/** Text cut by CSS (an ellipsis): each such element's own text and title, to check nothing is cut in the string. */
async function truncated(page: Page): Promise<{ text: string; title: string | null }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
      .map((el) => ({ text: el.textContent ?? '', title: el.getAttribute('title') })),
  );
}

async function check(page: Page, label: string, names: readonly string[] = [NAME]): Promise<void> {
  await page.waitForTimeout(150);
  const size = page.viewportSize();
  // A modal dialog is drawn over the window, not the page: the window is what to look at then.
  const modal = (await page.locator('dialog[open]').count()) > 0;
  await page.screenshot({ path: `${SHOTS}/${label}-${size?.width}.png`, fullPage: !modal });
  const w = await widths(page);
  // Soft: one run reports every page that is too wide, not only the first.
  expect.soft(w.scroll, `${label} at ${w.inner} px: ${w.culprit}`).toBeLessThanOrEqual(w.inner);
  for (const n of names) expect.soft(await fullNameShown(page, n), `${label}: ${n.slice(0, 30)}…`).toBe(true);
  expect.soft(await spilled(page), `${label}: cells spilling over`).toEqual([]);
  // A name shortened on screen is shortened by CSS only: the element holds it whole, and so does its title.
  for (const t of await truncated(page)) {
    expect.soft(t.text, `${label}: cut text`).toContain(NAME);
    if (t.title !== null) expect.soft(t.title, `${label}: title`).toBe(NAME);
  }
}

describe('layout with long names and large figures', () => {
  it('keeps every page within the window at 360 and 1280 px, with the full names available', async () => {
    expect(NAME.length).toBe(300);
    expect(WORD_38.length).toBe(38);
    mkdirSync(SHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: SIZES[0] });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));

    // The import preview of the partner's file, on the backup page.
    await page.goto(new URL('backup', server.url).href);
    await page.locator('#backup-import-file').setInputFiles({
      name: `${WORD_38}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(partnerFile(), 'utf8'),
    });
    await page.locator('.backup-preview').waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await check(page, 'import-preview');
    }
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.locator('.backup-import-done').waitFor();

    await page.goto(server.url);
    await page.getByRole('link', { name: NAME }).waitFor();
    const partnerUrl = await page.getByRole('link', { name: NAME }).getAttribute('href');
    if (!partnerUrl) throw new Error('the partner has a link');
    const year = example.inventories[example.inventories.length - 1]?.year;
    const yearUrl = new URL(`${partnerUrl}/years/${year}`, server.url).href;

    for (const size of SIZES) {
      await page.setViewportSize(size);

      await page.goto(server.url);
      await page.getByRole('link', { name: NAME }).waitFor();
      await check(page, 'partners');

      await page.goto(new URL(partnerUrl, server.url).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('table').first().waitFor();
      await check(page, 'partner', [NAME, SITE]);

      // The partner's actions register: its heading and the way back carry the whole name.
      await page.goto(new URL(`${partnerUrl}/actions`, server.url).href);
      await page.locator('form.act-new').waitFor();
      await check(page, 'actions');

      await page.goto(yearUrl);
      await page.locator('[data-total="scope1"]').waitFor();
      // The electricity entry open, with its note, site and the custom factor: the category and then the
      // entry's row are opened where the year page shows them closed.
      const { section, note } = await openFirstEntryNote(page, 's2.electricity');
      expect(await note.inputValue()).toBe(NOTE);
      // The year's settings and its custom factors (one named at length) open too.
      const closed = page.locator('main details.card:not([open]) > summary');
      for (let i = 0; i < 5 && (await closed.count()) > 0; i++) await closed.first().click();
      await check(page, 'year', [NAME, FACTOR]);

      // The spreadsheet dialog with a long word in a pasted cell: it scrolls within itself, if at all.
      await section.getByRole('button', { name: /^Tuo taulukosta/ }).click();
      const dialog = page.getByRole('dialog', { name: /Tuo kirjauksia taulukosta/ });
      await dialog.getByLabel('Tai liitä solut tähän').fill(`${NOTE}\t1/2024\t100\n${WORD_38}\t2/2024\t200`);
      await dialog.locator('tbody tr[data-line]').first().waitFor();
      await check(page, 'bulk-dialog', []);
      const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
      expect.soft(overflow, 'the dialog is not wider than itself').toBeLessThanOrEqual(0);
      await dialog.getByRole('button', { name: 'Peruuta' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.goto(`${yearUrl}/results`);
      await page.locator('.report-table').first().waitFor();
      // Each figure's trace open under its table: the source with the note and the custom factor's name.
      const sources = page.locator('#report-sources button.disclosure, section button.disclosure').first();
      if ((await sources.count()) > 0) await sources.click();
      await check(page, 'results', [NAME]);
      // The link back to the partner is one line at most, with the name whole in its text and title.
      const back = page.locator('.crumb a').first();
      expect(await back.getAttribute('title')).toBe(NAME);
      expect(await back.textContent()).toContain(NAME);
      const box = await back.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(40);

      // The guided year's pages: the opening questions, the data checklist and the handover summary.
      for (const [path, label] of [
        ['start', 'interview'],
        ['checklist', 'checklist'],
        ['handover', 'handover'],
      ] as const) {
        await page.goto(`${yearUrl}/${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await check(page, label, []);
      }

      await page.goto(new URL('backup', server.url).href);
      await page.locator('#backup-partner').selectOption({ label: NAME });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Lataa kumppanin tiedosto' }).click(),
      ]);
      await download.cancel();
      await page.locator('.backup-partner-done').waitFor();
      await check(page, 'backup', [NAME]);

      await page.goto(new URL('settings', server.url).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'settings', []);

      // The city's factor editor with a supplier of the long name and a value of it.
      await page.goto(new URL('network/factors', server.url).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if ((await page.locator('fieldset.nf-supplier').count()) === 0) {
        await page.getByRole('button', { name: 'Lisää toimittaja' }).click();
        await page.getByLabel('Toiminnon nimi suomeksi').fill(NAME);
        await page.getByRole('button', { name: 'Lisää arvo tälle toimittajalle' }).click();
        await page.getByRole('button', { name: 'Tee ja lataa julkaisutiedosto' }).click();
        await page.getByRole('alert').waitFor();
      }
      await check(page, 'network-factors', [NAME]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
