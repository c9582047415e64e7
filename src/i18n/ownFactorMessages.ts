/**
 * Messages about own emission factors (src/core/ownFactorCheck.ts, deletedFactors.ts), in Finnish, Swedish and
 * English. Both values of a comparison are named in the user's number format and in the mass unit the user
 * typed the factor in, so the message reads against the field beside it.
 */
import type { Issue, IssueCode } from '../core/issues';
import { formatNumber, formatSignificant } from './format';
import type { Lang } from './issueMessages';
import { unitName } from './unitNames';

type P = Issue['params'];
type Msg = (p: P) => string;

const s = (v: unknown) => String(v ?? '');
const num = (v: unknown, lang: Lang) => (typeof v === 'number' ? formatSignificant(v, lang) : s(v));
/** "45 g CO2e/kWh" */
const per = (p: P, value: unknown, lang: Lang) =>
  `${num(value, lang)} ${s(p.massUnit || 'kg')} CO2e/${unitName(s(p.unit), lang)}`;
/** How many times: a whole number from 10 up, one decimal below. */
const times = (r: number, lang: Lang) => formatNumber(r, lang, r >= 10 ? 0 : 1);

const REFERENCE: Record<string, Record<Lang, string>> = {
  default: {
    fi: 'toiminnon oletuskertoimen',
    sv: 'aktivitetens standardfaktor',
    en: "the activity's default factor",
  },
  'residual-mix': {
    fi: 'sähkön jäännösjakauman',
    sv: 'residualmixen för el',
    en: 'the residual mix of electricity',
  },
  location: {
    fi: 'sijaintiperusteisen kertoimen',
    sv: 'den platsbaserade faktorn',
    en: 'the location-based factor',
  },
};

/** The reference factor's name in the language; a set without Swedish names (an older one) names it in Finnish. */
const referenceName = (p: P, lang: Lang) =>
  s(lang === 'fi' ? p.referenceFi : lang === 'sv' ? p.referenceSv || p.referenceFi : p.referenceEn);

type RatioWords = (own: string, times: string, ref: string, theirs: string) => string;

/** An own factor far above its reference (high) or far below it (low): most often a unit typed wrong. */
const RATIO: Record<Lang, { high: RatioWords; low: RatioWords }> = {
  fi: {
    high: (own, n, ref, theirs) =>
      `Oma päästökerroin ${own} on ${n} kertaa ${ref} ${theirs}. Tarkista yksikkö: onko lähteen arvo grammoina (esimerkiksi g/kWh)? Voit pitää arvon, jos se on oikein.`,
    low: (own, n, ref, theirs) =>
      `Oma päästökerroin ${own} on vain 1/${n} ${ref} arvosta ${theirs}. Tarkista yksikkö: onko lähteen arvo kilogrammoina tai tonneina? Voit pitää arvon, jos se on oikein.`,
  },
  sv: {
    high: (own, n, ref, theirs) =>
      `Den egna utsläppsfaktorn ${own} är ${n} gånger så stor som ${ref}, ${theirs}. Kontrollera enheten: är källans värde i gram (till exempel g/kWh)? Du kan behålla värdet om det är rätt.`,
    low: (own, n, ref, theirs) =>
      `Den egna utsläppsfaktorn ${own} är bara 1/${n} av ${ref}, ${theirs}. Kontrollera enheten: är källans värde i kilogram eller ton? Du kan behålla värdet om det är rätt.`,
  },
  en: {
    high: (own, n, ref, theirs) =>
      `The own factor ${own} is ${n} times ${ref}, ${theirs}. Check the unit: is the source's value in grams (g/kWh, for example)? You may keep the value if it is right.`,
    low: (own, n, ref, theirs) =>
      `The own factor ${own} is only 1/${n} of ${ref}, ${theirs}. Check the unit: is the source's value in kilograms or tonnes? You may keep the value if it is right.`,
  },
};

function ratio(p: P, lang: Lang): string {
  const ref = REFERENCE[s(p.referenceKind)]?.[lang] ?? s(p.referenceKind);
  const name = referenceName(p, lang);
  const own = per(p, p.value, lang);
  const theirs = `${per(p, p.reference, lang)}${name ? ` (${name})` : ''}`;
  const r = typeof p.ratio === 'number' ? p.ratio : Number.NaN;
  return r >= 1
    ? RATIO[lang].high(own, times(r, lang), ref, theirs)
    : RATIO[lang].low(own, times(1 / r, lang), ref, theirs);
}

export type OwnFactorCode = Extract<
  IssueCode,
  | 'own-factor-negative'
  | 'own-factor-zero'
  | 'own-factor-range'
  | 'own-factor-ratio'
  | 'own-factor-unit'
  | 'factor-deleted'
>;

