/**
 * Words of the guided year's parts (issue 10): the sector field, session notes and the handover, plain-language
 * help (registered with ui.ts when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const GUIDE_UI = defineWords({
  fi: {
    // The sector field (TOL 2008)
    sectorHint: 'Kirjoita toimialan nimi tai koodi, esimerkiksi ”leipomo” tai 10.71, ja valitse listasta.',
    sectorChoices: 'Toimialat',
    sectorNoMatch: 'Ei osumia. Kokeile toista sanaa tai kirjoita TOL 2008 -koodi.',
    sectorInvalid:
      '”{value}” ei ole TOL 2008 -toimialakoodi. Valitse toimiala listasta tai kirjoita koodi, esimerkiksi 10.71 tai C.',
    sectorUnknownDivision: 'TOL 2008 -luokituksessa ei ole toimialaa, jonka koodi alkaa {division}.',
    sectorChosen: 'Valittu: {label}',
    // Results page: the partner's details that need a fix
    partnerIssuesTitle: 'Korjattavaa kumppanin tiedoissa',
    partnerIssuesLead:
      'Tulokset on laskettu. Nämä tiedot jätettiin raportista pois, kunnes ne korjataan kumppanin sivulla.',
    partnerFixField: 'Korjaa: {field}',
  },
  en: {
    sectorHint:
      'Type the name or code of the industry, for example “bakery” or 10.71, and choose from the list.',
    sectorChoices: 'Industries',
    sectorNoMatch: 'Nothing found. Try another word or type a TOL 2008 code.',
    sectorInvalid:
      '“{value}” is not a TOL 2008 industry code. Choose the industry from the list or type a code, for example 10.71 or C.',
    sectorUnknownDivision: 'TOL 2008 has no industry whose code starts with {division}.',
    sectorChosen: 'Chosen: {label}',
    partnerIssuesTitle: "To fix in the partner's details",
    partnerIssuesLead:
      "The results are calculated. These details were left out of the report until they are fixed on the partner's page.",
    partnerFixField: 'Fix: {field}',
  },
});

registerWords(GUIDE_UI);
