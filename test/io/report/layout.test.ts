/** The PDF layout toolkit on its own: tables across pages, wrapping, charts, footers, text encoding. */
import { describe, expect, it } from 'vitest';
import { horizontalBars, lineChart, stackedColumns } from '../../../src/io/report/pdf/charts';
import { drawTable, type PdfTable } from '../../../src/io/report/pdf/table';
import { pdfText } from '../../../src/io/report/pdf/winAnsi';
import { PdfWriter } from '../../../src/io/report/pdf/writer';
import { pdfPages, pdfWords, plain, renderPages } from './pdfTools';

function writer(): PdfWriter {
  return new PdfWriter({ title: 'T', subject: 'S', author: 'Päästölaskuri', creator: 'test', lang: 'fi' });
}

const LONG_TEXT =
  'Kuljetukset alihankkijan kalustolla Joensuusta Kuopioon ja takaisin, mukaan lukien tyhjät paluumatkat ja odotusajat';

function bigTable(rows: number): PdfTable {
  return {
    columns: [
      { header: 'Lähde' },
      { header: 'Määrä', align: 'right' },
      { header: 'Päästöt t CO2e', align: 'right' },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      cells: [i % 7 === 3 ? `Rivi ${i} ${LONG_TEXT}` : `Rivi ${i} öljy`, `${i * 10} kWh`, `${i},5`],
    })),
  };
}

describe('PDF text in the standard fonts', () => {
  it('keeps Finnish letters, € and dashes, and maps what WinAnsi lacks', () => {
    expect(pdfText('Päästöt ÄÖÅ äöå € – ²')).toBe('Päästöt ÄÖÅ äöå € – ²');
    expect(pdfText('CO₂ CH₄ N₂O')).toBe('CO2 CH4 N2O');
    expect(pdfText('\u22121\u202f234,5')).toBe('-1\u00a0234,5');
    expect(pdfText('Čapek 😀')).toBe('Capek ?');
  });

  it('is measured exactly as PDFKit measures it, kerning included', () => {
    const w = writer();
    const samples = [
      'AVATAR To Wy Päästöt ÄÖÅ äöå € – m² 1\u00a0234,5',
      'Yhteensä (sijaintiperusteinen) T.Y. “LTA” V.A.',
      'Växthusgasutsläpp, platsbaserat – 12,5 %',
    ];
    for (const style of ['normal', 'bold'] as const)
      for (const size of [7, 8.5, 10, 13.5]) {
        w.font(size, style);
        for (const s of samples) expect(w.textWidth(s)).toBeCloseTo(w.pdfkitWidth(s), 9);
      }
    // Kerning counts: "AV" is narrower than "A" and "V" apart.
    w.font(10);
    expect(w.textWidth('AV')).toBeLessThan(w.textWidth('A') + w.textWidth('V'));
  });

  it('extracts as the same text', () => {
    const w = writer();
    w.paragraph('Päästöt ÄÖÅ äöå € – m² CO₂ 1\u202f234,5 −2');
    const [page] = pdfPages(w.bytes());
    expect(plain(page ?? '')).toContain('Päästöt ÄÖÅ äöå € – m² CO2 1 234,5 -2');
  });
});

describe('tables', () => {
  it('repeat the header on every page, never split a row, wrap long cells', () => {
    const w = writer();
    w.heading('Taulukko', 1);
    drawTable(w, bigTable(120));
    w.footers('Kumppani', (n, total) => `Sivu ${n} / ${total}`);
    const pages = pdfPages(w.bytes());
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      // The header row (its last title may wrap) above the first row of the page.
      expect(page, `page ${i + 1} header`).toMatch(/Lähde\s+Määrä\s+Päästöt[\s\S]*?Rivi/);
      expect(page).toContain(`Sivu ${i + 1} / ${pages.length}`);
    }
    for (let i = 0; i < 120; i++) {
      // Each row's number cells are on the line of its first text line, on exactly one page.
      const onPages = pages.filter((p) => new RegExp(`Rivi ${i} .*\\s${i * 10} kWh\\s+${i},5\\b`).test(p));
      expect(onPages.length, `row ${i}`).toBe(1);
    }
    // Wrapped: each long cell starts and ends on the same page, on a later line.
    const { words } = pdfWords(w.bytes());
    const starts = words.filter((x) => x.text === 'Kuljetukset');
    const ends = words.filter((x) => x.text === 'odotusajat');
    expect(starts.length).toBe(Math.ceil((120 - 3) / 7));
    expect(ends.length).toBe(starts.length);
    for (const [i, s] of starts.entries()) {
      expect(ends[i]?.page).toBe(s.page);
      expect(ends[i]?.yMin).toBeGreaterThan(s.yMin);
    }
  });

  it('right-aligns numbers: the ends of a numeric column line up', () => {
    const w = writer();
    drawTable(w, {
      columns: [{ header: 'A' }, { header: 'Luku', align: 'right' }],
      rows: [
        { cells: ['x', '1'] },
        { cells: ['y', '1 234,5'] },
        { cells: ['Yhteensä', '1 235,5'], emphasis: true },
      ],
    });
    const { words } = pdfWords(w.bytes());
    // The last word of each body row's line.
    const lines = new Map<number, number>();
    for (const x of words)
      lines.set(Math.round(x.yMin), Math.max(lines.get(Math.round(x.yMin)) ?? 0, x.xMax));
    const ends = [...lines.values()].slice(1);
    expect(ends.length).toBe(3);
    // Bold and regular digits differ in width by a fraction of a point at most.
    for (const e of ends) expect(Math.abs(e - (ends[0] as number))).toBeLessThan(0.5);
  });
});

describe('charts', () => {
  it('draw with value labels and render without error', () => {
    const w = writer();
    horizontalBars(
      w,
      'Suurimmat lähteet',
      [
        { label: 'Sähkö', value: 12000, valueLabel: '12,0' },
        { label: LONG_TEXT, value: 3000, valueLabel: '3,0' },
        { label: 'Negatiivinen', value: -5, valueLabel: '-0,01' },
      ],
      'Pylväät',
    );
    stackedColumns(
      w,
      'Päästöt vuosittain',
      ['Scope 1', 'Scope 2', 'Scope 3'],
      [
        { label: '2022', parts: [10, 20, 30], totalLabel: '60' },
        { label: '2023', parts: [12, 0, 25], totalLabel: '37' },
      ],
      (v) => String(v),
      'Pylväät vuosittain',
    );
    lineChart(
      w,
      'Intensiteetti',
      [
        { label: '2022', value: 1.5, valueLabel: '1,5' },
        { label: '2023', value: 1.2, valueLabel: '1,2' },
      ],
      'Viiva',
    );
    const bytes = w.bytes();
    const text = plain(pdfPages(bytes).join('\n'));
    for (const s of ['Suurimmat lähteet', '12,0', 'Päästöt vuosittain', 'Scope 2', '2023', '1,2', '-0,01'])
      expect(text).toContain(s);
    const pngs = renderPages(bytes);
    expect(pngs.length).toBeGreaterThan(0);
    for (const p of pngs) expect(p.inked).toBeGreaterThan(0.01);
  });
});
