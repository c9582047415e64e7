/**
 * Messages for validation issues, in Finnish, Swedish and English. Every IssueCode has all three: the content
 * checks of a year here, a file's reading in fileIssueMessages.ts, own factors and commitments beside them.
 */
import type { Issue, IssueCode } from '../core/issues';
import { COMMITMENT_MESSAGES } from './commitmentMessages';
import { FILE_ISSUE_MESSAGES, type FileIssueCode, limit } from './fileIssueMessages';
import { OWN_FACTOR_MESSAGES, type OwnFactorCode } from './ownFactorMessages';

/** The app's languages: Finnish, Swedish (as written in Finland) and English (issue 15). */
export type Lang = 'fi' | 'en' | 'sv';

/** The languages in the order they are offered: Finnish, Swedish, English. */
export const LANGUAGES: readonly Lang[] = ['fi', 'sv', 'en'];

export function isLanguage(v: unknown): v is Lang {
  return v === 'fi' || v === 'sv' || v === 'en';
}
type P = Issue['params'];
type Msg = (p: P) => string;

const s = (v: unknown) => String(v ?? '');

type ContentCode = Exclude<IssueCode, FileIssueCode | OwnFactorCode | `target-${string}`>;

const CONTENT_MESSAGES: Record<ContentCode, Record<Lang, Msg>> = {
  'year-range': {
    fi: (p) => `Vuoden ${s(p.value)} pitää olla välillä ${s(p.min)}–${s(p.max)}.`,
    sv: (p) => `Året ${s(p.value)} ska ligga mellan ${s(p.min)} och ${s(p.max)}.`,
    en: (p) => `The year ${s(p.value)} must be between ${s(p.min)} and ${s(p.max)}.`,
  },
  'negative-quantity': {
    fi: (p) =>
      `Määrä ${s(p.value)} on negatiivinen; negatiivinen määrä sallitaan vain kylmäaineiden talteenotolle.`,
    sv: (p) =>
      `Mängden ${s(p.value)} är negativ; en negativ mängd är tillåten endast för köldmedium som har tagits tillvara.`,
    en: (p) =>
      `The quantity ${s(p.value)} is negative; a negative quantity is allowed only for recovered refrigerant.`,
  },
  'out-of-range': {
    fi: (p) => `Arvon ${s(p.value)} pitää olla välillä ${s(p.min)}–${s(p.max)}.`,
    sv: (p) => `Värdet ${s(p.value)} ska ligga mellan ${s(p.min)} och ${s(p.max)}.`,
    en: (p) => `The value ${s(p.value)} must be between ${s(p.min)} and ${s(p.max)}.`,
  },
  'unknown-unit': {
    fi: (p) => `Tuntematon yksikkö "${s(p.unit)}".`,
    sv: (p) => `Okänd enhet "${s(p.unit)}".`,
    en: (p) => `Unknown unit "${s(p.unit)}".`,
  },
  'wrong-dimension': {
    fi: (p) => `Yksikköä "${s(p.unit)}" ei voi muuntaa yksiköksi "${s(p.expected ?? p.to)}" (eri suure).`,
    sv: (p) =>
      `Enheten "${s(p.unit)}" kan inte omvandlas till "${s(p.expected ?? p.to)}" (en annan storhet).`,
    en: (p) =>
      `The unit "${s(p.unit)}" cannot be converted to "${s(p.expected ?? p.to)}" (another kind of quantity).`,
  },
  'no-conversion': {
    fi: (p) => `Yksikön "${s(p.unit)}" muuntamiseen puuttuu polttoaineen tieto (${s(p.missing)}).`,
    sv: (p) => `För att omvandla enheten "${s(p.unit)}" saknas en uppgift om bränslet (${s(p.missing)}).`,
    en: (p) => `Converting "${s(p.unit)}" needs the fuel's ${s(p.missing)}, which is not known.`,
  },
  'unknown-activity': {
    fi: (p) => `Tuntematon toiminto "${s(p.activity)}" — sitä ei ole valitussa päästökerroinsarjassa.`,
    sv: (p) => `Okänd aktivitet "${s(p.activity)}" – den finns inte i den valda faktoruppsättningen.`,
    en: (p) => `Unknown activity "${s(p.activity)}": it is not in the chosen factor set.`,
  },
  'activity-category': {
    fi: (p) => `Toimintoa "${s(p.activity)}" ei voi kirjata luokkaan ${s(p.category)}.`,
    sv: (p) => `Aktiviteten "${s(p.activity)}" kan inte föras in i kategori ${s(p.category)}.`,
    en: (p) => `The activity "${s(p.activity)}" cannot be entered in category ${s(p.category)}.`,
  },
  'unknown-category': {
    fi: (p) => `Tuntematon luokka "${s(p.category)}".`,
    sv: (p) => `Okänd kategori "${s(p.category)}".`,
    en: (p) => `Unknown category "${s(p.category)}".`,
  },
  'unknown-factor': {
    fi: (p) => `Tuntematon päästökerroin tai lähde "${s(p.factor)}".`,
    sv: (p) => `Okänd utsläppsfaktor eller källa "${s(p.factor)}".`,
    en: (p) => `Unknown emission factor or source "${s(p.factor)}".`,
  },
  'unknown-gas': {
    fi: (p) => `Kaasulle "${s(p.gas)}" ei tunneta GWP-arvoa${p.set ? ` (${s(p.set)})` : ''}.`,
    sv: (p) => `Inget GWP-värde är känt för gasen "${s(p.gas)}"${p.set ? ` (${s(p.set)})` : ''}.`,
    en: (p) => `No GWP is known for the gas "${s(p.gas)}"${p.set ? ` (${s(p.set)})` : ''}.`,
  },
  'custom-factor-source': {
    // Named only where a file's reader gives the name: an own factor's id is a UUID no reader can place.
    fi: (p) =>
      `Omalta päästökertoimelta${p.name ? ` "${s(p.name)}"` : ''} puuttuu lähde. Kerro, kuka arvon on julkaissut ja missä.`,
    sv: (p) =>
      `Den egna utsläppsfaktorn${p.name ? ` "${s(p.name)}"` : ''} saknar källa. Ange vem som har publicerat värdet och var.`,
    en: (p) =>
      `The own factor${p.name ? ` "${s(p.name)}"` : ''} has no source. Say who published the value and where.`,
  },
  'custom-activity-needs-factor': {
    fi: () => 'Oma toiminto tarvitsee oman päästökertoimen.',
    sv: () => 'En egen aktivitet behöver en egen utsläppsfaktor.',
    en: () => 'A custom activity needs a custom factor.',
  },
  'unknown-site': {
    fi: (p) => `Toimipaikkaa "${s(p.site)}" ei ole organisaation toimipaikoissa.`,
    sv: (p) => `Verksamhetsstället "${s(p.site)}" finns inte bland organisationens verksamhetsställen.`,
    en: (p) => `The site "${s(p.site)}" is not one of the organization's sites.`,
  },
  'period-format': {
    fi: (p) => `Jakso "${s(p.value)}" ei ole muotoa VVVV-KK.`,
    sv: (p) => `Perioden "${s(p.value)}" har inte formen ÅÅÅÅ-MM.`,
    en: (p) => `The period "${s(p.value)}" is not of the form YYYY-MM.`,
  },
  'period-year': {
    fi: (p) => `Jakso ${s(p.value)} ei kuulu vuoteen ${s(p.year)}.`,
    sv: (p) => `Perioden ${s(p.value)} hör inte till året ${s(p.year)}.`,
    en: (p) => `The period ${s(p.value)} is not in the year ${s(p.year)}.`,
  },
  'instrument-scope2-only': {
    fi: () => 'Alkuperätakuut ja sopimuskohtaiset kertoimet koskevat vain scope 2 -energiaa.',
    sv: () => 'Ursprungsgarantier och avtalsspecifika utsläppsfaktorer gäller endast energi i Scope 2.',
    en: () => 'Guarantees of origin and contract factors apply to Scope 2 energy only.',
  },
  'instrument-share': {
    fi: (p) => `Sopimusinstrumenttien osuudet (${s(p.share)}) ylittävät kulutuksen (enintään 1 eli 100 %).`,
    sv: (p) => `Avtalsinstrumentens andelar (${s(p.share)}) överstiger förbrukningen (högst 1, dvs. 100 %).`,
    en: (p) => `The instruments' shares (${s(p.share)}) exceed the consumption (at most 1, i.e. 100%).`,
  },
  'instrument-supplier-twice': {
    fi: () => 'Myyjäkohtainen päästökerroin voi olla vain yksi kulutusriviä kohden.',
    sv: () => 'Varje förbrukningsrad kan ha endast en leverantörsspecifik utsläppsfaktor.',
    en: () => 'There can be only one supplier-specific factor per entry.',
  },
  'business-id': {
    fi: (p) => `Y-tunnus "${s(p.value)}" ei ole kelvollinen (muoto 1234567-8, tarkistusmerkki).`,
    sv: (p) => `FO-numret "${s(p.value)}" är inte giltigt (formen 1234567-8, med kontrollsiffra).`,
    en: (p) => `The business ID "${s(p.value)}" is not valid (form 1234567-8, check digit).`,
  },
  'factor-set-unknown': {
    fi: (p) =>
      `Päästökerroinsarjaa ${s(p.wanted)} ei ole saatavilla${p.available ? ` (saatavilla: ${s(p.available)})` : ''}.`,
    sv: (p) =>
      `Faktoruppsättningen ${s(p.wanted)} är inte tillgänglig${p.available ? ` (tillgängliga: ${s(p.available)})` : ''}.`,
    en: (p) =>
      `The factor set ${s(p.wanted)} is not available${p.available ? ` (available: ${s(p.available)})` : ''}.`,
  },
  'factor-value-empty': {
    fi: () => 'Päästökertoimella ei ole arvoa (kaasut tai CO2e).',
    sv: () => 'Utsläppsfaktorn har inget värde (gaser eller CO2e).',
    en: () => 'The emission factor has no value (gases or CO2e).',
  },
  'factor-value-ambiguous': {
    fi: () => 'Päästökertoimella on sekä kaasujen massat että lähteen CO2e-jako; anna vain toinen.',
    sv: () => 'Utsläppsfaktorn har både gasernas massor och källans fördelning av CO2e; ange bara det ena.',
    en: () => "The factor value has both gas masses and the source's CO2e split; give only one.",
  },
  'instrument-needs-factor': {
    fi: () => 'Myyjäkohtainen sopimus tarvitsee päästökertoimen (oma kerroin lähteineen).',
    sv: () => 'Ett leverantörsspecifikt avtal behöver en utsläppsfaktor (en egen faktor med källa).',
    en: () => 'A supplier-specific contract needs its emission factor (a custom factor with its source).',
  },
  'double-count': {
    fi: (p) =>
      `Mahdollinen kaksoislaskenta: sama toiminto on kirjattu sekä koko vuodelle että kuukausille (${s(p.other)}).`,
    sv: (p) =>
      `Möjlig dubbelräkning: samma aktivitet har förts in både för hela året och per månad (${s(p.other)}).`,
    en: (p) =>
      `Possible double counting: the same activity is entered for the whole year and by month (${s(p.other)}).`,
  },
  'excluded-with-entries': {
    fi: (p) => `Luokka ${s(p.category)} on merkitty epäolennaiseksi, mutta siinä on kirjauksia.`,
    sv: (p) => `Kategori ${s(p.category)} är markerad som inte väsentlig, men den har poster.`,
    en: (p) => `Category ${s(p.category)} is marked not relevant but has entries.`,
  },
  'stale-factor': {
    fi: (p) =>
      p.basis === 'location'
        ? `Sijaintiperusteinen sähkö: valtakunnallista keskimääräistä päästökerrointa vuodelta ${s(p.year)} ei ole kerroinsarjassa, joten tulos on laskettu ${Number(p.valueYear) < Number(p.year) ? 'viimeisimmällä aiemmalla' : 'lähimmällä myöhemmällä'} arvolla (vuosi ${s(p.valueYear)}: ${s(p.nameFi || p.factor)}). Korjaus: lataa kaupungin julkaisema kerroinsarja, jossa vuoden ${s(p.year)} arvo on (Asetukset → Päästökerroinsarjat).`
        : `Päästökertoimesta "${s(p.nameFi || p.factor)}" käytetään vuoden ${s(p.valueYear)} arvoa, laskentavuosi on ${s(p.year)}. Käytä toimittajan kyseisen vuoden kerrointa, jos sellainen on.`,
    // A factor set without Swedish names (one written before them) names the factor in Finnish.
    sv: (p) =>
      p.basis === 'location'
        ? `Platsbaserad el: den nationella genomsnittliga utsläppsfaktorn för år ${s(p.year)} finns inte i faktoruppsättningen, så resultatet har räknats med ${Number(p.valueYear) < Number(p.year) ? 'det senaste tidigare' : 'det närmaste senare'} värdet (år ${s(p.valueYear)}: ${s(p.nameSv || p.nameFi || p.factor)}). Så här rättar du det: ladda ner en faktoruppsättning som staden har publicerat och som har värdet för år ${s(p.year)} (Inställningar → Faktoruppsättningar).`
        : `För utsläppsfaktorn "${s(p.nameSv || p.nameFi || p.factor)}" används värdet för år ${s(p.valueYear)}, men kalkylåret är ${s(p.year)}. Använd leverantörens faktor för det året, om det finns en.`,
    en: (p) =>
      p.basis === 'location'
        ? `Location-based electricity: the national average factor for ${s(p.year)} is not in the factor set, so the result uses the ${Number(p.valueYear) < Number(p.year) ? 'latest earlier' : 'nearest later'} value (year ${s(p.valueYear)}: ${s(p.nameEn || p.factor)}). To fix it, load a factor set from the city that has the value for ${s(p.year)} (Settings → Emission factor sets).`
        : `The factor "${s(p.nameEn || p.factor)}" is used with its value for ${s(p.valueYear)}; the inventory year is ${s(p.year)}. Use your supplier's factor for that year if you have one.`,
  },
  'custom-factor-market': {
    fi: () =>
      'Sähkösopimuksen päästökerroin kirjataan sopimusinstrumenttina (myyjäkohtainen kerroin), ei oman kertoimen korvaajana: sijaintiperusteinen tulos lasketaan aina verkon kertoimella.',
    sv: () =>
      'Utsläppsfaktorn i ett elavtal förs in som ett avtalsinstrument (leverantörsspecifik faktor), inte som en egen utsläppsfaktor i stället för standardfaktorn: det platsbaserade resultatet räknas alltid med elnätets faktor.',
    en: () =>
      "An electricity contract's factor is entered as a contractual instrument (supplier-specific factor), not as a custom factor: the location-based result always uses the grid factor.",
  },
  'negative-net': {
    fi: (p) =>
      `Kaasun ${s(p.activity)} kirjausten summa on negatiivinen (${s(p.value)} kg): talteen otettua voi olla enintään lisätyn verran.`,
    sv: (p) =>
      `Summan av posterna för gasen ${s(p.activity)} är negativ (${s(p.value)} kg): det går inte att ta tillvara mer än vad som har fyllts på.`,
    en: (p) =>
      `The entries of ${s(p.activity)} add up to a negative amount (${s(p.value)} kg): no more can be recovered than was added.`,
  },
  'result-limit': {
    fi: (p) =>
      p.what === 'amount'
        ? `Määrä olisi kertoimen yksikössä (${s(p.unit)}) yli ${limit(p.limit, 'fi')}, laskurin rajan. Tarkista määrä ja yksikkö.`
        : `Kirjauksen päästöt olisivat yli ${limit(p.limit, 'fi')} kg, laskurin rajan, tai niitä ei voi laskea. Tarkista määrä, yksikkö ja päästökerroin.`,
    sv: (p) =>
      p.what === 'amount'
        ? `Mängden skulle i faktorns enhet (${s(p.unit)}) vara över ${limit(p.limit, 'sv')}, kalkylatorns gräns. Kontrollera mängden och enheten.`
        : `Postens utsläpp skulle vara över ${limit(p.limit, 'sv')} kg, kalkylatorns gräns, eller så kan de inte räknas ut. Kontrollera mängden, enheten och utsläppsfaktorn.`,
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
    sv: (p) =>
      p.what === 'amount'
        ? `Årets poster skulle i sina faktorers enheter sammanlagt vara över ${limit(p.limit, 'sv')}, kalkylatorns gräns. Kontrollera de största mängderna.`
        : `Årets utsläpp skulle sammanlagt vara över ${limit(p.limit, 'sv')} kg, kalkylatorns gräns, eller så kan de inte räknas ut. Kontrollera de största mängderna och faktorerna.`,
    en: (p) =>
      p.what === 'amount'
        ? `The year's quantities in their factors' units would add up to more than ${limit(p.limit, 'en')}, the calculator's limit. Check the largest quantities.`
        : `The year's emissions would add up to more than ${limit(p.limit, 'en')} kg, the calculator's limit, or cannot be computed. Check the largest quantities and factors.`,
  },
};

export const ISSUE_MESSAGES: Record<IssueCode, Record<Lang, Msg>> = {
  ...CONTENT_MESSAGES,
  ...FILE_ISSUE_MESSAGES,
  ...OWN_FACTOR_MESSAGES,
  ...COMMITMENT_MESSAGES,
};

export function issueMessage(issue: Issue, lang: Lang): string {
  return ISSUE_MESSAGES[issue.code][lang](issue.params);
}

const SEVERITY: Record<Issue['severity'], Record<Lang, string>> = {
  error: { fi: 'virhe', sv: 'fel', en: 'error' },
  warning: { fi: 'varoitus', sv: 'varning', en: 'warning' },
};

/** "virhe /inventories/0/entries/2/quantity: …" */
export function formatIssue(issue: Issue, lang: Lang): string {
  return `${SEVERITY[issue.severity][lang]} ${issue.path || '/'}: ${issueMessage(issue, lang)}`;
}
