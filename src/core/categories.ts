/**
 * The GHG Protocol categories an entry can belong to: the four Scope 1 sources, the four kinds of purchased
 * energy of Scope 2 (Scope 2 Guidance), and the 15 categories of the Scope 3 Standard.
 */

export type Scope = 1 | 2 | 3;

export const CATEGORY_IDS = [
  's1.stationary',
  's1.mobile',
  's1.process',
  's1.fugitive',
  's2.electricity',
  's2.heat',
  's2.steam',
  's2.cooling',
  's3.01',
  's3.02',
  's3.03',
  's3.04',
  's3.05',
  's3.06',
  's3.07',
  's3.08',
  's3.09',
  's3.10',
  's3.11',
  's3.12',
  's3.13',
  's3.14',
  's3.15',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  id: CategoryId;
  scope: Scope;
  names: { fi: string; en: string; sv: string };
  /** A sentence in the user's words: what belongs here. */
  help: { fi: string; en: string; sv: string };
  /** Whether a negative quantity can mean something here (refrigerant recovered in a mass balance). */
  allowsNegative: boolean;
}

/** Swedish names after the Finnish public bodies' terms and the GHG Protocol's Scope 3 categories. */
const SV: Readonly<Record<CategoryId, readonly [name: string, help: string]>> = {
  's1.stationary': [
    'Bränslen för byggnader och anläggningar',
    'Bränslen som förbränns i egna pannor, ugnar och reservkraftverk, t.ex. lätt brännolja, naturgas, pellets.',
  ],
  's1.mobile': ['Bränslen för fordon', 'Bränsle för fordon och arbetsmaskiner som du äger eller styr över.'],
  's1.process': [
    'Processutsläpp',
    'Utsläpp från kemiska eller fysikaliska processer som inte är förbränning.',
  ],
  's1.fugitive': [
    'Köldmedier och andra läckande gaser',
    'Köldmedier som läckt ut ur kyl- och luftkonditioneringsanläggningar (påfyllningar i serviceloggen), släckgaser, inköpta industrigaser. Tillvaratagen mängd som negativ.',
  ],
  's2.electricity': [
    'El',
    'Köpt el. Beräknas både platsbaserat och marknadsbaserat (elavtal, ursprungsgarantier).',
  ],
  's2.heat': ['Fjärrvärme', 'Köpt fjärrvärme eller annan värme.'],
  's2.steam': ['Ånga', 'Köpt processånga.'],
  's2.cooling': ['Fjärrkyla', 'Köpt fjärrkyla.'],
  's3.01': [
    'Inköpta varor och tjänster',
    'Inköp: material, förnödenheter, tjänster, vatten. I euro eller i mängder.',
  ],
  's3.02': ['Kapitalvaror', 'Maskiner, utrustning, fordon och byggnader som skaffades under året.'],
  's3.03': [
    'Bränsle- och energirelaterade utsläpp',
    'Utsläpp i produktionskedjan för köpta bränslen och köpt energi samt överföringsförluster, som inte ingår i Scope 1–2.',
  ],
  's3.04': ['Köpta transporter', 'Godstransporter och lagring som du betalar för.'],
  's3.05': ['Avfall', 'Avfall och avloppsvatten från verksamheten, enligt behandlingssätt.'],
  's3.06': ['Affärsresor', 'Flyg, tåg, bussar, taxi, fartyg, resor i arbetet med egen bil och hotellnätter.'],
  's3.07': ['Anställdas pendling', 'De anställdas resor mellan hemmet och arbetsplatsen.'],
  's3.08': [
    'Hyrda lokaler och utrustning (uppströms)',
    'Energin för lokaler och utrustning som du hyr, om den inte ingår i Scope 1–2.',
  ],
  's3.09': ['Transporter av sålda produkter', 'Transporter av sålda produkter som du inte själv betalar.'],
  's3.10': ['Vidareförädling av sålda produkter', 'Förädling av mellanprodukter hos kunden.'],
  's3.11': ['Användning av sålda produkter', 'Energiförbrukningen när sålda produkter används.'],
  's3.12': ['Slutbehandling av sålda produkter', 'Avfallshantering av sålda produkter och förpackningar.'],
  's3.13': ['Uthyrda lokaler och utrustning', 'Energin för lokaler och utrustning som du hyr ut.'],
  's3.14': ['Franchising', 'Franchisetagarnas verksamhet.'],
  's3.15': ['Investeringar', 'Investeringarnas andel av utsläppen.'],
};

const c = (
  id: CategoryId,
  fi: string,
  en: string,
  helpFi: string,
  helpEn: string,
  allowsNegative = false,
): CategoryInfo => ({
  id,
  scope: Number(id[1]) as Scope,
  names: { fi, en, sv: SV[id][0] },
  help: { fi: helpFi, en: helpEn, sv: SV[id][1] },
  allowsNegative,
});

