/**
 * Statistics Finland's Standard Industrial Classification TOL 2008 (Toimialaluokitus TOL 2008): its 21 sections
 * and 88 divisions, with the bakery group 10.7 and its classes, for the partner's sector field. Names are words
 * (the field is searched by them), so the list lives with the word catalogues.
 *
 * Source: Tilastokeskus (Statistics Finland), Toimialaluokitus TOL 2008, Käsikirjoja 4 (2008),
 * https://www.stat.fi/fi/luokitukset/toimiala/toimiala_1_20080101/ — Finnish names as published there. TOL 2008
 * equals the EU's NACE Rev. 2 at levels 1–4 (Regulation (EC) No 1893/2006); the English names are NACE Rev. 2's
 * (Eurostat, NACE Rev. 2 – Statistical classification of economic activities, 2008,
 * https://ec.europa.eu/eurostat/web/products-manuals-and-guidelines/-/ks-ra-07-015), which Statistics Finland's
 * English edition uses. Levels below the division are given only where listed here; any other code is checked
 * by its form and its division.
 */
import { tolSectionOf } from '../core/sector';

export interface TolItem {
  /** As written in TOL 2008: a section letter, "10", "10.7", "10.71". */
  code: string;
  fi: string;
  en: string;
  /** The code of the level above (a division's section, a group's division). */
  parent?: string;
}

type Row = readonly [code: string, fi: string, en: string];

