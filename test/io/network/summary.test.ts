/**
 * The network summary ("Verkoston yhteenveto"): its tables carry the network figures the dashboard shows; the
 * anonymous one never shows a figure of fewer than three partners, so a sector of two partners is nowhere in
 * its CSV or PDF, while the named one lists it; the PDF reads in Finnish and English (pdftotext).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReceivedFileSummary, YearSummary } from '../../../src/core/network';
import { networkFigures } from '../../../src/core/networkFigures';
import { networkPartners } from '../../../src/core/networkPartners';
import { formatTonnes } from '../../../src/i18n/format';
import { renderSummaryPdf } from '../../../src/io/report/network/renderSummaryPdf';
import { type SummaryAbout, summaryCsv, summaryCsvRows } from '../../../src/io/report/network/summaryCsv';
import { type SummaryTable, summaryTables } from '../../../src/io/report/network/summaryTables';
import { pdfPages, plain } from '../report/pdfTools';
import { yearSummary } from './yearSummary';

/** A partner's file: its sector, its total kg of each year (distinct per partner so none is a sum of others). */
function file(n: number, sector: string, years: Record<number, number>, fte = 20): ReceivedFileSummary {
  return {
    id: `f${n}`,
    fileName: `partner-${n}.json`,
    receivedAt: '2026-02-10T10:00:00.000Z',
    exportedAt: '2026-02-01T10:00:00.000Z',
    partnerKey: `100000${n}-0`,
    partner: { name: `Kumppani ${n} Oy`, businessId: `100000${n}-0`, sector, joinedOn: `202${n % 4}-03-01` },
    years: Object.entries(years).map(([y, kg]) => yearSummary(Number(y), kg, fte)),
    targets: [],
    actions: [],
    bytes: 1000,
    sha256: `sha${n}`,
  };
}

// Manufacturing (C): five partners; construction (F): two; information (J): three.
const FILES: ReceivedFileSummary[] = [
  file(1, '10710', { 2024: 101_000, 2025: 97_300 }),
  file(2, '25110', { 2024: 52_700, 2025: 50_900 }),
  file(3, '16100', { 2024: 233_100, 2025: 221_900 }),
  file(4, '22220', { 2024: 18_100, 2025: 17_700 }, 4),
  file(5, '31090', { 2024: 66_300, 2025: 64_100 }, 300),
  file(6, '41200', { 2024: 77_700, 2025: 71_300 }),
  file(7, '43210', { 2024: 29_900, 2025: 28_300 }),
  file(8, '62010', { 2024: 8_300, 2025: 8_100 }),
  file(9, '62020', { 2024: 5_900, 2025: 5_700 }),
  file(10, '63110', { 2024: 11_300, 2025: 10_900 }),
];
const YEAR = 2025;
const ABOUT: SummaryAbout = {
  year: YEAR,
  baseYear: 2024,
  anonymous: true,
  files: FILES.length,
  createdAt: '2026-03-01T12:00:00.000Z',
  appVersion: '0.1.0',
};

function tablesOf(
  files: readonly ReceivedFileSummary[],
  anonymous: boolean,
  lang: 'fi' | 'sv' | 'en' = 'fi',
) {
  const partners = networkPartners(files);
  const figures = networkFigures(files, { year: YEAR, baseYear: 2024 });
  return { figures, tables: summaryTables({ partners, figures, anonymous }, lang) };
}

const byId = (tables: SummaryTable[], id: string) => tables.find((t) => t.id === id) as SummaryTable;

/** Every number of every table and of the CSV. */
function numbersIn(tables: SummaryTable[]): number[] {
  return tables.flatMap((t) =>
    t.rows.flatMap((r) => Object.values(r.cells).filter((v) => typeof v === 'number')),
  );
}

const construction = FILES.filter((f) => f.partner.sector?.startsWith('4')).map(
  (f) => f.years.find((x) => x.year === YEAR) as YearSummary,
);
/** The construction partners' own figures, and their sums: none may be in the anonymous summary. */
const constructionSum = {
  location: construction.reduce((s, y) => s + y.total.location, 0),
  market: construction.reduce((s, y) => s + y.total.market, 0),
};
const constructionTotals = construction.flatMap((y) => [
  y.total.location,
  y.total.market,
  y.scope1,
  y.scope3,
]);

