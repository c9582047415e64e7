/**
 * The report's missing data and like-for-like comparison (issue 10), in the tables and read back from the PDF
 * with pdftotext: the to-do categories and the missing figure with its document, a year marked complete with
 * open items saying so, no "no category has been excluded" for a year whose categories are merely empty, and
 * a comparison with a year without Scope 3 warning and giving the change of the categories both years have.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, categoryInfo } from '../../../src/core/categories';
import type { CustomFactor, Entry, Inventory } from '../../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../../src/factors/builtinSets';
import type { Lang } from '../../../src/i18n/issueMessages';
import { tr } from '../../../src/i18n/ui';
import { evaluateExchange } from '../../../src/io/evaluate';
import { writeExchange } from '../../../src/io/exchange';
import { reportCsvRows } from '../../../src/io/report/csv';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { buildReportData, type ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { inventory } from '../../helpers';
import { pdfPages, plain } from './pdfTools';

const cf = (id: string, unit: CustomFactor['unit'], co2e: number, year: number): CustomFactor => ({
  id,
  name: `${id} factor`,
  unit,
  value: { co2e },
  year,
  source: 'test supplier',
});
const custom = (
  id: string,
  category: Entry['category'],
  factor: string,
  quantity: number,
  unit: Entry['unit'],
) => ({ id, category, activity: 'custom', customFactor: factor, quantity, unit }) as Entry;

/** 2023: fuels and heat only. 2024: the same and purchases (Scope 3.1), one exclusion, one figure not known. */
function years(over: Partial<Inventory> = {}): Inventory[] {
  const y2023 = inventory(
    [custom('a', 's1.mobile', 'diesel', 1000, 'l'), custom('b', 's2.heat', 'heat', 10_000, 'kWh')],
    {
      year: 2023,
      customFactors: [cf('diesel', 'l', 2.5, 2023), cf('heat', 'kWh', 0.2, 2023)],
    },
  );
  const y2024 = inventory(
    [
      custom('c', 's1.mobile', 'diesel', 900, 'l'),
      custom('d', 's2.heat', 'heat', 10_000, 'kWh'),
      custom('e', 's3.01', 'spend', 11_905, 'EUR'),
    ],
    {
      year: 2024,
      status: 'complete',
      customFactors: [
        cf('diesel', 'l', 2.5, 2024),
        cf('heat', 'kWh', 0.2, 2024),
        cf('spend', 'EUR', 1, 2024),
      ],
      excluded: [{ category: 's1.fugitive', reason: 'Ei kylmälaitteita' }],
      missing: [
        {
          id: 'm1',
          category: 's2.electricity',
          activity: 'electricity.fi',
          unit: 'kWh',
          document: 'Sähköyhtiön verkkopalvelu',
          owner: 'Maija',
        },
      ],
      ...over,
    },
  );
  return [y2023, y2024];
}

async function report(invs: Inventory[]): Promise<ReportData> {
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const file = writeExchange({ name: 'Leipomo Oy', sites: [] }, invs, {
    appVersion: 't',
    exportedAt: '2025-01-01T00:00:00Z',
  });
  const ev = await evaluateExchange(JSON.parse(JSON.stringify(file)), async () => set);
  if (!ev.ok) throw new Error(JSON.stringify(ev.issues.slice(0, 3)));
  return buildReportData(ev, 2024, [set], { appVersion: 't', createdAt: '2025-01-02T00:00:00Z' });
}

const text = (bytes: Uint8Array) => plain(pdfPages(bytes).join('\n')).replace(/\s+/g, ' ');

