/**
 * Realistic partners of the Joensuu climate-partner network, made from a seed: a company's name, business ID,
 * TOL 2008 sector, size, sites, 1–5 consecutive years of entries over real activities of the built-in sets
 * (monthly electricity and heat, fuel cards, travel, purchases, waste), size metrics, categories marked not
 * relevant, and a commitment with its joining date. Targets, base-year figures and actions are added once
 * the years are calculated (commitments.ts), as the app records them.
 */
import type { CategoryId } from '../../src/core/categories';
import type { Entry, Exclusion, Inventory, SizeMetrics } from '../../src/core/inventory';
import { newInventory } from '../../src/core/inventory';
import type { Organization, Site } from '../../src/core/organization';
import type { Random } from './random';

export type SizeBand = 'micro' | 'small' | 'medium' | 'large';

/** Staff (FTE) by size band, as the EU's SME definition bands them. */
const FTE: Record<SizeBand, [number, number]> = {
  micro: [1, 9],
  small: [10, 49],
  medium: [50, 249],
  large: [250, 900],
};

/** Entries a year, by size band, when the caller does not fix it: 10–300 in all. */
const ENTRIES: Record<SizeBand, [number, number]> = {
  micro: [10, 40],
  small: [30, 110],
  medium: [80, 200],
  large: [150, 300],
};

/** A kind of line on a partner's year: the activity, its category, a yearly quantity per FTE, and its unit. */
interface Line {
  activity: string;
  category: CategoryId;
  unit: string;
  /** Yearly quantity per FTE: [min, max]. */
  perFte: [number, number];
  /** One entry per month (meter readings, fuel cards). */
  monthly?: boolean;
}

const ELECTRICITY: Line = {
  activity: 'electricity.fi',
  category: 's2.electricity',
  unit: 'kWh',
  perFte: [2500, 6000],
  monthly: true,
};
const HEAT: Line = {
  activity: 'district-heat.fi',
  category: 's2.heat',
  unit: 'MWh',
  perFte: [3, 9],
  monthly: true,
};
const DIESEL: Line = {
  activity: 'vehicle-fuel.diesel',
  category: 's1.mobile',
  unit: 'l',
  perFte: [200, 1500],
  monthly: true,
};
const TRAVEL: Line[] = [
  { activity: 'flight.domestic.avg', category: 's3.06', unit: 'pkm', perFte: [50, 600] },
  { activity: 'flight.shorthaul.economy', category: 's3.06', unit: 'pkm', perFte: [50, 800] },
  { activity: 'rail.national', category: 's3.06', unit: 'pkm', perFte: [100, 1500] },
  { activity: 'hotel.germany', category: 's3.06', unit: 'room-night', perFte: [0.2, 3] },
  { activity: 'taxi.regular.km', category: 's3.06', unit: 'km', perFte: [5, 60] },
  { activity: 'car.avg.petrol', category: 's3.06', unit: 'km', perFte: [100, 2000] },
  { activity: 'bus.coach', category: 's3.06', unit: 'pkm', perFte: [20, 300] },
];
const PURCHASES: Line[] = [
  'spend.office.supplies',
  'spend.paper.stationery',
  'spend.food.coffee',
  'spend.food.catering',
  'spend.services.cleaning',
  'spend.services.accounting',
  'spend.it.software',
  'spend.it.services',
  'spend.telecom.mobile',
  'spend.services.training',
  'spend.finance.insurance',
].map((activity) => ({ activity, category: 's3.01' as const, unit: 'EUR', perFte: [50, 1500] }));
const CAPITAL: Line[] = ['spend.it.computers', 'spend.furniture.office'].map((activity) => ({
  activity,
  category: 's3.02' as const,
  unit: 'EUR',
  perFte: [100, 900],
}));
const WASTE: Line[] = [
  'waste.commercial_and_industrial_waste.combustion',
  'waste.paper_and_board_mixed.recycling_closedloop',
  'waste.plastics_average_plastics.recycling_openloop',
  'waste.organic_food_and_drink_waste.anaerobic_digestion',
].map((activity) => ({ activity, category: 's3.05' as const, unit: 't', perFte: [0.02, 0.3] }));
const WATER: Line = { activity: 'water.supply', category: 's3.01', unit: 'm3', perFte: [5, 30] };
const COMMUTING: Line = { activity: 'car.avg.unknown', category: 's3.07', unit: 'km', perFte: [800, 6000] };

interface Sector {
  code: string;
  trade: string;
  /** Lines every such partner has, then lines its other entries are drawn from. */
  core: Line[];
  more: Line[];
  /** Categories such a partner marks not relevant, with the reason it gives. */
  notRelevant: [CategoryId, string][];
}

