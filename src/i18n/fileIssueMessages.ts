/**
 * Messages for problems in a file being read — its format and structure, a backup's checks, a CSV import's
 * cells and numbers — in Finnish, Swedish and English. The content checks of a year are in issueMessages.ts.
 */
import type { Issue, IssueCode } from '../core/issues';
import type { Lang } from './issueMessages';
import { formatInput } from './parseNumber';

type P = Issue['params'];
type Msg = (p: P) => string;

export type FileIssueCode = Extract<
  IssueCode,
  | 'format'
  | 'newer-version'
  | 'older-version'
  | 'required'
  | 'type'
  | 'enum'
  | 'not-a-number'
  | 'duplicate-id'
  | 'unknown-key'
  | 'too-long'
  | 'number-convention'
  | 'date-format'
  | 'period-span'
  | 'activity-unmapped'
  | 'json-syntax'
  | 'file-too-large'
  | 'checksum'
  | 'count-mismatch'
  | 'too-deep'
  | 'number-limit'
  | 'unknown-parent'
  | 'received-inputs'
>;

const s = (v: unknown) => String(v ?? '');
/** A limit written out in digits in the language's format: "1 000 000 000 000 000" / "1,000,000,000,000,000". */
export const limit = (v: unknown, lang: Lang) => (typeof v === 'number' ? formatInput(v, lang) : s(v));
/**
 * A number as given, with a space before it, when it is short and in digits; else nothing: a number out of
 * range may have hundreds of digits or an exponent ("1e+308"), which the message need not repeat.
 */
const given = (v: unknown) => {
  const t = s(v);
  return t === '' || t.length > 30 || /e/i.test(t) ? '' : ` ${t}`;
};

/**
 * Text not in the form a field needs, said by what the field is: never the pattern it is checked with, which
 * no one but a programmer can read (issue 10: "a raw regular expression").
 */
const SHAPE_MESSAGES: Record<Lang, (value: string, shape: string) => string> = {
  fi: (v, shape) => {
    switch (shape) {
      case 'sector':
        return `"${v}" ei ole TOL 2008 -toimialakoodi. Valitse toimiala listasta tai kirjoita koodi, esimerkiksi 10.71 tai C.`;
      case 'id':
        return `Tunniste "${v}" ei kelpaa: siinä voi olla kirjaimia a–z, numeroita sekä merkit . _ : - (enintään 64 merkkiä).`;
      case 'period':
        return `Kuukausi "${v}" ei kelpaa: kirjoita vuosi ja kuukausi muodossa 2024-03.`;
      case 'time':
        return `Aika "${v}" ei kelpaa: odotettiin päivämäärä ja kellonaika, esimerkiksi 2024-03-01T12:00:00Z.`;
      case 'checksum':
        return 'Tarkistussumma ei ole oikeaa muotoa (64 merkkiä 0–9 ja a–f).';
      default:
        return `Arvo "${v}" ei ole oikeaa muotoa.`;
    }
  },
  sv: (v, shape) => {
    switch (shape) {
      case 'sector':
        return `"${v}" är inte en näringsgrenskod enligt TOL 2008. Välj näringsgren i listan eller skriv en kod, till exempel 10.71 eller C.`;
      case 'id':
        return `Identifieraren "${v}" är inte giltig: den får innehålla bokstäverna a–z, siffror och tecknen . _ : - (högst 64 tecken).`;
      case 'period':
        return `Månaden "${v}" är inte giltig: skriv år och månad i formen 2024-03.`;
      case 'time':
        return `Tidpunkten "${v}" är inte giltig: ett datum och ett klockslag förväntades, till exempel 2024-03-01T12:00:00Z.`;
      case 'checksum':
        return 'Kontrollsumman har inte rätt form (64 tecken 0–9 och a–f).';
      default:
        return `Värdet "${v}" har inte rätt form.`;
    }
  },
  en: (v, shape) => {
    switch (shape) {
      case 'sector':
        return `"${v}" is not a TOL 2008 industry code. Choose the industry from the list or type a code, for example 10.71 or C.`;
      case 'id':
        return `The id "${v}" is not valid: it may hold letters a–z, digits and the characters . _ : - (at most 64).`;
      case 'period':
        return `The month "${v}" is not valid: write the year and month as 2024-03.`;
      case 'time':
        return `The time "${v}" is not valid: expected a date and time such as 2024-03-01T12:00:00Z.`;
      case 'checksum':
        return 'The checksum is not in its form (64 characters 0–9 and a–f).';
      default:
        return `The value "${v}" is not in the expected form.`;
    }
  },
};

