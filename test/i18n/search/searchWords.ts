/**
 * The search words a Finnish office or small firm types (issue 11, item 2), each with the activity a person
 * means by it (tested in searchWords.test.ts, timed keystroke by keystroke in bench/search.ts). Where the set
 * lists a family of equal choices (hotel nights by country, flights by distance and class, refrigerants by
 * number), any member of the family is the right answer (an id ending in "*"). A category after the id is
 * the one the result must be offered in.
 */
import type { CategoryId } from '../../../src/core/categories';

export type SearchWord = readonly [typed: string, intended: string, category?: CategoryId];

export const SEARCH_WORDS: readonly SearchWord[] = [
  // Energy and fuels
  ['sähkö', 'electricity.fi', 's2.electricity'],
  ['kaukolämpö', 'district-heat.fi'],
  ['kaukojäähdytys', 'district-cooling.helen'],
  ['maakaasu', 'fuel.natural-gas'],
  ['polttoöljy', 'fuel.light-fuel-oil'],
  ['pelletti', 'fuel.wood-pellets'],
  ['hake', 'fuel.wood-chips'],
  ['nestekaasu', 'fuel.lpg'],
  ['diesel', 'vehicle-fuel.diesel'],
  ['bensiini', 'vehicle-fuel.petrol'],
  ['trukki', 'vehicle-fuel.lpg'],
  ['kylmäaine', 'refrigerant.*', 's1.fugitive'],
  ['R-404A', 'refrigerant.R-404A'],
  ['r410a', 'refrigerant.R-410A'],
  ['ilmastointi', 'refrigerant.*'],
  ['sammutin', 'gas.CO2'],
  // Travel and transport
  ['lento', 'flight.*', 's3.06'],
  ['juna', 'rail.national'],
  ['bussi', 'bus.local.avg'],
  ['taksi', 'taxi.*'],
  ['laiva', 'ferry.avg'],
  ['hotelli', 'hotel.*'],
  ['majoitus', 'spend.accommodation'],
  ['autonvuokraus', 'spend.travel.carrental'],
  ['henkilöauto', 'car.*'],
  ['pakettiauto', 'van.*'],
  ['työmatka', 'car.*', 's3.07'],
  ['kuljetus', 'spend.transport.freight.truck', 's3.04'],
  ['rahti', 'spend.transport.freight.truck'],
  ['kuorma-auto', 'freight.hgv.*', 's3.04'],
  ['lentorahti', 'freight.air.*'],
  ['posti', 'spend.post.postal'],
  ['kuriiri', 'spend.post.courier'],
  // Waste and water
  ['jäte', 'waste.commercial_and_industrial_waste.*', 's3.05'],
  ['biojäte', 'waste.organic_food_and_drink_waste.*'],
  ['kierrätys', 'waste.*'],
  ['vesi', 'water.supply'],
  ['jätevesi', 'water.treatment'],
  // Purchases. Release 2026.1 has every US EPA v1.3 commodity by spend (spend.naics.<NAICS code>): a general
  // word finds that commodity or its family (flour, dairy, meat, furniture, chemicals, machinery).
  ['jauho', 'spend.naics.311211'],
  ['maito', 'spend.naics.311511'],
  ['liha', 'spend.naics.3116*'],
  ['kahvi', 'spend.food.coffee'],
  ['ravintola', 'spend.food.restaurant'],
  ['catering', 'spend.food.catering'],
  ['pakkaus', 'spend.packaging.cardboard'],
  ['paperi', 'material.paper_and_board_paper'],
  ['toimistotarvikkeet', 'spend.office.supplies'],
  ['tulostin', 'spend.it.peripherals'],
  ['tietokone', 'spend.it.computers'],
  ['puhelin', 'spend.it.phones'],
  ['huonekalu', 'spend.naics.337*'],
  ['ohjelmisto', 'spend.it.software'],
  ['pilvipalvelu', 'spend.it.hosting'],
  ['tietoliikenne', 'spend.telecom.wired'],
  ['siivous', 'spend.services.cleaning'],
  ['kemikaali', 'spend.naics.325*'],
  ['vaate', 'spend.naics.315*'],
  ['mainos', 'spend.services.advertising'],
  ['vakuutus', 'spend.finance.insurance'],
  ['pankki', 'spend.finance.banking'],
  ['kirjanpito', 'spend.services.accounting'],
  ['konsultointi', 'spend.services.consulting'],
  ['koulutus', 'spend.naics.611*'],
  ['vuokra', 'spend.naics.532*'],
  ['rakennus', 'spend.construction.*'],
  ['kone', 'spend.naics.333*'],
  ['teräs', 'material.metal_steel_cans'],
  ['alumiini', 'material.metal_aluminium_cans_and_foil_excl_forming'],
  ['muovi', 'material.plastics_*'],
  ['lasi', 'material.glass'],
  ['puutavara', 'material.wood'],
  ['betoni', 'material.concrete'],
  // Inflected, as typed in a sentence's form
  ['lentoja', 'flight.*'],
  ['kahvia', 'spend.food.coffee'],
  ['sähköä', 'electricity.fi'],
  ['pakkauksia', 'spend.packaging.cardboard'],
  ['jätteitä', 'waste.commercial_and_industrial_waste.*'],
  ['hotellit', 'hotel.*'],
  // English
  ['flight', 'flight.*'],
  ['coffee', 'spend.food.coffee'],
  ['electricity', 'electricity.fi'],
  ['cleaning', 'spend.services.cleaning'],
  ['insurance', 'spend.finance.insurance'],
];