const SECTIONS: readonly Row[] = [
  ['A', 'Maatalous, metsätalous ja kalatalous', 'Agriculture, forestry and fishing'],
  ['B', 'Kaivostoiminta ja louhinta', 'Mining and quarrying'],
  ['C', 'Teollisuus', 'Manufacturing'],
  [
    'D',
    'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    'Electricity, gas, steam and air conditioning supply',
  ],
  [
    'E',
    'Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito',
    'Water supply; sewerage, waste management and remediation activities',
  ],
  ['F', 'Rakentaminen', 'Construction'],
  [
    'G',
    'Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus',
    'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  ],
  ['H', 'Kuljetus ja varastointi', 'Transportation and storage'],
  ['I', 'Majoitus- ja ravitsemistoiminta', 'Accommodation and food service activities'],
  ['J', 'Informaatio ja viestintä', 'Information and communication'],
  ['K', 'Rahoitus- ja vakuutustoiminta', 'Financial and insurance activities'],
  ['L', 'Kiinteistöalan toiminta', 'Real estate activities'],
  [
    'M',
    'Ammatillinen, tieteellinen ja tekninen toiminta',
    'Professional, scientific and technical activities',
  ],
  ['N', 'Hallinto- ja tukipalvelutoiminta', 'Administrative and support service activities'],
  [
    'O',
    'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    'Public administration and defence; compulsory social security',
  ],
  ['P', 'Koulutus', 'Education'],
  ['Q', 'Terveys- ja sosiaalipalvelut', 'Human health and social work activities'],
  ['R', 'Taiteet, viihde ja virkistys', 'Arts, entertainment and recreation'],
  ['S', 'Muu palvelutoiminta', 'Other service activities'],
  [
    'T',
    'Kotitalouksien toiminta työnantajina; kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen tuottamiseksi omaan käyttöön',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  ],
  [
    'U',
    'Kansainvälisten organisaatioiden ja toimielinten toiminta',
    'Activities of extraterritorial organisations and bodies',
  ],
];

const DIVISIONS: readonly Row[] = [
  [
    '01',
    'Kasvinviljely ja kotieläintalous, riistatalous ja niihin liittyvät palvelut',
    'Crop and animal production, hunting and related service activities',
  ],
  ['02', 'Metsätalous ja puunkorjuu', 'Forestry and logging'],
  ['03', 'Kalastus ja vesiviljely', 'Fishing and aquaculture'],
  ['05', 'Kivihiilen ja ruskohiilen kaivu', 'Mining of coal and lignite'],
  ['06', 'Raakaöljyn ja maakaasun tuotanto', 'Extraction of crude petroleum and natural gas'],
  ['07', 'Metallimalmien louhinta', 'Mining of metal ores'],
  ['08', 'Muu kaivostoiminta ja louhinta', 'Other mining and quarrying'],
  ['09', 'Kaivostoimintaa palveleva toiminta', 'Mining support service activities'],
  ['10', 'Elintarvikkeiden valmistus', 'Manufacture of food products'],
  ['11', 'Juomien valmistus', 'Manufacture of beverages'],
  ['12', 'Tupakkatuotteiden valmistus', 'Manufacture of tobacco products'],
  ['13', 'Tekstiilien valmistus', 'Manufacture of textiles'],
  ['14', 'Vaatteiden valmistus', 'Manufacture of wearing apparel'],
  ['15', 'Nahan ja nahkatuotteiden valmistus', 'Manufacture of leather and related products'],
  [
    '16',
    'Sahatavaran sekä puu- ja korkkituotteiden valmistus (pl. huonekalut); olki- ja punontatuotteiden valmistus',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  ],
  ['17', 'Paperin, paperi- ja kartonkituotteiden valmistus', 'Manufacture of paper and paper products'],
  ['18', 'Painaminen ja tallenteiden jäljentäminen', 'Printing and reproduction of recorded media'],
  [
    '19',
    'Koksin ja jalostettujen öljytuotteiden valmistus',
    'Manufacture of coke and refined petroleum products',
  ],
  [
    '20',
    'Kemikaalien ja kemiallisten tuotteiden valmistus',
    'Manufacture of chemicals and chemical products',
  ],
  [
    '21',
    'Lääkeaineiden ja lääkkeiden valmistus',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  ],
  ['22', 'Kumi- ja muovituotteiden valmistus', 'Manufacture of rubber and plastic products'],
  [
    '23',
    'Muiden ei-metallisten mineraalituotteiden valmistus',
    'Manufacture of other non-metallic mineral products',
  ],
  ['24', 'Metallien jalostus', 'Manufacture of basic metals'],
  [
    '25',
    'Metallituotteiden valmistus (pl. koneet ja laitteet)',
    'Manufacture of fabricated metal products, except machinery and equipment',
  ],
  [
    '26',
    'Tietokoneiden sekä elektronisten ja optisten tuotteiden valmistus',
    'Manufacture of computer, electronic and optical products',
  ],
  ['27', 'Sähkölaitteiden valmistus', 'Manufacture of electrical equipment'],
  ['28', 'Muiden koneiden ja laitteiden valmistus', 'Manufacture of machinery and equipment n.e.c.'],
  [
    '29',
    'Moottoriajoneuvojen, perävaunujen ja puoliperävaunujen valmistus',
    'Manufacture of motor vehicles, trailers and semi-trailers',
  ],
  ['30', 'Muiden kulkuneuvojen valmistus', 'Manufacture of other transport equipment'],
  ['31', 'Huonekalujen valmistus', 'Manufacture of furniture'],
  ['32', 'Muu valmistus', 'Other manufacturing'],
  [
    '33',
    'Koneiden ja laitteiden korjaus, huolto ja asennus',
    'Repair and installation of machinery and equipment',
  ],
  [
    '35',
    'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    'Electricity, gas, steam and air conditioning supply',
  ],
  ['36', 'Veden otto, puhdistus ja jakelu', 'Water collection, treatment and supply'],
  ['37', 'Viemäri- ja jätevesihuolto', 'Sewerage'],
  [
    '38',
    'Jätteen keruu, käsittely ja loppusijoitus; materiaalien kierrätys',
    'Waste collection, treatment and disposal activities; materials recovery',
  ],
  [
    '39',
    'Maaperän ja vesistöjen kunnostus ja muut ympäristönhuoltopalvelut',
    'Remediation activities and other waste management services',
  ],
  ['41', 'Talonrakentaminen', 'Construction of buildings'],
  ['42', 'Maa- ja vesirakentaminen', 'Civil engineering'],
  ['43', 'Erikoistunut rakennustoiminta', 'Specialised construction activities'],
  [
    '45',
    'Moottoriajoneuvojen ja moottoripyörien tukku- ja vähittäiskauppa sekä korjaus',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
  ],
  [
    '46',
    'Tukkukauppa (pl. moottoriajoneuvojen ja moottoripyörien kauppa)',
    'Wholesale trade, except of motor vehicles and motorcycles',
  ],
  [
    '47',
    'Vähittäiskauppa (pl. moottoriajoneuvojen ja moottoripyörien kauppa)',
    'Retail trade, except of motor vehicles and motorcycles',
  ],
  ['49', 'Maaliikenne ja putkijohtokuljetus', 'Land transport and transport via pipelines'],
  ['50', 'Vesiliikenne', 'Water transport'],
  ['51', 'Ilmaliikenne', 'Air transport'],
  [
    '52',
    'Varastointi ja liikennettä palveleva toiminta',
    'Warehousing and support activities for transportation',
  ],
  ['53', 'Posti- ja kuriiritoiminta', 'Postal and courier activities'],
  ['55', 'Majoitus', 'Accommodation'],
  ['56', 'Ravitsemistoiminta', 'Food and beverage service activities'],
  ['58', 'Kustannustoiminta', 'Publishing activities'],
  [
    '59',
    'Elokuva-, video- ja televisio-ohjelmatuotanto, äänitteiden ja musiikin kustantaminen',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
  ],
  ['60', 'Radio- ja televisiotoiminta', 'Programming and broadcasting activities'],
  ['61', 'Televiestintä', 'Telecommunications'],
  [
    '62',
    'Ohjelmistot, konsultointi ja siihen liittyvä toiminta',
    'Computer programming, consultancy and related activities',
  ],
  ['63', 'Tietopalvelutoiminta', 'Information service activities'],
  [
    '64',
    'Rahoituspalvelut (pl. vakuutus- ja eläkevakuutustoiminta)',
    'Financial service activities, except insurance and pension funding',
  ],
  [
    '65',
    'Vakuutus-, jälleenvakuutus- ja eläkevakuutustoiminta (pl. pakollinen sosiaalivakuutus)',
    'Insurance, reinsurance and pension funding, except compulsory social security',
  ],
  [
    '66',
    'Rahoitusta ja vakuuttamista palveleva toiminta',
    'Activities auxiliary to financial services and insurance activities',
  ],
  ['68', 'Kiinteistöalan toiminta', 'Real estate activities'],
  ['69', 'Lakiasiain- ja laskentatoimen palvelut', 'Legal and accounting activities'],
  [
    '70',
    'Pääkonttorien toiminta; liikkeenjohdon konsultointi',
    'Activities of head offices; management consultancy activities',
  ],
  [
    '71',
    'Arkkitehti- ja insinööripalvelut; tekninen testaus ja analysointi',
    'Architectural and engineering activities; technical testing and analysis',
  ],
  ['72', 'Tieteellinen tutkimus ja kehittäminen', 'Scientific research and development'],
  ['73', 'Mainostoiminta ja markkinatutkimus', 'Advertising and market research'],
  [
    '74',
    'Muut erikoistuneet palvelut liike-elämälle',
    'Other professional, scientific and technical activities',
  ],
  ['75', 'Eläinlääkintäpalvelut', 'Veterinary activities'],
  ['77', 'Vuokraus- ja leasingtoiminta', 'Rental and leasing activities'],
  ['78', 'Työllistämistoiminta', 'Employment activities'],
  [
    '79',
    'Matkatoimistojen ja matkanjärjestäjien toiminta; varauspalvelut',
    'Travel agency, tour operator reservation service and related activities',
  ],
  ['80', 'Turvallisuus-, vartiointi- ja etsiväpalvelut', 'Security and investigation activities'],
  ['81', 'Kiinteistön- ja maisemanhoito', 'Services to buildings and landscape activities'],
  [
    '82',
    'Hallinto- ja tukipalvelut liike-elämälle',
    'Office administrative, office support and other business support activities',
  ],
  [
    '84',
    'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    'Public administration and defence; compulsory social security',
  ],
  ['85', 'Koulutus', 'Education'],
  ['86', 'Terveyspalvelut', 'Human health activities'],
  ['87', 'Sosiaalihuollon laitospalvelut', 'Residential care activities'],
  ['88', 'Sosiaalihuollon avopalvelut', 'Social work activities without accommodation'],
  ['90', 'Kulttuuri- ja viihdetoiminta', 'Creative, arts and entertainment activities'],
  [
    '91',
    'Kirjastojen, arkistojen, museoiden ja muiden kulttuurilaitosten toiminta',
    'Libraries, archives, museums and other cultural activities',
  ],
  ['92', 'Rahapeli- ja vedonlyöntitoiminta', 'Gambling and betting activities'],
  [
    '93',
    'Urheilutoiminta sekä huvi- ja virkistyspalvelut',
    'Sports activities and amusement and recreation activities',
  ],
  ['94', 'Järjestöjen toiminta', 'Activities of membership organisations'],
  [
    '95',
    'Tietokoneiden, henkilökohtaisten ja kotitaloustavaroiden korjaus',
    'Repair of computers and personal and household goods',
  ],
  ['96', 'Muut henkilökohtaiset palvelut', 'Other personal service activities'],
  [
    '97',
    'Kotitalouksien toiminta kotitaloustyöntekijöiden työnantajina',
    'Activities of households as employers of domestic personnel',
  ],
  [
    '98',
    'Kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen tuottamiseksi omaan käyttöön',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ],
  [
    '99',
    'Kansainvälisten organisaatioiden ja toimielinten toiminta',
    'Activities of extraterritorial organisations and bodies',
  ],
];

/** Below the division: the bakery group and its classes (issue 10's bakery finds itself by "leipomo"). */
const FINER: readonly Row[] = [
  ['10.7', 'Leipomotuotteiden, makaronien yms. valmistus', 'Manufacture of bakery and farinaceous products'],
  [
    '10.71',
    'Leivän valmistus; tuoreiden leivonnaisten ja kakkujen valmistus',
    'Manufacture of bread; manufacture of fresh pastry goods and cakes',
  ],
  [
    '10.72',
    'Näkkileivän ja keksien valmistus; säilyvien leivonnaisten ja kakkujen valmistus',
    'Manufacture of rusks and biscuits; manufacture of preserved pastry goods and cakes',
  ],
  [
    '10.73',
    'Makaronin, nuudelien, kuskusin ja vastaavien jauhotuotteiden valmistus',
    'Manufacture of macaroni, noodles, couscous and similar farinaceous products',
  ],
];

function sectionOf(division: string): string | undefined {
  return tolSectionOf(Number(division));
}

/** Sections, then divisions, then the finer codes, each with the code of the level above. */
export const TOL_2008: readonly TolItem[] = [
  ...SECTIONS.map(([code, fi, en]) => ({ code, fi, en })),
  ...DIVISIONS.map(([code, fi, en]) => ({ code, fi, en, parent: sectionOf(code) })),
  ...FINER.map(([code, fi, en]) => ({
    code,
    fi,
    en,
    parent: code.slice(0, code.length - 1).replace(/\.$/, ''),
  })),
];
