/**
 * The PDF report read back with poppler: every section, Finnish characters, the figures exactly as the screen
 * formats the core's result, page numbers, document properties, markup in a name as plain text, and every
 * page renders.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatTonnes } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/issueMessages';
import { tr } from '../../../src/i18n/ui';
import { renderReportPdf, shortFingerprint } from '../../../src/io/report/pdf/renderReport';
import type { ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { multiYearReport, PARTNER_NAME } from './fixture';
import { pdfPages, pdfWords, plain, renderPages } from './pdfTools';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words separated by any run of spaces (pdftotext -layout puts columns apart). */
const spaced = (...parts: string[]) => new RegExp(parts.map((p) => escapeRe(plain(p))).join('\\s+'));
const flat = (pages: string[]) => plain(pages.join('\n'));

const SECTIONS = [
  'reportPdfSectionPartner',
  'reportPdfSectionBoundary',
  'reportPdfSectionMethod',
  'reportPdfSectionResults',
  'reportPdfSectionComparison',
  'reportPdfSectionQuality',
  'reportPdfSectionFactors',
  'reportPdfSectionAbout',
] as const;

describe.each(['fi', 'sv', 'en'] as Lang[])('PDF report in %s', (lang) => {
  let data: ReportData;
  let bytes: Uint8Array;
  let pages: string[];

  it('is made from a partner with three years', async () => {
    data = await multiYearReport({ years: 3 });
    bytes = renderReportPdf(data, lang);
    pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('has every section and every result table', () => {
    const text = flat(pages);
    for (const key of SECTIONS) expect(text, key).toContain(plain(tr(lang, key)));
    for (const table of reportTables(data, lang))
      expect(text, table.id).toContain(plain(table.title).replace('→', '->'));
    expect(text).toContain('GHG Protocol Corporate Accounting and Reporting Standard');
    expect(text).toContain('Scope 2 Guidance');
    expect(text).toContain(data.factorSet.key);
    expect(text).toContain(data.gwpSet);
  });

  it('opens with the change of the total from the previous year and from the base year', () => {
    const first = plain(pages[0] ?? '');
    for (const [key, c] of [
      ['reportPdfChangePrevious', data.comparisons.previousYear],
      ['reportPdfChangeBase', data.comparisons.baseYear],
    ] as const) {
      if (!c) throw new Error('three years have both comparisons');
      const abs = `${plain(formatTonnes(c.totalLocation.absolute, lang))} ${tr(lang, 'tonnes')}`;
      // The label's "(location-based)" may wrap below the value: the label up to the year, then the value.
      const [label = '', method = ''] = plain(tr(lang, key, { year: c.against })).split(' (');
      expect(first).toMatch(
        new RegExp(`${escapeRe(label)}(\\s+\\(${escapeRe(method)})?\\s+${escapeRe(abs)}`),
      );
    }
  });

  it('lists the GWP values with semicolons between, so a decimal comma cannot run two figures together', () => {
    const text = flat(pages).replace(/\s+/g, ' ');
    const [a, b] = data.gwp.values;
    if (!a || !b) throw new Error('the example weights at least two gases');
    expect(text).toContain(plain(`${a.gas} ${formatNumber(a.gwp, lang, 1)}; ${b.gas} `));
  });

  it('writes Finnish characters and the partner name as they are', () => {
    const text = flat(pages);
    expect(text).toContain(PARTNER_NAME);
    if (lang === 'fi') expect(text).toContain('Päästöt scopeittain');
    expect(text).toMatch(/Å.*Ö/);
  });

  it('shows the totals by scope and both Scope 2 methods exactly as the screen formats them', () => {
    const r = data.result;
    const text = flat(pages);
    const f = (kg: number) => formatTonnes(kg, lang);
    // A row: its label's first words (a long label may wrap), then location- and market-based side by side.
    const row = (label: string, loc: number, mkt: number) =>
      new RegExp(
        `${escapeRe(label.split(' – ')[0] as string)}[^\\n]*?\\s${escapeRe(plain(f(loc)))}\\s+${escapeRe(plain(f(mkt)))}(\\s|$)`,
        'm',
      );
    expect(text).toMatch(row(tr(lang, 'scope1'), r.scope1, r.scope1));
    expect(text).toMatch(row(tr(lang, 'scope2'), r.scope2.location, r.scope2.market));
    expect(text).toMatch(row(tr(lang, 'scope3'), r.scope3, r.scope3));
    expect(text).toMatch(row(tr(lang, 'total'), r.total.location, r.total.market));
    // The headline figures on the first page.
    expect(plain(pages[0] ?? '')).toMatch(spaced(tr(lang, 'totalLocation'), `${f(r.total.location)} t CO2e`));
    expect(plain(pages[0] ?? '')).toMatch(spaced(tr(lang, 'totalMarket'), `${f(r.total.market)} t CO2e`));
    // The change from the previous year and from the base year, split into activity and factor effects.
    for (const c of [data.comparisons.previousYear, data.comparisons.baseYear]) {
      expect(c).toBeDefined();
      if (!c) continue;
      expect(text).toContain(plain(f(c.totalLocation.absolute)));
      expect(text).toContain(plain(f(c.decomposition.location.activity)));
      expect(text).toContain(plain(f(c.decomposition.location.factor)));
    }
  });

  it('numbers its pages and carries the partner, year and fingerprint in every footer', () => {
    const n = pages.length;
    const fp = shortFingerprint(data.fingerprint.hex);
    for (const [i, page] of pages.entries()) {
      expect(plain(page)).toContain(plain(tr(lang, 'reportPdfPage', { page: i + 1, pages: n })));
      expect(page).toContain(fp);
      expect(page).toContain(String(data.year));
    }
    if (lang === 'fi') expect(pages[0]).toContain(`Sivu 1 / ${n}`);
    expect(flat(pages)).toContain(data.fingerprint.hex);
  });

  it('has document properties and a language', () => {
    const { info } = pdfWords(bytes);
    expect(info.Title).toContain(PARTNER_NAME);
    expect(info.Title).toContain(String(data.year));
    expect(info.Author).toBe('Päästölaskuri');
    expect(info.Creator).toBe(`Päästölaskuri ${data.meta.appVersion}`);
    expect(info.Subject).toContain(String(data.year));
    // The document language with its region: Finland's Finnish and Swedish, British English.
    expect(Buffer.from(bytes).toString('latin1')).toContain(
      { fi: '/Lang (fi-FI)', sv: '/Lang (sv-FI)', en: '/Lang (en-GB)' }[lang],
    );
  });

  it('renders every page with pdftoppm, none blank', () => {
    const rendered = renderPages(bytes, 50);
    expect(rendered.length).toBe(pages.length);
    for (const p of rendered) {
      // A4 at 50 dpi.
      expect(Math.abs(p.width - 413)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - 585)).toBeLessThanOrEqual(1);
      expect(p.inked).toBeGreaterThan(0.002);
    }
  });
});

describe('PDF report edge cases', () => {
  it('shows a partner name with markup as literal text', async () => {
    const name = '<b>x</b><script>alert(1)</script>';
    const data = await multiYearReport({ years: 1, name });
    const bytes = renderReportPdf(data, 'en');
    const pages = pdfPages(bytes);
    expect(pages[0]).toContain(name);
    for (const page of pages) expect(page).toContain(name.slice(0, 20));
    expect(pdfWords(bytes).info.Title).toContain(name);
    expect(renderPages(bytes).length).toBe(pages.length);
  });

  it('says so when there is no earlier year, and marks a draft', async () => {
    const data = await multiYearReport({ years: 1 });
    const draft: ReportData = { ...data, status: 'draft' };
    const text = flat(pdfPages(renderReportPdf(draft, 'fi')));
    expect(text).toContain(plain(tr('fi', 'reportPdfNoComparison')));
    expect(text).toContain(plain(tr('fi', 'reportPdfDraft')));
    expect(text).not.toContain(plain(tr('fi', 'reportYearsLeftOut', { years: '' }).slice(0, 20)));
  });

  it('names earlier years left out because they cannot be calculated', async () => {
    const data = await multiYearReport({ years: 2 });
    const gap: ReportData = { ...data, meta: { ...data.meta, yearsLeftOut: [2020, 2021] } };
    for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
      // A paragraph wraps: compared with every run of white space as one space.
      const words = (s: string) => s.replace(/\s+/g, ' ');
      const text = words(flat(pdfPages(renderReportPdf(gap, lang))));
      expect(text).toContain(words(plain(tr(lang, 'reportYearsLeftOut', { years: '2020, 2021' }))));
    }
  });
});