describe('network summary tables', () => {
  it("carry the network figures: the scopes' total is the network's, by sector every partner is counted", () => {
    const { figures, tables } = tablesOf(FILES, false);
    const total = byId(tables, 'scopes').rows.find((r) => r.id === 'total');
    const expected = FILES.reduce(
      (s, f) => s + (f.years.find((y) => y.year === YEAR)?.total.location ?? 0),
      0,
    );
    expect(total?.cells.location).toBeCloseTo(expected, 6);
    expect(total?.cells.location).toBeCloseTo(figures.emissions.total.location, 6);
    expect(total?.cells.partners).toBe(10);
    const sectors = byId(tables, 'sectors').rows;
    expect(sectors.map((r) => [r.id, r.cells.partners])).toEqual([
      ['C', 5],
      ['F', 2],
      ['J', 3],
      ['total', 10],
    ]);
    expect(sectors.find((r) => r.id === 'F')?.cells.location).toBeCloseTo(constructionSum.location, 6);
    // The named summary lists each partner with its own totals.
    const list = byId(tables, 'partnerList').rows;
    expect(list).toHaveLength(10);
    expect(list.find((r) => r.cells.item === 'Kumppani 6 Oy')?.cells.location).toBe(constructionTotals[0]);
  });

  it('anonymous: no row of fewer than three partners, and the two-partner sector is in no figure', () => {
    const { tables } = tablesOf(FILES, true);
    expect(tables.some((t) => t.id === 'partnerList')).toBe(false);
    for (const t of tables) {
      for (const r of t.rows) {
        const p = r.cells.partners;
        if (typeof p === 'number' && t.id !== 'growth')
          expect(p, `${t.id}/${r.id}`).toBeGreaterThanOrEqual(3);
      }
    }
    const sectors = byId(tables, 'sectors').rows;
    expect(sectors.map((r) => r.id)).not.toContain('F');
    // Merged with the smallest other sector (J, three partners) into "Others": five partners.
    expect(sectors.find((r) => r.id === 'others')?.cells.partners).toBe(5);
    const numbers = numbersIn(tables);
    for (const v of [...constructionTotals, constructionSum.location, constructionSum.market]) {
      expect(
        numbers.some((n) => Math.abs(n - v) < 1e-6),
        String(v),
      ).toBe(false);
    }
    const csv = summaryCsvRows(tables, ABOUT, 'en');
    for (const v of [...constructionTotals, constructionSum.location, constructionSum.market]) {
      expect(csv.some((row) => typeof row[8] === 'number' && Math.abs(row[8] - v) < 1e-6)).toBe(false);
    }
    expect(csv.some((row) => String(row[3]).startsWith('F '))).toBe(false);
  });

  it('anonymous: a like-for-like set short of the year by one or two partners has no figures', () => {
    // Partner 10 has no 2024: 9 of the 10 partners are compared, the difference would be partner 10's year.
    const files = FILES.map((f) =>
      f.id === 'f10' ? { ...f, years: f.years.filter((y) => y.year === YEAR) } : f,
    );
    const named = byId(tablesOf(files, false).tables, 'likeForLike').rows;
    expect(named[0]?.cells.partners).toBe(9);
    expect(named[0]?.cells.after).not.toBeNull();
    const anonymous = byId(tablesOf(files, true).tables, 'likeForLike');
    for (const r of anonymous.rows)
      expect([r.cells.after, r.cells.before, r.cells.change, r.cells.partners]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    // With every partner in both years the change is shown.
    const all = byId(tablesOf(FILES, true).tables, 'likeForLike').rows;
    expect(all[0]?.cells.partners).toBe(10);
    expect(all[0]?.cells.after).toBeCloseTo(tablesOf(FILES, true).figures.previous.now.total.location, 6);
  });

  it('anonymous, over random networks: every row with partners has three, groups add up to the total', () => {
    const SECTORS = ['10710', '41200', '62010', '47110', '86100', '01110'];
    const partnerArb = fc.record({
      sector: fc.constantFrom(...SECTORS),
      fte: fc.constantFrom(3, 20, 120, 400),
      kg: fc.integer({ min: 1000, max: 900_000 }),
      previous: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(partnerArb, { minLength: 1, maxLength: 14 }), (list) => {
        const files = list.map((p, i) =>
          file(i + 1, p.sector, p.previous ? { 2024: p.kg + 17, 2025: p.kg } : { 2025: p.kg }, p.fte),
        );
        const { tables, figures } = tablesOf(files, true);
        for (const t of tables) {
          for (const r of t.rows) {
            const n = r.cells.partners;
            if (typeof n === 'number' && t.id !== 'growth') expect(n).toBeGreaterThanOrEqual(3);
          }
          const total = t.rows.find((r) => r.id === 'total');
          if (total && ['scopes', 'sectors', 'sizes'].includes(t.id)) {
            const rest = t.rows.filter((r) => r !== total).reduce((a, r) => a + Number(r.cells.location), 0);
            expect(rest).toBeCloseTo(Number(total.cells.location), 3);
            expect(Number(total.cells.location)).toBeCloseTo(figures.emissions.total.location, 3);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('anonymous: each scope shown is the sum of its rows in the categories table', () => {
    const { tables } = tablesOf(FILES, true);
    const scopes = byId(tables, 'scopes').rows;
    const categories = byId(tables, 'categories').rows;
    // Each scope shown is the sum of its rows in the categories table: subtracting reveals nothing more.
    for (const s of scopes.filter((r) => r.id.startsWith('scope'))) {
      const n = s.id.slice(-1);
      const own = categories.filter(
        (c) => c.id.startsWith(`s${n}.`) || c.id === `others-scope${n}` || c.id === s.id,
      );
      const sum = own.reduce((a, c) => a + Number(c.cells.location), 0);
      expect(sum).toBeCloseTo(Number(s.cells.location), 6);
    }
  });

  it('anonymous: a size table that would give a partner as micro minus a sector is left out', () => {
    // Sector C = partners 1–3, J = 4–7; micro = 1–4, the others (small, medium) merged = 5–7: micro − C
    // would be partner 4.
    const files = [
      file(1, '10710', { 2025: 11_000 }, 5),
      file(2, '25110', { 2025: 12_000 }, 5),
      file(3, '16100', { 2025: 13_000 }, 5),
      file(4, '62010', { 2025: 14_000 }, 5),
      file(5, '62020', { 2025: 15_000 }, 20),
      file(6, '63110', { 2025: 16_000 }, 20),
      file(7, '62090', { 2025: 17_000 }, 120),
    ];
    const { tables } = tablesOf(files, true);
    expect(byId(tables, 'sectors').rows.map((r) => r.id)).toEqual(['C', 'J', 'total']);
    expect(byId(tables, 'sizes').rows).toEqual([]);
    expect(byId(tables, 'sizes').notes.join(' ')).toContain('yhdessä muiden taulukoiden');
    expect(numbersIn(tables)).not.toContain(14_000);
    // Named, the size table is there.
    expect(byId(tablesOf(files, false).tables, 'sizes').rows.length).toBeGreaterThan(0);
  });

  it('withholds a table of fewer than three partners in all', () => {
    const { tables } = tablesOf(FILES.slice(0, 2), true);
    expect(byId(tables, 'scopes').rows).toEqual([]);
    expect(byId(tables, 'sectors').rows).toEqual([]);
  });
});

describe('network summary files', () => {
  it('CSV: a long table with the year, the table, row and column of each figure, and what it is of', () => {
    const { tables } = tablesOf(FILES, true, 'fi');
    const text = summaryCsv(tables, ABOUT, 'fi');
    expect(text.startsWith('\uFEFFyear;table;row;item;column;measure;method;unit;value\r\n')).toBe(true);
    expect(text).toContain('2025;summary;anonymous;');
    expect(text).toMatch(
      /2025;scopes;total;Yhteensä;location;Sijaintiperusteinen \(kg CO2e\);location;kg CO2e;\d+(,\d+)?\r\n/,
    );
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'PDF in %s: the title, the sections and the merged rows, no two-partner sector',
    (lang) => {
      const { tables } = tablesOf(FILES, true, lang);
      const text = plain(pdfPages(renderSummaryPdf(tables, ABOUT, lang)).join('\n'));
      const words = {
        fi: [
          'Verkoston yhteenveto 2025',
          'Kumppanimäärä vuosittain',
          'Päästöt toimialoittain',
          'Muut (yhdistetty)',
          'Vertailukelpoinen muutos',
          'Sivu 1 /',
        ],
        sv: [
          'Nätverkets sammanfattning 2025',
          'Antal partner per år',
          'Utsläpp per bransch',
          'Övriga (sammanslagna)',
          'Jämförbar förändring',
          'Sida 1 /',
        ],
        en: [
          'Network summary 2025',
          'Number of partners by year',
          'Emissions by industry',
          'Others (merged)',
          'Like-for-like change',
          'Page 1 of',
        ],
      }[lang];
      for (const w of words) expect(text).toContain(w);
      expect(text).not.toContain({ fi: 'Rakentaminen', sv: 'Byggverksamhet', en: 'Construction' }[lang]);
      expect(text).not.toContain(plain(formatTonnes(constructionSum.location, lang)));
      expect(text).not.toContain('Kumppani 6');
    },
  );

  it('PDF named: lists the partners by name', () => {
    const { tables } = tablesOf(FILES, false, 'fi');
    const text = plain(pdfPages(renderSummaryPdf(tables, { ...ABOUT, anonymous: false }, 'fi')).join('\n'));
    expect(text).toContain('Kumppanien luvut');
    // The name may wrap in its column: "Kumppani 6" on one line.
    expect(text).toContain('Kumppani 6');
    expect(text).toContain('Rakentaminen');
  });
});
