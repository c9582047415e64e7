/**
 * A partner with a climate commitment for the report tests: the manufacturer's three years (2022–2024, the
 * earlier ones larger), its 2022 base year recorded as the store records it (baseYearFigures of the year's
 * result), an SBTi SME target that 2024 meets, an own Scope 1 target that 2024 misses, an intensity target per
 * FTE (48 in every year), two actions and a
 * recalculation of the base year.
 */
import { baseYearFigures } from '../../../src/core/baseYear';
import type { BaseYearFigures, Commitment } from '../../../src/core/commitment';
import type { InventoryResult } from '../../../src/core/results';
import { presetTargets } from '../../../src/core/targetPresets';
import type { ExchangeFile } from '../../../src/io/exchange';
import { buildReportData, type ReportData } from '../../../src/io/report/reportData';
import { type Evaluated, evaluated, fiSet, META, partnerYearsFile } from './partnerYears';

const AT = '2024-01-10T08:00:00.000Z';

function scaled(f: BaseYearFigures, k: number): BaseYearFigures {
  const s3: BaseYearFigures['scope3ByCategory'] = {};
  for (const [c, v] of Object.entries(f.scope3ByCategory)) s3[c as keyof typeof s3] = (v ?? 0) * k;
  return {
    ...f,
    scope1: f.scope1 * k,
    scope2: { location: f.scope2.location * k, market: f.scope2.market * k },
    scope3ByCategory: s3,
  };
}

export function commitmentOf(base: BaseYearFigures): Commitment {
  const [sbti] = presetTargets('sbti-sme', 2022, AT);
  if (!sbti) throw new Error('the SBTi preset sets a target');
  return {
    joinedOn: '2021-03-15',
    text: 'Puolitamme toimipaikkojemme päästöt ja raportoimme joka vuosi.',
    recalculationThresholdPct: 5,
    targets: [
      { ...sbti, id: 'sbti' },
      {
        id: 'gas',
        preset: 'own',
        name: 'Suorat päästöt lähes nollaan',
        scope1: true,
        scope3Categories: [],
        kind: 'absolute',
        baseYear: 2022,
        targetYear: 2025,
        reductionPct: 90,
        createdAt: AT,
      },
      {
        id: 'fte',
        preset: 'own',
        name: 'Päästöt henkilöä kohti puoleen',
        scope1: true,
        scope2: 'location',
        scope3Categories: [],
        kind: 'intensity',
        metric: 'fte',
        baseYear: 2022,
        targetYear: 2030,
        reductionPct: 50,
        createdAt: AT,
      },
    ],
    actions: [
      {
        id: 'led',
        title: 'LED-valaistus hallissa',
        theme: 'energy',
        categories: ['s2.electricity'],
        status: 'done',
        statusDates: { planned: '2022-05-01', 'in-progress': '2023-02-01', done: '2023-09-30' },
        expected: { kgPerYear: 4000, basis: 'Valaisimien teho puolittuu' },
        createdAt: AT,
        updatedAt: AT,
      },
      {
        id: 'van',
        title: 'Sähköpakettiauto',
        theme: 'transport',
        categories: ['s1.mobile'],
        status: 'planned',
        statusDates: { planned: '2024-06-01' },
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    baseYears: [{ year: 2022, figures: base, recordedAt: '2024-02-01T08:00:00.000Z' }],
    recalculations: [
      {
        id: 'r1',
        year: 2022,
        at: '2024-02-01T08:00:00.000Z',
        reason: 'error',
        note: 'Kaukolämmön lasku puuttui',
        before: scaled(base, 0.9),
        after: base,
      },
    ],
  };
}

export interface CommitmentCase {
  file: ExchangeFile;
  ev: Evaluated;
  data: ReportData;
  /** The results of the file's years, by year. */
  results: Map<number, InventoryResult>;
  commitment: Commitment;
}

/** The file with its commitment, its evaluation and the report data of `year` (default the last, 2024). */
export async function commitmentCase(
  year = 2024,
  edit: (c: Commitment) => Commitment | undefined = (c) => c,
): Promise<CommitmentCase> {
  const plain = partnerYearsFile({ years: 3 });
  const first = await evaluated(plain);
  const i = first.file.inventories.findIndex((inv) => inv.year === 2022);
  const base = baseYearFigures(first.results[i] as InventoryResult, first.file.inventories[i] as never);
  const commitment = edit(commitmentOf(base));
  const file: ExchangeFile = {
    ...plain,
    organization: { ...plain.organization, ...(commitment ? { commitment } : {}) },
  };
  const ev = await evaluated(file);
  const data = await buildReportData(ev, year, [await fiSet()], META);
  const results = new Map(ev.results.map((r) => [r.year, r]));
  return { file, ev, data, results, commitment: commitment ?? commitmentOf(base) };
}
