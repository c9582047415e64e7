/**
 * A coordinator's draft with clearly fictitious test values (not any publisher's numbers): a national
 * electricity value, a residual-mix value and a district heat supplier, each with a made-up source.
 */
import { supplierRef } from '../../src/factors/cityRelease';
import type { DraftValue, FactorSetDraft } from '../../src/schema/factorDraft';

export const TEST_SOURCE = {
  publisher: 'Testijulkaisija (fictitious)',
  document: 'Testiasiakirja, ei oikea lähde',
  sourceYearText: '2026',
  sourceYear: 2026,
  url: 'https://example.org/test-factors',
} as const;

export function testValue(
  id: string,
  factor: string,
  year: number,
  value: number,
  patch: Partial<DraftValue> = {},
): DraftValue {
  return {
    id,
    factor,
    yearText: String(year),
    year,
    valueText: String(value).replace('.', ','),
    value,
    kind: 'CO2',
    massUnit: 'g',
    perUnit: 'kWh',
    ...TEST_SOURCE,
    ref: '',
    status: 'verified',
    ...patch,
  };
}

/** Electricity 2025: 77.7 g/kWh; residual mix 2025: 333 g/kWh; supplier "Testilämpö" 2025: 123.4 g/kWh. */
export function testDraft(): FactorSetDraft {
  return {
    base: { id: 'fi', release: '2026.1' },
    id: 'joensuu',
    release: '2026.1-test',
    nameFi: 'Joensuun testikertoimet',
    nameEn: 'Joensuu test factors',
    publisher: 'Joensuun kaupunki (testi)',
    published: '2026-12-06',
    suppliers: [
      {
        id: 's1',
        nameFi: 'Kaukolämpö, Testilämpö Oy, Joensuu',
        nameEn: 'District heat, Testilämpö Oy, Joensuu',
        unit: 'MWh',
      },
    ],
    values: [
      testValue('v1', 'fi.electricity.location', 2025, 77.7),
      testValue('v2', 'fi.electricity.residual-mix', 2025, 333),
      testValue('v3', supplierRef('s1'), 2025, 123.4),
    ],
  };
}
