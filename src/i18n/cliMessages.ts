/**
 * The command line's own words in Finnish and English: usage, options, files it cannot read, output it cannot
 * write. Problems found in a file's content are validation issues and use issueMessages.ts.
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

const USAGE = 'npm run calc -- FILE.json [FILE.json …] [--lang fi|en] [--factors SET.json …] [--no-trace]';

const expectedValue = (option: string, lang: Lang) =>
  option === '--lang'
    ? lang === 'fi'
      ? 'kieli (fi tai en)'
      : 'a language (fi or en)'
    : lang === 'fi'
      ? 'tiedoston nimi'
      : 'a file name';

const MESSAGES: { [K in CliKey]: Record<Lang, (p: CliParams[K]) => string> } = {
  usage: {
    fi: () => `käyttö: ${USAGE}`,
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
        '  --lang fi|en         ilmoitusten kieli (oletus en)',
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
    en: () =>
      [
        `usage: ${USAGE}`,
        '',
        'Calculates the inventories of Päästölaskuri exchange files and prints their results as JSON (kg CO2e).',
        '',
        "  FILE.json            an exchange file (e.g. a partner's file downloaded from the app)",
        '  --lang fi|en         language of the messages (default en)',
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
  errorLabel: { fi: () => 'virhe', en: () => 'error' },
  noInput: {
    fi: () => 'Laskettavaa tiedostoa ei annettu.',
    en: () => 'No file to calculate was given.',
  },
  unknownOption: {
    fi: (p) => `Tuntematon valitsin "${p.option}".`,
    en: (p) => `Unknown option "${p.option}".`,
  },
  missingValue: {
    fi: (p) =>
      `Valitsimen ${p.option} perään tarvitaan ${expectedValue(p.option, 'fi')}` +
      (p.got === undefined ? ', mutta sitä ei annettu.' : `, mutta sen paikalla on valitsin "${p.got}".`),
    en: (p) =>
      `The option ${p.option} needs ${expectedValue(p.option, 'en')} after it` +
      (p.got === undefined ? ', but none was given.' : `, but the option "${p.got}" is in its place.`),
  },
  noValueAllowed: {
    fi: (p) => `Valitsimelle ${p.option} ei anneta arvoa.`,
    en: (p) => `The option ${p.option} takes no value.`,
  },
  badLang: {
    fi: (p) => `Kieli "${p.value}" ei kelpaa: --lang hyväksyy arvon fi tai en.`,
    en: (p) => `The language "${p.value}" is not known: --lang takes fi or en.`,
  },
  fileNotFound: {
    fi: () => 'Tiedostoa ei ole.',
    en: () => 'The file does not exist.',
  },
  fileIsDirectory: {
    fi: () => 'Tämä on hakemisto, ei tiedosto.',
    en: () => 'This is a directory, not a file.',
  },
  fileDenied: {
    fi: () => 'Tiedoston lukemiseen ei ole oikeutta.',
    en: () => 'There is no permission to read the file.',
  },
  fileUnreadable: {
    fi: (p) => `Tiedostoa ei voitu lukea (${p.detail}).`,
    en: (p) => `The file could not be read (${p.detail}).`,
  },
  notUtf8: {
    fi: (p) =>
      `Tiedosto ei ole UTF-8-tekstiä: rivillä ${p.line} on tavu ${p.byte}, jota UTF-8 ei salli (tiedosto on ehkä tallennettu Windows-1252-muodossa). Tallenna se UTF-8-muodossa.`,
    en: (p) =>
      `The file is not UTF-8 text: line ${p.line} has a byte ${p.byte} that UTF-8 does not allow (the file may have been saved as Windows-1252). Save it as UTF-8.`,
  },
  utf16: {
    fi: () => 'Tiedosto on UTF-16-muodossa. Tallenna se UTF-8-muodossa.',
    en: () => 'The file is in UTF-16. Save it as UTF-8.',
  },
  jsonAt: {
    fi: (p) => `rivi ${p.line}, sarake ${p.column}: merkki ${p.found} ei sovi tähän`,
    en: (p) => `line ${p.line}, column ${p.column}: the character ${p.found} does not belong here`,
  },
  jsonEnd: {
    fi: (p) => `tiedosto päättyy kesken rivillä ${p.line}, sarakkeessa ${p.column}`,
    en: (p) => `the file ends too early, at line ${p.line}, column ${p.column}`,
  },
  jsonSomewhere: {
    fi: () => 'kohtaa ei saatu selville',
    en: () => 'the place could not be found',
  },
  builtinSet: {
    fi: (p) =>
      `Päästökerroinsarja ${p.key} on sovelluksen oma, eikä tiedosto voi korvata sitä. Muutetulla sarjalla pitää olla oma julkaisu (release).`,
    en: (p) =>
      `The factor set ${p.key} is built into the app and a file cannot replace it. A changed set needs a release of its own.`,
  },
  nonFinite: {
    fi: (p) =>
      `Vuoden ${p.year} tulos ei ole äärellinen luku (kohdassa ${p.at}): tiedoston arvot ovat liian suuria laskettaviksi. Tiedoston tuloksia ei tulostettu.`,
    en: (p) =>
      `The result of the year ${p.year} is not a finite number (at ${p.at}): the file's values are too large to calculate with. The file's results were not printed.`,
  },
  outputClosed: {
    fi: () =>
      'Vakiotuloste suljettiin ennen kuin kaikki tulokset oli kirjoitettu (tulosteen lukenut ohjelma lopetti).',
    en: () => 'Standard output was closed before all results were written (the program reading it stopped).',
  },
  outputFailed: {
    fi: (p) => `Tuloksia ei voitu kirjoittaa (${p.detail}).`,
    en: (p) => `The results could not be written (${p.detail}).`,
  },
  internal: {
    fi: (p) =>
      `Sisäinen virhe (${p.detail}). Vika on Päästölaskurissa, ei tiedostossasi: ilmoita siitä ja liitä mukaan komento ja tiedosto.`,
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

/** Keys of every message, for the test that each has both languages. */
export const CLI_KEYS = Object.keys(MESSAGES) as CliKey[];