export const FILE_ISSUE_MESSAGES: Record<FileIssueCode, Record<Lang, Msg>> = {
  format: {
    fi: (p) => `Tiedosto ei ole oikeaa muotoa: odotettiin "${s(p.expected)}", saatiin "${s(p.got)}".`,
    sv: (p) => `Filen har inte rätt format: "${s(p.expected)}" förväntades, men filen är "${s(p.got)}".`,
    en: (p) => `The file is not of the right format: expected "${s(p.expected)}", got "${s(p.got)}".`,
  },
  'newer-version': {
    fi: (p) =>
      `Tiedoston versio ${s(p.version)} on uudempi kuin tämä sovellus tuntee (${s(p.supported)}). Päivitä sovellus.`,
    sv: (p) =>
      `Filens version ${s(p.version)} är nyare än vad den här appen känner till (${s(p.supported)}). Uppdatera appen.`,
    en: (p) =>
      `The file's version ${s(p.version)} is newer than this app knows (${s(p.supported)}). Update the app.`,
  },
  'older-version': {
    fi: (p) => `Tiedoston versio ${s(p.version)} on vanha; se päivitetään luettaessa.`,
    sv: (p) => `Filens version ${s(p.version)} är gammal; den uppdateras när filen läses.`,
    en: (p) => `The file's version ${s(p.version)} is old; it is upgraded on reading.`,
  },
  required: {
    fi: (p) => (p.key ? `Pakollinen tieto "${s(p.key)}" puuttuu.` : 'Pakollinen tieto puuttuu.'),
    sv: (p) =>
      p.key ? `Den obligatoriska uppgiften "${s(p.key)}" saknas.` : 'En obligatorisk uppgift saknas.',
    en: (p) => (p.key ? `The required field "${s(p.key)}" is missing.` : 'A required value is missing.'),
  },
  type: {
    fi: (p) => `Väärä tietotyyppi: odotettiin ${s(p.expected)}, saatiin ${s(p.got)}.`,
    sv: (p) => `Fel datatyp: ${s(p.expected)} förväntades, men värdet är ${s(p.got)}.`,
    en: (p) => `Wrong type: expected ${s(p.expected)}, got ${s(p.got)}.`,
  },
  enum: {
    fi: (p) =>
      p.shape !== undefined
        ? SHAPE_MESSAGES.fi(s(p.value), s(p.shape))
        : `Arvo "${s(p.value)}" ei kelpaa. Sallitut: ${s(p.allowed)}.`,
    sv: (p) =>
      p.shape !== undefined
        ? SHAPE_MESSAGES.sv(s(p.value), s(p.shape))
        : `Värdet "${s(p.value)}" är inte tillåtet. Tillåtna värden: ${s(p.allowed)}.`,
    en: (p) =>
      p.shape !== undefined
        ? SHAPE_MESSAGES.en(s(p.value), s(p.shape))
        : `The value "${s(p.value)}" is not allowed. Allowed: ${s(p.allowed)}.`,
  },
  'not-a-number': {
    fi: (p) => `"${s(p.value)}" ei ole kelvollinen luku.`,
    sv: (p) => `"${s(p.value)}" är inte ett giltigt tal.`,
    en: (p) => `"${s(p.value)}" is not a valid number.`,
  },
  'duplicate-id': {
    fi: (p) => `Tunniste "${s(p.id)}" esiintyy useammin kuin kerran.`,
    sv: (p) => `Identifieraren "${s(p.id)}" förekommer mer än en gång.`,
    en: (p) => `The identifier "${s(p.id)}" appears more than once.`,
  },
  'unknown-key': {
    fi: (p) => `Tuntematon kenttä "${s(p.key)}" ohitettiin.`,
    sv: (p) => `Det okända fältet "${s(p.key)}" hoppades över.`,
    en: (p) => `Unknown field "${s(p.key)}" was ignored.`,
  },
  'too-long': {
    fi: (p) => `Teksti on liian pitkä (${s(p.length)} merkkiä, enintään ${s(p.max)}).`,
    sv: (p) => `Texten är för lång (${s(p.length)} tecken, högst ${s(p.max)}).`,
    en: (p) => `The text is too long (${s(p.length)} characters, at most ${s(p.max)}).`,
  },
  'number-convention': {
    fi: (p) =>
      `"${s(p.value)}" on kirjoitettu eri tavalla kuin sarakkeen muut luvut, jotka on luettu ${p.expected === 'fi' ? 'suomalaisittain (1 234,5)' : 'englantilaisittain (1,234.5)'}.`,
    sv: (p) =>
      `"${s(p.value)}" är skrivet på ett annat sätt än kolumnens övriga tal, som har lästs ${p.expected === 'fi' ? 'med decimalkomma (1 234,5)' : 'med decimalpunkt (1,234.5)'}.`,
    en: (p) =>
      `"${s(p.value)}" is written differently from the column's other numbers, which were read ${p.expected === 'fi' ? 'the Finnish way (1 234,5)' : 'the English way (1,234.5)'}.`,
  },
  'date-format': {
    fi: (p) =>
      `"${s(p.value)}" ei ole tunnistettava päivämäärä tai kuukausi (esim. 31.1.2024, 2024-01-31, 1/2024).`,
    sv: (p) =>
      `"${s(p.value)}" är inte ett datum eller en månad som kan läsas (t.ex. 31.1.2024, 2024-01-31, 1/2024).`,
    en: (p) =>
      `"${s(p.value)}" is not a date or month that can be read (e.g. 31.1.2024, 2024-01-31, 1/2024).`,
  },
  'period-span': {
    fi: (p) =>
      `Aikaväli "${s(p.value)}" ulottuu usealle kuukaudelle; kirjaus koskee yhtä kuukautta tai koko vuotta. Jaa se kuukausittain.`,
    sv: (p) =>
      `Tidsperioden "${s(p.value)}" sträcker sig över flera månader; en post gäller en månad eller hela året. Dela upp den per månad.`,
    en: (p) =>
      `The range "${s(p.value)}" spans several months; an entry is for one month or the whole year. Split it by month.`,
  },
  'activity-unmapped': {
    fi: (p) => `Arvolle "${s(p.value)}" ei ole valittu toimintoa.`,
    sv: (p) => `Ingen aktivitet har valts för värdet "${s(p.value)}".`,
    en: (p) => `No activity is chosen for the value "${s(p.value)}".`,
  },
  'json-syntax': {
    fi: (p) =>
      `Tiedosto ei ole kelvollista JSONia (${s(p.detail)}). Se voi olla katkennut tai muu kuin Päästölaskurin tiedosto.`,
    sv: (p) =>
      `Filen är inte giltig JSON (${s(p.detail)}). Den kan ha klippts av, eller så är den inte en fil från Päästölaskuri.`,
    en: (p) =>
      `The file is not valid JSON (${s(p.detail)}). It may be cut short or not a Päästölaskuri file.`,
  },
  'file-too-large': {
    fi: (p) => `Tiedosto on liian suuri (${s(p.size)} Mt, enintään ${s(p.max)} Mt).`,
    sv: (p) => `Filen är för stor (${s(p.size)} MB, högst ${s(p.max)} MB).`,
    en: (p) => `The file is too large (${s(p.size)} MB, at most ${s(p.max)} MB).`,
  },
  checksum: {
    fi: () =>
      'Tiedoston tarkistussumma ei täsmää: tiedosto on muuttunut tai vioittunut tallennuksen jälkeen.',
    sv: () => 'Filens kontrollsumma stämmer inte: filen har ändrats eller skadats efter att den sparades.',
    en: () => "The file's checksum does not match: the file has changed or been damaged since it was saved.",
  },
  'count-mismatch': {
    fi: (p) => `Taulussa ${s(p.table)} on ${s(p.got)} riviä, odotettiin ${s(p.expected)}.`,
    sv: (p) => `Tabellen ${s(p.table)} har ${s(p.got)} rader, men ${s(p.expected)} förväntades.`,
    en: (p) => `The table ${s(p.table)} has ${s(p.got)} rows; ${s(p.expected)} were expected.`,
  },
  'too-deep': {
    fi: () =>
      'Tiedoston tiedot ovat sisäkkäin liian monta tasoa. Se ei ole Päästölaskurin tiedosto tai on vioittunut.',
    sv: () =>
      'Filens uppgifter ligger i för många nivåer inuti varandra. Den är inte en fil från Päästölaskuri, eller så är den skadad.',
    en: () =>
      'The file nests its data too many levels deep. It is not a Päästölaskuri file, or it is damaged.',
  },
  'number-limit': {
    fi: (p) =>
      p.bound === 'zero'
        ? `Luku${given(p.value)} on niin pieni, että se luettaisiin nollaksi. Kirjoita 0 tai suurempi luku.`
        : p.bound === 'min'
          ? `Luku${given(p.value)} on liian pieni: sen pitää olla 0 tai vähintään ${limit(p.limit, 'fi')}.`
          : `Luku${given(p.value)} on liian suuri: laskuri hyväksyy luvut, joiden itseisarvo on enintään ${limit(p.limit, 'fi')}.`,
    sv: (p) =>
      p.bound === 'zero'
        ? `Talet${given(p.value)} är så litet att det skulle läsas som noll. Skriv 0 eller ett större tal.`
        : p.bound === 'min'
          ? `Talet${given(p.value)} är för litet: det ska vara 0 eller minst ${limit(p.limit, 'sv')}.`
          : `Talet${given(p.value)} är för stort: kalkylatorn godtar tal vars absolutbelopp är högst ${limit(p.limit, 'sv')}.`,
    en: (p) =>
      p.bound === 'zero'
        ? `The number${given(p.value)} is so small it would be read as zero. Write 0 or a larger number.`
        : p.bound === 'min'
          ? `The number${given(p.value)} is too small: it must be 0 or at least ${limit(p.limit, 'en')}.`
          : `The number${given(p.value)} is too large: the calculator accepts numbers up to ${limit(p.limit, 'en')} in magnitude.`,
  },
  'unknown-parent': {
    fi: (p) => `Rivi viittaa tunnisteeseen "${s(p.id)}", jota ei ole taulussa ${s(p.table)}.`,
    sv: (p) => `Raden hänvisar till identifieraren "${s(p.id)}", som inte finns i tabellen ${s(p.table)}.`,
    en: (p) => `The row refers to "${s(p.id)}", which is not in the table ${s(p.table)}.`,
  },
  'received-inputs': {
    fi: (p) =>
      `Vastaanotetun kumppanitiedoston "${s(p.id)}" tallennettu sisältö on vioittunut (se ei ole pakattu tiedosto). Ota uusi varmuuskopio laitteelta, jolla tiedostot ovat.`,
    sv: (p) =>
      `Det sparade innehållet i den mottagna partnerfilen "${s(p.id)}" är skadat (det är inte en komprimerad fil). Gör en ny säkerhetskopia på den enhet där filerna finns.`,
    en: (p) =>
      `The stored contents of the received partner file "${s(p.id)}" are damaged (not a compressed file). Make a new backup on the device that holds the files.`,
  },
};
