/**
 * One truth everywhere: the same inventory gives identical totals in the result tables, in the CSV read back
 * and in the city file read back and calculated again, for every example file and a partner with several years.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DualTotal } from '../../../src/core/results';
import { cityFile } from '../../../src/io/report/cityFile';
import { reportCsv } from '../../../src/io/report/csv';
import { buildReportData, type ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { evaluated, fiSet, META, partnerYearsFile } from './partnerYears';

interface Totals {
  scope1: number;
  scope2: DualTotal;
  scope3: number;
  total: DualTotal;
  biogenicCO2: number;
}

function fromTables(data: ReportData, lang: 'fi' | 'sv' | 'en'): Totals {
  const scopes = reportTables(data, lang).find((t) => t.id === 'scopes');
  const biogenic = reportTables(data, lang).find((t) => t.id === 'biogenic');
  const c = (id: string, col: string) => scopes?.rows.find((r) => r.id === id)?.cells[col] as number;
  return {
    scope1: c('scope1', 'location'),
    scope2: { location: c('scope2', 'location'), market: c('scope2', 'market') },
    scope3: c('scope3', 'location'),
    total: { location: c('total', 'location'), market: c('total', 'market') },
    biogenicCO2: biogenic?.rows.find((r) => r.id === 'total')?.cells.biogenicCO2 as number,
  };
}

function fromCsv(text: string, lang: 'fi' | 'sv' | 'en'): Totals {
  const lines = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: lang === 'en' ? ',' : ';',
    skipEmptyLines: true,
  }).data;
  const v = (table: string, row: string, col: string) => {
    const raw = lines.find((l) => l.table === table && l.row === row && l.column === col)?.value;
    return Number(lang === 'en' ? raw : raw?.replace(',', '.'));
  };
  return {
    scope1: v('scopes', 'scope1', 'location'),
    scope2: { location: v('scopes', 'scope2', 'location'), market: v('scopes', 'scope2', 'market') },
    scope3: v('scopes', 'scope3', 'location'),
    total: { location: v('scopes', 'total', 'location'), market: v('scopes', 'total', 'market') },
    biogenicCO2: v('biogenic', 'total', 'biogenicCO2'),
  };
}

const core = (r: ReportData['result']): Totals => ({
  scope1: r.scope1,
  scope2: { ...r.scope2 },
  scope3: r.scope3,
  total: { ...r.total },
  biogenicCO2: r.biogenicCO2,
});

const examples = readdirSync('docs/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, () => JSON.parse(readFileSync(`docs/examples/${f}`, 'utf8')) as unknown] as const);

describe('the same totals in the tables, the CSV and the city file', () => {
  it.each([...examples, ['a partner with three years', () => partnerYearsFile({ years: 3 })] as const])(
    '%s',
    async (_name, load) => {
      const ev = await evaluated(load());
      const set = await fiSet();
      for (const inv of ev.file.inventories) {
        const data = await buildReportData(ev, inv.year, [set], META);
        const expected = core(data.result);
        const city = JSON.stringify(
          cityFile(data, ev.file, ev.results, { appVersion: '1', exportedAt: META.createdAt }),
        );
        const again = await evaluated(JSON.parse(city));
        const recomputed = again.results.find((r) => r.year === inv.year);
        if (!recomputed) throw new Error('year missing from the city file');
        // The results written in the file are the same numbers too.
        const written = (
          JSON.parse(city) as { inventories: { year: number; results: Totals }[] }
        ).inventories.find((i) => i.year === inv.year)?.results;
        for (const lang of ['fi', 'sv', 'en'] as const) {
          expect(fromTables(data, lang)).toEqual(expected);
          expect(fromCsv(reportCsv(data, lang), lang)).toEqual(expected);
        }
        expect(core(recomputed)).toEqual(expected);
        expect(written && core(written as ReportData['result'])).toEqual(expected);
      }
    },
  );
});
