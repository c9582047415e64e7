/** Messages for validation issues, in Finnish and English. Every IssueCode has both. */
import type { Issue, IssueCode } from '../core/issues';
import { COMMITMENT_MESSAGES } from './commitmentMessages';
import { OWN_FACTOR_MESSAGES } from './ownFactorMessages';
import { formatInput } from './parseNumber';

export type Lang = 'fi' | 'en';
/**
 * Every language words are written in. Transitional while Swedish is added (issue 15): catalogues take a
 * Swedish word beside the two, and once all have it Lang becomes this type and Swedish is required.
 */
export type AllLang = Lang | 'sv';
type P = Issue['params'];
type Msg = (p: P) => string;

const s = (v: unknown) => String(v ?? '');
/** A limit written out in digits in the language's format: "1 000 000 000 000 000" / "1,000,000,000,000,000". */
const limit = (v: unknown, lang: Lang) => (typeof v === 'number' ? formatInput(v, lang) : s(v));
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

export const ISSUE_MESSAGES: Record<IssueCode, { fi: Msg; en: Msg }> = {
  format: {
    fi: (p) => `Tiedosto ei ole oikeaa muotoa: odotettiin "${s(p.expected)}", saatiin "${s(p.got)}".`,
    en: (p) => `The file is not of the right format: expected "${s(p.expected)}", got "${s(p.got)}".`,
  },
  'newer-version': {
    fi: (p) =>
      `Tiedoston versio ${s(p.version)} on uudempi kuin tämä sovellus tuntee (${s(p.supported)}). Päivitä sovellus.`,
    en: (p) =>
      `The file's version ${s(p.version)} is newer than this app knows (${s(p.supported)}). Update the app.`,
  },
  'older-version': {
    fi: (p) => `Tiedoston versio ${s(p.version)} on vanha; se päivitetään luettaessa.`,
    en: (p) => `The file's version ${s(p.version)} is old; it is upgraded on reading.`,
  },
  required: {
    fi: (p) => (p.key ? `Pakollinen tieto "${s(p.key)}" puuttuu.` : 'Pakollinen tieto puuttuu.'),
    en: (p) => (p.key ? `The required field "${s(p.key)}" is missing.` : 'A required value is missing.'),
  },
  type: {
    fi: (p) => `Väärä tietotyyppi: odotettiin ${s(p.expected)}, saatiin ${s(p.got)}.`,
    en: (p) => `Wrong type: expected ${s(p.expected)}, got ${s(p.got)}.`,
  },
  enum: {
    fi: (p) =>
      p.shape !== undefined
        ? SHAPE_MESSAGES.fi(s(p.value), s(p.shape))
        : `Arvo "${s(p.value)}" ei kelpaa. Sallitut: ${s(p.allowed)}.`,
    en: (p) =>
      p.shape !== undefined
        ? SHAPE_MESSAGES.en(s(p.value), s(p.shape))
        : `The value "${s(p.value)}" is not allowed. Allowed: ${s(p.allowed)}.`,
  },
  'not-a-number': {
    fi: (p) => `"${s(p.value)}" ei ole kelvollinen luku.`,
    en: (p) => `"${s(p.value)}" is not a valid number.`,
  },
  'year-range': {
    fi: (p) => `Vuoden ${s(p.value)} pitää olla välillä ${s(p.min)}–${s(p.max)}.`,
    en: (p) => `The year ${s(p.value)} must be between ${s(p.min)} and ${s(p.max)}.`,
  },
  'negative-quantity': {
    fi: (p) =>
      `Määrä ${s(p.value)} on negatiivinen; negatiivinen määrä sallitaan vain kylmäaineiden talteenotolle.`,
    en: (p) =>
      `The quantity ${s(p.value)} is negative; a negative quantity is allowed only for recovered refrigerant.`,
  },
  'out-of-range': {
    fi: (p) => `Arvon ${s(p.value)} pitää olla välillä ${s(p.min)}–${s(p.max)}.`,
    en: (p) => `The value ${s(p.value)} must be between ${s(p.min)} and ${s(p.max)}.`,
  },
  'unknown-unit': {
    fi: (p) => `Tuntematon yksikkö "${s(p.unit)}".`,
    en: (p) => `Unknown unit "${s(p.unit)}".`,
  },
  'wrong-dimension': {
    fi: (p) => `Yksikköä "${s(p.unit)}" ei voi muuntaa yksiköksi "${s(p.expected ?? p.to)}" (eri suure).`,
    en: (p) =>
      `The unit "${s(p.unit)}" cannot be converted to "${s(p.expected ?? p.to)}" (another kind of quantity).`,
  },
  'no-conversion': {
    fi: (p) => `Yksikön "${s(p.unit)}" muuntamiseen puuttuu polttoaineen tieto (${s(p.missing)}).`,
    en: (p) => `Converting "${s(p.unit)}" needs the fuel's ${s(p.missing)}, which is not known.`,
  },
  'unknown-activity': {
    fi: (p) => `Tuntematon toiminto "${s(p.activity)}" — sitä ei ole valitussa päästökerroinsarjassa.`,
    en: (p) => `Unknown activity "${s(p.activity)}": it is not in the chosen factor set.`,
  },
  'activity-category': {
    fi: (p) => `Toimintoa "${s(p.activity)}" ei voi kirjata luokkaan ${s(p.category)}.`,
    en: (p) => `The activity "${s(p.activity)}" cannot be entered in category ${s(p.category)}.`,
  },
  'unknown-category': {
    fi: (p) => `Tuntematon luokka "${s(p.category)}".`,
    en: (p) => `Unknown category "${s(p.category)}".`,
  },
  'unknown-factor': {
    fi: (p) => `Tuntematon päästökerroin tai lähde "${s(p.factor)}".`,
    en: (p) => `Unknown emission factor or source "${s(p.factor)}".`,
  },
  'unknown-gas': {
    fi: (p) => `Kaasulle "${s(p.gas)}" ei tunneta GWP-arvoa${p.set ? ` (${s(p.set)})` : ''}.`,
    en: (p) => `No GWP is known for the gas "${s(p.gas)}"${p.set ? ` (${s(p.set)})` : ''}.`,
  },
  'custom-factor-source': {
    // Named only where a file's reader gives the name: an own factor's id is a UUID no reader can place.
    fi: (p) =>
      `Omalta päästökertoimelta${p.name ? ` "${s(p.name)}"` : ''} puuttuu lähde. Kerro, kuka arvon on julkaissut ja missä.`,
    en: (p) =>
      `The own factor${p.name ? ` "${s(p.name)}"` : ''} has no source. Say who published the value and where.`,
  },
  'custom-activity-needs-factor': {
    fi: () => 'Oma toiminto tarvitsee oman päästökertoimen.',
    en: () => 'A custom activity needs a custom factor.',
  },
  'unknown-site': {
    fi: (p) => `Toimipaikkaa "${s(p.site)}" ei ole organisaation toimipaikoissa.`,
    en: (p) => `The site "${s(p.site)}" is not one of the organization's sites.`,
  },
  'period-format': {
    fi: (p) => `Jakso "${s(p.value)}" ei ole muotoa VVVV-KK.`,
    en: (p) => `The period "${s(p.value)}" is not of the form YYYY-MM.`,
  },
  'period-year': {
    fi: (p) => `Jakso ${s(p.value)} ei kuulu vuoteen ${s(p.year)}.`,
    en: (p) => `The period ${s(p.value)} is not in the year ${s(p.year)}.`,
  },
  'duplicate-id': {
    fi: (p) => `Tunniste "${s(p.id)}" esiintyy useammin kuin kerran.`,
    en: (p) => `The identifier "${s(p.id)}" appears more than once.`,
  },
  'instrument-scope2-only': {
    fi: () => 'Alkuperätakuut ja sopimuskohtaiset kertoimet koskevat vain scope 2 -energiaa.',
    en: () => 'Guarantees of origin and contract factors apply to Scope 2 energy only.',
  },
  'instrument-share': {
    fi: (p) => `Sopimusinstrumenttien osuudet (${s(p.share)}) ylittävät kulutuksen (enintään 1 eli 100 %).`,
    en: (p) => `The instruments' shares (${s(p.share)}) exceed the consumption (at most 1, i.e. 100%).`,
  },
  'instrument-supplier-twice': {
    fi: () => 'Myyjäkohtainen päästökerroin voi olla vain yksi kulutusriviä kohden.',
    en: () => 'There can be only one supplier-specific factor per entry.',
  },
  'business-id': {
    fi: (p) => `Y-tunnus "${s(p.value)}" ei ole kelvollinen (muoto 1234567-8, tarkistusmerkki).`,
    en: (p) => `The business ID "${s(p.value)}" is not valid (form 1234567-8, check digit).`,
  },
  'factor-set-unknown': {
    fi: (p) =>
      `Päästökerroinsarjaa ${s(p.wanted)} ei ole saatavilla${p.available ? ` (saatavilla: ${s(p.available)})` : ''}.`,
    en: (p) =>
      `The factor set ${s(p.wanted)} is not available${p.available ? ` (available: ${s(p.available)})` : ''}.`,
  },
  'factor-value-empty': {
    fi: () => 'Päästökertoimella ei ole arvoa (kaasut tai CO2e).',
    en: () => 'The emission factor has no value (gases or CO2e).',
  },
  'factor-value-ambiguous': {
    fi: () => 'Päästökertoimella on sekä kaasujen massat että lähteen CO2e-jako; anna vain toinen.',
    en: () => "The factor value has both gas masses and the source's CO2e split; give only one.",
  },
  'instrument-needs-factor': {
    fi: () => 'Myyjäkohtainen sopimus tarvitsee päästökertoimen (oma kerroin lähteineen).',
    en: () => 'A supplier-specific contract needs its emission factor (a custom factor with its source).',
  },
  'unknown-key': {
    fi: (p) => `Tuntematon kenttä "${s(p.key)}" ohitettiin.`,
    en: (p) => `Unknown field "${s(p.key)}" was ignored.`,
  },
  'double-count': {
    fi: (p) =>
      `Mahdollinen kaksoislaskenta: sama toiminto on kirjattu sekä koko vuodelle että kuukausille (${s(p.other)}).`,
    en: (p) =>
      `Possible double counting: the same activity is entered for the whole year and by month (${s(p.other)}).`,
  },
  'excluded-with-entries': {
    fi: (p) => `Luokka ${s(p.category)} on merkitty epäolennaiseksi, mutta siinä on kirjauksia.`,
    en: (p) => `Category ${s(p.category)} is marked not relevant but has entries.`,
  },
  'stale-factor': {
    fi: (p) =>
      p.basis === 'location'
        ? `Sijaintiperusteinen sähkö: valtakunnallista keskimääräistä päästökerrointa vuodelta ${s(p.year)} ei ole kerroinsarjassa, joten tulos on laskettu ${Number(p.valueYear) < Number(p.year) ? 'viimeisimmällä aiemmalla' : 'lähimmällä myöhemmällä'} arvolla (vuosi ${s(p.valueYear)}: ${s(p.nameFi || p.factor)}). Korjaus: lataa kaupungin julkaisema kerroinsarja, jossa vuoden ${s(p.year)} arvo on (Asetukset → Päästökerroinsarjat).`
        : `Päästökertoimesta "${s(p.nameFi || p.factor)}" käytetään vuoden ${s(p.valueYear)} arvoa, laskentavuosi on ${s(p.year)}. Käytä toimittajan kyseisen vuoden kerrointa, jos sellainen on.`,
    en: (p) =>
      p.basis === 'location'
        ? `Location-based electricity: the national average factor for ${s(p.year)} is not in the factor set, so the result uses the ${Number(p.valueYear) < Number(p.year) ? 'latest earlier' : 'nearest later'} value (year ${s(p.valueYear)}: ${s(p.nameEn || p.factor)}). To fix it, load a factor set from the city that has the value for ${s(p.year)} (Settings → Emission factor sets).`
        : `The factor "${s(p.nameEn || p.factor)}" is used with its value for ${s(p.valueYear)}; the inventory year is ${s(p.year)}. Use your supplier's factor for that year if you have one.`,
  },
  'custom-factor-market': {
    fi: () =>
      'Sähkösopimuksen päästökerroin kirjataan sopimusinstrumenttina (myyjäkohtainen kerroin), ei oman kertoimen korvaajana: sijaintiperusteinen tulos lasketaan aina verkon kertoimella.',
    en: () =>
      "An electricity contract's factor is entered as a contractual instrument (supplier-specific factor), not as a custom factor: the location-based result always uses the grid factor.",
  },
  'negative-net': {
    fi: (p) =>
      `Kaasun ${s(p.activity)} kirjausten summa on negatiivinen (${s(p.value)} kg): talteen otettua voi olla enintään lisätyn verran.`,
    en: (p) =>
      `The entries of ${s(p.activity)} add up to a negative amount (${s(p.value)} kg): no more can be recovered than was added.`,
  },
  'too-long': {
    fi: (p) => `Teksti on liian pitkä (${s(p.length)} merkkiä, enintään ${s(p.max)}).`,
    en: (p) => `The text is too long (${s(p.length)} characters, at most ${s(p.max)}).`,
  },
  'number-convention': {
    fi: (p) =>
      `"${s(p.value)}" on kirjoitettu eri tavalla kuin sarakkeen muut luvut, jotka on luettu ${p.expected === 'fi' ? 'suomalaisittain (1 234,5)' : 'englantilaisittain (1,234.5)'}.`,
    en: (p) =>
      `"${s(p.value)}" is written differently from the column's other numbers, which were read ${p.expected === 'fi' ? 'the Finnish way (1 234,5)' : 'the English way (1,234.5)'}.`,
  },
  'date-format': {
    fi: (p) =>
      `"${s(p.value)}" ei ole tunnistettava päivämäärä tai kuukausi (esim. 31.1.2024, 2024-01-31, 1/2024).`,
    en: (p) =>
      `"${s(p.value)}" is not a date or month that can be read (e.g. 31.1.2024, 2024-01-31, 1/2024).`,
  },
  'period-span': {
    fi: (p) =>
      `Aikaväli "${s(p.value)}" ulottuu usealle kuukaudelle; kirjaus koskee yhtä kuukautta tai koko vuotta. Jaa se kuukausittain.`,
    en: (p) =>
      `The range "${s(p.value)}" spans several months; an entry is for one month or the whole year. Split it by month.`,
  },
  'activity-unmapped': {
    fi: (p) => `Arvolle "${s(p.value)}" ei ole valittu toimintoa.`,
    en: (p) => `No activity is chosen for the value "${s(p.value)}".`,
  },
  'json-syntax': {
    fi: (p) =>
      `Tiedosto ei ole kelvollista JSONia (${s(p.detail)}). Se voi olla katkennut tai muu kuin Päästölaskurin tiedosto.`,
    en: (p) =>
      `The file is not valid JSON (${s(p.detail)}). It may be cut short or not a Päästölaskuri file.`,
  },
  'file-too-large': {
    fi: (p) => `Tiedosto on liian suuri (${s(p.size)} Mt, enintään ${s(p.max)} Mt).`,
    en: (p) => `The file is too large (${s(p.size)} MB, at most ${s(p.max)} MB).`,
  },
  checksum: {
    fi: () =>
      'Tiedoston tarkistussumma ei täsmää: tiedosto on muuttunut tai vioittunut tallennuksen jälkeen.',
    en: () => "The file's checksum does not match: the file has changed or been damaged since it was saved.",
  },
  'count-mismatch': {
    fi: (p) => `Taulussa ${s(p.table)} on ${s(p.got)} riviä, odotettiin ${s(p.expected)}.`,
    en: (p) => `The table ${s(p.table)} has ${s(p.got)} rows; ${s(p.expected)} were expected.`,
  },
  'too-deep': {
    fi: () =>
      'Tiedoston tiedot ovat sisäkkäin liian monta tasoa. Se ei ole Päästölaskurin tiedosto tai on vioittunut.',
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
    en: (p) =>
      p.bound === 'zero'
        ? `The number${given(p.value)} is so small it would be read as zero. Write 0 or a larger number.`
        : p.bound === 'min'
          ? `The number${given(p.value)} is too small: it must be 0 or at least ${limit(p.limit, 'en')}.`
          : `The number${given(p.value)} is too large: the calculator accepts numbers up to ${limit(p.limit, 'en')} in magnitude.`,
  },
  'result-limit': {
    fi: (p) =>
      p.what === 'amount'
        ? `Määrä olisi kertoimen yksikössä (${s(p.unit)}) yli ${limit(p.limit, 'fi')}, laskurin rajan. Tarkista määrä ja yksikkö.`
        : `Kirjauksen päästöt olisivat yli ${limit(p.limit, 'fi')} kg, laskurin rajan, tai niitä ei voi laskea. Tarkista määrä, yksikkö ja päästökerroin.`,
    en: (p) =>
      p.what === 'amount'
        ? `The quantity in the factor's unit (${s(p.unit)}) would exceed ${limit(p.limit, 'en')}, the calculator's limit. Check the quantity and its unit.`
        : `The entry's emissions would exceed ${limit(p.limit, 'en')} kg, the calculator's limit, or cannot be computed. Check the quantity, its unit and the emission factor.`,
  },
  'total-limit': {
    fi: (p) =>
      p.what === 'amount'
        ? `Vuoden kirjausten määrät olisivat kertoimiensa yksiköissä yhteensä yli ${limit(p.limit, 'fi')}, laskurin rajan. Tarkista suurimmat määrät.`
        : `Vuoden päästöt olisivat yhteensä yli ${limit(p.limit, 'fi')} kg, laskurin rajan, tai niitä ei voi laskea. Tarkista suurimmat määrät ja kertoimet.`,
    en: (p) =>
      p.what === 'amount'
        ? `The year's quantities in their factors' units would add up to more than ${limit(p.limit, 'en')}, the calculator's limit. Check the largest quantities.`
        : `The year's emissions would add up to more than ${limit(p.limit, 'en')} kg, the calculator's limit, or cannot be computed. Check the largest quantities and factors.`,
  },
  'unknown-parent': {
    fi: (p) => `Rivi viittaa tunnisteeseen "${s(p.id)}", jota ei ole taulussa ${s(p.table)}.`,
    en: (p) => `The row refers to "${s(p.id)}", which is not in the table ${s(p.table)}.`,
  },
  'received-inputs': {
    fi: (p) =>
      `Vastaanotetun kumppanitiedoston "${s(p.id)}" tallennettu sisältö on vioittunut (se ei ole pakattu tiedosto). Ota uusi varmuuskopio laitteelta, jolla tiedostot ovat.`,
    en: (p) =>
      `The stored contents of the received partner file "${s(p.id)}" are damaged (not a compressed file). Make a new backup on the device that holds the files.`,
  },
  ...OWN_FACTOR_MESSAGES,
  ...COMMITMENT_MESSAGES,
};

export function issueMessage(issue: Issue, lang: Lang): string {
  return ISSUE_MESSAGES[issue.code][lang](issue.params);
}

/** "virhe /inventories/0/entries/2/quantity: …" */
export function formatIssue(issue: Issue, lang: Lang): string {
  const sev =
    issue.severity === 'error' ? (lang === 'fi' ? 'virhe' : 'error') : lang === 'fi' ? 'varoitus' : 'warning';
  return `${sev} ${issue.path || '/'}: ${issueMessage(issue, lang)}`;
}
