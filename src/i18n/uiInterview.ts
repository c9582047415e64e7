/**
 * Words of the year's opening interview, the year page's groups and the data checklist, in Finnish and
 * English (registered with ui.ts when this module loads). Questions, answers, justifications and documents
 * are keyed by the ids of src/core/interview.ts and src/core/checklist.ts: `ivQ_<question>`,
 * `ivA_<question>_<answer>` (plain yes / no / don't know share `ivYes`, `ivNo`, `ivUnknown`),
 * `ivR_<reason>`, `ivTheme_<theme>`, `clDoc_<document>`; a test checks every id has its words.
 */

import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';
import { registerWords } from './ui';

export const INTERVIEW_UI = defineWords({
  fi: {
    ivTitle: 'Vuoden {year} aloituskysymykset',
    ivLead:
      'Vastaa muutamaan kysymykseen yrityksen toiminnasta. Vastausten perusteella sovellus näyttää, mitkä päästöluokat koskevat teitä, ja merkitsee muut luokat ei-olennaisiksi perustelulla, jota voit muokata. Jos et tiedä, valitse ”En tiedä”: luokka jää tehtäväksi. Vastaukset tallentuvat heti, ja voit muuttaa niitä myöhemmin.',
    ivSuggested:
      'Toimialan {sector} perusteella osa vastauksista on valittu valmiiksi ja merkitty sanalla ”ehdotus”. Tarkista ne: ehdotukset tallentuvat vasta, kun vahvistat ne.',
    ivNoSector:
      'Jos lisäät kumppanin tietoihin toimialan (TOL 2008 -koodi, esimerkiksi 10.71 leipomo), saat valmiit ehdotukset vastauksiksi.',
    ivSuggestionTag: 'ehdotus',
    ivConcerns: 'Koskee luokkia: {categories}',
    ivConfirm: 'Tallenna vastaukset ja siirry vuoden tietoihin',
    ivSkip: 'Ohita kysymykset: kaikki luokat jäävät tehtäviksi',
    ivYes: 'Kyllä',
    ivNo: 'Ei',
    ivUnknown: 'En tiedä',
    ivConflict:
      'Vastauksesi mukaan luokka ”{category}” ei koske yritystä, mutta siinä on kirjauksia: {n}. Mitä niille tehdään?',
    ivKeep: 'Pidä kirjaukset',
    ivDelete: 'Poista kirjaukset',
    ivKept: 'Kirjaukset pidetään, ja luokka lasketaan mukaan.',
    ivConfirmDelete: 'Poistetaanko luokan ”{category}” kirjaukset ({n})? Poistoa ei voi perua.',
    ivEditAnswers: 'Muokkaa aloituskysymysten vastauksia',
    ivStartInterview: 'Vastaa aloituskysymyksiin: mitkä luokat koskevat yritystä',
    ivChecklistLink: 'Tietolista: mitä tositteita tarvitaan',
    ivGroupCounts: 'kirjattu {entries} · tehtävänä {todo} · ei olennainen {notRelevant}',
    ivStateEntries: 'kirjattu',
    ivStateTodo: 'tehtävänä',
    ivStateNotRelevant: 'ei olennainen',
    ivScope: 'Scope {n}',
    ivNotRelevantHeading: 'Ei-olennaiset luokat',
    ivTheme_energy: 'Ostettu energia',
    ivTheme_fuels: 'Ajoneuvot ja polttoaineet',
    ivTheme_refrigerants: 'Kylmäaineet',
    ivTheme_travel: 'Matkat ja kuljetukset',
    ivTheme_purchases: 'Hankinnat',
    ivTheme_waste: 'Jätteet',
    ivTheme_sold: 'Myydyt tuotteet',
    ivTheme_assets: 'Vuokratut tilat, franchising ja sijoitukset',

    ivQ_electricity: 'Mistä yrityksen käyttämä sähkö tulee?',
    ivA_electricity_contract: 'Meillä on oma sähkösopimus',
    ivA_electricity_rent: 'Sähkö sisältyy vuokraan tai vuokranantaja laskuttaa sen',
    ivA_electricity_none: 'Emme käytä ostettua sähköä',
    ivQ_heat: 'Miten toimitilat lämmitetään?',
    ivA_heat_district: 'Kaukolämmöllä, meillä on oma sopimus',
    ivA_heat_rent: 'Lämmitys sisältyy vuokraan',
    ivA_heat_other: 'Omalla kattilalla tai sähköllä (lämpöä ei osteta)',
    ivQ_cooling: 'Ostaako yritys kaukojäähdytystä (kaukokylmää)?',
    ivA_cooling_district: 'Kyllä',
    ivA_cooling_none: 'Ei',
    ivQ_steam: 'Ostaako yritys höyryä tuotannon prosesseihin?',
    ivQ_vehicles: 'Onko yrityksellä ajoneuvoja tai työkoneita?',
    ivA_vehicles_own: 'Kyllä, omia',
    ivA_vehicles_leased: 'Kyllä, leasing- tai vuokra-ajoneuvoja',
    ivA_vehicles_none: 'Ei ole',
    ivQ_fuels: 'Poltetaanko omissa kattiloissa, uuneissa tai varavoimakoneissa polttoainetta?',
    ivA_fuels_none: 'Ei',
    ivA_fuels_oil: 'Kyllä, öljyä',
    ivA_fuels_gas: 'Kyllä, maakaasua tai nestekaasua',
    ivA_fuels_wood: 'Kyllä, pellettejä tai haketta',
    ivA_fuels_other: 'Kyllä, muuta polttoainetta',
    ivQ_process:
      'Syntyykö toiminnassa kaasupäästöjä muuten kuin polttamalla (esimerkiksi kemialliset reaktiot, hiilihapon käyttö tuotannossa, kotieläimet)?',
    ivQ_refrigeration: 'Onko yrityksellä kylmälaitteita, kylmiöitä, ilmastointia tai lämpöpumppuja?',
    ivA_refrigeration_serviced:
      'Kyllä, laitteita joita huoltoyritys huoltaa ja täyttää (kylmiöt, kylmäkalusteet, ilmastointi, lämpöpumput)',
    ivA_refrigeration_small: 'Vain tavallisia jääkaappeja ja pakastimia',
    ivA_refrigeration_none: 'Ei ole',
    ivQ_travel:
      'Matkustetaanko työn vuoksi (lennot, junat, taksit, hotelliyöt, omalla autolla ajetut työajot)?',
    ivQ_commuting: 'Onko yrityksellä työntekijöitä, jotka kulkevat kodin ja työpaikan väliä?',
    ivQ_freightIn:
      'Maksaako yritys tavarakuljetuksia (raaka-aineiden ja tavaroiden toimitukset, lähetykset kuljetusliikkeellä)?',
    ivQ_freightOut:
      'Kuljetetaanko myytyjä tuotteita asiakkaille niin, että kuljetuksen maksaa joku muu kuin yritys?',
    ivQ_capital: 'Hankittiinko vuoden aikana koneita, laitteita, ajoneuvoja tai rakennuksia?',
    ivQ_waste: 'Syntyykö toiminnassa jätettä (sekajäte, biojäte, pahvi, muovi)?',
    ivQ_products: 'Myykö yritys tuotteita?',
    ivA_products_none: 'Ei, vain palveluja',
    ivA_products_final: 'Kyllä, valmiita tuotteita käyttäjille',
    ivA_products_intermediate: 'Kyllä, raaka-aineita tai osia, joita muut yritykset jalostavat',
    ivQ_productEnergy:
      'Kuluttavatko myydyt tuotteet käytössä energiaa tai polttoainetta (laitteet, koneet, ajoneuvot, polttoaineet)?',
    ivQ_leasedIn:
      'Vuokraako yritys tiloja tai laitteita, joiden energia ei näy yrityksen omissa sähkö- ja lämpölaskuissa?',
    ivQ_leasedOut: 'Vuokraako yritys omia tilojaan tai laitteitaan muille?',
    ivQ_franchises: 'Onko yrityksellä franchising-yrittäjiä, jotka toimivat sen tuotemerkillä?',
    ivQ_investments:
      'Omistaako yritys sijoituksena osuuksia muista yrityksistä tai hankkeista (ei tavallisia pankkitalletuksia)?',

    ivR_noElectricity: 'Yritys ei käytä ostettua sähköä.',
    ivR_noBoughtHeat: 'Yritys ei osta lämpöä: tilat lämmitetään omalla kattilalla tai sähköllä.',
    ivR_noDistrictCooling: 'Yritys ei osta kaukojäähdytystä.',
    ivR_noSteam: 'Yritys ei osta höyryä.',
    ivR_noVehicles: 'Yrityksellä ei ole omia eikä vuokrattuja ajoneuvoja tai työkoneita.',
    ivR_noFuels: 'Yritys ei polta polttoaineita omissa kattiloissa, uuneissa eikä varavoimakoneissa.',
    ivR_noProcess: 'Toiminnassa ei synny kaasupäästöjä muuten kuin polttamalla.',
    ivR_onlySmallFridges:
      'Yrityksellä on vain tavallisia suljettuja jääkaappeja ja pakastimia, joihin ei lisätä kylmäainetta.',
    ivR_noRefrigeration: 'Yrityksellä ei ole kylmä- eikä ilmastointilaitteita.',
    ivR_noTravel: 'Työn vuoksi ei matkusteta.',
    ivR_noCommuting: 'Yrityksellä ei ole työntekijöitä, jotka kulkevat työpaikalle.',
    ivR_noFreightIn: 'Yritys ei maksa tavarakuljetuksia.',
    ivR_noFreightOut: 'Myytyjä tuotteita ei kuljeteta asiakkaille muiden maksamina.',
    ivR_noCapital: 'Vuoden aikana ei hankittu koneita, laitteita, ajoneuvoja eikä rakennuksia.',
    ivR_noWaste: 'Toiminnassa ei synny jätettä.',
    ivR_servicesOnly: 'Yritys myy vain palveluja, ei tuotteita.',
    ivR_notProcessedFurther: 'Myytyjä tuotteita ei jalosteta edelleen: ne myydään valmiina käyttäjille.',
    ivR_productsUseNoEnergy: 'Myydyt tuotteet eivät kuluta käytössä energiaa eivätkä polttoainetta.',
    ivR_noLeasedIn:
      'Vuokrattujen tilojen ja laitteiden energia sisältyy yrityksen omiin sähkö- ja lämpölukuihin, tai niitä ei ole.',
    ivR_noLeasedOut: 'Yritys ei vuokraa tiloja eikä laitteita muille.',
    ivR_noFranchises: 'Yrityksellä ei ole franchising-yrittäjiä.',
    ivR_noInvestments: 'Yrityksellä ei ole sijoituksia muihin yrityksiin tai hankkeisiin.',

    clTitle: 'Tietolista: {name}, vuosi {year}',
    clLead:
      'Kerää nämä tiedot ennen laskentaa. Kirjoita luku viivalle tai ota tosite mukaan. Lista perustuu aloituskysymysten vastauksiin.',
    clNoInterview:
      'Aloituskysymyksiin ei ole vastattu, joten lista näyttää kaikki luokat, joita ei ole merkitty ei-olennaisiksi.',
    clFigure: 'Luku ja yksikkö:',
    clPrint: 'Tulosta',
    clPdf: 'Lataa PDF',
    clPdfFailed: 'PDF-tiedostoa ei voitu tehdä. Yritä uudelleen tai tulosta sivu.',
    clNotRelevant: 'Näitä ei tarvita (ei olennaisia): {categories}.',
    clPdfSubject: 'Tietolista vuoden {year} päästölaskentaa varten',
    clPdfFooter: '{name} · tietolista vuodelle {year}',
    clPage: 'sivu {page}/{pages}',
    clDoc_electricityInvoice:
      'Sähköyhtiön verkkopalvelu tai vuoden sähkölaskut: kulutus kilowattitunteina (kWh) vuoden ajalta, jokaiselta toimipaikalta.',
    clDoc_electricityLandlord:
      'Vuokranantajan ilmoitus toimitilojenne sähkönkulutuksesta (kWh) ja sähkösopimuksen myyjästä.',
    clDoc_electricityOrigin:
      'Sähkösopimuksen alkuperäselvitys: onko sähkö uusiutuvaa alkuperätakuilla, ja myyjän ilmoittama päästökerroin, jos sellainen on.',
    clDoc_heatStatement:
      'Kaukolämpöyhtiön vuosiyhteenveto tai laskut: lämmön kulutus megawattitunteina (MWh) vuoden ajalta.',
    clDoc_heatFactor:
      'Kaukolämpöyhtiön julkaisema päästökerroin (g CO2/kWh) samalta vuodelta, yleensä yhtiön verkkosivuilla.',
    clDoc_heatLandlord:
      'Vuokranantajan ilmoitus toimitilojenne lämmönkulutuksesta (MWh) ja lämmön toimittajasta.',
    clDoc_coolingStatement: 'Kaukojäähdytyksen toimittajan vuosiyhteenveto: kulutus (MWh).',
    clDoc_steamStatement: 'Höyryn toimittajan vuosiyhteenveto: ostettu määrä (MWh tai tonnia).',
    clDoc_upstreamSameFigures:
      'Ei uusia tositteita: lasketaan samoista polttoaine- ja energiamääristä kuin edellä.',
    clDoc_fuelCards:
      'Polttoainekorttien raportit tai tankkauskuitit: litrat polttoaineittain (diesel, bensiini) koko vuodelta.',
    clDoc_leasingReport:
      'Leasingyhtiön raportti ajetuista kilometreistä ja polttoaineesta, jos kortit eivät kata kaikkea.',
    clDoc_oilDeliveries: 'Polttoöljyn toimituslaskut: litrat vuoden ajalta.',
    clDoc_gasInvoices:
      'Kaasuyhtiön laskut: maakaasu kuutiometreinä (m³) tai kilowattitunteina, nestekaasu kiloina.',
    clDoc_woodDeliveries: 'Pellettien tai hakkeen toimituslaskut: tonnit tai megawattitunnit.',
    clDoc_fuelPurchases: 'Polttoaineiden ostolaskut: määrä polttoaineittain (litrat, kilot tai MWh).',
    clDoc_processRecords:
      'Tuotannon kirjanpito: prosessissa käytetyt tai vapautuneet kaasut ja raaka-aineet (kg).',
    clDoc_refrigerantLog:
      'Kylmälaitteiden huoltokirja huoltoyritykseltä: vuoden aikana lisätty kylmäaine kiloina ja kylmäaineen tyyppi (esim. R-404A). Laki vaatii laitekohtaisen kirjanpidon laitteista, joissa on fluorattuja kasvihuonekaasuja vähintään 5 tonnia CO2-ekvivalenttia (EU:n F-kaasuasetus 2024/573, 7 artikla).',
    clDoc_travelAgency:
      'Matkatoimiston raportti tai matkalaskut: lennot (mistä–mihin, luokka), junamatkat, taksit ja hotelliyöt.',
    clDoc_mileage: 'Kilometrikorvausten yhteenveto: omalla autolla ajetut työajot kilometreinä.',
    clDoc_commuting:
      'Työntekijöiden määrä ja arvio työmatkoista: yhdensuuntainen matka kilometreinä ja kulkutapa (lyhyt kysely henkilöstölle riittää).',
    clDoc_freightIn:
      'Kuljetuslaskut tai kuljetusliikkeen raportti: kuljetetut tonnit ja kilometrit, tai kuljetusten hinta euroina.',
    clDoc_freightOut: 'Arvio asiakkaille toimitetuista tuotteista: tonnit ja kuljetusmatka kilometreinä.',
    clDoc_ledger:
      'Kirjanpidon ostotilit (pääkirja tai tuloslaskelma tileittäin): ostot euroina ilman arvonlisäveroa, esimerkiksi raaka-aineet, tarvikkeet ja palvelut.',
    clDoc_capitalRegister:
      'Käyttöomaisuuskirjanpito tai ostolaskut: vuoden aikana hankitut koneet, laitteet, ajoneuvot ja rakennukset euroina.',
    clDoc_wasteSummary:
      'Jäteyhtiön vuosiyhteenveto: jätteet kiloina lajeittain (sekajäte, biojäte, kartonki, muovi, lasi, metalli).',
    clDoc_soldForProcessing: 'Muille yrityksille jalostettaviksi myydyt tuotteet: määrä tonneina.',
    clDoc_productEnergyUse:
      'Myydyt energiaa käyttävät tuotteet: kappalemäärä ja energiankulutus käyttöaikana.',
    clDoc_soldProductsAndPackaging: 'Myytyjen tuotteiden ja pakkausten määrä kiloina materiaaleittain.',
    clDoc_leasedInEnergy:
      'Vuokrattujen tilojen tai laitteiden energiankulutus, joka ei ole omissa laskuissanne (vuokranantajalta).',
    clDoc_leasedOutEnergy: 'Vuokralle annettujen tilojen tai laitteiden energiankulutus (vuokralaisilta).',
    clDoc_franchiseEnergy: 'Franchising-yrittäjien energian- ja polttoaineenkulutus.',
    clDoc_investments: 'Sijoitukset, omistusosuudet ja kohdeyritysten ilmoittamat päästöt.',
  },
  en: {
    ivTitle: 'Opening questions for {year}',
    ivLead:
      "Answer a few questions about what the organization does. From the answers the app shows which emission categories concern you and marks the others 'not relevant' with a justification you can edit. If you do not know, choose 'I don't know': the category stays to do. Answers are saved at once, and you can change them later.",
    ivSuggested:
      "From the sector {sector}, some answers have been chosen for you and marked 'suggested'. Check them: suggestions are saved only when you confirm them.",
    ivNoSector:
      "Add the partner's sector (a TOL 2008 code, e.g. 10.71 for a bakery) to its details to get suggested answers.",
    ivSuggestionTag: 'suggested',
    ivConcerns: 'Concerns: {categories}',
    ivConfirm: "Save the answers and go to the year's data",
    ivSkip: 'Skip the questions: every category stays to do',
    ivYes: 'Yes',
    ivNo: 'No',
    ivUnknown: "I don't know",
    ivConflict:
      "By your answer, the category '{category}' does not concern the organization, but it has entries: {n}. What should be done with them?",
    ivKeep: 'Keep the entries',
    ivDelete: 'Delete the entries',
    ivKept: 'The entries are kept, and the category is counted.',
    ivConfirmDelete: "Delete the entries of '{category}' ({n})? This cannot be undone.",
    ivEditAnswers: 'Edit the answers to the opening questions',
    ivStartInterview: 'Answer the opening questions: which categories concern the organization',
    ivChecklistLink: 'Data checklist: the documents to gather',
    ivGroupCounts: 'entered {entries} · to do {todo} · not relevant {notRelevant}',
    ivStateEntries: 'entered',
    ivStateTodo: 'to do',
    ivStateNotRelevant: 'not relevant',
    ivScope: 'Scope {n}',
    ivNotRelevantHeading: 'Categories not relevant',
    ivTheme_energy: 'Purchased energy',
    ivTheme_fuels: 'Vehicles and fuels',
    ivTheme_refrigerants: 'Refrigerants',
    ivTheme_travel: 'Travel and transport',
    ivTheme_purchases: 'Purchases',
    ivTheme_waste: 'Waste',
    ivTheme_sold: 'Products sold',
    ivTheme_assets: 'Leased assets, franchises and investments',

    ivQ_electricity: 'Where does the electricity you use come from?',
    ivA_electricity_contract: 'We have our own electricity contract',
    ivA_electricity_rent: 'Electricity is included in the rent or the landlord bills it',
    ivA_electricity_none: 'We use no purchased electricity',
    ivQ_heat: 'How are the premises heated?',
    ivA_heat_district: 'District heat, with our own contract',
    ivA_heat_rent: 'Heating is included in the rent',
    ivA_heat_other: 'Own boiler or electric heating (no heat is bought)',
    ivQ_cooling: 'Do you buy district cooling?',
    ivA_cooling_district: 'Yes',
    ivA_cooling_none: 'No',
    ivQ_steam: 'Do you buy steam for production processes?',
    ivQ_vehicles: 'Does the organization have vehicles or mobile machinery?',
    ivA_vehicles_own: 'Yes, its own',
    ivA_vehicles_leased: 'Yes, leased or rented',
    ivA_vehicles_none: 'No',
    ivQ_fuels: 'Is fuel burned in your own boilers, ovens or generators?',
    ivA_fuels_none: 'No',
    ivA_fuels_oil: 'Yes, oil',
    ivA_fuels_gas: 'Yes, natural gas or LPG',
    ivA_fuels_wood: 'Yes, pellets or wood chips',
    ivA_fuels_other: 'Yes, another fuel',
    ivQ_process:
      'Are gases released other than by burning (chemical reactions, carbon dioxide used in production, livestock)?',
    ivQ_refrigeration: 'Do you have refrigeration, cold rooms, air conditioning or heat pumps?',
    ivA_refrigeration_serviced:
      'Yes, equipment a service company maintains and refills (cold rooms, display cabinets, air conditioning, heat pumps)',
    ivA_refrigeration_small: 'Only ordinary fridges and freezers',
    ivA_refrigeration_none: 'No',
    ivQ_travel: 'Do people travel for work (flights, trains, taxis, hotel nights, work trips by own car)?',
    ivQ_commuting: 'Does the organization have employees who travel between home and work?',
    ivQ_freightIn: 'Do you pay for freight (deliveries of materials and goods, shipments by a carrier)?',
    ivQ_freightOut: 'Are sold products delivered to customers with someone else paying for the transport?',
    ivQ_capital: 'Were machinery, equipment, vehicles or buildings bought during the year?',
    ivQ_waste: 'Does the organization produce waste (mixed, bio, cardboard, plastic)?',
    ivQ_products: 'Does the organization sell products?',
    ivA_products_none: 'No, only services',
    ivA_products_final: 'Yes, finished products for their users',
    ivA_products_intermediate: 'Yes, materials or parts that other companies process',
    ivQ_productEnergy:
      'Do the products sold use energy or fuel in use (appliances, machines, vehicles, fuels)?',
    ivQ_leasedIn:
      'Do you lease premises or equipment whose energy is not in your own electricity and heat bills?',
    ivQ_leasedOut: 'Do you lease your premises or equipment to others?',
    ivQ_franchises: 'Do franchisees operate under your brand?',
    ivQ_investments:
      'Does the organization hold shares in other companies or projects as investments (not ordinary bank deposits)?',

    ivR_noElectricity: 'The organization uses no purchased electricity.',
    ivR_noBoughtHeat:
      'The organization buys no heat: the premises are heated by its own boiler or by electricity.',
    ivR_noDistrictCooling: 'The organization buys no district cooling.',
    ivR_noSteam: 'The organization buys no steam.',
    ivR_noVehicles: 'The organization has no vehicles or mobile machinery, owned or leased.',
    ivR_noFuels: 'The organization burns no fuel in its own boilers, ovens or generators.',
    ivR_noProcess: 'No gases are released other than by burning.',
    ivR_onlySmallFridges:
      'The organization has only ordinary sealed fridges and freezers, which are never refilled.',
    ivR_noRefrigeration: 'The organization has no refrigeration or air-conditioning equipment.',
    ivR_noTravel: 'Nobody travels for work.',
    ivR_noCommuting: 'The organization has no employees who travel to the workplace.',
    ivR_noFreightIn: 'The organization pays for no freight.',
    ivR_noFreightOut: 'Sold products are not delivered to customers at the expense of others.',
    ivR_noCapital: 'No machinery, equipment, vehicles or buildings were bought during the year.',
    ivR_noWaste: 'The operations produce no waste.',
    ivR_servicesOnly: 'The organization sells only services, no products.',
    ivR_notProcessedFurther:
      'The products sold are not processed further: they are sold finished to their users.',
    ivR_productsUseNoEnergy: 'The products sold use no energy or fuel in use.',
    ivR_noLeasedIn:
      "The energy of leased premises and equipment is in the organization's own electricity and heat figures, or there are none.",
    ivR_noLeasedOut: 'The organization leases no premises or equipment to others.',
    ivR_noFranchises: 'The organization has no franchisees.',
    ivR_noInvestments: 'The organization has no investments in other companies or projects.',

    clTitle: 'Data checklist: {name}, year {year}',
    clLead:
      'Gather these figures before the calculation. Write each figure on its line or bring the document. The list follows the answers to the opening questions.',
    clNoInterview:
      "The opening questions have not been answered, so the list shows every category not marked 'not relevant'.",
    clFigure: 'Figure and unit:',
    clPrint: 'Print',
    clPdf: 'Download the PDF',
    clPdfFailed: 'The PDF could not be made. Try again or print the page.',
    clNotRelevant: 'Not needed (not relevant to the organization): {categories}.',
    clPdfSubject: 'Data checklist for the emissions calculation of {year}',
    clPdfFooter: '{name} · data checklist for {year}',
    clPage: 'page {page}/{pages}',
    clDoc_electricityInvoice:
      "The electricity company's online service or the year's invoices: consumption in kilowatt-hours (kWh) for the year, for every site.",
    clDoc_electricityLandlord:
      "The landlord's statement of your premises' electricity consumption (kWh) and who sells the electricity.",
    clDoc_electricityOrigin:
      "The contract's origin statement: whether the electricity is renewable with guarantees of origin, and the seller's emission factor if it gives one.",
    clDoc_heatStatement:
      "The district heat company's annual statement or invoices: heat consumed in megawatt-hours (MWh) for the year.",
    clDoc_heatFactor:
      "The district heat company's published emission factor (g CO2/kWh) for the same year, usually on its website.",
    clDoc_heatLandlord:
      "The landlord's statement of your premises' heat consumption (MWh) and who supplies the heat.",
    clDoc_coolingStatement: "The district cooling supplier's annual statement: consumption (MWh).",
    clDoc_steamStatement: "The steam supplier's annual statement: the amount bought (MWh or tonnes).",
    clDoc_upstreamSameFigures:
      'No new documents: calculated from the same fuel and energy quantities as above.',
    clDoc_fuelCards:
      'Fuel-card reports or fuel receipts: litres by fuel (diesel, petrol) for the whole year.',
    clDoc_leasingReport:
      "The leasing company's report of kilometres and fuel, where the cards do not cover everything.",
    clDoc_oilDeliveries: 'Heating oil delivery invoices: litres for the year.',
    clDoc_gasInvoices:
      "The gas company's invoices: natural gas in cubic metres (m³) or kilowatt-hours, LPG in kilograms.",
    clDoc_woodDeliveries: 'Pellet or wood chip delivery invoices: tonnes or megawatt-hours.',
    clDoc_fuelPurchases: 'Fuel purchase invoices: quantity by fuel (litres, kilograms or MWh).',
    clDoc_processRecords: 'Production records: gases and materials used or released in the process (kg).',
    clDoc_refrigerantLog:
      "The refrigeration service log from the service company: refrigerant added during the year in kilograms and the refrigerant's type (e.g. R-404A). The law requires a record for each piece of equipment holding fluorinated greenhouse gases of 5 tonnes CO2 equivalent or more (EU F-gas Regulation 2024/573, Article 7).",
    clDoc_travelAgency:
      "The travel agency's report or travel expense claims: flights (from–to, class), train trips, taxis and hotel nights.",
    clDoc_mileage: 'The summary of mileage allowances: work trips by own car in kilometres.',
    clDoc_commuting:
      'The number of employees and an estimate of their commute: one-way distance in kilometres and how they travel (a short staff survey is enough).',
    clDoc_freightIn:
      "Freight invoices or the carrier's report: tonnes and kilometres carried, or the freight's price in euros.",
    clDoc_freightOut: 'An estimate of products delivered to customers: tonnes and distance in kilometres.',
    clDoc_ledger:
      "The accounting ledger's purchase accounts (general ledger or income statement by account): purchases in euros without VAT, e.g. materials, supplies and services.",
    clDoc_capitalRegister:
      'The fixed-asset register or purchase invoices: machinery, equipment, vehicles and buildings bought during the year, in euros.',
    clDoc_wasteSummary:
      "The waste company's annual summary: waste in kilograms by type (mixed, bio, cardboard, plastic, glass, metal).",
    clDoc_soldForProcessing: 'Products sold to other companies for processing: quantity in tonnes.',
    clDoc_productEnergyUse:
      'Energy-using products sold: number of units and their energy use over their life.',
    clDoc_soldProductsAndPackaging: 'Products and packaging sold, in kilograms by material.',
    clDoc_leasedInEnergy:
      'Energy use of leased premises or equipment not in your own bills (from the landlord).',
    clDoc_leasedOutEnergy: 'Energy use of premises or equipment leased to others (from the tenants).',
    clDoc_franchiseEnergy: "Franchisees' energy and fuel use.",
    clDoc_investments: "Investments, the shares held and the investees' reported emissions.",
  },
});

registerWords(INTERVIEW_UI);

type InterviewWord = keyof (typeof INTERVIEW_UI)['fi'];

function has(key: string): key is InterviewWord {
  return Object.hasOwn(INTERVIEW_UI.fi, key);
}

/** A word of this catalogue by a key made from an id; throws for a key without words (a test reads them all). */
export function interviewWord(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  if (!has(key)) throw new Error(`No interview words for ${key}`);
  return INTERVIEW_UI[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

/** An answer's words: its own, or the shared yes / no / don't know. */
export function answerWord(lang: Lang, question: string, answer: string): string {
  const own = `ivA_${question}_${answer}`;
  if (has(own)) return interviewWord(lang, own);
  const shared = { yes: 'ivYes', no: 'ivNo', unknown: 'ivUnknown' }[answer];
  return interviewWord(lang, shared ?? own);
}
