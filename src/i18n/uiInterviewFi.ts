/**
 * The Finnish words of the opening interview and the data checklist: the catalogue's keys, which the other
 * languages' files must have exactly (assembled and registered in uiInterview.ts).
 */

export const INTERVIEW_FI = {
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
  clDoc_productEnergyUse: 'Myydyt energiaa käyttävät tuotteet: kappalemäärä ja energiankulutus käyttöaikana.',
  clDoc_soldProductsAndPackaging: 'Myytyjen tuotteiden ja pakkausten määrä kiloina materiaaleittain.',
  clDoc_leasedInEnergy:
    'Vuokrattujen tilojen tai laitteiden energiankulutus, joka ei ole omissa laskuissanne (vuokranantajalta).',
  clDoc_leasedOutEnergy: 'Vuokralle annettujen tilojen tai laitteiden energiankulutus (vuokralaisilta).',
  clDoc_franchiseEnergy: 'Franchising-yrittäjien energian- ja polttoaineenkulutus.',
  clDoc_investments: 'Sijoitukset, omistusosuudet ja kohdeyritysten ilmoittamat päästöt.',
} as const;

/** The words of another language: exactly the Finnish keys, checked by the compiler. */
export type InterviewWords = { readonly [K in keyof typeof INTERVIEW_FI]: string };
