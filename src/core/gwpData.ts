/**
 * GWP values (100-year) and refrigerant blend compositions, with where each was read.
 * Generated from the reviewed research file by tools/gen-gwp-data.py; see docs/factor-sources.md.
 */
import type { BlendInfo, GasInfo, GwpSetId } from './gwp';
import type { Source } from './source';

export const GWP_SOURCES: Record<GwpSetId, Source> = {
  AR4: {
    publisher: 'IPCC',
    document:
      'Fourth Assessment Report (AR4), WG1, Chapter 2, Table 2.14 (100-year GWP), as tabulated by the GHG Protocol (Global Warming Potential Values, 2016)',
    year: 2007,
    url: 'https://www.ipcc.ch/report/ar4/wg1/',
    via: "openclimatedata/globalwarmingpotentials globalwarmingpotentials.csv @0057adbe23f967ee8c4ad3cbe253c632f43685df (AR4/AR5 columns are stated to come from GHG Protocol 'Global Warming Potential Values (Feb 16 2016)'; AR6 from IPCC AR6 WG1 Ch7 SM Table 7.SM.7 read via chrisroadmap/ar6)",
    titles: {
      fi: 'IPCC:n neljäs arviointiraportti, GWP-kertoimet',
      en: 'IPCC Fourth Assessment Report, GWP values',
      sv: 'IPCC:s fjärde utvärderingsrapport, GWP-värden',
    },
  },
  AR5: {
    publisher: 'IPCC',
    document:
      'Fifth Assessment Report (AR5), WG1, Chapter 8, Table 8.A.1 (100-year GWP without climate-carbon feedback), as tabulated by the GHG Protocol (Global Warming Potential Values, 2016)',
    year: 2013,
    url: 'https://www.ipcc.ch/report/ar5/wg1/',
    via: "openclimatedata/globalwarmingpotentials globalwarmingpotentials.csv @0057adbe23f967ee8c4ad3cbe253c632f43685df (AR4/AR5 columns are stated to come from GHG Protocol 'Global Warming Potential Values (Feb 16 2016)'; AR6 from IPCC AR6 WG1 Ch7 SM Table 7.SM.7 read via chrisroadmap/ar6); fossil CH4 and HFO values: USEPA/LCIAformatter lciafmt/data/IPCC_GWP_values.csv @5d66175bbca0e5e1a2a024c2c0f3bd1a4df6c42d",
    titles: {
      fi: 'IPCC:n viides arviointiraportti, GWP-kertoimet',
      en: 'IPCC Fifth Assessment Report, GWP values',
      sv: 'IPCC:s femte utvärderingsrapport, GWP-värden',
    },
  },
  AR6: {
    publisher: 'IPCC',
    document:
      'Sixth Assessment Report (AR6), WG1, Chapter 7, Supplementary Material Table 7.SM.7 (GWP-100); CH4 fossil and non-fossil from Table 7.15',
    year: 2021,
    url: 'https://www.ipcc.ch/report/ar6/wg1/chapter/chapter-7/',
    via: 'chrisroadmap/ar6 data_output/7sm/metrics_supplement_cleaned.csv @0916f81e52e851bd712a918050bb408c01d61a8d (column GWP100); Table 7.15 CH4 values quoted in two independent code files (second-hand)',
    titles: {
      fi: 'IPCC:n kuudes arviointiraportti, GWP-kertoimet',
      en: 'IPCC Sixth Assessment Report, GWP values',
      sv: 'IPCC:s sjätte utvärderingsrapport, GWP-värden',
    },
  },
};

