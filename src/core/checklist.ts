/**
 * The data checklist a student sends a partner before a session (issue 10): for every category that concerns
 * the partner, the documents that hold its figures, chosen by the interview's answers (a landlord's statement
 * when electricity is in the rent, the gas company's invoices when ovens burn gas). Document ids only; their
 * plain words are in src/i18n/uiInterview.ts.
 */
import type { CategoryId } from './categories';
import { THEME_CATEGORIES, THEME_IDS, type ThemeId } from './interview';

export const CHECKLIST_DOCUMENTS = [
  'electricityInvoice',
  'electricityLandlord',
  'electricityOrigin',
  'heatStatement',
  'heatFactor',
  'heatLandlord',
  'coolingStatement',
  'steamStatement',
  'upstreamSameFigures',
  'fuelCards',
  'leasingReport',
  'oilDeliveries',
  'gasInvoices',
  'woodDeliveries',
  'fuelPurchases',
  'processRecords',
  'refrigerantLog',
  'travelAgency',
  'mileage',
  'commuting',
  'freightIn',
  'freightOut',
  'ledger',
  'capitalRegister',
  'wasteSummary',
  'soldForProcessing',
  'productEnergyUse',
  'soldProductsAndPackaging',
  'leasedInEnergy',
  'leasedOutEnergy',
  'franchiseEnergy',
  'investments',
] as const;
export type ChecklistDocument = (typeof CHECKLIST_DOCUMENTS)[number];

type Answers = Readonly<Record<string, string>>;

/** The documents of each category; a function where an answer says which document holds the figure. */
const DOCUMENTS: Readonly<Record<CategoryId, (a: Answers) => ChecklistDocument[]>> = {
  's2.electricity': (a) =>
    a.electricity === 'rent'
      ? ['electricityLandlord', 'electricityOrigin']
      : ['electricityInvoice', 'electricityOrigin'],
  's2.heat': (a) => (a.heat === 'rent' ? ['heatLandlord', 'heatFactor'] : ['heatStatement', 'heatFactor']),
  's2.cooling': () => ['coolingStatement'],
  's2.steam': () => ['steamStatement'],
  's3.03': () => ['upstreamSameFigures'],
  's1.mobile': (a) => (a.vehicles === 'leased' ? ['fuelCards', 'leasingReport'] : ['fuelCards']),
  's1.stationary': (a) =>
    a.fuels === 'oil'
      ? ['oilDeliveries']
      : a.fuels === 'gas'
        ? ['gasInvoices']
        : a.fuels === 'wood'
          ? ['woodDeliveries']
          : ['fuelPurchases'],
  's1.process': () => ['processRecords'],
  's1.fugitive': () => ['refrigerantLog'],
  's3.06': () => ['travelAgency', 'mileage'],
  's3.07': () => ['commuting'],
  's3.04': () => ['freightIn'],
  's3.09': () => ['freightOut'],
  's3.01': () => ['ledger'],
  's3.02': () => ['capitalRegister'],
  's3.05': () => ['wasteSummary'],
  's3.10': () => ['soldForProcessing'],
  's3.11': () => ['productEnergyUse'],
  's3.12': () => ['soldProductsAndPackaging'],
  's3.08': () => ['leasedInEnergy'],
  's3.13': () => ['leasedOutEnergy'],
  's3.14': () => ['franchiseEnergy'],
  's3.15': () => ['investments'],
};

export interface ChecklistItem {
  theme: ThemeId;
  category: CategoryId;
  documents: ChecklistDocument[];
}

/**
 * The checklist of a year: every category not marked not relevant, in the year page's order, with its
 * documents. Without answers every such category is listed with its general documents.
 */
export function dataChecklist(year: {
  excluded: readonly { category: CategoryId }[];
  interview?: { answers: Answers } | undefined;
}): ChecklistItem[] {
  const answers = year.interview?.answers ?? {};
  const excluded = new Set(year.excluded.map((x) => x.category));
  return THEME_IDS.flatMap((theme) =>
    THEME_CATEGORIES[theme]
      .filter((category) => !excluded.has(category))
      .map((category) => ({ theme, category, documents: DOCUMENTS[category](answers) })),
  );
}
