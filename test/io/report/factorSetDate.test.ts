/**
 * The factor set's publication day is written as each language writes days (found in a Swedish report,
 * issue 15: "publicerad 2026-12-06" in the middle of Swedish text): 6.12.2026 in Finnish and Swedish,
 * 06/12/2026 in English, as every other day of the report.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/issueMessages';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { multiYearReport } from './fixture';
import { pdfPages, plain } from './pdfTools';

describe('the factor set in the PDF report', () => {
  it.each(['fi', 'sv', 'en'] as Lang[])('names its publication day as %s writes days', async (lang) => {
    const data = await multiYearReport({ years: 1, name: 'Bageri Ab' });
    const [y, m, d] = data.factorSet.published.split('-').map(Number) as [number, number, number];
    const day =
      lang === 'en' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d}.${m}.${y}`;
    const text = plain(pdfPages(renderReportPdf(data, lang)).join('\n')).replace(/\s+/g, ' ');
    expect(text).toContain(`${data.factorSet.publisher}, `);
    expect(text).toContain(day);
    expect(text).not.toContain(data.factorSet.published);
  });
});
