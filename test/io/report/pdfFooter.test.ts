/**
 * Long names in the PDF report: every page's footer keeps the fingerprint (the name is shortened, with an
 * ellipsis, to make room for it), long names wrap instead of running off the page, and no percentage is
 * written without the Finnish space ("0%" next to "43 %" was seen before one format was used).
 */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/issueMessages';
import { tr } from '../../../src/i18n/ui';
import { renderReportPdf, shortFingerprint } from '../../../src/io/report/pdf/renderReport';
import type { ReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { multiYearReport } from './fixture';
import { pdfPages, pdfWords, plain } from './pdfTools';

/** Realistic long Finnish names: compound words of 30–50 letters, as registered names and sites have. */
const WORDS = [
  'Pohjois-Karjalan',
  'Ympäristönsuojelutoimenpidesuunnitelmakokonaisuus',
  'Kaukolämpöverkkokunnossapitopalvelut',
  'ja',
  'Metsäteollisuusjätevesienkäsittelylaitososuuskunta',
  'Joensuun',
  'Kiertotaloustoimintaympäristökehittämisyhdistys',
];

function longName(length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += `${WORDS[i % WORDS.length]} `;
  const base = s.slice(0, length - 3);
  return base.endsWith(' ') ? `${base.slice(0, -1)} Oyj` : `${base} Oy`;
}

/** A4 in points and the page's side margins (18 mm), as pdftotext -bbox measures words. */
const PAGE_WIDTH = 595.28;
const MARGIN = (18 / 25.4) * 72;

async function reportNamed(name: string): Promise<ReportData> {
  const data = await multiYearReport({ years: 3, name });
  // Site names as long as the partner's, a compound word among them.
  const sites = data.organization.sites.map((s, i) => ({ ...s, name: `${longName(60 + 20 * i)} ${s.name}` }));
  return { ...data, organization: { ...data.organization, sites } };
}

describe.each([100, 300])('PDF report of a partner with a %i-character name', (length) => {
  const name = longName(length);

  it.each(['fi', 'sv', 'en'] as Lang[])(
    'carries the fingerprint, the year and the page in every footer (%s)',
    async (lang) => {
      expect(name.length).toBe(length);
      const data = await reportNamed(name);
      const bytes = renderReportPdf(data, lang);
      const pages = pdfPages(bytes);
      const fp = shortFingerprint(data.fingerprint.hex);
      const label = tr(lang, 'reportPdfFooter', { name: '', year: data.year, fingerprint: fp }).trim();
      for (const [i, page] of pages.entries()) {
        const pageLabel = plain(tr(lang, 'reportPdfPage', { page: i + 1, pages: pages.length }));
        const footer = plain(page)
          .split('\n')
          .find((l) => l.includes(pageLabel));
        expect(footer, `page ${i + 1} has its page label`).toBeDefined();
        // The footer is one line: the name (shortened) first, then the year and the fingerprint, then the page.
        expect(footer, `page ${i + 1}`).toContain(plain(label));
        expect(footer, `page ${i + 1}`).toContain(fp);
        expect(footer?.startsWith(name.slice(0, 10)), `page ${i + 1} names the partner`).toBe(true);
        expect(footer).toContain('…');
      }
      // The full name is in the report itself.
      expect(plain(pages.join('\n')).replace(/\s+/g, ' ')).toContain(name);
    },
  );

  it('lets no word run off the page or into the margin', async () => {
    const data = await reportNamed(name);
    const { words } = pdfWords(renderReportPdf(data, 'fi'));
    const outside = words.filter((w) => w.xMax > PAGE_WIDTH - MARGIN + 1 || w.xMin < MARGIN - 1);
    expect(outside.map((w) => `${w.page}: ${w.text} ${w.xMin}–${w.xMax}`)).toEqual([]);
  });
});

describe('percentages in the PDF', () => {
  it.each(['fi', 'sv', 'en'] as Lang[])(
    'are written in one format, each share as the tables format it (%s)',
    async (lang) => {
      const data = await multiYearReport({ years: 3 });
      const text = plain(pdfPages(renderReportPdf(data, lang)).join('\n'));
      // Figures from our formatting only: a factor's own name such as "Diesel (100% mineral diesel)" is data.
      const percents = [...text.matchAll(/(?<![\d,.(])-?\d+(?:[ ,.]\d+)* ?%/g)].map((m) => m[0]);
      expect(percents.length).toBeGreaterThan(20);
      const format = lang === 'en' ? /^-?\d{1,3}(,\d{3})*\.\d%$/ : /^-?\d{1,3}( \d{3})*,\d %$/;
      for (const p of percents)
        expect(p, 'one decimal; Finnish a space before %, English none').toMatch(format);
      if (lang !== 'en') expect(percents.filter((p) => /\d%$/.test(p))).toEqual([]);
      // Every share of the scopes and categories tables is in the PDF as formatPercent writes it.
      for (const table of reportTables(data, lang).filter(
        (t) => t.id === 'scopes' || t.id === 'categories',
      )) {
        const shares = table.columns.filter((c) => c.kind === 'share');
        expect(shares.length).toBeGreaterThan(0);
        for (const row of table.rows)
          for (const c of shares) {
            const v = row.cells[c.id];
            if (typeof v === 'number') expect(text).toContain(plain(formatPercent(v, lang)));
          }
      }
    },
  );
});
