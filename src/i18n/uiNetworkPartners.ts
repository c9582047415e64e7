/**
 * Words of the coordinator's partner table and of a received partner's report, read-only (issue 13), in
 * Finnish and English (registered with ui.ts when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const NETWORK_PARTNERS_UI = defineWords({
  fi: {
    netPartnersTitle: 'Kumppanit',
    netPartnersLead:
      'Kumppanien vuoden {year} luvut vastaanotetuista tiedostoista. Nimi avaa kumppanin raportin (vain luku).',
    netPartnersFilter: 'Hae nimellä',
    netPartnersSector: 'Toimiala',
    netPartnersStatus: 'Tavoitteen tila',
    netPartnersAll: 'Kaikki',
    netPartnersShown: 'Näytetään {shown} / {total} kumppania.',
    netPartnersNone: 'Yksikään kumppani ei vastaa hakua.',
    netColName: 'Kumppani',
    netColSector: 'Toimiala',
    netColSize: 'Kokoluokka',
    netColLocation: 'Yhteensä, sijaintiperusteinen (t CO2e)',
    netColMarket: 'Yhteensä, markkinaperusteinen (t CO2e)',
    netColCompleteness: 'Luokat käyty läpi',
    netColTarget: 'Tavoite',
    netColLastReport: 'Viimeisin raportti',
    netSortBy: 'Järjestä: {column}',
    netSortedAscending: 'nouseva',
    netSortedDescending: 'laskeva',
    netNoYear: 'ei vuotta {year}',
    netCompletenessValue: '{done} / {all}',
    netTargetOnTrack: 'Aikataulussa',
    netTargetBehind: 'Jäljessä',
    netTargetUnknown: 'Ei vielä arvioitavissa',
    netTargetNone: 'Ei tavoitetta',
    netSectorUnknown: 'Ei tiedossa',
    netReadOnlyTitle: '{name}: tulokset {year}',
    netReadOnlyNote:
      'Vain luku: raportti on laskettu kumppanin lähettämästä tiedostosta {file} (viety {exported}, vastaanotettu {received}). Sitä ei voi muokata tällä laitteella.',
    netReadOnlyNotExported: 'aika ei tiedossa',
    netReadOnlyNotFound:
      'Kumppanin vuodesta {year} ei ole vastaanotettua tiedostoa tällä laitteella, tai tiedosto on poistettu.',
    netBackToNetwork: 'Verkosto',
  },
  en: {
    netPartnersTitle: 'Partners',
    netPartnersLead:
      "The partners' figures for {year} from the files received. A name opens the partner's report (read-only).",
    netPartnersFilter: 'Search by name',
    netPartnersSector: 'Industry',
    netPartnersStatus: 'Target status',
    netPartnersAll: 'All',
    netPartnersShown: 'Showing {shown} of {total} partners.',
    netPartnersNone: 'No partner matches the search.',
    netColName: 'Partner',
    netColSector: 'Industry',
    netColSize: 'Size band',
    netColLocation: 'Total, location-based (t CO2e)',
    netColMarket: 'Total, market-based (t CO2e)',
    netColCompleteness: 'Categories done',
    netColTarget: 'Target',
    netColLastReport: 'Latest report',
    netSortBy: 'Sort by: {column}',
    netSortedAscending: 'ascending',
    netSortedDescending: 'descending',
    netNoYear: 'no {year}',
    netCompletenessValue: '{done} of {all}',
    netTargetOnTrack: 'On track',
    netTargetBehind: 'Behind',
    netTargetUnknown: 'Not yet measurable',
    netTargetNone: 'No target',
    netSectorUnknown: 'Not known',
    netReadOnlyTitle: '{name}: results {year}',
    netReadOnlyNote:
      'Read-only: the report is calculated from the file {file} the partner sent (exported {exported}, received {received}). It cannot be edited on this device.',
    netReadOnlyNotExported: 'time not known',
    netReadOnlyNotFound:
      "No file of the partner's year {year} has been received on this device, or the file was removed.",
    netBackToNetwork: 'Network',
  },
});

registerWords(NETWORK_PARTNERS_UI);
