/**
 * A year with own factors and quantities typed in other units than the factors' (issue 11, items 4 and 5):
 * every table, trace, PDF page and CSV line names an own factor by its name and source, never by its id, and
 * shows quantities in the unit typed. The city file keeps the id for machines and the name beside it.
 */
import { describe, expect, it } from 'vitest';
import { formulaOf } from '../../../src/core/formula';
import type { Inventory } from '../../../src/core/inventory';
import { formulaOptions } from '../../../src/i18n/formula';
import type { Lang } from '../../../src/i18n/issueMessages';
import { cityFile } from '../../../src/io/report/cityFile';
import { reportCsvRows } from '../../../src/io/report/csv';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { buildReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { evaluated, fiSet, META, partnerYearsFile } from './partnerYears';
import { pdfPages } from './pdfTools';

const CONTRACT = '0fbb72c8-4a1e-4d5b-9c6a-2f7e8d9b1a34';
const HEAT = '7d2c9e10-5b3f-4a8e-b1c2-9e8f7a6b5c4d';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function report() {
  const file = partnerYearsFile({ years: 2 });
  const last = file.inventories.at(-1) as Inventory;
  last.customFactors = [
    {
      id: CONTRACT,
      name: 'Sähkösopimus Tuulivoima Plus',
      unit: 'kWh',
      massUnit: 'g',
      value: { gases: { CO2: 45 } },
      year: last.year,
      source: 'Energiayhtiö Oy: sähkön alkuperä 2024',
    },
    {
      id: HEAT,
      name: 'Joensuun kaukolämpö',
      unit: 'MWh',
      massUnit: 'g',
      value: { co2e: 98_000 },
      year: last.year,
      source: 'Kaukolämpöyhtiö: päästökerroin 2024',
    },
  ];
  last.entries = last.entries.map((e) => {
    if (e.id === 'm9')
      return { ...e, instruments: [{ kind: 'supplier' as const, factor: CONTRACT, note: 'Sopimus' }] };
    // The district heat typed in kWh, 310 000 of them, against a factor per MWh.
    if (e.id === 'm11') return { ...e, customFactor: HEAT, quantity: 310_000, unit: 'kWh' as const };
    // Oil typed in MWh against a factor per TJ.
    if (e.id === 'm1') return { ...e, quantity: 95, unit: 'MWh' as const };
    return e;
  });
  const ev = await evaluated(file);
  const data = await buildReportData(ev, last.year, [await fiSet()], META);
  return { ev, data };
}

function texts(data: Awaited<ReturnType<typeof report>>['data'], lang: Lang): string[] {
  const out: string[] = [];
  for (const t of reportTables(data, lang, { changeBySource: true })) {
    out.push(t.title, ...t.notes, ...t.columns.map((c) => c.title));
    for (const row of t.rows)
      for (const cell of Object.values(row.cells)) if (typeof cell === 'string') out.push(cell);
  }
  for (const e of data.result.entries) out.push(formulaOf(e, formulaOptions(lang)));
  return out;
}

describe('a report with own factors', () => {
  it.each<Lang>(['fi', 'sv', 'en'])(
    'in %s: tables, traces and the PDF name them, never by id',
    async (lang) => {
      const { data } = await report();
      const all = texts(data, lang);
      expect(all.filter((x) => UUID.test(x))).toEqual([]);
      const factors = reportTables(data, lang).find((t) => t.id === 'factors');
      const items = factors?.rows.map((r) => r.cells.item);
      expect(items).toContain('Sähkösopimus Tuulivoima Plus');
      expect(items).toContain('Joensuun kaukolämpö');
      const heat = factors?.rows.find((r) => r.cells.item === 'Joensuun kaukolämpö');
      expect(heat?.cells.source).toBe('Kaukolämpöyhtiö: päästökerroin 2024');
      // As typed beside the kg value, so a reader can match it with the contract.
      const contract = factors?.rows.find((r) => r.cells.item === 'Sähkösopimus Tuulivoima Plus');
      expect(contract?.cells.factorId).toContain('CO2 45 g/kWh');
      expect(contract?.cells.value).toBeCloseTo(0.045, 12);
      expect(all.some((x) => x.includes('Sähkösopimus Tuulivoima Plus'))).toBe(true);
      const pages = pdfPages(renderReportPdf(data, lang)).join('\n');
      expect(pages).not.toMatch(UUID);
      expect(pages.replace(/\s+/g, ' ')).toContain('Joensuun kaukolämpö');
    },
  );

  it('shows the quantities in the unit typed: tables, PDF and CSV', async () => {
    const { data } = await report();
    const sources = reportTables(data, 'fi').find((t) => t.id === 'sources');
    const oil = sources?.rows.find((r) => r.id.includes('fuel.light-fuel-oil'));
    expect(oil?.cells.amount).toBe(95);
    expect(oil?.cells.unit).toBe('MWh');
    expect(oil?.unit).toBe('MWh');
    const heat = sources?.rows.find((r) => r.id.includes('district-heat.fi'));
    expect(heat?.cells.amount).toBe(310_000);
    expect(heat?.cells.unit).toBe('kWh');
    const csv = reportCsvRows(data, 'fi');
    const oilAmount = csv.find(
      (l) => l[3] === 'sources' && String(l[4]).includes('fuel.light-fuel-oil') && l[6] === 'amount',
    );
    expect([oilAmount?.[9], oilAmount?.[10]]).toEqual(['MWh', 95]);
    const pdf = pdfPages(renderReportPdf(data, 'fi')).join('\n');
    expect(pdf).not.toMatch(/0,342\s*TJ/);
    expect(pdf).toMatch(/95\s+MWh/);
    // The converted quantity is in the trace.
    const trace = data.result.entries.find((e) => e.entryId === 'm1');
    expect(trace?.trace.converted.unit).toBe('TJ');
    expect(formulaOf(trace as NonNullable<typeof trace>, formulaOptions('fi'))).toMatch(/= 0,342 TJ/);
  });

  it('the CSV names the factor for people; its row ids stay machine keys', async () => {
    const { data } = await report();
    const human = reportCsvRows(data, 'en')
      .flatMap((l) => [l[5], l[7], l[10]])
      .map((x) => String(x ?? ''));
    expect(human.filter((x) => UUID.test(x))).toEqual([]);
    expect(human).toContain('Joensuun kaukolämpö');
  });

  it('the city file keeps the id for machines and the name beside it', async () => {
    const { data, ev } = await report();
    const city = cityFile(data, ev.file, ev.results, { appVersion: '1', exportedAt: META.createdAt });
    const last = city.inventories.at(-1);
    expect(last?.customFactors.map((c) => [c.id, c.name, c.massUnit])).toEqual([
      [CONTRACT, 'Sähkösopimus Tuulivoima Plus', 'g'],
      [HEAT, 'Joensuun kaukolämpö', 'g'],
    ]);
    const heat = last?.results?.sources.find((s) => s.customFactor === HEAT);
    expect(heat?.factor).toMatchObject({ id: HEAT, name: 'Joensuun kaukolämpö', custom: true });
    const part = last?.results?.entries
      .find((e) => e.entryId === 'm9')
      ?.trace.market?.find((p) => p.kind === 'supplier');
    expect(part?.factor).toMatchObject({ id: CONTRACT, name: 'Sähkösopimus Tuulivoima Plus' });
  });
});
