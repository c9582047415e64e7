/**
 * Messages about own emission factors (src/core/ownFactorCheck.ts, deletedFactors.ts), in Finnish and
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
  default: { fi: 'toiminnon oletuskertoimen', en: "the activity's default factor" },
  'residual-mix': { fi: 'sähkön jäännösjakauman', en: 'the residual mix of electricity' },
  location: { fi: 'sijaintiperusteisen kertoimen', en: 'the location-based factor' },
};

function ratio(p: P, lang: Lang): string {
  const ref = REFERENCE[s(p.referenceKind)]?.[lang] ?? s(p.referenceKind);
  const name = s(lang === 'fi' ? p.referenceFi : p.referenceEn);
  const own = per(p, p.value, lang);
  const theirs = `${per(p, p.reference, lang)}${name ? ` (${name})` : ''}`;
  const r = typeof p.ratio === 'number' ? p.ratio : Number.NaN;
  if (lang === 'fi') {
    return r >= 1
      ? `Oma päästökerroin ${own} on ${times(r, lang)} kertaa ${ref} ${theirs}. Tarkista yksikkö: onko lähteen arvo grammoina (esimerkiksi g/kWh)? Voit pitää arvon, jos se on oikein.`
      : `Oma päästökerroin ${own} on vain 1/${times(1 / r, lang)} ${ref} arvosta ${theirs}. Tarkista yksikkö: onko lähteen arvo kilogrammoina tai tonneina? Voit pitää arvon, jos se on oikein.`;
  }
  return r >= 1
    ? `The own factor ${own} is ${times(r, lang)} times ${ref}, ${theirs}. Check the unit: is the source's value in grams (g/kWh, for example)? You may keep the value if it is right.`
    : `The own factor ${own} is only 1/${times(1 / r, lang)} of ${ref}, ${theirs}. Check the unit: is the source's value in kilograms or tonnes? You may keep the value if it is right.`;
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

export const OWN_FACTOR_MESSAGES: Record<OwnFactorCode, { fi: Msg; en: Msg }> = {
  'own-factor-negative': {
    fi: () =>
      `Oman päästökertoimen arvo on negatiivinen. Päästökerroin on nolla tai suurempi; hiilinieluja ei kirjata päästökertoimina.`,
    en: () =>
      `The own factor has a negative value. An emission factor is zero or more; carbon removals are not entered as factors.`,
  },
  'own-factor-zero': {
    fi: () =>
      `Oman päästökertoimen arvo on 0, vaikka kirjaus on fossiilisen polttoaineen käyttöä, josta syntyy aina hiilidioksidia. Tarkista arvo ja yksikkö.`,
    en: () =>
      `The own factor is 0, but it is used for a fossil fuel, whose burning always emits CO2. Check the value and its unit.`,
  },
  'own-factor-range': {
    fi: (p) =>
      `Oma päästökerroin ${per(p, p.value, 'fi')} on suurempi kuin sähkön tuotannossa on mahdollista (enintään noin ${num(p.max, 'fi')} kg CO2e/kWh; ruskohiilivoimalakin jää sen alle). Tarkista, onko lähteen arvo grammoina (g/kWh).`,
    en: (p) =>
      `The own factor ${per(p, p.value, 'en')} is more than any electricity generation emits (at most about ${num(p.max, 'en')} kg CO2e/kWh; even a lignite plant stays below). Check whether the source's value is in grams (g/kWh).`,
  },
  'own-factor-ratio': { fi: (p) => ratio(p, 'fi'), en: (p) => ratio(p, 'en') },
  'own-factor-unit': {
    fi: (p) =>
      `Oman päästökertoimen yksikköä (${s(p.massUnit || 'kg')} CO2e/${unitName(s(p.unit), 'fi')}) ei voi käyttää kirjauksessa, jonka määrä on yksikössä ${unitName(s(p.entryUnit), 'fi')} (eri suure). Valitse kertoimelle yksikkö, joka sopii kirjauksen määrään.`,
    en: (p) =>
      `The own factor is per ${unitName(s(p.unit), 'en')}, which an entry in ${unitName(s(p.entryUnit), 'en')} cannot use (another kind of quantity). Give the factor a unit that fits the entry's quantity.`,
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
