/**
 * The app's words in Finnish and English. A test checks both languages have every key.
 *
 * The words every page needs are here; each feature keeps its words in a catalogue of its own (uiReport.ts,
 * uiBackup.ts, uiBulk.ts) that registers itself when its module loads, so a feature's words arrive with
 * the feature's code instead of in the first visit. A file that uses a feature's key imports that catalogue
 * (test/architecture.test.ts checks it); `tr` throws for a key whose catalogue is not loaded.
 */

import { defineWords } from './defineWords';
import type { AllLang, Lang } from './issueMessages';
import type { ACTIONS_UI } from './uiActions';
import type { BACKUP_UI } from './uiBackup';
import type { BACKUP_RECEIVED_UI } from './uiBackupReceived';
import type { BULK_UI } from './uiBulk';
import type { COMMITMENT_UI } from './uiCommitment';
import type { COMPLETE_UI } from './uiComplete';
import type { FACTORS_UI } from './uiFactors';
import type { GUIDE_UI } from './uiGuide';
import type { INTERVIEW_UI } from './uiInterview';
import type { LANGUAGE_UI } from './uiLanguage';
import type { NETWORK_DASH_UI } from './uiNetworkDash';
import type { NETWORK_FACTORS_UI } from './uiNetworkFactors';
import type { NETWORK_FILES_UI } from './uiNetworkFiles';
import type { NETWORK_NAV_UI } from './uiNetworkNav';
import type { NETWORK_PARTNERS_UI } from './uiNetworkPartners';
import type { NETWORK_PUBLICATION_UI } from './uiNetworkPublication';
import type { REPORT_UI } from './uiReport';
import type { SEARCH_UI } from './uiSearch';

