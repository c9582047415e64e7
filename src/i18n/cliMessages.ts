/**
 * The command line's own words in Finnish, Swedish and English: usage, options, files it cannot read, output
 * it cannot write. Problems found in a file's content are validation issues and use issueMessages.ts.
 */
import type { Lang } from './issueMessages';

interface CliParams {
  usage: Record<string, never>;
  help: Record<string, never>;
  errorLabel: Record<string, never>;
  noInput: Record<string, never>;
  unknownOption: { option: string };
  missingValue: { option: string; got?: string };
  noValueAllowed: { option: string };
  badLang: { value: string };
  fileNotFound: Record<string, never>;
  fileIsDirectory: Record<string, never>;
  fileDenied: Record<string, never>;
  fileUnreadable: { detail: string };
  notUtf8: { line: number; byte: string };
  utf16: Record<string, never>;
  jsonAt: { line: number; column: number; found: string };
  jsonEnd: { line: number; column: number };
  jsonSomewhere: Record<string, never>;
  builtinSet: { key: string };
  nonFinite: { year: number; at: string };
  outputClosed: Record<string, never>;
  outputFailed: { detail: string };
  internal: { detail: string };
}

export type CliKey = keyof CliParams;
/** A message not yet put into words: made where the language may not be known yet, worded at the end. */
export type CliText = { [K in CliKey]: { key: K; params: CliParams[K] } }[CliKey];

const USAGE = 'npm run calc -- FILE.json [FILE.json …] [--lang fi|sv|en] [--factors SET.json …] [--no-trace]';

const EXPECTED_VALUE: Record<Lang, { lang: string; file: string }> = {
  fi: { lang: 'kieli (fi, sv tai en)', file: 'tiedoston nimi' },
  sv: { lang: 'ett språk (fi, sv eller en)', file: 'ett filnamn' },
  en: { lang: 'a language (fi, sv or en)', file: 'a file name' },
};

const expectedValue = (option: string, lang: Lang) =>
  option === '--lang' ? EXPECTED_VALUE[lang].lang : EXPECTED_VALUE[lang].file;

