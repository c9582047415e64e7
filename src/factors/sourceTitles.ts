/**
 * Short titles, in Finnish, Swedish and English, of the sources of the built-in factor sets, keyed by the set's source
 * key. A published set file never changes, so its sources' titles live here beside it (one map for every
 * release: a key means the same document in each); a newer release may carry `titles` in the file itself,
 * which wins. The exact document, its `ref` and address stay the source reference under the title.
 */
import type { FactorSet } from '../core/factorSet';
import type { Localized, Source } from '../core/source';

export const SOURCE_TITLES: Readonly<Record<string, Required<Localized>>> = {
  'desnz:desnz2025': {
    fi: 'Kasvihuonekaasujen muuntokertoimet 2025',
    sv: 'Omräkningsfaktorer för växthusgaser 2025',
    en: 'Greenhouse gas conversion factors 2025',
  },
  'energy:code_fingrid_2024': {
    fi: 'Suomen sähköntuotannon CO2-päästökerroin 2024',
    sv: 'CO2-utsläppsfaktor för elproduktionen i Finland 2024',
    en: 'CO2 emission factor of electricity generation in Finland 2024',
  },
  'energy:code_rm_2024': {
    fi: 'Suomen jäännösjakauma 2024',
    sv: 'Residualmixen i Finland 2024',
    en: 'Residual mix of Finland 2024',
  },
  'energy:ev_rm_2016_en': {
    fi: 'Jäännösjakauman laskenta (jäännösjakauma 2016)',
    sv: 'Beräkning av residualmixen (residualmix 2016)',
    en: 'Calculating the residual mix (residual mix 2016)',
  },
  'energy:ev_rm_2017_news': {
    fi: 'Vuoden 2017 jäännösjakauma',
    sv: 'Residualmixen för 2017',
    en: 'Residual mix of 2017',
  },
  'energy:ev_rm_2019_news': {
    fi: 'Vuoden 2019 jäännösjakauma',
    sv: 'Residualmixen för 2019',
    en: 'Residual mix of 2019',
  },
  'energy:ev_rm_2022_sv': {
    fi: 'Vuoden 2022 jäännösjakauma',
    sv: 'Residualmixen för 2022',
    en: 'Residual mix of 2022',
  },
  'energy:ev_rm_2023_news': {
    fi: 'Vuoden 2023 jäännösjakauma',
    sv: 'Residualmixen för 2023',
    en: 'Residual mix of 2023',
  },
  'energy:helen_specific_en': {
    fi: 'Energian ominaispäästöt 2005–2021',
    sv: 'Specifika utsläpp för energi 2005–2021',
    en: 'Specific emissions of energy 2005–2021',
  },
  'energy:helen_specific_sv': {
    fi: 'Energian ominaispäästöt 2017–2023',
    sv: 'Specifika utsläpp för energi 2017–2023',
    en: 'Specific emissions of energy 2017–2023',
  },
  'energy:motiva_co2_2016': {
    fi: 'CO2-päästökertoimet',
    sv: 'CO2-utsläppsfaktorer',
    en: 'CO2 emission factors',
  },
  'fuels:desnz2024_climatrix': {
    fi: 'Kasvihuonekaasujen muuntokertoimet 2024',
    sv: 'Omräkningsfaktorer för växthusgaser 2024',
    en: 'Greenhouse gas conversion factors 2024',
  },
  'fuels:desnz2025_jules': {
    fi: 'Kasvihuonekaasujen muuntokertoimet 2025',
    sv: 'Omräkningsfaktorer för växthusgaser 2025',
    en: 'Greenhouse gas conversion factors 2025',
  },
  'fuels:desnz_casestudy': {
    fi: 'Kasvihuonekaasujen muuntokertoimet: diesel',
    sv: 'Omräkningsfaktorer för växthusgaser: diesel',
    en: 'Greenhouse gas conversion factors: diesel',
  },
  'fuels:fgv2026': {
    fi: 'GHG Protocol -laskentatyökalun polttoainekertoimet (Brasilia)',
    sv: 'Bränslefaktorer i beräkningsverktyget från GHG Protocol (Brasilien)',
    en: 'GHG Protocol calculation tool, fuel factors (Brazil)',
  },
  'fuels:gcb_build': {
    fi: 'IPCC 2006: polttoaineiden lämpöarvot ja hiilipitoisuudet',
    sv: 'IPCC 2006: bränslens värmevärden och kolhalter',
    en: 'IPCC 2006: calorific values and carbon contents of fuels',
  },
  'fuels:hake_vtt': {
    fi: 'Polttoaineiden tehollisia lämpöarvoja ja tiheyksiä',
    sv: 'Effektiva värmevärden och densiteter för bränslen',
    en: 'Net calorific values and densities of fuels',
  },
  'fuels:ipcc2006v2': {
    fi: 'IPCC:n kasvihuonekaasuinventaarion ohjeet 2006, osa 2: energia',
    sv: 'IPCC:s riktlinjer för nationella växthusgasinventeringar 2006, volym 2: energi',
    en: '2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 2: Energy',
  },
  'spend:conversion': {
    fi: 'Rahamääräisten kertoimien muunto euroiksi',
    sv: 'Penningbaserade utsläppsfaktorer omräknade till euro',
    en: 'Spend-based factors converted to euros',
  },
  'spend:epa-sef-v1.3': {
    fi: 'Toimitusketjujen kasvihuonekaasukertoimet v1.3 (Yhdysvallat)',
    sv: 'Utsläppsfaktorer för växthusgaser i leveranskedjor v1.3 (USA)',
    en: 'Supply Chain Greenhouse Gas Emission Factors v1.3 (United States)',
  },
};

/** The set with each source's titles: the file's own, else this map's; a source without either keeps none. */
export function withSourceTitles(set: FactorSet): FactorSet {
  const sources: Record<string, Source> = {};
  for (const [key, src] of Object.entries(set.sources)) {
    const titles = src.titles ?? SOURCE_TITLES[key];
    // Defined, not assigned, as the reader does: a key "__proto__" stays a source.
    Object.defineProperty(sources, key, { value: titles ? { ...src, titles } : src, enumerable: true });
  }
  return { ...set, sources };
}