const BASE = defineWords({
  fi: {
    appName: 'Päästölaskuri',
    skip: 'Siirry sisältöön',
    navPartners: 'Kumppanit',
    navSettings: 'Asetukset',
    navBackup: 'Varmuuskopio',
    navNetwork: 'Verkosto',
    // Links and buttons that open a feature, shown before its code and words load.
    reportOpenResults: 'Tulokset ja raportti',
    backupPartnerLink: 'Vie tai varmuuskopioi',
    bulkAdded: '{n} kirjausta lisättiin luokkaan {category}.',
    bulkOpenIn: 'Tuo taulukosta: {category}',
    bulkOpen: 'Tuo taulukosta',
    otherLang: 'In English',
    saving: 'Tallennetaan…',
    saved: 'Tallennettu',
    saveFailed: 'Tallennus epäonnistui',
    saveConflict: 'Toisen välilehden muutos odottaa',
    retrySave: 'Yritä tallentaa uudelleen',
    unsavedEdits: 'Tallentamattomia muutoksia: {n}. Ne tallennetaan, kun tallennustila toimii taas.',
    fieldNotSaved: 'Ei vielä tallennettu: tallennetaan, kun tallennustila toimii taas.',
    fieldConflict: 'Toisessa välilehdessä tähän tallennettiin:',
    fieldConflictEmpty: '(tyhjä)',
    keepMine: 'Pidä oma arvosi',
    takeTheirs: 'Ota toisen välilehden arvo',
    confirmReloadUnsaved:
      'Tallentamattomia muutoksia: {n}. Ne menetetään, jos sivu ladataan uudelleen. Ladataanko silti?',
    partnersTitle: 'Ilmastokumppanit',
    partnersLead:
      'Kumppanien päästölaskelmat tallentuvat vain tälle laitteelle. Valitse kumppani tai lisää uusi.',
    search: 'Hae nimellä tai Y-tunnuksella',
    newPartner: 'Uusi kumppani',
    partnerName: 'Nimi',
    create: 'Luo',
    cancel: 'Peruuta',
    noPartners: 'Ei vielä kumppaneita.',
    noMatches: 'Haulla ei löytynyt kumppaneita.',
    addDemo: 'Lisää esimerkkikumppani',
    demoBadge: 'Esimerkki',
    demoNote: 'Esimerkkikumppani, jonka luvut ovat keksittyjä. Voit tutkia ja poistaa sen.',
    delete: 'Poista',
    confirmDeletePartner: 'Poistetaanko kumppani {name} ja kaikki sen vuodet?',
    deleted: 'Kumppani {name} poistettiin.',
    undo: 'Peru',
    open: 'Avaa',
    years: 'laskentavuosia',
    details: 'Perustiedot',
    businessId: 'Y-tunnus',
    businessIdInvalid: 'Y-tunnus ei ole kelvollinen (muoto 1234567-8, tarkistusmerkki).',
    sector: 'Toimiala (TOL 2008)',
    municipality: 'Kotikunta',
    baseYear: 'Perusvuosi',
    baseYearHint:
      'Vuosi, johon raportti vertaa myöhempiä vuosia. Tavoitteella on oma perusvuotensa sitoumussivulla.',
    sites: 'Toimipaikat',
    siteName: 'Toimipaikan nimi',
    addSite: 'Lisää toimipaikka',
    remove: 'Poista',
    yearsTitle: 'Laskentavuodet',
    noYears: 'Ei vielä laskentavuosia.',
    startYear: 'Aloita vuosi',
    year: 'Vuosi',
    startEmpty: 'Tyhjänä',
    copyFrom: 'Kopioi vuodesta {year}',
    keepQuantities: 'Säilytä määrät',
    clearQuantities: 'Tyhjennä määrät',
    yearExists: 'Vuosi {year} on jo olemassa.',
    statusDraft: 'Keskeneräinen',
    statusComplete: 'Valmis',
    total: 'Yhteensä',
    tonnes: 't CO2e',
    // Biogenic CO2 is one gas, not an equivalent of several: its tonnes are of CO2.
    tonnesCO2: 't CO2',
    editYear: 'Muokkaa',
    back: 'Takaisin',
    inventoryTitle: '{name}: vuosi {year}',
    settingsOfYear: 'Vuoden asetukset',
    boundary: 'Rajausperiaate',
    boundaryOperational: 'Toiminnallinen määräysvalta',
    boundaryFinancial: 'Taloudellinen määräysvalta',
    boundaryEquity: 'Omistusosuus',
    gwpSet: 'GWP-kertoimet',
    factorSet: 'Päästökerroinsarja',
    factorSetBuiltin: 'Suomen oletuskertoimet {release}',
    radiativeForcing: 'Lentojen säteilypakote mukaan (RF)',
    status: 'Tila',
    metrics: 'Tunnusluvut',
    fte: 'Henkilöstö (htv)',
    revenue: 'Liikevaihto (€)',
    floorArea: 'Pinta-ala (m²)',
    production: 'Tuotanto',
    productionUnit: 'Tuotannon yksikkö',
    scope1: 'Scope 1 – suorat päästöt',
    scope2: 'Scope 2 – ostoenergia',
    scope3: 'Scope 3 – arvoketju',
    s2Location: 'Scope 2, sijaintiperusteinen',
    s2Market: 'Scope 2, markkinaperusteinen',
    totalLocation: 'Yhteensä (sijaintiperusteinen)',
    totalMarket: 'Yhteensä (markkinaperusteinen)',
    biogenic: 'Biogeeninen CO2 (erikseen)',
    totalsTitle: 'Päästöt',
    incomplete: 'Keskeneräisiä kirjauksia (ei laskettu mukaan): {n}.',
    invalidEntries: 'Virheellisiä kirjauksia (ei laskettu mukaan): {n}. Virhe näkyy kirjauksen kohdalla.',
    confirmRemoveEntry: 'Poistetaanko kirjaus?',
    confirmRemoveSite: 'Poistetaanko toimipaikka {name}? Sen kirjaukset säilyvät ilman toimipaikkaa.',
    addEntry: 'Lisää kirjaus',
    activity: 'Toiminto',
    chooseActivity: 'Valitse toiminto',
    searchActivity: 'Hae toimintoa',
    quantity: 'Määrä',
    unit: 'Yksikkö',
    site: 'Toimipaikka',
    noSite: '–',
    period: 'Jakso',
    wholeYear: 'Koko vuosi',
    dataQuality: 'Tiedon laatu',
    dqMeasured: 'Mitattu',
    dqInvoice: 'Laskuista',
    dqEstimated: 'Arvioitu',
    dqNone: '–',
    sourceNote: 'Lähde (lasku, mittari…)',
    note: 'Huomautus',
    customFactor: 'Oma päästökerroin',
    defaultFactor: 'Oletuskerroin',
    removeEntry: 'Poista kirjaus',
    entryResult: 'Päästö',
    yearEntries: '{n} kirjausta',
    yearEntry: '1 kirjaus',
    yearNoEntries: 'ei kirjauksia',
    yearProblems: 'korjattavaa: {n}',
    yearCategoryExcluded: 'ei olennainen',
    yearEntriesOf: 'Kirjaukset: {category}',
    yearColActivity: 'Toiminto',
    yearColQuantity: 'Määrä',
    yearColTonnes: 'Päästö, t CO2e',
    // Soft hyphens: in a phone's narrow column the words break at their syllables, not at the last letters.
    yearColTonnesS2: 'Päästö, t CO2e (si\u00ADjain\u00ADti / mark\u00ADki\u00ADna)',
    yearLocation: 'sijainti',
    yearMarket: 'markkina',
    yearUnfinished: 'Kesken',
    yearError: 'Virhe',
    yearGroupRows: '{n} riviä',
    yearGroupProblems: '{n} korjattavaa',
    yearPageOf: 'Rivit {from}–{to} / {total}',
    yearPrevPage: 'Edelliset',
    yearNextPage: 'Seuraavat',
    yearPages: 'Sivut: {category}',
    yearCloseEntry: 'Sulje kirjaus',
    yearHint: 'Avaa luokka nähdäksesi sen kirjaukset. Avaa rivi muokataksesi sitä.',
    notRelevant: 'Ei olennainen',
    justification: 'Perustelu',
    justificationNeeded: 'Kirjoita perustelu, miksi luokka ei ole olennainen.',
    numberInvalid: 'Ei kelvollinen luku. Kirjoita esim. 1 234,5.',
    numberSeparator: 'Käytä desimaalipilkkua ja välilyöntiä tuhaterottimena (1 234,5).',
    numberNegative: 'Negatiivinen määrä on sallittu vain talteen otetulle kylmäaineelle.',
    numberRange: 'Arvon pitää olla välillä {min}–{max}.',
    customFactors: 'Omat päästökertoimet',
    customFactorsLead:
      'Esim. kaukolämpötoimittajan julkaisema kerroin tai sähkösopimuksen myyjäkohtainen kerroin. Lähde on pakollinen.',
    cfName: 'Nimi',
    cfUnit: 'Yksikkö (per)',
    cfValue: 'kg CO2e / yksikkö',
    cfYear: 'Vuosi',
    cfSource: 'Lähde (julkaisija, osoite, vuosi)',
    cfSourceRequired: 'Lähde on pakollinen.',
    addCustomFactor: 'Lisää oma kerroin',
    guaranteeShare: 'Alkuperätakuiden osuus (%)',
    supplierFactor: 'Myyjäkohtainen kerroin',
    none: 'ei',
    settingsTitle: 'Asetukset',
    language: 'Kieli',
    defaultGwp: 'Oletus-GWP uusille vuosille',
    factorSets: 'Päästökerroinsarjat',
    loadFactorSet: 'Lataa kerroinsarja tiedostosta',
    factorSetLoaded: 'Kerroinsarja {key} ladattiin.',
    factorSetRefused: 'Tiedostoa ei voitu ladata:',
    defaultFactorSet: 'Uusien vuosien kerroinsarja',
    storage: 'Tallennustila',
    persisted: 'Tiedot on suojattu selaimen automaattiselta poistolta.',
    notPersisted:
      'Selain voi poistaa tiedot, jos levytila loppuu tai sovellusta ei käytetä. Asenna sovellus ja ota tiedoista varmuuskopio.',
    persistUnknown: 'Selain ei kerro, onko tallennus pysyvä.',
    requestPersist: 'Pyydä pysyvää tallennusta',
    usage: 'Käytössä {usage} / {quota}',
    notFound: 'Sivua ei löytynyt.',
    goHome: 'Etusivulle',
    loading: 'Ladataan…',
    errQuota:
      'Laitteen tallennustila on täynnä. Viimeisin muutos ei tallentunut. Vapauta tilaa ja yritä uudelleen; aiemmin tallennetut tiedot ovat tallessa.',
    errUnavailable:
      'Selaimen tallennustila ei ole käytettävissä (esim. yksityinen selausikkuna). Muutokset eivät tallennu.',
    errClosed: 'Yhteys tallennustilaan katkesi. Lataa sivu uudelleen; tallennetut tiedot ovat tallessa.',
    errBlocked:
      'Sovelluksesta on auki vanhempi versio toisessa välilehdessä. Sulje se, niin päivitys jatkuu.',
    errVersion:
      'Tallennetut tiedot ovat uudemmasta sovellusversiosta. Lataa sivu uudelleen päivittääksesi sovelluksen.',
    errUnknown: 'Tallennus epäonnistui. Aiemmin tallennetut tiedot ovat tallessa.',
    reload: 'Lataa uudelleen',
    dismiss: 'Sulje',
    exportData: 'Lataa tiedot tiedostoon',
    exportFailed:
      'Tietoja ei saatu luettua tiedostoon: tallennustila ei vastaa. Älä tyhjennä selaimen tietoja, sillä tallennetut tiedot voivat olla yhä tallessa. Lataa sivu uudelleen ja yritä sitten ladata tiedot uudestaan.',
    versionChanged: 'Sovelluksesta avattiin uudempi versio toisessa välilehdessä. Lataa tämä sivu uudelleen.',
  },
  en: {
    appName: 'Päästölaskuri',
    skip: 'Skip to content',
    navPartners: 'Partners',
    navSettings: 'Settings',
    navBackup: 'Backup',
    navNetwork: 'Network',
    // Links and buttons that open a feature, shown before its code and words load.
    reportOpenResults: 'Results and report',
    backupPartnerLink: 'Export or back up',
    bulkAdded: '{n} entries were added to {category}.',
    bulkOpenIn: 'Import from a spreadsheet: {category}',
    bulkOpen: 'Import from a spreadsheet',
    otherLang: 'Suomeksi',
    saving: 'Saving…',
    saved: 'Saved',
    saveFailed: 'Not saved',
    saveConflict: 'A change from another tab is waiting',
    retrySave: 'Try saving again',
    unsavedEdits: 'Changes not yet saved: {n}. They will be saved when storage works again.',
    fieldNotSaved: 'Not saved yet: it will be saved when storage works again.',
    fieldConflict: 'Another tab saved this field as:',
    fieldConflictEmpty: '(empty)',
    keepMine: 'Keep your value',
    takeTheirs: "Use the other tab's value",
    confirmReloadUnsaved: 'Changes not yet saved: {n}. Reloading the page loses them. Reload anyway?',
    partnersTitle: 'Climate partners',
    partnersLead: "Partners' inventories are stored on this device only. Choose a partner or add one.",
    search: 'Search by name or business ID',
    newPartner: 'New partner',
    partnerName: 'Name',
    create: 'Create',
    cancel: 'Cancel',
    noPartners: 'No partners yet.',
    noMatches: 'No partners match the search.',
    addDemo: 'Add the example partner',
    demoBadge: 'Example',
    demoNote: 'An example partner with made-up figures. You can explore and delete it.',
    delete: 'Delete',
    confirmDeletePartner: 'Delete the partner {name} and all its years?',
    deleted: 'The partner {name} was deleted.',
    undo: 'Undo',
    open: 'Open',
    years: 'reporting years',
    details: 'Details',
    businessId: 'Business ID',
    businessIdInvalid: 'The business ID is not valid (form 1234567-8, check digit).',
    sector: 'Industry (TOL 2008)',
    municipality: 'Municipality',
    baseYear: 'Base year',
    baseYearHint:
      'The year the report compares later years with. A target has its own base year on the commitment page.',
    sites: 'Sites',
    siteName: 'Site name',
    addSite: 'Add a site',
    remove: 'Remove',
    yearsTitle: 'Reporting years',
    noYears: 'No years yet.',
    startYear: 'Start a year',
    year: 'Year',
    startEmpty: 'Empty',
    copyFrom: 'Copy of {year}',
    keepQuantities: 'Keep quantities',
    clearQuantities: 'Clear quantities',
    yearExists: 'The year {year} already exists.',
    statusDraft: 'Draft',
    statusComplete: 'Complete',
    total: 'Total',
    tonnes: 't CO2e',
    // Biogenic CO2 is one gas, not an equivalent of several: its tonnes are of CO2.
    tonnesCO2: 't CO2',
    editYear: 'Edit',
    back: 'Back',
    inventoryTitle: '{name}: year {year}',
    settingsOfYear: 'Settings of the year',
    boundary: 'Organizational boundary',
    boundaryOperational: 'Operational control',
    boundaryFinancial: 'Financial control',
    boundaryEquity: 'Equity share',
    gwpSet: 'GWP values',
    factorSet: 'Emission factor set',
    factorSetBuiltin: 'Finnish default factors {release}',
    radiativeForcing: 'Include radiative forcing for flights (RF)',
    status: 'Status',
    metrics: 'Size metrics',
    fte: 'Employees (FTE)',
    revenue: 'Revenue (€)',
    floorArea: 'Floor area (m²)',
    production: 'Production',
    productionUnit: 'Production unit',
    scope1: 'Scope 1 – direct emissions',
    scope2: 'Scope 2 – purchased energy',
    scope3: 'Scope 3 – value chain',
    s2Location: 'Scope 2, location-based',
    s2Market: 'Scope 2, market-based',
    totalLocation: 'Total (location-based)',
    totalMarket: 'Total (market-based)',
    biogenic: 'Biogenic CO2 (reported apart)',
    totalsTitle: 'Emissions',
    incomplete: 'Unfinished entries (not included): {n}.',
    invalidEntries: 'Entries with errors (not included): {n}. The error is shown with the entry.',
    confirmRemoveEntry: 'Remove the entry?',
    confirmRemoveSite: 'Remove the site {name}? Its entries are kept without a site.',
    addEntry: 'Add an entry',
    activity: 'Activity',
    chooseActivity: 'Choose an activity',
    searchActivity: 'Search activities',
    quantity: 'Quantity',
    unit: 'Unit',
    site: 'Site',
    noSite: '–',
    period: 'Period',
    wholeYear: 'Whole year',
    dataQuality: 'Data quality',
    dqMeasured: 'Measured',
    dqInvoice: 'From invoices',
    dqEstimated: 'Estimated',
    dqNone: '–',
    sourceNote: 'Source (invoice, meter…)',
    note: 'Note',
    customFactor: 'Custom factor',
    defaultFactor: 'Default factor',
    removeEntry: 'Remove entry',
    entryResult: 'Emissions',
    yearEntries: '{n} entries',
    yearEntry: '1 entry',
    yearNoEntries: 'no entries',
    yearProblems: 'to fix: {n}',
    yearCategoryExcluded: 'not relevant',
    yearEntriesOf: 'Entries: {category}',
    yearColActivity: 'Activity',
    yearColQuantity: 'Quantity',
    yearColTonnes: 'Emissions, t CO2e',
    yearColTonnesS2: 'Emissions, t CO2e (location / market)',
    yearLocation: 'location',
    yearMarket: 'market',
    yearUnfinished: 'Unfinished',
    yearError: 'Error',
    yearGroupRows: '{n} rows',
    yearGroupProblems: '{n} to fix',
    yearPageOf: 'Rows {from}–{to} of {total}',
    yearPrevPage: 'Previous',
    yearNextPage: 'Next',
    yearPages: 'Pages: {category}',
    yearCloseEntry: 'Close entry',
    yearHint: 'Open a category to see its entries. Open a row to edit it.',
    notRelevant: 'Not relevant',
    justification: 'Justification',
    justificationNeeded: 'Write why the category is not relevant.',
    numberInvalid: 'Not a valid number. Write e.g. 1,234.5.',
    numberSeparator: 'Use a point for decimals and commas between thousands (1,234.5).',
    numberNegative: 'A negative quantity is allowed only for recovered refrigerant.',
    numberRange: 'The value must be between {min} and {max}.',
    customFactors: 'Custom emission factors',
    customFactorsLead:
      "E.g. your district heat supplier's published factor or your electricity contract's supplier-specific factor. A source is required.",
    cfName: 'Name',
    cfUnit: 'Unit (per)',
    cfValue: 'kg CO2e per unit',
    cfYear: 'Year',
    cfSource: 'Source (publisher, address, year)',
    cfSourceRequired: 'A source is required.',
    addCustomFactor: 'Add a custom factor',
    guaranteeShare: 'Share covered by guarantees of origin (%)',
    supplierFactor: 'Supplier-specific factor',
    none: 'none',
    settingsTitle: 'Settings',
    language: 'Language',
    defaultGwp: 'Default GWP for new years',
    factorSets: 'Emission factor sets',
    loadFactorSet: 'Load a factor set from a file',
    factorSetLoaded: 'The factor set {key} was loaded.',
    factorSetRefused: 'The file could not be loaded:',
    defaultFactorSet: 'Factor set for new years',
    storage: 'Storage',
    persisted: "Your data is protected from the browser's automatic clean-up.",
    notPersisted:
      'The browser may delete the data when the disk fills or the app is not used. Install the app and keep a backup file.',
    persistUnknown: 'The browser does not tell whether storage is persistent.',
    requestPersist: 'Ask for persistent storage',
    usage: '{usage} used of {quota}',
    notFound: 'Page not found.',
    goHome: 'To the front page',
    loading: 'Loading…',
    errQuota:
      "The device's storage is full. The last change was not saved. Free some space and try again; what was saved before is safe.",
    errUnavailable: "The browser's storage is not available (e.g. a private window). Changes are not saved.",
    errClosed: 'The connection to storage was lost. Reload the page; saved data is safe.',
    errBlocked: 'An older version of the app is open in another tab. Close it to let the update continue.',
    errVersion: 'The stored data is from a newer version of the app. Reload the page to update the app.',
    errUnknown: 'Saving failed. What was saved before is safe.',
    reload: 'Reload',
    dismiss: 'Dismiss',
    exportData: 'Download the data as a file',
    exportFailed:
      "The data could not be read into a file: storage does not respond. Do not clear the browser's data, as what was saved may still be there. Reload the page, then try downloading the data again.",
    versionChanged: 'A newer version of the app was opened in another tab. Reload this page.',
  },
});