const MESSAGES: { [K in CliKey]: Record<Lang, (p: CliParams[K]) => string> } = {
  usage: {
    fi: () => `käyttö: ${USAGE}`,
    sv: () => `användning: ${USAGE}`,
    en: () => `usage: ${USAGE}`,
  },
  help: {
    fi: () =>
      [
        `käyttö: ${USAGE}`,
        '',
        'Laskee Päästölaskurin siirtotiedostojen inventaariot ja tulostaa tulokset JSON-muodossa (kg CO2e).',
        '',
        '  FILE.json            siirtotiedosto (esim. sovelluksesta ladattu kumppanin tiedosto)',
        '  --lang fi|sv|en      ilmoitusten kieli (oletus en)',
        '  --factors SET.json   käytä myös tämän tiedoston päästökerroinsarjaa (esim. kaupungin uusi julkaisu);',
        '                       voi antaa useasti; sovelluksen omaa sarjaa ei voi korvata',
        '  --no-trace           jätä kirjausten jäljitystiedot pois (summat ja kaavat jäävät)',
        '  --help, -h           tulosta tämä ohje',
        '  --                   kaikki tämän jälkeen on tiedostoja (myös "-"-alkuiset nimet)',
        '',
        'Tulokset kirjoitetaan vakiotulosteeseen, ilmoitukset vakiovirheeseen.',
        'Paluuarvo: 0 = tulokset tulostettiin (varoituksia voi olla); 2 = virhe (tuntematon valitsin,',
        'tiedostoa ei voi lukea, tiedosto on virheellinen, tulosta ei voitu kirjoittaa tai sisäinen virhe).',
      ].join('\n'),
    sv: () =>
      [
        `användning: ${USAGE}`,
        '',
        'Räknar ut inventeringarna i utbytesfiler från Päästölaskuri och skriver ut resultaten i JSON-format (kg CO2e).',
        '',
        '  FILE.json            en utbytesfil (t.ex. en partners fil som laddats ner från appen)',
        '  --lang fi|sv|en      meddelandenas språk (standard: en)',
        '  --factors SET.json   använd också faktoruppsättningen i den här filen (t.ex. stadens nästa publikation);',
        '                       kan anges flera gånger; en uppsättning som är inbyggd i appen kan inte ersättas',
        '  --no-trace           utelämna posternas spårningsuppgifter (summor och formler finns kvar)',
        '  --help, -h           skriv ut den här hjälpen',
        '  --                   allt efter detta är filnamn (också namn som börjar med "-")',
        '',
        'Resultaten skrivs till standardutmatningen (stdout), meddelandena till standardfelutmatningen (stderr).',
        'Slutstatus: 0 = resultaten skrevs ut (det kan finnas varningar); 2 = fel (okänd flagga, en fil som',
        'inte kan läsas eller är felaktig, resultat som inte kunde skrivas eller ett internt fel).',
      ].join('\n'),
    en: () =>
      [
        `usage: ${USAGE}`,
        '',
        'Calculates the inventories of Päästölaskuri exchange files and prints their results as JSON (kg CO2e).',
        '',
        "  FILE.json            an exchange file (e.g. a partner's file downloaded from the app)",
        '  --lang fi|sv|en      language of the messages (default en)',
        "  --factors SET.json   also use this file's factor set (e.g. the city's next release); may be",
        '                       repeated; a set built into the app cannot be replaced',
        "  --no-trace           leave out each entry's trace (totals and formulas stay)",
        '  --help, -h           print this help',
        '  --                   everything after it is a file name (also names starting with "-")',
        '',
        'Results go to standard output, messages to standard error.',
        'Exit status: 0 = results printed (there may be warnings); 2 = an error (unknown option, a file that',
        'cannot be read or is invalid, results that could not be written, or an internal error).',
      ].join('\n'),
  },
  errorLabel: { fi: () => 'virhe', sv: () => 'fel', en: () => 'error' },
  noInput: {
    fi: () => 'Laskettavaa tiedostoa ei annettu.',
    sv: () => 'Ingen fil att räkna ut har angetts.',
    en: () => 'No file to calculate was given.',
  },
  unknownOption: {
    fi: (p) => `Tuntematon valitsin "${p.option}".`,
    sv: (p) => `Okänd flagga "${p.option}".`,
    en: (p) => `Unknown option "${p.option}".`,
  },
  missingValue: {
    fi: (p) =>
      `Valitsimen ${p.option} perään tarvitaan ${expectedValue(p.option, 'fi')}` +
      (p.got === undefined ? ', mutta sitä ei annettu.' : `, mutta sen paikalla on valitsin "${p.got}".`),
    sv: (p) =>
      `Flaggan ${p.option} behöver ${expectedValue(p.option, 'sv')} efter sig` +
      (p.got === undefined ? ', men inget angavs.' : `, men i dess ställe står flaggan "${p.got}".`),
    en: (p) =>
      `The option ${p.option} needs ${expectedValue(p.option, 'en')} after it` +
      (p.got === undefined ? ', but none was given.' : `, but the option "${p.got}" is in its place.`),
  },
  noValueAllowed: {
    fi: (p) => `Valitsimelle ${p.option} ei anneta arvoa.`,
    sv: (p) => `Flaggan ${p.option} tar inget värde.`,
    en: (p) => `The option ${p.option} takes no value.`,
  },
  badLang: {
    fi: (p) => `Kieli "${p.value}" ei kelpaa: --lang hyväksyy arvon fi, sv tai en.`,
    sv: (p) => `Språket "${p.value}" är okänt: --lang godtar fi, sv eller en.`,
    en: (p) => `The language "${p.value}" is not known: --lang takes fi, sv or en.`,
  },
  fileNotFound: {
    fi: () => 'Tiedostoa ei ole.',
    sv: () => 'Filen finns inte.',
    en: () => 'The file does not exist.',
  },
  fileIsDirectory: {
    fi: () => 'Tämä on hakemisto, ei tiedosto.',
    sv: () => 'Det här är en mapp, inte en fil.',
    en: () => 'This is a directory, not a file.',
  },
  fileDenied: {
    fi: () => 'Tiedoston lukemiseen ei ole oikeutta.',
    sv: () => 'Du har inte behörighet att läsa filen.',
    en: () => 'There is no permission to read the file.',
  },
  fileUnreadable: {
    fi: (p) => `Tiedostoa ei voitu lukea (${p.detail}).`,
    sv: (p) => `Filen kunde inte läsas (${p.detail}).`,
    en: (p) => `The file could not be read (${p.detail}).`,
  },
  notUtf8: {
    fi: (p) =>
      `Tiedosto ei ole UTF-8-tekstiä: rivillä ${p.line} on tavu ${p.byte}, jota UTF-8 ei salli (tiedosto on ehkä tallennettu Windows-1252-muodossa). Tallenna se UTF-8-muodossa.`,
    sv: (p) =>
      `Filen är inte UTF-8-text: på rad ${p.line} finns en byte ${p.byte} som UTF-8 inte tillåter (filen har kanske sparats i formatet Windows-1252). Spara den i UTF-8-format.`,
    en: (p) =>
      `The file is not UTF-8 text: line ${p.line} has a byte ${p.byte} that UTF-8 does not allow (the file may have been saved as Windows-1252). Save it as UTF-8.`,
  },
  utf16: {
    fi: () => 'Tiedosto on UTF-16-muodossa. Tallenna se UTF-8-muodossa.',
    sv: () => 'Filen är i UTF-16-format. Spara den i UTF-8-format.',
    en: () => 'The file is in UTF-16. Save it as UTF-8.',
  },
  jsonAt: {
    fi: (p) => `rivi ${p.line}, sarake ${p.column}: merkki ${p.found} ei sovi tähän`,
    sv: (p) => `rad ${p.line}, kolumn ${p.column}: tecknet ${p.found} hör inte hit`,
    en: (p) => `line ${p.line}, column ${p.column}: the character ${p.found} does not belong here`,
  },
  jsonEnd: {
    fi: (p) => `tiedosto päättyy kesken rivillä ${p.line}, sarakkeessa ${p.column}`,
    sv: (p) => `filen tar slut för tidigt, på rad ${p.line}, i kolumn ${p.column}`,
    en: (p) => `the file ends too early, at line ${p.line}, column ${p.column}`,
  },
  jsonSomewhere: {
    fi: () => 'kohtaa ei saatu selville',
    sv: () => 'stället kunde inte fastställas',
    en: () => 'the place could not be found',
  },
  builtinSet: {
    fi: (p) =>
      `Päästökerroinsarja ${p.key} on sovelluksen oma, eikä tiedosto voi korvata sitä. Muutetulla sarjalla pitää olla oma julkaisu (release).`,
    sv: (p) =>
      `Faktoruppsättningen ${p.key} är inbyggd i appen, och en fil kan inte ersätta den. En ändrad uppsättning måste ha en egen publikation (release).`,
    en: (p) =>
      `The factor set ${p.key} is built into the app and a file cannot replace it. A changed set needs a release of its own.`,
  },
  nonFinite: {
    fi: (p) =>
      `Vuoden ${p.year} tulos ei ole äärellinen luku (kohdassa ${p.at}): tiedoston arvot ovat liian suuria laskettaviksi. Tiedoston tuloksia ei tulostettu.`,
    sv: (p) =>
      `Resultatet för år ${p.year} är inte ett ändligt tal (vid ${p.at}): filens värden är för stora att räkna med. Filens resultat skrevs inte ut.`,
    en: (p) =>
      `The result of the year ${p.year} is not a finite number (at ${p.at}): the file's values are too large to calculate with. The file's results were not printed.`,
  },
  outputClosed: {
    fi: () =>
      'Vakiotuloste suljettiin ennen kuin kaikki tulokset oli kirjoitettu (tulosteen lukenut ohjelma lopetti).',
    sv: () =>
      'Standardutmatningen stängdes innan alla resultat hade skrivits (programmet som läste utmatningen avslutades).',
    en: () => 'Standard output was closed before all results were written (the program reading it stopped).',
  },
  outputFailed: {
    fi: (p) => `Tuloksia ei voitu kirjoittaa (${p.detail}).`,
    sv: (p) => `Resultaten kunde inte skrivas (${p.detail}).`,
    en: (p) => `The results could not be written (${p.detail}).`,
  },
  internal: {
    fi: (p) =>
      `Sisäinen virhe (${p.detail}). Vika on Päästölaskurissa, ei tiedostossasi: ilmoita siitä ja liitä mukaan komento ja tiedosto.`,
    sv: (p) =>
      `Internt fel (${p.detail}). Felet finns i Päästölaskuri, inte i din fil: rapportera det och bifoga kommandot och filen.`,
    en: (p) =>
      `Internal error (${p.detail}). This is a bug in Päästölaskuri, not in your file: please report it with the command and the file.`,
  },
};

export function cliMessage<K extends CliKey>(lang: Lang, key: K, params: CliParams[K]): string {
  return MESSAGES[key][lang](params);
}

export function cliText<K extends CliKey>(lang: Lang, text: { key: K; params: CliParams[K] }): string {
  return MESSAGES[text.key][lang](text.params);
}

/** Keys of every message, for the test that each has every language. */
export const CLI_KEYS = Object.keys(MESSAGES) as CliKey[];
