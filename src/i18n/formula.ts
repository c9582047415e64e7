/** A written-out calculation (src/core/formula.ts) in the user's language and number format. */
import { ENGLISH_FORMULA, type FormulaOptions, type FormulaWords } from '../core/formula';
import { formatPercent, formatSignificant } from './format';
import type { Lang } from './issueMessages';
import { unitName } from './unitNames';

const FINNISH_FORMULA: FormulaWords = {
  density: 'tiheys',
  ncv: 'tehollinen lämpöarvo',
  radiativeForcing: 'säteilypakote (muut kuin CO2-vaikutukset: kerroin RF:n kanssa miinus ilman)',
  biogenic: 'biogeeninen CO2 (scopejen ulkopuolella)',
  total: 'yhteensä',
  locationBased: 'sijaintiperusteinen',
  marketBased: 'markkinaperusteinen',
  guaranteeOfOrigin: 'päästötön sähkö',
  ownFactorTyped: 'oma päästökerroin sellaisena kuin se kirjoitettiin',
  kinds: {
    certificate: 'alkuperätakuu',
    supplier: 'myyjäkohtainen',
    'residual-mix': 'jäännösjakauma',
    'location-fallback': 'sijaintiperusteinen kerroin',
  },
};

const SWEDISH_FORMULA: FormulaWords = {
  density: 'densitet',
  ncv: 'effektivt värmevärde',
  radiativeForcing: 'strålningsdrivning (andra effekter än CO2: faktor med RF minus utan)',
  biogenic: 'biogen CO2 (utanför scopen)',
  total: 'totalt',
  locationBased: 'platsbaserad',
  marketBased: 'marknadsbaserad',
  guaranteeOfOrigin: 'utsläppsfri el',
  ownFactorTyped: 'egen utsläppsfaktor så som den skrevs',
  kinds: {
    certificate: 'ursprungsgaranti',
    supplier: 'leverantörsspecifik',
    'residual-mix': 'residualmix',
    'location-fallback': 'platsbaserad faktor',
  },
};

export const FORMULA_WORDS: Record<Lang, FormulaWords> = {
  fi: FINNISH_FORMULA,
  en: ENGLISH_FORMULA,
  sv: SWEDISH_FORMULA,
};

export function formulaOptions(lang: Lang): FormulaOptions {
  return {
    words: FORMULA_WORDS[lang],
    num: (n) => formatSignificant(n, lang),
    percent: (f) => formatPercent(f, lang, 4, 0),
    unit: (id) => unitName(id, lang),
  };
}