const OFFICE_NR: [CategoryId, string][] = [
  ['s1.process', 'Ei teollisia prosesseja.'],
  ['s3.10', 'Emme myy välituotteita.'],
  ['s3.11', 'Palvelumme eivät käytä energiaa asiakkaalla.'],
  ['s3.14', 'Ei franchising-toimintaa.'],
  ['s3.15', 'Ei sijoitustoimintaa.'],
];

const SECTORS: Sector[] = [
  {
    code: '69201',
    trade: 'Tilitoimisto',
    core: [ELECTRICITY, HEAT],
    more: [...TRAVEL, ...PURCHASES, ...CAPITAL, WATER],
    notRelevant: OFFICE_NR,
  },
  {
    code: '62010',
    trade: 'Ohjelmistotalo',
    core: [ELECTRICITY, HEAT],
    more: [...TRAVEL, ...PURCHASES, ...CAPITAL, COMMUTING],
    notRelevant: OFFICE_NR,
  },
  {
    code: '71121',
    trade: 'Insinööritoimisto',
    core: [ELECTRICITY, HEAT],
    more: [...TRAVEL, ...PURCHASES, ...CAPITAL, COMMUTING],
    notRelevant: OFFICE_NR,
  },
  {
    code: '10710',
    trade: 'Leipomo',
    core: [ELECTRICITY, HEAT, DIESEL],
    more: [
      { activity: 'fuel.light-fuel-oil', category: 's1.stationary', unit: 'l', perFte: [100, 900] },
      { activity: 'material.food_and_drink', category: 's3.01', unit: 't', perFte: [1, 8] },
      { activity: 'refrigerant.R-404A', category: 's1.fugitive', unit: 'kg', perFte: [0.05, 0.4] },
      ...PURCHASES,
      ...WASTE,
    ],
    notRelevant: [
      ['s3.14', 'Ei franchising-toimintaa.'],
      ['s3.15', 'Ei sijoitustoimintaa.'],
    ],
  },
  {
    code: '25620',
    trade: 'Konepaja',
    core: [ELECTRICITY, HEAT],
    more: [
      { activity: 'fuel.lpg', category: 's1.stationary', unit: 'kg', perFte: [20, 300] },
      { activity: 'material.metals', category: 's3.01', unit: 't', perFte: [0.5, 6] },
      { activity: 'freight.hgv.rigid.avg', category: 's3.04', unit: 'tkm', perFte: [200, 3000] },
      { activity: 'freight.hgv.artic.avg', category: 's3.09', unit: 'tkm', perFte: [200, 3000] },
      ...PURCHASES,
      ...WASTE,
      ...TRAVEL,
    ],
    notRelevant: [
      ['s3.14', 'Ei franchising-toimintaa.'],
      ['s3.13', 'Ei vuokrattuja tiloja muille.'],
    ],
  },
  {
    code: '49410',
    trade: 'Kuljetus',
    core: [ELECTRICITY, DIESEL],
    more: [
      { activity: 'vehicle-fuel.petrol', category: 's1.mobile', unit: 'l', perFte: [50, 400] },
      { activity: 'refrigerant.R-134a', category: 's1.fugitive', unit: 'kg', perFte: [0.02, 0.2] },
      { activity: 'spend.vehicle.repair', category: 's3.01', unit: 'EUR', perFte: [300, 3000] },
      ...PURCHASES,
      ...WASTE,
    ],
    notRelevant: [['s1.process', 'Ei teollisia prosesseja.'], ...OFFICE_NR.slice(1)],
  },
  {
    code: '47111',
    trade: 'Kauppa',
    core: [ELECTRICITY, HEAT],
    more: [
      { activity: 'refrigerant.R-448A', category: 's1.fugitive', unit: 'kg', perFte: [0.05, 0.5] },
      { activity: 'freight.van.diesel', category: 's3.04', unit: 'tkm', perFte: [50, 600] },
      ...PURCHASES,
      ...WASTE,
      WATER,
    ],
    notRelevant: OFFICE_NR,
  },
  {
    code: '56101',
    trade: 'Ravintola',
    core: [ELECTRICITY, HEAT],
    more: [
      { activity: 'material.food_and_drink', category: 's3.01', unit: 't', perFte: [0.5, 3] },
      { activity: 'fuel.lpg', category: 's1.stationary', unit: 'kg', perFte: [5, 60] },
      ...PURCHASES,
      ...WASTE,
      WATER,
    ],
    notRelevant: OFFICE_NR,
  },
  {
    code: '41200',
    trade: 'Rakennus',
    core: [ELECTRICITY, DIESEL],
    more: [
      { activity: 'material.concrete', category: 's3.01', unit: 't', perFte: [5, 60] },
      { activity: 'material.wood', category: 's3.01', unit: 't', perFte: [1, 10] },
      { activity: 'freight.hgv.all.avg', category: 's3.04', unit: 'tkm', perFte: [300, 4000] },
      { activity: 'spend.construction.repair', category: 's3.01', unit: 'EUR', perFte: [200, 3000] },
      ...PURCHASES,
      ...WASTE,
    ],
    notRelevant: [
      ['s3.14', 'Ei franchising-toimintaa.'],
      ['s3.15', 'Ei sijoitustoimintaa.'],
    ],
  },
  {
    code: '86230',
    trade: 'Hammaslääkäriasema',
    core: [ELECTRICITY, HEAT],
    more: [...PURCHASES, ...WASTE, WATER, ...TRAVEL],
    notRelevant: OFFICE_NR,
  },
  {
    code: '96021',
    trade: 'Kampaamo',
    core: [ELECTRICITY, HEAT],
    more: [...PURCHASES, WATER, ...WASTE.slice(0, 2)],
    notRelevant: OFFICE_NR,
  },
];