describe.each(['fi', 'sv', 'en'] as Lang[])('missing data in %s', (lang) => {
  it('lists the to-do categories and the missing figure, and says a complete-marked year lacks data', async () => {
    const data = await report(years());
    // 23 categories: 3 with entries, 1 not relevant, 19 to do; the one to do with a missing figure is open by it.
    const todo = CATEGORY_IDS.length - 4;
    expect(data.completeness.counts).toMatchObject({ entries: 3, notRelevant: 1, todo, missingFigures: 1 });
    const missing = reportTables(data, lang).find((t) => t.id === 'missing');
    expect(missing?.rows.map((r) => r.id)).toContain('m1');
    expect(missing?.rows.find((r) => r.id === 'm1')?.cells.document).toBe('Sähköyhtiön verkkopalvelu');
    expect(missing?.rows).toHaveLength(todo); // the figure, and the 18 other categories to do
    expect(missing?.rows.some((r) => r.id === 's1.fugitive' || r.id === 's3.01')).toBe(false);

    // The city's CSV has the same lines: table, row, column, value.
    const csv = reportCsvRows(data, lang).filter((r) => r[3] === 'missing');
    expect(csv.find((r) => r[4] === 'm1' && r[6] === 'document')?.[10]).toBe('Sähköyhtiön verkkopalvelu');
    expect(csv.find((r) => r[4] === 'm1' && r[6] === 'owner')?.[10]).toBe('Maija');
    expect(csv.filter((r) => r[6] === 'what')).toHaveLength(todo);

    const pdf = text(renderReportPdf(data, lang));
    expect(pdf).toContain(tr(lang, 'missingTitle'));
    expect(pdf).toContain('Sähköyhtiön verkkopalvelu');
    expect(pdf).toContain('Maija');
    expect(pdf).toContain(plain(categoryInfo('s3.15').names[lang]));
    expect(pdf).toContain(plain(tr(lang, 'markedCompleteButMissing', { n: todo })));
    expect(pdf).not.toContain(plain(tr(lang, 'reportPdfDraft')));
  });

  it('does not say "no category has been excluded" when categories are merely empty', async () => {
    const data = await report(years({ excluded: [] }));
    const pdf = text(renderReportPdf(data, lang));
    expect(pdf).not.toContain(plain(tr(lang, 'reportPdfNoExclusions')));
    expect(pdf).toContain(plain(tr(lang, 'noExclusionsButTodo', { n: data.completeness.counts.todo })));
  });

  it('says nothing is missing when every category is gone through, and then reads as complete', async () => {
    const all = CATEGORY_IDS.filter((c) => !['s1.mobile', 's2.heat', 's3.01'].includes(c));
    const data = await report(
      years({ missing: [], excluded: all.map((category) => ({ category, reason: 'Ei koske' })) }),
    );
    const pdf = text(renderReportPdf(data, lang));
    expect(pdf).toContain(plain(tr(lang, 'missingNone')));
    expect(pdf).not.toMatch(
      new RegExp(plain(tr(lang, 'markedCompleteButMissing', { n: 0 })).split('0')[0] as string),
    );
  });

  it('warns that the years cover different categories and gives the like-for-like change', async () => {
    const data = await report(years());
    const table = reportTables(data, lang).find((t) => t.id === 'comparisonPrevious');
    const like = table?.rows.find((r) => r.id === 'likeForLikeLocation');
    // Fuels and heat: 4250 kg against 4500 kg.
    expect(like?.cells.against).toBeCloseTo(4500, 6);
    expect(like?.cells.year).toBeCloseTo(4250, 6);
    expect(like?.cells.relative).toBeCloseTo(-250 / 4500, 9);
    expect(table?.rows.find((r) => r.id === 'totalLocation')?.cells.relative).toBeCloseTo(2.59, 6);
    const warning = table?.notes.find((n) => n.includes(categoryInfo('s3.01').names[lang]));
    expect(warning).toBeDefined();
    const pdf = text(renderReportPdf(data, lang));
    expect(pdf).toContain(plain(tr(lang, 'coverageDiffers').split('.')[0] as string));
    expect(pdf).toContain(plain(tr(lang, 'likeForLikeLocation').split(',')[0] as string));
    // The headline change names the like-for-like change beside the total's +259 % (-250 kg = -0,25 t).
    expect(pdf).toMatch(
      {
        fi: /259,0 %\); vertailukelpoinen -0,25 t CO2e.{0,40}\(-5,6 %\)/,
        sv: /259,0 %\); jämförbar -0,25 t CO2e.{0,40}\(-5,6 %\)/,
        en: /259\.0%\); like for like -0\.25 t CO2e \(-5\.6%\)/,
      }[lang],
    );
  });
});
