/**
 * Steps of a year that both scenarios take, as a user takes them on the Finnish UI: creating the partner,
 * starting a year, adding an entry to a category, and sending the report (the PDF read back as text).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { pdfPages, plain } from '../../io/report/pdfTools';
import type { Actions } from './actions';

export interface ScenarioOptions {
  width: number;
  height: number;
  /** A touch phone (coarse pointer, mobile viewport). */
  phone?: boolean;
  /** Called on the year page once every entry is made, before the results (screenshots). */
  onYearPage?: (page: Page) => Promise<void>;
}

export interface ScenarioRun {
  actions: number;
  /** Actions per step, in the order taken. */
  steps: ReadonlyArray<{ name: string; actions: number }>;
  /** The PDF report's text, whitespace made single spaces. */
  pdfText: string;
  /** The year's market-based electricity in kg CO2e, as the results page's table of categories holds it. */
  marketElectricityKg: number | undefined;
  pageErrors: string[];
  /** The results page at the end, for the caller's own checks and screenshots. */
  page: Page;
  /** Closes the scenario's browser context. */
  close: () => Promise<void>;
}

/** A fresh context (empty storage, Finnish, downloads accepted) and its page, with page errors collected. */
export async function freshPage(browser: Browser, o: ScenarioOptions) {
  const context = await browser.newContext({
    viewport: { width: o.width, height: o.height },
    locale: 'fi-FI',
    ...(o.phone ? { hasTouch: true, isMobile: true } : {}),
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { page, pageErrors, close: () => context.close() };
}

/** On the results page: the market-based figure of the electricity row, in kg. */
export async function marketElectricityKg(page: Page): Promise<number | undefined> {
  const kg = await page
    .locator('[data-table="categories"] tr[data-row="s2.electricity"] td[data-col="market"]')
    .getAttribute('data-kg');
  return kg === null ? undefined : Number(kg);
}

/**
 * Waits until `check` holds (polled; the scenarios also run in the bench, outside Vitest, so no expect.poll);
 * throws with `what` when it does not within the time.
 */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`scenario step did not happen: ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

export async function saved(page: Page): Promise<void> {
  await until(
    'saved',
    async () => (await page.locator('.save-indicator').getAttribute('data-state')) === 'saved',
  );
}

/** From the empty app's front page: a new partner with its sector, and a year started on its questions. */
export async function newPartnerYear(
  page: Page,
  act: Actions,
  opts: { url: string; name: string; sector: string; year: number },
): Promise<void> {
  act.step('partner and year');
  await page.goto(opts.url);
  await act.click(page.getByRole('button', { name: 'Uusi kumppani' }));
  await act.fill(page.getByLabel('Nimi', { exact: true }), opts.name);
  await act.click(page.getByRole('button', { name: 'Luo' }));
  await page.waitForURL(/\/partners\/[^/]+$/);
  await act.fill(page.getByLabel('Toimiala (TOL 2008)'), opts.sector);
  await saved(page);
  await act.fill(page.getByLabel('Vuosi', { exact: true }), String(opts.year));
  await act.click(page.getByRole('button', { name: 'Aloita vuosi' }));
  await page.waitForURL(new RegExp(`/years/${opts.year}/start$`));
}

/** One answer of the opening questions, by the question's id and the answer's words. */
export const answer = (page: Page, question: string, label: string): Locator =>
  page.locator(`fieldset[data-question="${question}"]`).getByLabel(label, { exact: true });

/** Confirms the questions' answers (suggestions included) and lands on the year page. */
export async function confirmAnswers(page: Page, act: Actions, year: number): Promise<void> {
  await act.click(page.getByRole('button', { name: 'Tallenna vastaukset ja siirry vuoden tietoihin' }));
  await page.waitForURL(new RegExp(`/years/${year}$`));
  await page.locator('[data-total="scope1"]').waitFor();
}

export const category = (page: Page, id: string): Locator => page.locator(`section[data-category="${id}"]`);

/** Opens a category by its header (one click) unless it is open already. */
export async function openCategory(page: Page, act: Actions, id: string): Promise<Locator> {
  const section = category(page, id);
  const toggle = section.locator('.category-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await act.click(toggle);
  await section.locator('.category-body').waitFor();
  return section;
}

export interface EntryInput {
  category: string;
  activity: string;
  quantity: string;
  /** Chosen when the activity's own unit is not the one on the user's document. */
  unit?: string;
}

/** Adds an entry the way the category offers it and returns its editor, with the quantity saved. */
export async function addEntry(page: Page, act: Actions, e: EntryInput): Promise<Locator> {
  const section = await openCategory(page, act, e.category);
  const before = await section.locator('fieldset.entry').count();
  await act.click(section.getByRole('button', { name: '+ Lisää kirjaus' }));
  await until('entry added', async () => (await section.locator('fieldset.entry').count()) === before + 1);
  const entry = section.locator('fieldset.entry').last();
  await act.select(entry.locator('select[id$="-activity"]'), e.activity);
  if (e.unit) await act.select(entry.locator('select[id$="-unit"]'), e.unit);
  await act.fill(entry.locator('input[id$="-quantity"]'), e.quantity);
  await saved(page);
  return entry;
}

export interface FoundEntry {
  /** What the user types into "Etsi toiminto". */
  words: string;
  category: string;
  activity: string;
  /** Left out for a figure not known yet. */
  quantity?: string;
}

/**
 * Adds an entry through "Etsi toiminto" on the year page: the words typed, the intended result (by its
 * activity and category, so it must be among the results shown) chosen, and the quantity typed in the editor
 * it opens. Returns that editor.
 */
export async function findEntry(page: Page, act: Actions, e: FoundEntry): Promise<Locator> {
  const section = category(page, e.category);
  const before = await section.locator('[data-count]').getAttribute('data-count');
  await act.fill(page.getByRole('searchbox', { name: 'Etsi toiminto' }), e.words);
  await act.click(
    page.locator(`.finder-results button[data-activity="${e.activity}"][data-category="${e.category}"]`),
  );
  await until(
    `${e.activity} added`,
    async () =>
      (await section.locator('[data-count]').getAttribute('data-count')) === String(Number(before) + 1),
  );
  const entry = section.locator('fieldset.entry', {
    has: page.locator(`select[id$="-activity"]:has(option[value="${e.activity}"]:checked)`),
  });
  await entry.locator('input[id$="-quantity"]').waitFor();
  if (e.quantity !== undefined) {
    await act.fill(entry.locator('input[id$="-quantity"]'), e.quantity);
    await saved(page);
  }
  return entry;
}

/** Results page → "Lähetä kaupungille": the PDF (first of the files) read back as one line of text. */
export async function sendReport(page: Page, act: Actions): Promise<string> {
  act.step('results and report');
  await act.click(page.getByRole('link', { name: /Tulokset ja raportti/ }));
  await page.waitForURL(/\/results$/);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await act.click(page.getByRole('button', { name: 'Lähetä kaupungille' }));
  const pdfOf = () => downloads.find((d) => d.suggestedFilename().endsWith('.pdf'));
  await until('PDF downloaded', async () => pdfOf() !== undefined, 30_000);
  const pdf = pdfOf();
  if (!pdf) throw new Error('no PDF among the downloaded files');
  const path = await pdf.path();
  return plain(pdfPages(readFileSync(path)).join('\n')).replace(/\s+/g, ' ');
}