export const CATEGORIES: readonly CategoryInfo[] = [
  c(
    's1.stationary',
    'Rakennusten ja laitteiden polttoaineet',
    'Fuels for buildings and equipment',
    'Omissa kattiloissa, uuneissa ja varavoimakoneissa poltetut polttoaineet, esim. kevyt polttoöljy, maakaasu, pelletit.',
    'Fuels burned in your own boilers, furnaces and generators, e.g. light fuel oil, natural gas, pellets.',
  ),
  c(
    's1.mobile',
    'Ajoneuvojen polttoaineet',
    'Fuels for vehicles',
    'Omistamiesi tai hallitsemiesi ajoneuvojen ja työkoneiden polttoaineet.',
    'Fuel used by vehicles and machinery you own or control.',
  ),
  c(
    's1.process',
    'Prosessipäästöt',
    'Process emissions',
    'Kemiallisten tai fysikaalisten prosessien päästöt, jotka eivät ole polttoa.',
    'Emissions from chemical or physical processes other than combustion.',
  ),
  c(
    's1.fugitive',
    'Kylmäaineet ja muut vuotavat kaasut',
    'Refrigerants and other fugitive gases',
    'Kylmä- ja ilmastointilaitteiden vuotaneet kylmäaineet (huoltokirjan täydennykset), sammutuskaasut, ostetut teollisuuskaasut. Talteen otettu määrä negatiivisena.',
    'Refrigerant leaked from cooling and air-conditioning (top-ups in the service log), fire suppression gases, purchased industrial gases. Recovered amounts as negative.',
    true,
  ),
  c(
    's2.electricity',
    'Sähkö',
    'Electricity',
    'Ostettu sähkö. Lasketaan sekä sijaintiperusteisesti että markkinaperusteisesti (sähkösopimus, alkuperätakuut).',
    'Purchased electricity, reported both location-based and market-based (your contract, guarantees of origin).',
  ),
  c(
    's2.heat',
    'Kaukolämpö',
    'District heat',
    'Ostettu kaukolämpö tai muu lämpö.',
    'Purchased district heat or other heat.',
  ),
  c('s2.steam', 'Höyry', 'Steam', 'Ostettu prosessihöyry.', 'Purchased steam.'),
  c('s2.cooling', 'Kaukojäähdytys', 'District cooling', 'Ostettu kaukokylmä.', 'Purchased district cooling.'),
  c(
    's3.01',
    'Ostetut tuotteet ja palvelut',
    'Purchased goods and services',
    'Hankinnat: materiaalit, tarvikkeet, palvelut, vesi. Euroina tai määrinä.',
    'Purchases: materials, supplies, services, water. In euros or in quantities.',
  ),
  c(
    's3.02',
    'Käyttöomaisuushankinnat',
    'Capital goods',
    'Koneet, laitteet, ajoneuvot ja rakennukset, jotka hankittiin vuoden aikana.',
    'Machinery, equipment, vehicles and buildings bought during the year.',
  ),
  c(
    's3.03',
    'Polttoaine- ja energiaperäiset päästöt',
    'Fuel- and energy-related activities',
    'Ostetun polttoaineen ja energian tuotantoketjun päästöt ja siirtohäviöt, jotka eivät ole scopeissa 1–2.',
    'Upstream emissions of purchased fuels and energy and grid losses, not included in Scopes 1–2.',
  ),
  c(
    's3.04',
    'Ostetut kuljetukset',
    'Upstream transportation and distribution',
    'Maksamasi tavarakuljetukset ja varastointi.',
    'Freight and storage you pay for.',
  ),
  c(
    's3.05',
    'Jätteet',
    'Waste generated in operations',
    'Toiminnassa syntyneet jätteet ja jätevedet käsittelytavan mukaan.',
    'Waste and waste water from your operations, by treatment.',
  ),
  c(
    's3.06',
    'Liikematkat',
    'Business travel',
    'Lennot, junat, bussit, taksit, laivat, omalla autolla ajetut työmatkat ja hotelliyöt.',
    'Flights, trains, buses, taxis, ferries, private cars used for work, and hotel nights.',
  ),
  c(
    's3.07',
    'Henkilöstön työmatkat',
    'Employee commuting',
    'Työntekijöiden matkat kodin ja työpaikan välillä.',
    "Employees' trips between home and work.",
  ),
  c(
    's3.08',
    'Vuokratut tilat ja laitteet (hankinta)',
    'Upstream leased assets',
    'Vuokraamiesi tilojen ja laitteiden energia, jos se ei ole scopeissa 1–2.',
    'Energy of assets you lease, when not in Scopes 1–2.',
  ),
  c(
    's3.09',
    'Myytyjen tuotteiden kuljetukset',
    'Downstream transportation and distribution',
    'Myytyjen tuotteiden kuljetukset, joita et maksa itse.',
    'Transport of sold products that you do not pay for.',
  ),
  c(
    's3.10',
    'Myytyjen tuotteiden jatkojalostus',
    'Processing of sold products',
    'Välituotteiden jalostus asiakkaan luona.',
    'Processing of intermediate products by customers.',
  ),
  c(
    's3.11',
    'Myytyjen tuotteiden käyttö',
    'Use of sold products',
    'Myytyjen tuotteiden käytön aikainen energiankulutus.',
    'Energy used by sold products over their use.',
  ),
  c(
    's3.12',
    'Myytyjen tuotteiden elinkaaren loppu',
    'End-of-life treatment of sold products',
    'Myytyjen tuotteiden ja pakkausten jätteenkäsittely.',
    'Waste treatment of sold products and packaging.',
  ),
  c(
    's3.13',
    'Vuokralle annetut tilat ja laitteet',
    'Downstream leased assets',
    'Vuokralle antamiesi tilojen ja laitteiden energia.',
    'Energy of assets you lease to others.',
  ),
  c('s3.14', 'Franchising', 'Franchises', 'Franchising-yrittäjien toiminta.', 'Operations of franchisees.'),
  c(
    's3.15',
    'Sijoitukset',
    'Investments',
    'Sijoitusten osuus päästöistä.',
    'Your share of the emissions of investments.',
  ),
];

const BY_ID = new Map(CATEGORIES.map((x) => [x.id, x]));

export function isCategoryId(id: string): id is CategoryId {
  return BY_ID.has(id as CategoryId);
}

export function categoryInfo(id: CategoryId): CategoryInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`Unknown category ${id}`);
  return info;
}

export function scopeOf(id: CategoryId): Scope {
  return categoryInfo(id).scope;
}
