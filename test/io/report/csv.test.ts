import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/io/csv';
import { CSV_HEADER, reportCsv } from '../../../src/io/report/csv';
import type { ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { partnerYears } from './partnerYears';

type Line = Record<(typeof CSV_HEADER)[number], string>;

/** Parses the report CSV as a spreadsheet user's tool would, numbers turned back with the file's decimal mark. */
function parse(text: string, lang: 'fi' | 'sv' | 'en'): Line[] {
  expect(text.startsWith(BOM)).toBe(true);
  const out = Papa.parse<Line>(text.slice(1), {
    header: true,
    delimiter: lang === 'en' ? ',' : ';',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(out.errors).toEqual([]);
  return out.data;
}
const num = (v: string | undefined, lang: 'fi' | 'sv' | 'en') =>
  Number(lang === 'en' ? v : v?.replace(',', '.'));
const find = (lines: Line[], table: string, row: string, column: string) =>
  lines.find((l) => l.table === table && l.row === row && l.column === column);

describe('report CSV', () => {
  it('has the long layout: one line per figure with partner, business ID, year, table, row and column', async () => {
    const { data } = await partnerYears();
    const text = reportCsv(data, 'fi');
    expect(text.split('\r\n')[0]).toBe(`${BOM}${CSV_HEADER.join(';')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = parse(text, 'fi');
    expect(new Set(lines.map((l) => l.partner))).toEqual(new Set([data.organization.name]));
    expect(new Set(lines.map((l) => l.business_id))).toEqual(new Set(['2345678-0']));
    expect(new Set(lines.map((l) => l.year))).toEqual(new Set(['2024']));
    expect(find(lines, 'report', 'fingerprint', 'value')?.value).toBe(data.fingerprint.hex);
    const s2 = find(lines, 'scopes', 'scope2', 'market');
    expect(s2).toMatchObject({ method: 'market', unit: 'kg CO2e', item: 'Scope 2 – ostoenergia' });
  });

  it.each(['fi', 'sv', 'en'] as const)(
    '%s: every figure reads back equal to the core’s result',
    async (lang) => {
      const { data } = await partnerYears();
      const lines = parse(reportCsv(data, lang), lang);
      const r = data.result;
      expect(num(find(lines, 'scopes', 'scope1', 'location')?.value, lang)).toBe(r.scope1);
      expect(num(find(lines, 'scopes', 'scope2', 'location')?.value, lang)).toBe(r.scope2.location);
      expect(num(find(lines, 'scopes', 'scope2', 'market')?.value, lang)).toBe(r.scope2.market);
      expect(num(find(lines, 'scopes', 'scope3', 'location')?.value, lang)).toBe(r.scope3);
      expect(num(find(lines, 'scopes', 'total', 'location')?.value, lang)).toBe(r.total.location);
      expect(num(find(lines, 'scopes', 'total', 'market')?.value, lang)).toBe(r.total.market);
      for (const [id, c] of Object.entries(r.byCategory))
        expect(num(find(lines, 'categories', id, 'market')?.value, lang)).toBe(c.market);
      for (const [gas, v] of Object.entries(r.byGas.location.co2e))
        expect(num(find(lines, 'gases', gas, 'co2eLocation')?.value, lang)).toBe(v);
      expect(num(find(lines, 'biogenic', 'total', 'biogenicCO2')?.value, lang)).toBe(r.biogenicCO2);
      for (const h of data.history)
        expect(num(find(lines, 'trend', String(h.year), 'totalMarket')?.value, lang)).toBe(h.total.market);
      const split = data.comparisons.previousYear?.decomposition.location;
      expect(num(find(lines, 'comparisonPrevious', 'totalLocation', 'activity')?.value, lang)).toBe(
        split?.activity,
      );
      expect(num(find(lines, 'comparisonPrevious', 'totalLocation', 'factor')?.value, lang)).toBe(
        split?.factor,
      );
    },
  );

  it('has a line for every non-empty cell of every table, and none for empty ones', async () => {
    const { data } = await partnerYears();
    const lines = parse(reportCsv(data, 'en'), 'en');
    let cells = 0;
    for (const t of reportTables(data, 'en', { changeBySource: true }))
      for (const r of t.rows)
        for (const c of t.columns) if (c.id !== 'item' && r.cells[c.id] !== null) cells++;
    expect(lines.filter((l) => l.table !== 'report')).toHaveLength(cells);
  });

  it('the units say what a value is: kg CO2e, fraction, kg CO2e per the denominator, the amount’s unit', async () => {
    const { data } = await partnerYears();
    const lines = parse(reportCsv(data, 'en'), 'en');
    expect(find(lines, 'scopes', 'scope1', 'shareLocation')?.unit).toBe('fraction');
    expect(find(lines, 'intensities', 'fte', 'totalLocation')?.unit).toBe('kg CO2e/FTE');
    expect(find(lines, 'intensities', 'fte', 'amount')?.unit).toBe('FTE');
    expect(find(lines, 'intensityTrend', '2024', 'floor-area-m2')?.unit).toBe('kg CO2e/m²');
    const top = data.result.sources[0];
    expect(find(lines, 'sources', top?.key as string, 'amount')?.unit).toBe(top?.unit);
    expect(find(lines, 'gases', 'CO2', 'massLocation')?.unit).toBe('kg');
  });
});

describe('report CSV against formula injection and markup', () => {
  const leading = ['=', '+', '-', '@', '\t', '\r', '\0'];

  it.each(leading.map((c) => [JSON.stringify(c), c]))(
    'text beginning with %s in a partner name, site name, exclusion reason or factor source is neutralized',
    async (_label, c) => {
      const { data } = await partnerYears({
        name: `${c}HYPERLINK("http://evil","Oy")`,
        siteNames: [`${c}cmd|' /C calc'!A0`],
        exclusionReason: `${c}1+1`,
        customFactor: { name: `${c}2+2`, source: `${c}SUM(A1:A9)` },
      });
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const lines = parse(reportCsv(data, lang), lang);
        // Every text field a spreadsheet would read: none begins with a formula character.
        for (const l of lines)
          for (const [k, v] of Object.entries(l))
            if (k !== 'value' || Number.isNaN(num(v, lang)))
              expect(v, `${k}: ${v}`).not.toMatch(/^[=+\-@\t\r\0]/);
        expect(lines[0]?.partner).toBe(`'${c}HYPERLINK("http://evil","Oy")`);
        expect(find(lines, 'sites', 'plant', 'location')?.item).toBe(`'${c}cmd|' /C calc'!A0`);
        expect(find(lines, 'excluded', 's3.15', 'reason')?.value).toBe(`'${c}1+1`);
        const factor = lines.find(
          (l) => l.table === 'factors' && l.column === 'source' && l.value.includes('SUM'),
        );
        expect(factor?.value).toBe(`'${c}SUM(A1:A9)`);
      }
    },
  );

  it('negative numbers keep their minus sign: they are numbers, not text', async () => {
    const { data } = await partnerYears();
    const lines = parse(reportCsv(data, 'fi'), 'fi');
    const change = find(lines, 'comparisonPrevious', 'totalLocation', 'change');
    expect(change?.value.startsWith('-')).toBe(true);
    expect(num(change?.value, 'fi')).toBe(data.comparisons.previousYear?.totalLocation.absolute);
  });

  it('names earlier years left out of the history, only when there are any', async () => {
    const { data } = await partnerYears();
    expect(find(parse(reportCsv(data, 'en'), 'en'), 'report', 'yearsLeftOut', 'value')).toBeUndefined();
    const gap: ReportData = { ...data, meta: { ...data.meta, yearsLeftOut: [2020, 2021] } };
    const line = find(parse(reportCsv(gap, 'fi'), 'fi'), 'report', 'yearsLeftOut', 'value');
    expect(line?.value).toBe('2020 2021');
  });

  it('a partner name with markup is written as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const { data }: { data: ReportData } = await partnerYears({ name });
    const text = reportCsv(data, 'en');
    expect(text).toContain(`\r\n${name},2345678-0,2024,`);
    expect(text).not.toContain('&lt;');
    expect(parse(text, 'en').every((l) => l.partner === name)).toBe(true);
  });
});
