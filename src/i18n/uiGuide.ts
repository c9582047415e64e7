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
    // Session notes (the year page, traces, the PDF)
    notesTitle: 'Istunnon muistiinpanot',
    notesLead:
      'Kirjaa tähän oletukset ja päätökset, esimerkiksi ”työmatkat arvioitu: 18 työntekijää × keskimääräinen matka”. Aika tallentuu itsestään.',
    notesNone: 'Ei vielä muistiinpanoja.',
    noteAuthor: 'Kuka kirjasi',
    noteText: 'Muistiinpano',
    noteTextRequired: 'Kirjoita muistiinpano ennen tallentamista.',
    noteKindHandover: 'Luovutusmuistiinpano: mitä tehtiin ja mitä jäi tehtäväksi',
    noteHandoverBadge: 'Luovutus',
    noteEntries: 'Koskee kirjauksia',
    noteEntriesChosen: 'Valittu {n} kirjausta',
    noteEntriesFilter: 'Etsi kirjausta',
    noteEntriesMore: 'Näytetään {shown}/{n}. Tarkenna hakua.',
    noteEntriesSearch: 'Vuodessa on {n} kirjausta: kirjoita hakusana, niin ne näytetään.',
    noteAdd: 'Lisää muistiinpano',
    noteEdit: 'Muokkaa',
    noteDone: 'Valmis',
    noteRemove: 'Poista',
    noteRemoved: 'Muistiinpano poistettiin.',
    noteUndo: 'Kumoa',
    noteWhen: '{when}',
    noteBy: '{when}, {author}',
    noteConcerns: 'Koskee: {entries}',
    noteTraceTitle: 'Muistiinpanot',
    notePdfTitle: 'Istunnon muistiinpanot ja oletukset',
    notePdfConcerns: 'koskee {n} kirjausta',
    // The handover summary (…/handover) and its notice on the year page
    handoverTitle: 'Luovutusyhteenveto: {name} {year}',
    handoverLink: 'Luovutusyhteenveto',
    handoverPrint: 'Tulosta',
    handoverLead: 'Yhteenveto istunnosta: mitä kirjattiin, mitä arvioitiin ja mitä on vielä tehtävä.',
    handoverEntered: 'Mitä kirjattiin',
    handoverEnteredNone: 'Yhtään kirjausta ei ole vielä laskettavissa.',
    handoverColCategory: 'Luokka',
    handoverColEntries: 'Kirjauksia',
    handoverColLocation: 'Sijaintiperusteinen (t CO2e)',
    handoverColMarket: 'Markkinaperusteinen (t CO2e)',
    handoverEstimated: 'Mitä arvioitiin ja miten',
    handoverEstimatedNone: 'Yhtään kirjausta ei ole merkitty arvioiduksi.',
    handoverNoHow: 'Arvion perustetta ei ole kirjattu.',
    handoverTodo: 'Mitä on vielä tehtävä ja kuka',
    handoverTodoNone: 'Kaikki luokat on käyty läpi eikä lukuja puutu.',
    handoverMissing: 'Puuttuvat luvut',
    handoverTodoCategories: 'Käymättä olevat luokat',
    handoverDocument: 'asiakirja: {document}',
    handoverOwner: 'hakee: {owner}',
    handoverNoOwner: 'hakijaa ei ole nimetty',
    handoverNotes: 'Istunnon muistiinpanot',
    handoverNote: 'Luovutusmuistiinpano',
    handoverNoteNone:
      'Luovutusmuistiinpanoa ei ole vielä kirjoitettu. Kirjoita se vuoden sivun muistiinpanoihin.',
    handoverNotice: 'Tälle vuodelle on jätetty luovutusmuistiinpano ({by}):',
    // Plain-language help where a term appears (src/ui/help/Help.tsx). Sources: docs/guided-year.md.
    helpWhat: 'Mitä tarkoittaa: {term}?',
    helpTermScope: 'scope 1, 2 ja 3',
    helpScope:
      'Päästöt jaetaan kolmeen ryhmään. Scope 1: omat suorat päästöt, esimerkiksi omien autojen polttoaine, oma lämmityskattila ja kylmälaitteiden vuodot. Scope 2: ostetun sähkön, kaukolämmön ja kaukokylmän tuotannon päästöt. Scope 3: muut päästöt arvoketjussa, esimerkiksi ostetut tavarat ja palvelut, liikematkat, työmatkat, rahtikuljetukset ja jätteet.',
    helpTermMethods: 'sijainti- ja markkinaperusteinen',
    helpMethods:
      'Ostetun sähkön päästöt lasketaan kahdella tavalla, ja raportissa näkyvät molemmat. Sijaintiperusteinen: sähköverkon keskimääräinen päästökerroin alueella, jossa sähkö käytetään, sopimuksesta riippumatta. Markkinaperusteinen: se sähkö, jonka yritys on sopimuksellaan valinnut, eli alkuperätakuut tai myyjän oma päästökerroin; muu osa lasketaan jäännösjakauman kertoimella.',
    helpTermGo: 'alkuperätakuu',
    helpGo:
      'Alkuperätakuu on sähköinen todistus siitä, että yksi megawattitunti sähköä on tuotettu tietyllä tavalla, esimerkiksi tuulivoimalla. Jos sähkösopimukseesi kuuluu alkuperätakuu, sen kattama osuus lasketaan markkinaperusteisesti sen tuotantotavan päästöillä (uusiutuva: nolla). Tieto on sähkölaskussa tai sopimuksessa; kirjaa tähän, kuinka monta prosenttia kulutuksesta takuut kattavat.',
    helpTermResidual: 'jäännösjakauma',
    helpResidual:
      'Jäännösjakauma on sen sähkön päästökerroin, joka jää jäljelle, kun alkuperätakuilla myyty sähkö on vähennetty. Sitä käytetään markkinaperusteisessa laskennassa sähköön, jolle ei ole alkuperätakuuta eikä myyjän omaa kerrointa. Se on yleensä suurempi kuin verkon keskiarvo.',
    helpTermPkm: 'henkilökilometri',
    helpPkm:
      'Henkilökilometri on yhden ihmisen yhden kilometrin matka. Kaksi ihmistä 100 kilometrin matkalla on 200 henkilökilometriä. Laske: matkojen määrä × matkustajia × kilometrejä yhdellä matkalla.',
    helpTermNotRelevant: 'ei olennainen',
    helpNotRelevant:
      'Luokan voi merkitä ei-olennaiseksi, kun siitä ei synny päästöjä tai ne ovat hyvin pienet. Kirjoita perustelu, jonka ulkopuolinen lukija ymmärtää, esimerkiksi ”Yrityksellä ei ole omia ajoneuvoja” tai ”Tilat ovat vuokralla ja lämmitys kuuluu vuokraan”. Perustelu näkyy raportissa.',
    helpTermQuality: 'tiedon laatu',
    helpQuality:
      'Tiedon laatu kertoo, mistä luku on: mitattu (esimerkiksi mittarin lukema), laskusta tai raportista, vai arvio. Kirjaa arvion peruste muistiinpanoon, jotta luku voidaan myöhemmin tarkentaa.',
    pkmHelperTitle: 'Laske henkilökilometrit',
    pkmTrips: 'Matkoja',
    pkmPersons: 'Matkustajia matkalla',
    pkmKm: 'Kilometrejä yhdellä matkalla',
    pkmResult: '{trips} × {persons} × {km} = {result} henkilökilometriä',
    pkmFill: 'Käytä määränä',
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
    notesTitle: 'Session notes',
    notesLead:
      'Write down assumptions and decisions here, for example “commuting estimated: 18 employees × average distance”. The time is saved by itself.',
    notesNone: 'No notes yet.',
    noteAuthor: 'Written by',
    noteText: 'Note',
    noteTextRequired: 'Write the note before saving it.',
    noteKindHandover: 'Handover note: what was done and what is left to do',
    noteHandoverBadge: 'Handover',
    noteEntries: 'Concerns entries',
    noteEntriesChosen: '{n} entries chosen',
    noteEntriesFilter: 'Find an entry',
    noteEntriesMore: 'Showing {shown} of {n}. Narrow the search.',
    noteEntriesSearch: 'The year has {n} entries: type a word to list them.',
    noteAdd: 'Add the note',
    noteEdit: 'Edit',
    noteDone: 'Done',
    noteRemove: 'Remove',
    noteRemoved: 'The note was removed.',
    noteUndo: 'Undo',
    noteWhen: '{when}',
    noteBy: '{when}, {author}',
    noteConcerns: 'Concerns: {entries}',
    noteTraceTitle: 'Notes',
    notePdfTitle: 'Session notes and assumptions',
    notePdfConcerns: 'concerns {n} entries',
    handoverTitle: 'Handover summary: {name} {year}',
    handoverLink: 'Handover summary',
    handoverPrint: 'Print',
    handoverLead: 'A summary of the session: what was entered, what was estimated and what is still to do.',
    handoverEntered: 'What was entered',
    handoverEnteredNone: 'No entry can be calculated yet.',
    handoverColCategory: 'Category',
    handoverColEntries: 'Entries',
    handoverColLocation: 'Location-based (t CO2e)',
    handoverColMarket: 'Market-based (t CO2e)',
    handoverEstimated: 'What was estimated and how',
    handoverEstimatedNone: 'No entry is marked as estimated.',
    handoverNoHow: 'How it was estimated is not written down.',
    handoverTodo: 'What is still to do, and by whom',
    handoverTodoNone: 'Every category has been gone through and no figure is missing.',
    handoverMissing: 'Missing figures',
    handoverTodoCategories: 'Categories not gone through',
    handoverDocument: 'document: {document}',
    handoverOwner: 'to find: {owner}',
    handoverNoOwner: 'no one named to find it',
    handoverNotes: 'Session notes',
    handoverNote: 'Handover note',
    handoverNoteNone: 'No handover note has been written yet. Write it in the notes on the year page.',
    handoverNotice: 'A handover note was left for this year ({by}):',
    helpWhat: 'What does “{term}” mean?',
    helpTermScope: 'scope 1, 2 and 3',
    helpScope:
      'Emissions are divided into three groups. Scope 1: your own direct emissions, for example fuel for your own cars, your own boiler and leaks from refrigeration equipment. Scope 2: emissions from producing the electricity, district heat and district cooling you buy. Scope 3: other emissions in the value chain, for example purchased goods and services, business travel, commuting, freight and waste.',
    helpTermMethods: 'location- and market-based',
    helpMethods:
      'Emissions of purchased electricity are calculated in two ways, and the report shows both. Location-based: the average emission factor of the grid where the electricity is used, whatever the contract. Market-based: the electricity the company chose by contract, that is guarantees of origin or the supplier’s own factor; the rest is calculated with the residual mix.',
    helpTermGo: 'guarantee of origin',
    helpGo:
      'A guarantee of origin is an electronic certificate that one megawatt hour of electricity was produced in a certain way, for example by wind power. If your electricity contract includes guarantees of origin, the share they cover is calculated, market-based, with that production’s emissions (renewable: zero). It is on the electricity bill or in the contract; enter the percentage of consumption they cover.',
    helpTermResidual: 'residual mix',
    helpResidual:
      'The residual mix is the emission factor of the electricity left when the electricity sold with guarantees of origin is taken out. Market-based, it is used for electricity with neither a guarantee of origin nor a supplier’s own factor. It is usually higher than the grid average.',
    helpTermPkm: 'passenger-km',
    helpPkm:
      'A passenger-kilometre is one person travelling one kilometre. Two people on a 100 km trip make 200 passenger-km. Calculate: number of trips × travellers × kilometres per trip.',
    helpTermNotRelevant: 'not relevant',
    helpNotRelevant:
      'A category can be marked not relevant when it causes no emissions or very small ones. Write a justification an outside reader understands, for example “The company has no vehicles of its own” or “The premises are rented and heating is included in the rent”. The justification is shown in the report.',
    helpTermQuality: 'data quality',
    helpQuality:
      'Data quality says where a figure comes from: measured (for example a meter reading), from an invoice or report, or estimated. Write down how an estimate was made in a note, so that it can be made more precise later.',
    pkmHelperTitle: 'Calculate passenger-km',
    pkmTrips: 'Trips',
    pkmPersons: 'Travellers per trip',
    pkmKm: 'Kilometres per trip',
    pkmResult: '{trips} × {persons} × {km} = {result} passenger-km',
    pkmFill: 'Use as the quantity',
  },
});

registerWords(GUIDE_UI);
