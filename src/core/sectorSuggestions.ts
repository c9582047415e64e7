/**
 * What a partner's industry (Statistics Finland's TOL 2008 code) suggests for the opening interview: the
 * usual answers of that kind of organization, so a bakery starts from a bakery's categories. Suggestions are
 * shown preselected and the user confirms them; questions a kind of organization answers either way (do you
 * burn gas, do you fly) are left for the user. The categories a suggestion opens are its typical categories.
 */
import type { CategoryId } from './categories';
import { verdicts } from './interview';
import { tolSectionOf } from './sector';

export const SECTOR_PROFILES = [
  'office',
  'shop',
  'bakery',
  'restaurant',
  'manufacturer',
  'transport',
  'construction',
  'farm',
] as const;
export type SectorProfile = (typeof SECTOR_PROFILES)[number];

type Answers = Readonly<Record<string, string>>;

/** Nothing leased out, no franchisees, no investments: true of nearly every small partner of the network. */
const SMALL_COMPANY: Answers = { steam: 'no', leasedOut: 'no', franchises: 'no', investments: 'no' };

const SUGGESTIONS: Readonly<Record<SectorProfile, Answers>> = {
  office: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'rent',
    cooling: 'none',
    vehicles: 'none',
    fuels: 'none',
    process: 'no',
    refrigeration: 'small',
    travel: 'yes',
    commuting: 'yes',
    freightIn: 'no',
    freightOut: 'no',
    waste: 'yes',
    products: 'none',
    leasedIn: 'no',
  },
  shop: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'rent',
    cooling: 'none',
    fuels: 'none',
    process: 'no',
    commuting: 'yes',
    freightIn: 'yes',
    waste: 'yes',
    products: 'final',
    leasedIn: 'no',
  },
  bakery: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'district',
    cooling: 'none',
    vehicles: 'own',
    process: 'no',
    refrigeration: 'serviced',
    commuting: 'yes',
    freightIn: 'yes',
    freightOut: 'no',
    waste: 'yes',
    products: 'final',
    productEnergy: 'no',
    leasedIn: 'no',
  },
  restaurant: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'district',
    cooling: 'none',
    vehicles: 'none',
    process: 'no',
    refrigeration: 'serviced',
    commuting: 'yes',
    freightIn: 'yes',
    freightOut: 'no',
    waste: 'yes',
    products: 'final',
    productEnergy: 'no',
    leasedIn: 'no',
  },
  manufacturer: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'district',
    vehicles: 'own',
    travel: 'yes',
    commuting: 'yes',
    freightIn: 'yes',
    freightOut: 'yes',
    capital: 'yes',
    waste: 'yes',
  },
  transport: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'district',
    cooling: 'none',
    vehicles: 'own',
    process: 'no',
    commuting: 'yes',
    freightIn: 'no',
    freightOut: 'no',
    capital: 'yes',
    waste: 'yes',
    products: 'none',
  },
  construction: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'district',
    cooling: 'none',
    vehicles: 'own',
    process: 'no',
    commuting: 'yes',
    freightIn: 'yes',
    capital: 'yes',
    waste: 'yes',
  },
  farm: {
    ...SMALL_COMPANY,
    electricity: 'contract',
    heat: 'other',
    cooling: 'none',
    vehicles: 'own',
    process: 'yes',
    freightIn: 'yes',
    capital: 'yes',
    waste: 'yes',
    products: 'intermediate',
    productEnergy: 'no',
  },
};

const BY_SECTION: Readonly<Record<string, SectorProfile>> = {
  A: 'farm',
  C: 'manufacturer',
  F: 'construction',
  G: 'shop',
  H: 'transport',
  J: 'office',
  K: 'office',
  L: 'office',
  M: 'office',
  N: 'office',
  O: 'office',
};

/**
 * The kind of organization a TOL 2008 code names: a section letter ("C"), a division ("56"), or a group or
 * class with or without its dot ("10.71", "1071", "10710"). Text after the code ("10.71 Leipomotuotteiden
 * valmistus") is ignored. A code the list has no profile for (a hospital, "Q") suggests nothing.
 */
export function sectorProfile(code: string | undefined): SectorProfile | undefined {
  const s = (code ?? '').trim().toUpperCase();
  const letter = /^([A-U])(?![A-Z])/.exec(s);
  if (letter) return BY_SECTION[letter[1] as string];
  const digits = /^(\d{2})\.?(\d{0,3})/.exec(s);
  if (!digits) return undefined;
  const division = Number(digits[1]);
  const rest = digits[2] ?? '';
  if (division === 10 && rest.startsWith('71')) return 'bakery';
  if (division === 56) return 'restaurant';
  const section = tolSectionOf(division);
  return section === undefined ? undefined : BY_SECTION[section];
}

export interface SectorSuggestion {
  profile: SectorProfile;
  /** Question id → suggested answer id. */
  answers: Answers;
  /** The categories the suggested answers open: the kind of organization's typical categories. */
  typical: CategoryId[];
}

export function suggestForSector(code: string | undefined): SectorSuggestion | undefined {
  const profile = sectorProfile(code);
  if (!profile) return undefined;
  const answers = SUGGESTIONS[profile];
  const typical = [...verdicts(answers).values()].filter((v) => v.open).map((v) => v.category);
  return { profile, answers, typical };
}