export const GASES: readonly (GasInfo & { note?: string })[] = [
  {
    id: 'CO2',
    names: {
      fi: 'Hiilidioksidi',
      en: 'Carbon dioxide',
      sv: 'Koldioxid',
    },
    group: 'CO2',
    gwp: {
      AR4: 1,
      AR5: 1,
      AR6: 1.0,
    },
    refrigerant: 'R-744',
  },
  {
    id: 'CH4',
    names: {
      fi: 'Metaani',
      en: 'Methane',
      sv: 'Metan',
    },
    group: 'CH4',
    gwp: {
      AR4: 25,
      AR5: 28,
      AR6: 27.9,
    },
  },
  {
    id: 'CH4-fossil',
    names: {
      fi: 'Metaani, fossiilinen',
      en: 'Methane, fossil',
      sv: 'Metan, fossil',
    },
    group: 'CH4',
    gwp: {
      AR5: 30,
      AR6: 29.8,
      AR4: 25,
    },
    note: 'AR4 gives a single value for methane (25)',
  },
  {
    id: 'CH4-non-fossil',
    names: {
      fi: 'Metaani, ei-fossiilinen',
      en: 'Methane, non-fossil',
      sv: 'Metan, icke-fossil',
    },
    group: 'CH4',
    gwp: {
      AR5: 28,
      AR6: 27.0,
      AR4: 25,
    },
    note: 'AR4 gives a single value for methane (25)',
  },
  {
    id: 'N2O',
    names: {
      fi: 'Dityppioksidi',
      en: 'Nitrous oxide',
      sv: 'Dikväveoxid',
    },
    group: 'N2O',
    gwp: {
      AR4: 298,
      AR5: 265,
      AR6: 273,
    },
  },
  {
    id: 'SF6',
    names: {
      fi: 'Rikkiheksafluoridi',
      en: 'Sulphur hexafluoride',
      sv: 'Svavelhexafluorid',
    },
    group: 'SF6',
    gwp: {
      AR4: 22800,
      AR5: 23500,
      AR6: 25200,
    },
  },
  {
    id: 'NF3',
    names: {
      fi: 'Typpitrifluoridi',
      en: 'Nitrogen trifluoride',
      sv: 'Kvävetrifluorid',
    },
    group: 'NF3',
    gwp: {
      AR4: 17200,
      AR5: 16100,
      AR6: 17400,
    },
  },
  {
    id: 'HFC-23',
    names: {
      fi: 'HFC-23 (trifluorimetaani)',
      en: 'HFC-23 (trifluoromethane)',
      sv: 'HFC-23 (trifluormetan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 14800,
      AR5: 12400,
      AR6: 14600,
    },
    refrigerant: 'R-23',
  },
  {
    id: 'HFC-32',
    names: {
      fi: 'HFC-32 (difluorimetaani)',
      en: 'HFC-32 (difluoromethane)',
      sv: 'HFC-32 (difluormetan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 675,
      AR5: 677,
      AR6: 771,
    },
    refrigerant: 'R-32',
  },
  {
    id: 'HFC-125',
    names: {
      fi: 'HFC-125 (pentafluorietaani)',
      en: 'HFC-125 (pentafluoroethane)',
      sv: 'HFC-125 (pentafluoretan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 3500,
      AR5: 3170,
      AR6: 3740,
    },
    refrigerant: 'R-125',
  },
  {
    id: 'HFC-134a',
    names: {
      fi: 'HFC-134a (1,1,1,2-tetrafluorietaani)',
      en: 'HFC-134a (1,1,1,2-tetrafluoroethane)',
      sv: 'HFC-134a (1,1,1,2-tetrafluoretan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 1430,
      AR5: 1300,
      AR6: 1530,
    },
    refrigerant: 'R-134a',
  },
  {
    id: 'HFC-143a',
    names: {
      fi: 'HFC-143a (1,1,1-trifluorietaani)',
      en: 'HFC-143a (1,1,1-trifluoroethane)',
      sv: 'HFC-143a (1,1,1-trifluoretan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 4470,
      AR5: 4800,
      AR6: 5810,
    },
    refrigerant: 'R-143a',
  },
  {
    id: 'HFC-152a',
    names: {
      fi: 'HFC-152a (1,1-difluorietaani)',
      en: 'HFC-152a (1,1-difluoroethane)',
      sv: 'HFC-152a (1,1-difluoretan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 124,
      AR5: 138,
      AR6: 164,
    },
    refrigerant: 'R-152a',
  },
  {
    id: 'HFC-227ea',
    names: {
      fi: 'HFC-227ea (heptafluoripropaani)',
      en: 'HFC-227ea (heptafluoropropane)',
      sv: 'HFC-227ea (heptafluorpropan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 3220,
      AR5: 3350,
      AR6: 3600,
    },
    refrigerant: 'R-227ea',
  },
  {
    id: 'HFC-236fa',
    names: {
      fi: 'HFC-236fa (heksafluoripropaani)',
      en: 'HFC-236fa (hexafluoropropane)',
      sv: 'HFC-236fa (hexafluorpropan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 9810,
      AR5: 8060,
      AR6: 8690,
    },
    refrigerant: 'R-236fa',
  },
  {
    id: 'HFC-245fa',
    names: {
      fi: 'HFC-245fa (pentafluoripropaani)',
      en: 'HFC-245fa (pentafluoropropane)',
      sv: 'HFC-245fa (pentafluorpropan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 1030,
      AR5: 858,
      AR6: 962,
    },
    refrigerant: 'R-245fa',
  },
  {
    id: 'HFC-365mfc',
    names: {
      fi: 'HFC-365mfc (pentafluoributaani)',
      en: 'HFC-365mfc (pentafluorobutane)',
      sv: 'HFC-365mfc (pentafluorbutan)',
    },
    group: 'HFCs',
    gwp: {
      AR4: 794,
      AR5: 804,
      AR6: 914,
    },
  },
  {
    id: 'HFO-1234yf',
    names: {
      fi: 'HFO-1234yf (2,3,3,3-tetrafluoripropeeni)',
      en: 'HFO-1234yf (2,3,3,3-tetrafluoropropene)',
      sv: 'HFO-1234yf (2,3,3,3-tetrafluorpropen)',
    },
    group: 'HFCs',
    gwp: {
      AR6: 0.501,
      AR5: 1,
    },
    refrigerant: 'R-1234yf',
    note: "AR5 prints '<1'; its upper bound 1 is used, as in US EPA's LCIA formatter (IPCC_GWP_values.csv)",
  },
  {
    id: 'HFO-1234ze(E)',
    names: {
      fi: 'HFO-1234ze(E) (trans-1,3,3,3-tetrafluoripropeeni)',
      en: 'HFO-1234ze(E) (trans-1,3,3,3-tetrafluoropropene)',
      sv: 'HFO-1234ze(E) (trans-1,3,3,3-tetrafluorpropen)',
    },
    group: 'HFCs',
    gwp: {
      AR6: 1.37,
      AR5: 1,
    },
    refrigerant: 'R-1234ze(E)',
    note: "AR5 prints '<1'; its upper bound 1 is used, as in US EPA's LCIA formatter (IPCC_GWP_values.csv)",
  },
  {
    id: 'HFO-1336mzz(Z)',
    names: {
      fi: 'HFO-1336mzz(Z) (cis-1,1,1,4,4,4-heksafluori-2-buteeni)',
      en: 'HFO-1336mzz(Z) (cis-1,1,1,4,4,4-hexafluoro-2-butene)',
      sv: 'HFO-1336mzz(Z) (cis-1,1,1,4,4,4-hexafluor-2-buten)',
    },
    group: 'HFCs',
    gwp: {
      AR5: 2,
      AR6: 2.08,
    },
    refrigerant: 'R-1336mzz(Z)',
  },
  {
    id: 'HCFC-22',
    names: {
      fi: 'HCFC-22 (klooridifluorimetaani)',
      en: 'HCFC-22 (chlorodifluoromethane)',
      sv: 'HCFC-22 (klordifluormetan)',
    },
    group: 'other',
    gwp: {
      AR4: 1810,
      AR5: 1760,
      AR6: 1960,
    },
    refrigerant: 'R-22',
    montreal: true,
  },
  {
    id: 'R-290',
    names: {
      fi: 'Propaani (R-290)',
      en: 'Propane (R-290)',
      sv: 'Propan (R-290)',
    },
    group: 'other',
    gwp: {
      AR6: 0.02,
    },
    refrigerant: 'R-290',
  },
  {
    id: 'PFC-14',
    names: {
      fi: 'PFC-14 (tetrafluorimetaani)',
      en: 'PFC-14 (tetrafluoromethane)',
      sv: 'PFC-14 (tetrafluormetan)',
    },
    group: 'PFCs',
    gwp: {
      AR4: 7390,
      AR5: 6630,
      AR6: 7380,
    },
    refrigerant: 'R-14',
  },
  {
    id: 'PFC-116',
    names: {
      fi: 'PFC-116 (heksafluorietaani)',
      en: 'PFC-116 (hexafluoroethane)',
      sv: 'PFC-116 (hexafluoretan)',
    },
    group: 'PFCs',
    gwp: {
      AR4: 12200,
      AR5: 11100,
      AR6: 12400,
    },
    refrigerant: 'R-116',
  },
  {
    id: 'FK-5-1-12',
    names: {
      fi: 'FK-5-1-12 (Novec 1230, perfluori-2-metyyli-3-pentanoni)',
      en: 'FK-5-1-12 (Novec 1230, perfluoro-2-methyl-3-pentanone)',
      sv: 'FK-5-1-12 (Novec 1230, perfluor-2-metyl-3-pentanon)',
    },
    group: 'other',
    gwp: {
      AR6: 0.114,
    },
  },
];