/** Every activity a generated partner may use: a test checks each is in every built-in set. */
export const GENERATED_ACTIVITIES: readonly string[] = [
  ...new Set(SECTORS.flatMap((s) => [...s.core, ...s.more].map((l) => l.activity))),
];

const PLACES = [
  'Joen',
  'Karjalan',
  'Pielisen',
  'Kontiolahden',
  'Liperin',
  'Outokummun',
  'Polvijärven',
  'Ilomantsin',
  'Itä-Suomen',
  'Pohjois-Karjalan',
  'Höytiäisen',
  'Utran',
];
const FORMS = ['Oy', 'Oy', 'Oy', 'Ky', 'Oy Ab', 'Tmi'];
const MUNICIPALITIES = [
  'Joensuu',
  'Joensuu',
  'Joensuu',
  'Kontiolahti',
  'Liperi',
  'Outokumpu',
  'Polvijärvi',
  'Ilomantsi',
];
const STREETS = [
  'Torikatu',
  'Siltakatu',
  'Kauppakatu',
  'Rantakatu',
  'Kirkkokatu',
  'Teollisuuskatu',
  'Länsikatu',
];

export interface PartnerOptions {
  /** Entries in each year; drawn from the size band's range when absent. */
  entriesPerYear?: number;
  /** How many years (1–5); drawn when absent. */
  years?: number;
  /** The latest year; 2025 when absent. */
  lastYear?: number;
  size?: SizeBand;
}

export interface GeneratedPartner {
  organization: Organization;
  inventories: Inventory[];
  size: SizeBand;
  /** What the partner is known by in the city: its business ID, else its name. */
  businessId?: string;
}

/** A business ID with a valid check digit, different for each `n`. */
export function businessIdFor(n: number): string {
  for (let k = n; ; k++) {
    const first7 = String(1_000_000 + ((k * 7919) % 8_999_999)).padStart(7, '0');
    const digits = first7.split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + d * ([7, 9, 10, 5, 8, 4, 2][i] as number), 0);
    const r = sum % 11;
    if (r === 1) continue;
    return `${first7}-${r === 0 ? 0 : 11 - r}`;
  }
}

/** Partner number `index` of the network, drawn from `rnd`. Names are unique by index. */
export function generatePartner(rnd: Random, index: number, options: PartnerOptions = {}): GeneratedPartner {
  const sector = rnd.pick(SECTORS);
  const size = options.size ?? rnd.pick<SizeBand>(['micro', 'micro', 'small', 'small', 'medium', 'large']);
  const fte = rnd.int(...FTE[size]);
  const municipality = rnd.pick(MUNICIPALITIES);
  const name = `${rnd.pick(PLACES)} ${sector.trade} ${index + 1} ${rnd.pick(FORMS)}`;
  const businessId = rnd.chance(0.85) ? businessIdFor(index + 1) : undefined;
  const sites: Site[] = Array.from({ length: size === 'micro' ? 1 : rnd.int(1, 3) }, (_x, i) => ({
    id: `site-${i + 1}`,
    name: i === 0 ? 'Päätoimipaikka' : `Toimipiste ${i + 1}`,
    address: `${rnd.pick(STREETS)} ${rnd.int(1, 60)}`,
    municipality,
  }));
  const count = options.years ?? rnd.int(1, 5);
  const lastYear = options.lastYear ?? 2025;
  const years = Array.from({ length: count }, (_x, i) => lastYear - count + 1 + i);
  const perYear = options.entriesPerYear ?? rnd.int(...ENTRIES[size]);
  const lines = pickLines(rnd, sector, perYear);
  // Each line's size for the partner; later years drift from it (a trend and noise).
  const scale = lines.map((l) => rnd.amount(l.perFte[0], l.perFte[1], 3) * fte);
  const trend = rnd.amount(-0.08, 0.04, 3);
  const inventories = years.map((year, k) =>
    yearOf(rnd, {
      year,
      lines,
      scale: scale.map((s) => s * (1 + trend) ** k),
      perYear,
      sites,
      fte,
      notRelevant: sector.notRelevant,
      // Older years keep the set they were made with.
      set: year <= 2023 && rnd.chance(0.5) ? '2025.1' : '2026.1',
      complete: k < years.length - 1 || rnd.chance(0.6),
    }),
  );
  const organization: Organization = {
    name,
    ...(businessId ? { businessId } : {}),
    sector: sector.code,
    municipality,
    baseYear: years[0] as number,
    sites,
  };
  return { organization, inventories, size, ...(businessId ? { businessId } : {}) };
}

