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
 *
 * Swedish: Statistikcentralen's Näringsgrensindelningen TOL 2008 (https://www.stat.fi/sv/luokitukset/toimiala/
 * toimiala_1_20080101/), read in stored copies of Statistikcentralen's Swedish pages, as the classification's
 * own listing could not be read in full:
 * - Official text: the 21 sections A–U (https://tilastokeskus.fi/til/yrtt/yrtt_2010-03-23_luo_001_sv.html) and
 *   the divisions 07–11 and 13–33 (https://www.stat.fi/tup/suoluk/suoluk_teollisuus_sv.html,
 *   https://tilastokeskus.fi/til/atoi/atoi_2009-01-12_luo_001_sv.html), 41, 43 and 46
 *   (https://www2.tilastokeskus.fi/til/tyti/tyti_2009-04-24_luo_001_sv.html), 50, 52, 53, 55, 56, 58–63, 71–74
 *   and 77–82 (https://stat.fi/til/plv/plv_2008-09-26_luo_001_sv.html).
 * - The other divisions: the names of the same NACE Rev. 2 divisions in Sweden's SNI 2007 (Statistiska
 *   centralbyrån, Standard för svensk näringsgrensindelning 2007), which the official names above match word
 *   for word (but for "TV" in 59 and a comma in 71); not checked against Statistikcentralen one by one, so a
 *   name may differ from its list in wording.
 * - The bakery group 10.7 and its classes: translated by us from the Finnish names.
 */
import { tolSectionOf } from '../core/sector';

export interface TolItem {
  /** As written in TOL 2008: a section letter, "10", "10.7", "10.71". */
  code: string;
  fi: string;
  en: string;
  sv: string;
  /** The code of the level above (a division's section, a group's division). */
  parent?: string;
}

type Row = readonly [code: string, fi: string, en: string, sv: string];

const SECTIONS: readonly Row[] = [
  [
    'A',
    'Maatalous, metsätalous ja kalatalous',
    'Agriculture, forestry and fishing',
    'Jordbruk, skogsbruk och fiske',
  ],
  ['B', 'Kaivostoiminta ja louhinta', 'Mining and quarrying', 'Utvinning av mineral'],
  ['C', 'Teollisuus', 'Manufacturing', 'Tillverkning'],
  [
    'D',
    'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    'Electricity, gas, steam and air conditioning supply',
    'Försörjning av el, gas, värme och kyla',
  ],
  [
    'E',
    'Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito',
    'Water supply; sewerage, waste management and remediation activities',
    'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
  ],
  ['F', 'Rakentaminen', 'Construction', 'Byggverksamhet'],
  [
    'G',
    'Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus',
    'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    'Handel; reparation av motorfordon och motorcyklar',
  ],
  ['H', 'Kuljetus ja varastointi', 'Transportation and storage', 'Transport och magasinering'],
  [
    'I',
    'Majoitus- ja ravitsemistoiminta',
    'Accommodation and food service activities',
    'Hotell- och restaurangverksamhet',
  ],
  [
    'J',
    'Informaatio ja viestintä',
    'Information and communication',
    'Informations- och kommunikationsverksamhet',
  ],
  [
    'K',
    'Rahoitus- ja vakuutustoiminta',
    'Financial and insurance activities',
    'Finans- och försäkringsverksamhet',
  ],
  ['L', 'Kiinteistöalan toiminta', 'Real estate activities', 'Fastighetsverksamhet'],
  [
    'M',
    'Ammatillinen, tieteellinen ja tekninen toiminta',
    'Professional, scientific and technical activities',
    'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
  ],
  [
    'N',
    'Hallinto- ja tukipalvelutoiminta',
    'Administrative and support service activities',
    'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
  ],
  [
    'O',
    'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    'Public administration and defence; compulsory social security',
    'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
  ],
  ['P', 'Koulutus', 'Education', 'Utbildning'],
  [
    'Q',
    'Terveys- ja sosiaalipalvelut',
    'Human health and social work activities',
    'Vård och omsorg; sociala tjänster',
  ],
  ['R', 'Taiteet, viihde ja virkistys', 'Arts, entertainment and recreation', 'Kultur, nöje och fritid'],
  ['S', 'Muu palvelutoiminta', 'Other service activities', 'Annan serviceverksamhet'],
  [
    'T',
    'Kotitalouksien toiminta työnantajina; kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen tuottamiseksi omaan käyttöön',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
  ],
  [
    'U',
    'Kansainvälisten organisaatioiden ja toimielinten toiminta',
    'Activities of extraterritorial organisations and bodies',
    'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
  ],
];

const DIVISIONS: readonly Row[] = [
  [
    '01',
    'Kasvinviljely ja kotieläintalous, riistatalous ja niihin liittyvät palvelut',
    'Crop and animal production, hunting and related service activities',
    'Jordbruk och jakt samt service i anslutning härtill',
  ],
  ['02', 'Metsätalous ja puunkorjuu', 'Forestry and logging', 'Skogsbruk'],
  ['03', 'Kalastus ja vesiviljely', 'Fishing and aquaculture', 'Fiske och vattenbruk'],
  ['05', 'Kivihiilen ja ruskohiilen kaivu', 'Mining of coal and lignite', 'Kolutvinning'],
  [
    '06',
    'Raakaöljyn ja maakaasun tuotanto',
    'Extraction of crude petroleum and natural gas',
    'Utvinning av råpetroleum och naturgas',
  ],
  ['07', 'Metallimalmien louhinta', 'Mining of metal ores', 'Utvinning av metallmalmer'],
  ['08', 'Muu kaivostoiminta ja louhinta', 'Other mining and quarrying', 'Annan utvinning av mineral'],
  ['09', 'Kaivostoimintaa palveleva toiminta', 'Mining support service activities', 'Service till utvinning'],
  ['10', 'Elintarvikkeiden valmistus', 'Manufacture of food products', 'Livsmedelsframställning'],
  ['11', 'Juomien valmistus', 'Manufacture of beverages', 'Framställning av drycker'],
  ['12', 'Tupakkatuotteiden valmistus', 'Manufacture of tobacco products', 'Tobaksvarutillverkning'],
  ['13', 'Tekstiilien valmistus', 'Manufacture of textiles', 'Textilvarutillverkning'],
  ['14', 'Vaatteiden valmistus', 'Manufacture of wearing apparel', 'Tillverkning av kläder'],
  [
    '15',
    'Nahan ja nahkatuotteiden valmistus',
    'Manufacture of leather and related products',
    'Tillverkning av läder, läder- och skinnvaror m.m.',
  ],
  [
    '16',
    'Sahatavaran sekä puu- ja korkkituotteiden valmistus (pl. huonekalut); olki- ja punontatuotteiden valmistus',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    'Tillverkning av trä och varor av trä, kork, rotting o.d. utom möbler',
  ],
  [
    '17',
    'Paperin, paperi- ja kartonkituotteiden valmistus',
    'Manufacture of paper and paper products',
    'Pappers- och pappersvarutillverkning',
  ],
  [
    '18',
    'Painaminen ja tallenteiden jäljentäminen',
    'Printing and reproduction of recorded media',
    'Grafisk produktion och reproduktion av inspelningar',
  ],
  [
    '19',
    'Koksin ja jalostettujen öljytuotteiden valmistus',
    'Manufacture of coke and refined petroleum products',
    'Tillverkning av stenkolsprodukter och raffinerade petroleumprodukter',
  ],
  [
    '20',
    'Kemikaalien ja kemiallisten tuotteiden valmistus',
    'Manufacture of chemicals and chemical products',
    'Tillverkning av kemikalier och kemiska produkter',
  ],
  [
    '21',
    'Lääkeaineiden ja lääkkeiden valmistus',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    'Tillverkning av farmaceutiska basprodukter och läkemedel',
  ],
  [
    '22',
    'Kumi- ja muovituotteiden valmistus',
    'Manufacture of rubber and plastic products',
    'Tillverkning av gummi- och plastvaror',
  ],
  [
    '23',
    'Muiden ei-metallisten mineraalituotteiden valmistus',
    'Manufacture of other non-metallic mineral products',
    'Tillverkning av andra icke-metalliska mineraliska produkter',
  ],
  ['24', 'Metallien jalostus', 'Manufacture of basic metals', 'Stål- och metallframställning'],
  [
    '25',
    'Metallituotteiden valmistus (pl. koneet ja laitteet)',
    'Manufacture of fabricated metal products, except machinery and equipment',
    'Tillverkning av metallvaror utom maskiner och apparater',
  ],
  [
    '26',
    'Tietokoneiden sekä elektronisten ja optisten tuotteiden valmistus',
    'Manufacture of computer, electronic and optical products',
    'Tillverkning av datorer, elektronikvaror och optik',
  ],
  ['27', 'Sähkölaitteiden valmistus', 'Manufacture of electrical equipment', 'Tillverkning av elapparatur'],
  [
    '28',
    'Muiden koneiden ja laitteiden valmistus',
    'Manufacture of machinery and equipment n.e.c.',
    'Tillverkning av övriga maskiner',
  ],
  [
    '29',
    'Moottoriajoneuvojen, perävaunujen ja puoliperävaunujen valmistus',
    'Manufacture of motor vehicles, trailers and semi-trailers',
    'Tillverkning av motorfordon, släpfordon och påhängsvagnar',
  ],
  [
    '30',
    'Muiden kulkuneuvojen valmistus',
    'Manufacture of other transport equipment',
    'Tillverkning av andra transportmedel',
  ],
  ['31', 'Huonekalujen valmistus', 'Manufacture of furniture', 'Tillverkning av möbler'],
  ['32', 'Muu valmistus', 'Other manufacturing', 'Annan tillverkning'],
  [
    '33',
    'Koneiden ja laitteiden korjaus, huolto ja asennus',
    'Repair and installation of machinery and equipment',
    'Reparation och installation av maskiner och apparater',
  ],
  [
    '35',
    'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    'Electricity, gas, steam and air conditioning supply',
    'Försörjning av el, gas, värme och kyla',
  ],
  ['36', 'Veden otto, puhdistus ja jakelu', 'Water collection, treatment and supply', 'Vattenförsörjning'],
  ['37', 'Viemäri- ja jätevesihuolto', 'Sewerage', 'Avloppsrening'],
  [
    '38',
    'Jätteen keruu, käsittely ja loppusijoitus; materiaalien kierrätys',
    'Waste collection, treatment and disposal activities; materials recovery',
    'Avfallshantering; återvinning',
  ],
  [
    '39',
    'Maaperän ja vesistöjen kunnostus ja muut ympäristönhuoltopalvelut',
    'Remediation activities and other waste management services',
    'Sanering, efterbehandling av jord och vatten samt annan verksamhet för föroreningsbekämpning',
  ],
  ['41', 'Talonrakentaminen', 'Construction of buildings', 'Byggande av hus'],
  ['42', 'Maa- ja vesirakentaminen', 'Civil engineering', 'Anläggningsarbeten'],
  [
    '43',
    'Erikoistunut rakennustoiminta',
    'Specialised construction activities',
    'Specialiserad bygg- och anläggningsverksamhet',
  ],
  [
    '45',
    'Moottoriajoneuvojen ja moottoripyörien tukku- ja vähittäiskauppa sekä korjaus',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    'Handel samt reparation av motorfordon och motorcyklar',
  ],
  [
    '46',
    'Tukkukauppa (pl. moottoriajoneuvojen ja moottoripyörien kauppa)',
    'Wholesale trade, except of motor vehicles and motorcycles',
    'Parti- och provisionshandel utom med motorfordon',
  ],
  [
    '47',
    'Vähittäiskauppa (pl. moottoriajoneuvojen ja moottoripyörien kauppa)',
    'Retail trade, except of motor vehicles and motorcycles',
    'Detaljhandel utom med motorfordon och motorcyklar',
  ],
  [
    '49',
    'Maaliikenne ja putkijohtokuljetus',
    'Land transport and transport via pipelines',
    'Landtransport; transport i rörsystem',
  ],
  ['50', 'Vesiliikenne', 'Water transport', 'Sjötransport'],
  ['51', 'Ilmaliikenne', 'Air transport', 'Lufttransport'],
  [
    '52',
    'Varastointi ja liikennettä palveleva toiminta',
    'Warehousing and support activities for transportation',
    'Magasinering och stödtjänster till transport',
  ],
  ['53', 'Posti- ja kuriiritoiminta', 'Postal and courier activities', 'Post- och kurirverksamhet'],
  ['55', 'Majoitus', 'Accommodation', 'Hotell- och logiverksamhet'],
  [
    '56',
    'Ravitsemistoiminta',
    'Food and beverage service activities',
    'Restaurang-, catering- och barverksamhet',
  ],
  ['58', 'Kustannustoiminta', 'Publishing activities', 'Förlagsverksamhet'],
  [
    '59',
    'Elokuva-, video- ja televisio-ohjelmatuotanto, äänitteiden ja musiikin kustantaminen',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
    'Film-, video- och TV-programverksamhet, ljudinspelningar och fonogramutgivning',
  ],
  [
    '60',
    'Radio- ja televisiotoiminta',
    'Programming and broadcasting activities',
    'Planering och sändning av program',
  ],
  ['61', 'Televiestintä', 'Telecommunications', 'Telekommunikation'],
  [
    '62',
    'Ohjelmistot, konsultointi ja siihen liittyvä toiminta',
    'Computer programming, consultancy and related activities',
    'Dataprogrammering, datakonsultverksamhet o.d.',
  ],
  ['63', 'Tietopalvelutoiminta', 'Information service activities', 'Informationstjänster'],
  [
    '64',
    'Rahoituspalvelut (pl. vakuutus- ja eläkevakuutustoiminta)',
    'Financial service activities, except insurance and pension funding',
    'Finansiella tjänster utom försäkring och pensionsfondsverksamhet',
  ],
  [
    '65',
    'Vakuutus-, jälleenvakuutus- ja eläkevakuutustoiminta (pl. pakollinen sosiaalivakuutus)',
    'Insurance, reinsurance and pension funding, except compulsory social security',
    'Försäkring, återförsäkring och pensionsfondsverksamhet utom obligatorisk socialförsäkring',
  ],
  [
    '66',
    'Rahoitusta ja vakuuttamista palveleva toiminta',
    'Activities auxiliary to financial services and insurance activities',
    'Stödtjänster till finansiella tjänster och försäkring',
  ],
  ['68', 'Kiinteistöalan toiminta', 'Real estate activities', 'Fastighetsverksamhet'],
  [
    '69',
    'Lakiasiain- ja laskentatoimen palvelut',
    'Legal and accounting activities',
    'Juridisk och ekonomisk konsultverksamhet',
  ],
  [
    '70',
    'Pääkonttorien toiminta; liikkeenjohdon konsultointi',
    'Activities of head offices; management consultancy activities',
    'Verksamheter som utövas av huvudkontor; konsulttjänster till företag',
  ],
  [
    '71',
    'Arkkitehti- ja insinööripalvelut; tekninen testaus ja analysointi',
    'Architectural and engineering activities; technical testing and analysis',
    'Arkitekt- och teknisk konsultverksamhet, teknisk provning och analys',
  ],
  [
    '72',
    'Tieteellinen tutkimus ja kehittäminen',
    'Scientific research and development',
    'Vetenskaplig forskning och utveckling',
  ],
  [
    '73',
    'Mainostoiminta ja markkinatutkimus',
    'Advertising and market research',
    'Reklam och marknadsundersökning',
  ],
  [
    '74',
    'Muut erikoistuneet palvelut liike-elämälle',
    'Other professional, scientific and technical activities',
    'Annan verksamhet inom juridik, ekonomi, vetenskap och teknik',
  ],
  ['75', 'Eläinlääkintäpalvelut', 'Veterinary activities', 'Veterinärverksamhet'],
  ['77', 'Vuokraus- ja leasingtoiminta', 'Rental and leasing activities', 'Uthyrning och leasing'],
  [
    '78',
    'Työllistämistoiminta',
    'Employment activities',
    'Arbetsförmedling, bemanning och andra personalrelaterade tjänster',
  ],
  [
    '79',
    'Matkatoimistojen ja matkanjärjestäjien toiminta; varauspalvelut',
    'Travel agency, tour operator reservation service and related activities',
    'Resebyrå- och researrangörsverksamhet och andra resetjänster och relaterade tjänster',
  ],
  [
    '80',
    'Turvallisuus-, vartiointi- ja etsiväpalvelut',
    'Security and investigation activities',
    'Säkerhets- och bevakningsverksamhet',
  ],
  [
    '81',
    'Kiinteistön- ja maisemanhoito',
    'Services to buildings and landscape activities',
    'Fastighetsservice samt skötsel och underhåll av grönytor',
  ],
  [
    '82',
    'Hallinto- ja tukipalvelut liike-elämälle',
    'Office administrative, office support and other business support activities',
    'Kontorstjänster och andra företagstjänster',
  ],
  [
    '84',
    'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    'Public administration and defence; compulsory social security',
    'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
  ],
  ['85', 'Koulutus', 'Education', 'Utbildning'],
  ['86', 'Terveyspalvelut', 'Human health activities', 'Hälso- och sjukvård'],
  ['87', 'Sosiaalihuollon laitospalvelut', 'Residential care activities', 'Vård och omsorg med boende'],
  [
    '88',
    'Sosiaalihuollon avopalvelut',
    'Social work activities without accommodation',
    'Öppna sociala insatser',
  ],
  [
    '90',
    'Kulttuuri- ja viihdetoiminta',
    'Creative, arts and entertainment activities',
    'Konstnärlig och kulturell verksamhet samt underhållningsverksamhet',
  ],
  [
    '91',
    'Kirjastojen, arkistojen, museoiden ja muiden kulttuurilaitosten toiminta',
    'Libraries, archives, museums and other cultural activities',
    'Biblioteks-, arkiv- och museiverksamhet m.m.',
  ],
  [
    '92',
    'Rahapeli- ja vedonlyöntitoiminta',
    'Gambling and betting activities',
    'Spel- och vadhållningsverksamhet',
  ],
  [
    '93',
    'Urheilutoiminta sekä huvi- ja virkistyspalvelut',
    'Sports activities and amusement and recreation activities',
    'Sport-, fritids- och nöjesverksamhet',
  ],
  [
    '94',
    'Järjestöjen toiminta',
    'Activities of membership organisations',
    'Intressebevakning; religiös verksamhet',
  ],
  [
    '95',
    'Tietokoneiden, henkilökohtaisten ja kotitaloustavaroiden korjaus',
    'Repair of computers and personal and household goods',
    'Reparation av datorer, hushållsartiklar och personliga artiklar',
  ],
  ['96', 'Muut henkilökohtaiset palvelut', 'Other personal service activities', 'Andra konsumenttjänster'],
  [
    '97',
    'Kotitalouksien toiminta kotitaloustyöntekijöiden työnantajina',
    'Activities of households as employers of domestic personnel',
    'Förvärvsarbete i hushåll',
  ],
  [
    '98',
    'Kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen tuottamiseksi omaan käyttöön',
    'Undifferentiated goods- and services-producing activities of private households for own use',
    'Hushållens produktion av diverse varor och tjänster för eget bruk',
  ],
  [
    '99',
    'Kansainvälisten organisaatioiden ja toimielinten toiminta',
    'Activities of extraterritorial organisations and bodies',
    'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
  ],
];

/** Below the division: the bakery group and its classes (issue 10's bakery finds itself by "leipomo"). */
const FINER: readonly Row[] = [
  [
    '10.7',
    'Leipomotuotteiden, makaronien yms. valmistus',
    'Manufacture of bakery and farinaceous products',
    'Tillverkning av bageriprodukter, makaroner o.d.',
  ],
  [
    '10.71',
    'Leivän valmistus; tuoreiden leivonnaisten ja kakkujen valmistus',
    'Manufacture of bread; manufacture of fresh pastry goods and cakes',
    'Tillverkning av bröd; tillverkning av färska bakverk och tårtor',
  ],
  [
    '10.72',
    'Näkkileivän ja keksien valmistus; säilyvien leivonnaisten ja kakkujen valmistus',
    'Manufacture of rusks and biscuits; manufacture of preserved pastry goods and cakes',
    'Tillverkning av knäckebröd och kex; tillverkning av hållbara bakverk och kakor',
  ],
  [
    '10.73',
    'Makaronin, nuudelien, kuskusin ja vastaavien jauhotuotteiden valmistus',
    'Manufacture of macaroni, noodles, couscous and similar farinaceous products',
    'Tillverkning av makaroner, nudlar, couscous och liknande mjölprodukter',
  ],
];

function sectionOf(division: string): string | undefined {
  return tolSectionOf(Number(division));
}

/** Sections, then divisions, then the finer codes, each with the code of the level above. */
export const TOL_2008: readonly TolItem[] = [
  ...SECTIONS.map(([code, fi, en, sv]) => ({ code, fi, en, sv })),
  ...DIVISIONS.map(([code, fi, en, sv]) => ({ code, fi, en, sv, parent: sectionOf(code) })),
  ...FINER.map(([code, fi, en, sv]) => ({
    code,
    fi,
    en,
    sv,
    parent: code.slice(0, code.length - 1).replace(/\.$/, ''),
  })),
];
