/**
 * The guided bakery year of issue 10, played as its office manager would in Finnish, from an empty app to the
 * PDF report: the partner "Leipomo" (TOL 10.71), a new year, the opening questions (the sector's suggestions
 * kept, her own answers for ovens on gas, flights and no machines bought), then the bakery's documents one by
 * one: the electricity contract (84 000 kWh, supplier factor 45 g/kWh), the local district heat supplier's
 * factor, the fuel-card report's diesel litres, the refrigerant service log's top-up, the gas invoices, the
 * ingredients in euros, flights, commuting, and the waste figure not known yet. Every user action is counted.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { type Actions, actions } from './actions';
import {
  answer,
  confirmAnswers,
  findEntry,
  freshPage,
  marketElectricityKg,
  newPartnerYear,
  type ScenarioOptions,
  type ScenarioRun,
  saved,
  sendReport,
  until,
} from './yearSteps';

export const BAKERY_BUDGET = 60;
export const BAKERY_YEAR = 2025;
/** The release with road diesel as sold in Finland and flour and dairy by spend. */
export const FACTOR_SET = 'fi-2026.1';
/** Where the waste figure will be found, typed on the entry whose figure is not known yet. */
export const WASTE_DOCUMENT = 'jätehuoltoyhtiön vuosiraportti';

interface OwnFactor {
  name: string;
  value: string;
  /** The mass unit of the value as the source gives it ('g' is preselected). */
  mass?: string;
  /** Per what (kWh is preselected). */
  per?: string;
  source: string;
}

/** Fills an own factor's fields (FactorFields) inside `form`, in the units its source uses. */
async function factorFields(act: Actions, form: Locator, f: OwnFactor): Promise<void> {
  await act.fill(form.getByLabel('Kertoimen nimi'), f.name);
  await act.fill(form.getByLabel('Arvo (CO2e)'), f.value);
  if (f.mass) await act.select(form.getByLabel('Massayksikkö'), f.mass);
  if (f.per) await act.select(form.getByLabel('Yksikköä kohti'), f.per);
  await act.fill(form.getByLabel('Lähde (julkaisija, asiakirja, vuosi, osoite)'), f.source);
}

/** The partner's own factor made in the year page's own-factor section. */
async function ownFactor(page: Page, act: Actions, f: OwnFactor): Promise<void> {
  const box = page.locator('details.own-factors-card');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await act.click(box.locator('summary'));
  const form = box.locator('form.own-factor-new');
  await factorFields(act, form, f);
  await act.click(form.getByRole('button', { name: 'Lisää kerroin' }));
  await until('own factor listed', async () => (await box.getByText(f.name, { exact: true }).count()) > 0);
}

/** The supplier-specific factor made inside the electricity entry, which chooses it at once. */
async function supplierFactorHere(page: Page, act: Actions, entry: Locator, f: OwnFactor): Promise<void> {
  await act.click(entry.getByRole('button', { name: 'Uusi oma kerroin…' }));
  const form = entry.locator('fieldset.own-factor-inline');
  await factorFields(act, form, f);
  await act.click(form.getByRole('button', { name: 'Lisää kerroin' }));
  const chosen = entry.locator('select[id$="-supplier"]');
  await until(
    'supplier factor chosen',
    async () => (await chosen.locator('option:checked').textContent())?.startsWith(f.name) === true,
  );
  await saved(page);
}

export async function guidedBakery(browser: Browser, url: string, o: ScenarioOptions): Promise<ScenarioRun> {
  const { page, pageErrors, close } = await freshPage(browser, o);
  const act = actions(page);
  await newPartnerYear(page, act, { url, name: 'Leipomo', sector: '10.71', year: BAKERY_YEAR });

  act.step('opening questions');
  await act.click(answer(page, 'fuels', 'Kyllä, maakaasua tai nestekaasua'));
  await act.click(answer(page, 'travel', 'Kyllä'));
  await act.click(answer(page, 'capital', 'Ei'));
  await saved(page);
  await confirmAnswers(page, act, BAKERY_YEAR);

  // New years start on the default release; the one with Finnish road fuels and food ingredients by spend
  // is chosen in the year's settings.
  act.step('factor set');
  const settings = page.locator('details', { has: page.locator('#inv-factors') });
  await act.click(settings.locator('summary'));
  await act.select(page.locator('#inv-factors'), FACTOR_SET);
  await saved(page);

  act.step('electricity');
  const power = await findEntry(page, act, {
    words: 'sähkö',
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: '84 000',
  });
  // The contract's origin statement gives 45 g CO2/kWh: typed as the statement says it.
  await supplierFactorHere(page, act, power, {
    name: 'Sähkösopimus 2025',
    value: '45',
    source: 'Sähkönmyyjän sopimusasiakkaalle ilmoittama sähkön alkuperä 2025 (esimerkkiarvo 45 g CO2/kWh)',
  });

  act.step('district heat');
  await ownFactor(page, act, {
    name: 'Paikallinen kaukolämpö 2025',
    value: '120',
    mass: 'kg',
    per: 'MWh',
    source: 'Kaukolämmön toimittajan vuosi-ilmoitus 2025 (esimerkkiarvo 120 kg CO2/MWh)',
  });
  const heat = await findEntry(page, act, {
    words: 'kaukolämpö',
    category: 's2.heat',
    activity: 'district-heat.fi',
    quantity: '310',
  });
  const cf = heat.locator('select[id$="-cf"]');
  const heatFactor = await cf
    .locator('option', { hasText: 'Paikallinen kaukolämpö 2025' })
    .getAttribute('value');
  await act.select(cf, heatFactor ?? 'missing');
  await saved(page);

  act.step('van diesel');
  await findEntry(page, act, {
    words: 'diesel',
    category: 's1.mobile',
    activity: 'vehicle-fuel.diesel-fi',
    quantity: '4 200',
  });
  act.step('refrigerant');
  await findEntry(page, act, {
    words: 'R-404A',
    category: 's1.fugitive',
    activity: 'refrigerant.R-404A',
    quantity: '2,5',
  });
  act.step('natural gas');
  await findEntry(page, act, {
    words: 'maakaasu',
    category: 's1.stationary',
    activity: 'fuel.natural-gas',
    quantity: '12 500',
  });
  act.step('ingredients');
  await findEntry(page, act, {
    words: 'jauho',
    category: 's3.01',
    activity: 'spend.naics.311211',
    quantity: '38 000',
  });
  await findEntry(page, act, {
    words: 'maito',
    category: 's3.01',
    activity: 'spend.naics.311511',
    quantity: '21 500',
  });
  act.step('flights');
  await findEntry(page, act, {
    words: 'lento',
    category: 's3.06',
    activity: 'flight.domestic.avg',
    quantity: '1 200',
  });
  act.step('commuting');
  await findEntry(page, act, {
    words: 'työmatka',
    category: 's3.07',
    activity: 'car.small.petrol',
    quantity: '48 000',
  });
  act.step('waste, figure not known yet');
  const waste = await findEntry(page, act, {
    words: 'sekajäte',
    category: 's3.05',
    activity: 'waste.commercial_and_industrial_waste.combustion',
  });
  await act.click(waste.getByLabel('Luku ei ole vielä tiedossa'));
  await act.fill(waste.getByLabel('Mistä luku löytyy?'), WASTE_DOCUMENT);
  await saved(page);
  await o.onYearPage?.(page);

  const pdfText = await sendReport(page, act);
  return {
    actions: act.count,
    steps: act.steps,
    pdfText,
    marketElectricityKg: await marketElectricityKg(page),
    pageErrors,
    page,
    close,
  };
}
