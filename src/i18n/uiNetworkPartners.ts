/**
 * Words of the coordinator's partner table and of a received partner's report, read-only (issue 13), in
 * Finnish and English (registered with ui.ts when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const NETWORK_PARTNERS_UI = defineWords({
  fi: {
    ptabPartnersTitle: 'Kumppanit',
    ptabPartnersLead:
      'Kumppanien vuoden {year} luvut vastaanotetuista tiedostoista. Nimi avaa kumppanin raportin (vain luku).',
    ptabPartnersFilter: 'Hae nimellä',
    ptabPartnersSector: 'Toimiala',
    ptabPartnersStatus: 'Tavoitteen tila',
    ptabPartnersAll: 'Kaikki',
    ptabPartnersShown: 'Näytetään {shown} / {total} kumppania.',
    ptabPartnersNone: 'Yksikään kumppani ei vastaa hakua.',
    ptabColName: 'Kumppani',
    ptabColSector: 'Toimiala',
    ptabColSize: 'Kokoluokka',
    ptabColLocation: 'Yhteensä, sijaintiperusteinen (t CO2e)',
    ptabColMarket: 'Yhteensä, markkinaperusteinen (t CO2e)',
    ptabColCompleteness: 'Luokat käyty läpi',
    ptabColTarget: 'Tavoite',
    ptabColLastReport: 'Viimeisin raportti',
    ptabSortBy: 'Järjestä: {column}',
    ptabSortedAscending: 'nouseva',
    ptabSortedDescending: 'laskeva',
    ptabNoYear: 'ei vuotta {year}',
    ptabCompletenessValue: '{done} / {all}',
    ptabTargetOnTrack: 'Aikataulussa',
    ptabTargetBehind: 'Jäljessä',
    ptabTargetUnknown: 'Ei vielä arvioitavissa',
    ptabTargetNone: 'Ei tavoitetta',
    ptabSectorUnknown: 'Ei tiedossa',
    ptabSizeMicro: 'Mikro (alle 10 htv)',
    ptabSizeSmall: 'Pieni (10–49 htv)',
    ptabSizeMedium: 'Keskisuuri (50–249 htv)',
    ptabSizeLarge: 'Suuri (vähintään 250 htv)',
    ptabSizeUnknown: 'Ei tiedossa',
    ptabReadOnlyTitle: '{name}: tulokset {year}',
    ptabReadOnlyNote:
      'Vain luku: raportti on laskettu kumppanin lähettämästä tiedostosta {file} (viety {exported}, vastaanotettu {received}). Sitä ei voi muokata tällä laitteella.',
    ptabReadOnlyNotExported: 'aika ei tiedossa',
    ptabReadOnlyNotFound:
      'Kumppanin vuodesta {year} ei ole vastaanotettua tiedostoa tällä laitteella, tai tiedosto on poistettu.',
    ptabBackToNetwork: 'Verkosto',
  },
  en: {
    ptabPartnersTitle: 'Partners',
    ptabPartnersLead:
      "The partners' figures for {year} from the files received. A name opens the partner's report (read-only).",
    ptabPartnersFilter: 'Search by name',
    ptabPartnersSector: 'Industry',
    ptabPartnersStatus: 'Target status',
    ptabPartnersAll: 'All',
    ptabPartnersShown: 'Showing {shown} of {total} partners.',
    ptabPartnersNone: 'No partner matches the search.',
    ptabColName: 'Partner',
    ptabColSector: 'Industry',
    ptabColSize: 'Size band',
    ptabColLocation: 'Total, location-based (t CO2e)',
    ptabColMarket: 'Total, market-based (t CO2e)',
    ptabColCompleteness: 'Categories done',
    ptabColTarget: 'Target',
    ptabColLastReport: 'Latest report',
    ptabSortBy: 'Sort by: {column}',
    ptabSortedAscending: 'ascending',
    ptabSortedDescending: 'descending',
    ptabNoYear: 'no {year}',
    ptabCompletenessValue: '{done} of {all}',
    ptabTargetOnTrack: 'On track',
    ptabTargetBehind: 'Behind',
    ptabTargetUnknown: 'Not yet measurable',
    ptabTargetNone: 'No target',
    ptabSectorUnknown: 'Not known',
    ptabSizeMicro: 'Micro (under 10 FTE)',
    ptabSizeSmall: 'Small (10–49 FTE)',
    ptabSizeMedium: 'Medium (50–249 FTE)',
    ptabSizeLarge: 'Large (250 FTE or more)',
    ptabSizeUnknown: 'Not known',
    ptabReadOnlyTitle: '{name}: results {year}',
    ptabReadOnlyNote:
      'Read-only: the report is calculated from the file {file} the partner sent (exported {exported}, received {received}). It cannot be edited on this device.',
    ptabReadOnlyNotExported: 'time not known',
    ptabReadOnlyNotFound:
      "No file of the partner's year {year} has been received on this device, or the file was removed.",
    ptabBackToNetwork: 'Network',
  },
});

registerWords(NETWORK_PARTNERS_UI);