/** Blend compositions (mass %) per ASHRAE Standard 34, as read in the copies named in BLEND_SOURCES. */
export const BLENDS: readonly BlendInfo[] = [
  {
    id: 'R-404A',
    composition: [
      {
        gas: 'HFC-125',
        massPercent: 44,
      },
      {
        gas: 'HFC-143a',
        massPercent: 52,
      },
      {
        gas: 'HFC-134a',
        massPercent: 4,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-407A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 20,
      },
      {
        gas: 'HFC-125',
        massPercent: 40,
      },
      {
        gas: 'HFC-134a',
        massPercent: 40,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-407C',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 23,
      },
      {
        gas: 'HFC-125',
        massPercent: 25,
      },
      {
        gas: 'HFC-134a',
        massPercent: 52,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-407F',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 30,
      },
      {
        gas: 'HFC-125',
        massPercent: 30,
      },
      {
        gas: 'HFC-134a',
        massPercent: 40,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-410A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 50,
      },
      {
        gas: 'HFC-125',
        massPercent: 50,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-427A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 15,
      },
      {
        gas: 'HFC-125',
        massPercent: 25,
      },
      {
        gas: 'HFC-143a',
        massPercent: 10,
      },
      {
        gas: 'HFC-134a',
        massPercent: 50,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-448A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 26,
      },
      {
        gas: 'HFC-125',
        massPercent: 26,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 20,
      },
      {
        gas: 'HFC-134a',
        massPercent: 21,
      },
      {
        gas: 'HFO-1234ze(E)',
        massPercent: 7,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-449A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 24.3,
      },
      {
        gas: 'HFC-125',
        massPercent: 24.7,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 25.3,
      },
      {
        gas: 'HFC-134a',
        massPercent: 25.7,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-450A',
    composition: [
      {
        gas: 'HFC-134a',
        massPercent: 42.0,
      },
      {
        gas: 'HFO-1234ze(E)',
        massPercent: 58.0,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-452A',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 11,
      },
      {
        gas: 'HFC-125',
        massPercent: 59,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 30,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-454B',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 68.9,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 31.1,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-454C',
    composition: [
      {
        gas: 'HFC-32',
        massPercent: 21.5,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 78.5,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-455A',
    composition: [
      {
        gas: 'R-744',
        massPercent: 3.0,
      },
      {
        gas: 'HFC-32',
        massPercent: 21.5,
      },
      {
        gas: 'HFO-1234yf',
        massPercent: 75.5,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-507A',
    composition: [
      {
        gas: 'HFC-125',
        massPercent: 50,
      },
      {
        gas: 'HFC-143a',
        massPercent: 50,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-513A',
    composition: [
      {
        gas: 'HFO-1234yf',
        massPercent: 56,
      },
      {
        gas: 'HFC-134a',
        massPercent: 44,
      },
    ],
    source: 'ashrae-34',
  },
  {
    id: 'R-515B',
    composition: [
      {
        gas: 'HFO-1234ze(E)',
        massPercent: 91.1,
      },
      {
        gas: 'HFC-227ea',
        massPercent: 8.9,
      },
    ],
    source: 'ashrae-34',
  },
];

export const BLEND_SOURCES: Record<string, Source> = {
  'ashrae-34': {
    publisher: 'ASHRAE',
    document:
      'ANSI/ASHRAE Standard 34, Designation and Safety Classification of Refrigerants; ASHRAE Refrigerant Designations factsheet (November 2022)',
    year: 2022,
    url: 'https://www.ashrae.org/file%20library/technical%20resources/bookstore/factsheet_ashrae_english_november2022.pdf',
    via: "search-index file id 17795730335 (offset ~13000-16500); search-index file id 70219568162 (found by find_string '26/26/20/21/7'); search-index file id 62551353477 (markdown), table 1 and fiches 1-3",
    note: 'Second-hand: the standard is paywalled; nominal compositions were read in public copies that quote it, cross-checked between two or three where possible.',
  },
};
