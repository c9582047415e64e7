/**
 * The guided bakery year of issue 10, played as its office manager would in Finnish, from an empty app to the
 * PDF report: the partner "Leipomo" (TOL 10.71), a new year, the opening questions (the sector's suggestions
 * kept, her own answers for ovens on gas, flights and no machines bought), then the bakery's documents one by
 * one: the electricity contract (84 000 kWh, supplier factor 45 g/kWh), the local district heat supplier's
 * factor, the fuel-card report's diesel litres, the refrigerant service log's top-up, the gas invoices, the
 * ingredients in euros, flights, commuting, and the waste figure not known yet. Every user action is counted.
 */
import type { Browser, Page } from 'playwright-core';
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
} from './yearSteps';

export const BAKERY_BUDGET = 60;
export const BAKERY_YEAR = 2025;
/** Where the waste figure will be found, typed on the entry whose figure is not known yet. */
export const WASTE_DOCUMENT = 'jätehuoltoyhtiön vuosiraportti';

/** An own factor made in the year's own-factor section, in the unit its source gives (kg CO2e per unit). */
async function ownFactor(
  page: Page,
  act: Actions,
  f: { name: string; value: string; unit?: string; source: string },
): Promise<void> {
  const box = page.locator('details.card:has(#cf-name)');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await act.click(box.locator('summary'));
  await act.fill(page.locator('#cf-name'), f.name);
  await act.fill(page.locator('#cf-value'), f.value);
  if (f.unit) await act.select(page.locator('#cf-unit'), f.unit);
  await act.fill(page.locator('#cf-source'), f.source);
  await act.click(page.getByRole('button', { name: 'Lisää oma kerroin' }));
  await box.locator('li', { hasText: f.name }).waitFor();
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

  act.step('own factors');
  await ownFactor(page, act, {
    name: 'Sähkösopimus 2025',
    value: '0,045',
    source: 'Sähkönmyyjän sopimusasiakkaalle ilmoittama sähkön alkuperä 2025: 45 g CO2/kWh',
  });
  await ownFactor(page, act, {
    name: 'Paikallinen kaukolämpö 2025',
    value: '120',
    unit: 'MWh',
    source: 'Kaukolämmön toimittajan vuosi-ilmoitus 2025 (esimerkkiarvo)',
  });

  act.step('electricity');
  const power = await findEntry(page, act, {
    words: 'sähkö',
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: '84 000',
  });
  await act.select(power.locator('select[id$="-supplier"]'), { label: 'Sähkösopimus 2025' });
  await saved(page);

  act.step('district heat');
  const heat = await findEntry(page, act, {
    words: 'kaukolämpö',
    category: 's2.heat',
    activity: 'district-heat.fi',
    quantity: '310',
  });
  await act.select(heat.locator('select[id$="-cf"]'), { label: 'Paikallinen kaukolämpö 2025' });
  await saved(page);

  act.step('van diesel');
  await findEntry(page, act, {
    words: 'diesel',
    category: 's1.mobile',
    activity: 'vehicle-fuel.diesel',
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
    activity: 'material.food_and_drink',
    quantity: '95',
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