export const BASE_UI = BASE;

type Words = Readonly<Record<string, string>>;
/** A feature's words: Swedish is optional until every catalogue has it (issue 15). */
type Catalogue = Readonly<Record<Lang, Words>> & { readonly sv?: Words };
type Keys<C extends Catalogue> = keyof C['fi'] & string;
export type UiKey =
  | Keys<typeof BASE>
  | Keys<typeof REPORT_UI>
  | Keys<typeof BACKUP_UI>
  | Keys<typeof BULK_UI>
  | Keys<typeof INTERVIEW_UI>
  | Keys<typeof GUIDE_UI>
  | Keys<typeof SEARCH_UI>
  | Keys<typeof COMPLETE_UI>
  | Keys<typeof FACTORS_UI>
  | Keys<typeof NETWORK_PARTNERS_UI>
  | Keys<typeof NETWORK_FACTORS_UI>
  | Keys<typeof ACTIONS_UI>
  | Keys<typeof NETWORK_FILES_UI>
  | Keys<typeof NETWORK_PUBLICATION_UI>
  | Keys<typeof COMMITMENT_UI>
  | Keys<typeof NETWORK_DASH_UI>
  | Keys<typeof NETWORK_NAV_UI>
  | Keys<typeof BACKUP_RECEIVED_UI>
  | Keys<typeof LANGUAGE_UI>;

const words: Record<AllLang, Record<string, string>> = {
  fi: { ...BASE.fi },
  en: { ...BASE.en },
  sv: { ...(BASE as Catalogue).sv },
};

/** Adds a feature's catalogue to the words `tr` knows; called once by each catalogue module as it loads. */
export function registerWords(catalogue: Catalogue): void {
  Object.assign(words.fi, catalogue.fi);
  Object.assign(words.en, catalogue.en);
  if (catalogue.sv) Object.assign(words.sv, catalogue.sv);
}

/** A message with {placeholders} filled in. */
export function tr(lang: AllLang, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = words[lang][key];
  if (text === undefined) throw new Error(`The words of "${key}" are not loaded: import its catalogue`);
  return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}