/** The partner's lines: its sector's core lines, then others of its sector until the year can be filled. */
function pickLines(rnd: Random, sector: Sector, perYear: number): Line[] {
  const core = sector.core.filter((l) => !l.monthly || perYear >= 24 || l === ELECTRICITY);
  const used = core.reduce((n, l) => n + (l.monthly ? 12 : 1), 0);
  const extra = Math.max(1, Math.min(sector.more.length, Math.ceil((perYear - used) / 4)));
  return [...core, ...rnd.some(sector.more, extra)];
}

interface YearSpec {
  year: number;
  lines: Line[];
  scale: number[];
  perYear: number;
  sites: Site[];
  fte: number;
  notRelevant: [CategoryId, string][];
  set: string;
  complete: boolean;
}

/** A year of exactly `perYear` entries: monthly lines first, the rest spread over the other lines as invoices. */
function yearOf(rnd: Random, y: YearSpec): Inventory {
  const entries: Entry[] = [];
  const add = (line: Line, quantity: number, period?: string) => {
    if (entries.length >= y.perYear) return;
    const n = entries.length + 1;
    entries.push({
      id: `e${y.year}-${n}`,
      category: line.category,
      activity: line.activity,
      quantity,
      unit: line.unit as Entry['unit'],
      ...(y.sites.length > 1 || rnd.chance(0.7) ? { site: rnd.pick(y.sites).id } : {}),
      ...(period ? { period } : {}),
      dataQuality: line.monthly ? 'measured' : rnd.pick(['invoice', 'invoice', 'estimated'] as const),
      ...(rnd.chance(0.3) ? { sourceNote: line.monthly ? 'Kuukausilasku' : 'Kirjanpidon raportti' } : {}),
    });
  };
  y.lines.forEach((line, i) => {
    if (!line.monthly) return;
    for (let m = 1; m <= 12; m++)
      add(
        line,
        round(((y.scale[i] as number) / 12) * rnd.amount(0.7, 1.3, 3)),
        `${y.year}-${String(m).padStart(2, '0')}`,
      );
  });
  const others = y.lines.map((l, i) => ({ l, i })).filter((x) => !x.l.monthly);
  const left = y.perYear - entries.length;
  for (let k = 0; k < left && others.length > 0; k++) {
    const { l, i } = others[k % others.length] as { l: Line; i: number };
    const share = Math.ceil(left / others.length);
    add(l, round(((y.scale[i] as number) / share) * rnd.amount(0.5, 1.5, 3)));
  }
  const withEntries = new Set(entries.map((e) => e.category));
  const excluded: Exclusion[] = y.notRelevant
    .filter(([c]) => !withEntries.has(c))
    .map(([category, reason]) => ({ category, reason }));
  const metrics: SizeMetrics = {
    fte: Math.max(1, Math.round(y.fte * rnd.amount(0.95, 1.05, 2))),
    revenueEur: Math.round(y.fte * rnd.amount(60_000, 160_000, 0)),
    ...(rnd.chance(0.5) ? { floorAreaM2: Math.round(y.fte * rnd.amount(15, 40, 0)) } : {}),
  };
  return newInventory(
    y.year,
    { id: 'fi', release: y.set },
    {
      metrics,
      entries,
      excluded,
      ...(y.complete ? { status: 'complete' as const } : { status: 'draft' as const }),
    },
  );
}

/** A quantity as an invoice or a meter gives it: three significant decimals at most, never zero. */
function round(q: number): number {
  const r = q >= 100 ? Math.round(q) : Math.round(q * 1000) / 1000;
  return r > 0 ? r : 0.001;
}
