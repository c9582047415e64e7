/** Words of the year page's activity search, in Finnish, English and Swedish (registered with ui.ts when this module loads). */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const SEARCH_UI = defineWords({
  fi: {
    findTitle: 'Etsi toiminto',
    findHint:
      'Kirjoita, mitä ostit tai teit, esimerkiksi jauho, lento, sähkö tai jäte. Valitse tulos, niin se lisätään oikeaan luokkaan ja voit kirjoittaa määrän.',
    findResults: 'Hakutulokset',
    findCount: 'Osumia {n}, parhaat ensin.',
    findNone: 'Haulla ”{text}” ei löytynyt mitään. Kokeile toista sanaa tai avaa luokka alta.',
    findExcluded:
      '{category} on merkitty ei olennaiseksi. Poista merkintä luokasta, jos haluat lisätä siihen kirjauksia.',
    findAdded: 'Lisätty: {activity}. Kirjoita määrä.',
    findFailed: 'Kirjausta ei voitu lisätä. Yritä uudelleen.',
  },
  en: {
    findTitle: 'Find an activity',
    findHint:
      'Type what you bought or did, for example flour, flight, electricity or waste. Choose a result to add it to its category and type the quantity.',
    findResults: 'Search results',
    findCount: '{n} found, best first.',
    findNone: 'Nothing found for “{text}”. Try another word or open a category below.',
    findExcluded: '{category} is marked not relevant. Clear that mark in the category to add entries to it.',
    findAdded: 'Added: {activity}. Type the quantity.',
    findFailed: 'The entry could not be added. Please try again.',
  },
  sv: {
    findTitle: 'Hitta en aktivitet',
    findHint:
      'Skriv vad du köpte eller gjorde, till exempel mjöl, flyg, el eller avfall. Välj ett resultat, så läggs det till i rätt kategori och du kan skriva mängden.',
    findResults: 'Sökresultat',
    findCount: '{n} träffar, de bästa först.',
    findNone: 'Sökningen ”{text}” gav inga träffar. Pröva ett annat ord eller öppna en kategori nedan.',
    findExcluded:
      '{category} är markerad som inte väsentlig. Ta bort markeringen i kategorin om du vill lägga till poster i den.',
    findAdded: 'Tillagd: {activity}. Skriv mängden.',
    findFailed: 'Posten kunde inte läggas till. Försök igen.',
  },
});

registerWords(SEARCH_UI);
