/**
 * Words of a year's completeness (issue 10) in Finnish, English and Swedish: category states, figures not
 * known yet, the missing-data section of the report and like-for-like comparisons (registered with ui.ts when
 * this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const COMPLETE_UI = defineWords({
  fi: {
    completeCounts: 'Luokkien tilanne',
    completeEntries: 'Kirjattu',
    completeNotRelevant: 'Ei olennainen',
    completeTodo: 'Tehtävänä',
    completeMissingFigures: 'Puuttuvia lukuja',
    completeAllDone: 'Kaikki luokat on käyty läpi.',
    completeStateEntries: 'Kirjattu',
    completeStateNotRelevant: 'Ei olennainen',
    completeStateTodo: 'Tehtävänä',
    completeMissingInCategory: 'puuttuvia lukuja: {n}',
    pendingFigure: 'Luku ei ole vielä tiedossa',
    pendingDocument: 'Mistä luku löytyy?',
    pendingDocumentHint: 'Esimerkiksi lämpöyhtiön vuosiraportti tai sähköyhtiön verkkopalvelu.',
    pendingOwner: 'Kuka selvittää?',
    pendingKeptText: 'Kirjoitettu määrä {text} säilyy ja palaa, jos poistat valinnan.',
    pendingRow: 'puuttuu',
    missingTitle: 'Puuttuvat tiedot',
    missingNone: 'Kaikki luokat on käyty läpi, eikä yhtään lukua puutu.',
    missingNote:
      'Tehtävänä olevat luokat ja luvut, joita ei vielä tiedetä. Niitä ei ole laskettu mukaan, joten päästöt voivat olla todellista pienemmät.',
    missingColWhat: 'Mitä puuttuu',
    missingColDocument: 'Mistä luku löytyy',
    missingColOwner: 'Kuka selvittää',
    missingColNote: 'Huomautus',
    missingCategoryTodo: 'Luokka tehtävänä',
    missingFigure: 'Luku puuttuu',
    markedCompleteButMissing: 'Merkitty valmiiksi, vaikka {n} tietoa puuttuu.',
    noExclusionsButTodo:
      'Yhtään luokkaa ei ole merkitty epäolennaiseksi. {n} luokkaa on vielä tehtävänä: ne on lueteltu kohdassa Puuttuvat tiedot.',
    confirmCompleteTitle: 'Merkitäänkö vuosi valmiiksi?',
    confirmCompleteText:
      'Vuodesta puuttuu vielä {n} tietoa (tehtävänä olevia luokkia ja puuttuvia lukuja). Raportissa lukee silloin, että vuosi on merkitty valmiiksi, vaikka tietoja puuttuu.',
    confirmCompleteYes: 'Merkitse valmiiksi',
    confirmCompleteNo: 'Peruuta',
    partnerColCompleteness: 'Luokat',
    coverageDiffers:
      'Vuosien luvut eivät kata samoja luokkia, joten kokonaismuutos ei ole vertailukelpoinen. Vain vuonna {year}: {onlyNow}. Vain vuonna {against}: {onlyThen}. Vertailukelpoinen muutos lasketaan vain luokista, joissa on lukuja molempina vuosina.',
    coverageNone: 'ei mitään',
    likeForLikeLocation: 'Vertailukelpoinen muutos, sijaintiperusteinen',
    likeForLikeMarket: 'Vertailukelpoinen muutos, markkinaperusteinen',
    likeForLikeShort: 'vertailukelpoinen {change} ({relative})',
  },
  en: {
    completeCounts: 'Categories',
    completeEntries: 'Entered',
    completeNotRelevant: 'Not relevant',
    completeTodo: 'To do',
    completeMissingFigures: 'Missing figures',
    completeAllDone: 'Every category has been gone through.',
    completeStateEntries: 'Entered',
    completeStateNotRelevant: 'Not relevant',
    completeStateTodo: 'To do',
    completeMissingInCategory: 'missing figures: {n}',
    pendingFigure: 'Figure not known yet',
    pendingDocument: 'Where can the figure be found?',
    pendingDocumentHint:
      "For example the district heat supplier's annual statement or the electricity company's online service.",
    pendingOwner: 'Who will find it?',
    pendingKeptText: 'The quantity typed, {text}, is kept and comes back if you untick this.',
    pendingRow: 'missing',
    missingTitle: 'Missing data',
    missingNone: 'Every category has been gone through and no figure is missing.',
    missingNote:
      'Categories still to do and figures not known yet. They are not included, so the emissions may be lower than they really are.',
    missingColWhat: 'What is missing',
    missingColDocument: 'Where the figure is found',
    missingColOwner: 'Who will find it',
    missingColNote: 'Note',
    missingCategoryTodo: 'Category to do',
    missingFigure: 'Figure missing',
    markedCompleteButMissing: 'Marked complete although {n} items of data are missing.',
    noExclusionsButTodo:
      'No category has been marked not relevant. {n} categories are still to do: they are listed under Missing data.',
    confirmCompleteTitle: 'Mark the year complete?',
    confirmCompleteText:
      'The year still lacks {n} items of data (categories to do and missing figures). The report will then say that the year was marked complete although data is missing.',
    confirmCompleteYes: 'Mark complete',
    confirmCompleteNo: 'Cancel',
    partnerColCompleteness: 'Categories',
    coverageDiffers:
      'The years do not cover the same categories, so the total change is not like for like. Only in {year}: {onlyNow}. Only in {against}: {onlyThen}. The like-for-like change counts only the categories with figures in both years.',
    coverageNone: 'none',
    likeForLikeLocation: 'Like-for-like change, location-based',
    likeForLikeMarket: 'Like-for-like change, market-based',
    likeForLikeShort: 'like for like {change} ({relative})',
  },
  sv: {
    completeCounts: 'Läget i kategorierna',
    completeEntries: 'Registrerade',
    completeNotRelevant: 'Inte väsentliga',
    completeTodo: 'Att göra',
    completeMissingFigures: 'Siffror som saknas',
    completeAllDone: 'Alla kategorier har gåtts igenom.',
    completeStateEntries: 'Registrerad',
    completeStateNotRelevant: 'Inte väsentlig',
    completeStateTodo: 'Att göra',
    completeMissingInCategory: 'siffror som saknas: {n}',
    pendingFigure: 'Siffran är inte känd ännu',
    pendingDocument: 'Var finns siffran?',
    pendingDocumentHint: 'Till exempel värmebolagets årsrapport eller elbolagets webbtjänst.',
    pendingOwner: 'Vem tar reda på den?',
    pendingKeptText: 'Den inskrivna mängden {text} sparas och kommer tillbaka om du tar bort markeringen.',
    pendingRow: 'saknas',
    missingTitle: 'Uppgifter som saknas',
    missingNone: 'Alla kategorier har gåtts igenom, och ingen siffra saknas.',
    missingNote:
      'Kategorier som är kvar att göra och siffror som inte är kända ännu. De har inte räknats med, så utsläppen kan se mindre ut än de verkligen är.',
    missingColWhat: 'Vad som saknas',
    missingColDocument: 'Var siffran finns',
    missingColOwner: 'Vem som tar reda på den',
    missingColNote: 'Anmärkning',
    missingCategoryTodo: 'Kategorin är kvar att göra',
    missingFigure: 'Siffran saknas',
    markedCompleteButMissing: 'Markerat som klart, fast {n} uppgifter saknas.',
    noExclusionsButTodo:
      'Ingen kategori har markerats som inte väsentlig. {n} kategorier är ännu kvar att göra: de räknas upp under Uppgifter som saknas.',
    confirmCompleteTitle: 'Vill du markera året som klart?',
    confirmCompleteText:
      'Det saknas ännu {n} uppgifter för året (kategorier som är kvar att göra och siffror som saknas). I rapporten står det då att året har markerats som klart, fast uppgifter saknas.',
    confirmCompleteYes: 'Markera som klart',
    confirmCompleteNo: 'Avbryt',
    partnerColCompleteness: 'Kategorier',
    coverageDiffers:
      'Åren har inte siffror för samma kategorier, så den totala förändringen är inte jämförbar. Bara år {year}: {onlyNow}. Bara år {against}: {onlyThen}. Den jämförbara förändringen räknas bara på de kategorier som har siffror båda åren.',
    coverageNone: 'inga',
    likeForLikeLocation: 'Jämförbar förändring, platsbaserad',
    likeForLikeMarket: 'Jämförbar förändring, marknadsbaserad',
    likeForLikeShort: 'jämförbar {change} ({relative})',
  },
});

registerWords(COMPLETE_UI);