export const OWN_FACTOR_MESSAGES: Record<OwnFactorCode, Record<Lang, Msg>> = {
  'own-factor-negative': {
    fi: () =>
      `Oman päästökertoimen arvo on negatiivinen. Päästökerroin on nolla tai suurempi; hiilinieluja ei kirjata päästökertoimina.`,
    sv: () =>
      `Den egna utsläppsfaktorns värde är negativt. En utsläppsfaktor är noll eller större; kolsänkor förs inte in som utsläppsfaktorer.`,
    en: () =>
      `The own factor has a negative value. An emission factor is zero or more; carbon removals are not entered as factors.`,
  },
  'own-factor-zero': {
    fi: () =>
      `Oman päästökertoimen arvo on 0, vaikka kirjaus on fossiilisen polttoaineen käyttöä, josta syntyy aina hiilidioksidia. Tarkista arvo ja yksikkö.`,
    sv: () =>
      `Den egna utsläppsfaktorns värde är 0, fast posten gäller användning av ett fossilt bränsle, som alltid ger koldioxidutsläpp. Kontrollera värdet och enheten.`,
    en: () =>
      `The own factor is 0, but it is used for a fossil fuel, whose burning always emits CO2. Check the value and its unit.`,
  },
  'own-factor-range': {
    fi: (p) =>
      `Oma päästökerroin ${per(p, p.value, 'fi')} on suurempi kuin sähkön tuotannossa on mahdollista (enintään noin ${num(p.max, 'fi')} kg CO2e/kWh; ruskohiilivoimalakin jää sen alle). Tarkista, onko lähteen arvo grammoina (g/kWh).`,
    sv: (p) =>
      `Den egna utsläppsfaktorn ${per(p, p.value, 'sv')} är större än vad som är möjligt vid elproduktion (högst cirka ${num(p.max, 'sv')} kg CO2e/kWh; även ett brunkolskraftverk ligger under det). Kontrollera om källans värde är i gram (g/kWh).`,
    en: (p) =>
      `The own factor ${per(p, p.value, 'en')} is more than any electricity generation emits (at most about ${num(p.max, 'en')} kg CO2e/kWh; even a lignite plant stays below). Check whether the source's value is in grams (g/kWh).`,
  },
  'own-factor-ratio': { fi: (p) => ratio(p, 'fi'), sv: (p) => ratio(p, 'sv'), en: (p) => ratio(p, 'en') },
  'own-factor-unit': {
    fi: (p) =>
      `Oman päästökertoimen yksikköä (${s(p.massUnit || 'kg')} CO2e/${unitName(s(p.unit), 'fi')}) ei voi käyttää kirjauksessa, jonka määrä on yksikössä ${unitName(s(p.entryUnit), 'fi')} (eri suure). Valitse kertoimelle yksikkö, joka sopii kirjauksen määrään.`,
    sv: (p) =>
      `Den egna utsläppsfaktorns enhet (${s(p.massUnit || 'kg')} CO2e/${unitName(s(p.unit), 'sv')}) kan inte användas i en post vars mängd är i enheten ${unitName(s(p.entryUnit), 'sv')} (en annan storhet). Välj en enhet för faktorn som passar postens mängd.`,
    en: (p) =>
      `The own factor's unit (${s(p.massUnit || 'kg')} CO2e/${unitName(s(p.unit), 'en')}) cannot be used in an entry whose quantity is in ${unitName(s(p.entryUnit), 'en')} (another kind of quantity). Give the factor a unit that fits the entry's quantity.`,
  },
  'factor-deleted': {
    fi: (p) =>
      `Oma päästökerroin on poistettu, mutta kirjaus käyttää sitä yhä. Valitse kirjaukselle toinen kerroin. ${
        p.fallback === 'instrument'
          ? 'Siihen asti sen osuus lasketaan kuten ilman sitä: kirjauksen muilla sopimuksilla tai jäännösjakaumalla (lämmön, jäähdytyksen ja höyryn sijaintiperusteisella kertoimella, koska niille ei ole jäännösjakaumaa).'
          : p.fallback === 'default'
            ? 'Siihen asti kirjaus lasketaan toiminnon oletuskertoimella.'
            : 'Siihen asti kirjausta ei voi laskea.'
      } Raporttia ei voi tehdä ennen korjausta.`,
    sv: (p) =>
      `Den egna utsläppsfaktorn har tagits bort, men posten använder den fortfarande. Välj en annan faktor för posten. ${
        p.fallback === 'instrument'
          ? 'Till dess räknas faktorns andel av förbrukningen som om den inte fanns: med postens övriga avtal eller med residualmixen (för värme, kyla och ånga med den platsbaserade faktorn, eftersom det inte finns någon residualmix för dem).'
          : p.fallback === 'default'
            ? 'Till dess räknas posten med aktivitetens standardfaktor.'
            : 'Till dess kan posten inte räknas ut.'
      } Ingen rapport kan göras förrän felet är rättat.`,
    en: (p) =>
      `The own factor has been deleted, but the entry still uses it. Choose another factor for the entry. ${
        p.fallback === 'instrument'
          ? "Until then its share is counted as if it were not there: by the entry's other instruments or at the residual mix (for heat, cooling and steam, which have none, at the location-based factor)."
          : p.fallback === 'default'
            ? "Until then the entry is counted at the activity's default factor."
            : 'Until then the entry cannot be calculated.'
      } No report can be made until it is mended.`,
  },
};
