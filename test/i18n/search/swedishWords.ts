/**
 * The search words a Swedish-speaking partner types (issue 15), each with the activity meant by it, as
 * searchWords.ts lists the Finnish ones (tested in swedish.test.ts with the reader's language Swedish, timed in
 * bench/search.ts). A family of equal choices accepts any member ("*"); a category after the id is the one
 * the result must be offered in.
 */
import type { SearchWord } from './searchWords';

export const SWEDISH_WORDS: readonly SearchWord[] = [
  // Energy and fuels
  ['el', 'electricity.fi', 's2.electricity'],
  ['elräkning', 'electricity.fi'],
  ['fjärrvärme', 'district-heat.fi'],
  ['fjarrvarme', 'district-heat.fi'],
  ['värme', 'district-heat.fi'],
  ['fjärrkyla', 'district-cooling.helen'],
  ['diesel', 'vehicle-fuel.diesel*', 's1.mobile'],
  ['bensin', 'vehicle-fuel.petrol'],
  ['naturgas', 'fuel.natural-gas'],
  ['eldningsolja', 'fuel.light-fuel-oil'],
  ['pellets', 'fuel.wood-pellets'],
  ['gasol', 'fuel.lpg'],
  ['köldmedium R410A', 'refrigerant.R-410A'],
  ['köldmedium', 'refrigerant.*', 's1.fugitive'],
  ['värmepump', 'refrigerant.*'],
  ['luftkonditionering', 'refrigerant.*'],
  ['brandsläckare', 'gas.CO2'],
  // Travel and transport
  ['flyg', 'flight.*', 's3.06'],
  ['flygresor', 'flight.*'],
  ['tåg', 'rail.national'],
  ['tag', 'rail.national'],
  ['buss', 'bus.local.avg'],
  ['taxi', 'taxi.*'],
  ['hotellnätter', 'hotel.*'],
  ['hotell', 'hotel.*'],
  ['färja', 'ferry.*'],
  ['personbil', 'car.*'],
  ['pendling bil', 'car.*', 's3.07'],
  ['paketbil', 'van.*'],
  ['lastbil', 'freight.hgv.*', 's3.04'],
  ['flygfrakt', 'freight.air.*'],
  // Waste and water
  ['avfall', 'waste.commercial_and_industrial_waste.*', 's3.05'],
  ['sopor', 'waste.commercial_and_industrial_waste.*'],
  ['matavfall', 'waste.organic_food_and_drink_waste.*'],
  ['återvinning', 'waste.*'],
  ['vatten', 'water.supply'],
  ['avlopp', 'water.treatment'],
  // Purchases: until the purchases in euros have Swedish names, the synonym lines name their Finnish words
  ['papper', 'material.paper_and_board_paper'],
  ['kontorspapper', 'spend.paper.stationery'],
  ['kontorsmaterial', 'spend.office.supplies'],
  ['kaffe', 'spend.food.coffee'],
  ['dator', 'spend.it.computers'],
  ['städning', 'spend.services.cleaning'],
  ['försäkring', 'spend.finance.insurance'],
  ['stål', 'material.metal_steel_cans'],
  ['plast', 'material.plastics_*'],
  ['glas', 'material.glass'],
  ['betong', 'material.concrete'],
  // Inflected: plural and definite forms
  ['personbilar', 'car.*'],
  ['lastbilarna', 'freight.hgv.*'],
  ['tåget', 'rail.national'],
  ['flyget', 'flight.*'],
  ['avfallet', 'waste.commercial_and_industrial_waste.*'],
  ['soporna', 'waste.commercial_and_industrial_waste.*'],
  ['fjärrvärmen', 'district-heat.fi'],
  ['hotellen', 'hotel.*'],
  ['köldmedier', 'refrigerant.*'],
];
