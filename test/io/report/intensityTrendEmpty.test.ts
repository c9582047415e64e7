/**
 * Intensities per year when no year has an intensity (found in a Swedish report, issue 15): the table has no
 * rows, so the report says there are no figures, instead of a table of bare years under the heading.
 */
import { describe, expect, it } from 'vitest';
import type { InventoryResult } from '../../../src/core/results';
import { tr } from '../../../src/i18n/ui';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { intensityTrendTable } from '../../../src/io/report/tables/trend';
import { multiYearReport } from './fixture';
import { pdfPages, plain } from './pdfTools';

const t = (key: Parameters<typeof tr>[1], params?: Record<string, string | number>) => tr('sv', key, params);

describe('intensities per year without any intensity', () => {
  it('has no rows, and rows for every year once one year has an intensity', async () => {
    const data = await multiYearReport({ years: 3, name: 'Bageri Ab' });
    const withFigures = data.history.filter((r) => r.intensities.length > 0);
    expect(withFigures.length).toBeGreaterThan(0);
    expect(intensityTrendTable(data.history, t).rows.map((r) => r.id)).toEqual(
      data.history.map((r) => String(r.year)),
    );
    const bare = data.history.map((r): InventoryResult => ({ ...r, intensities: [] }));
    expect(intensityTrendTable(bare, t).rows).toEqual([]);
  });

  it('reads as no figures in the Swedish PDF', async () => {
    const data = await multiYearReport({ years: 2, name: 'Bageri Ab' });
    const bare = { ...data, history: data.history.map((r) => ({ ...r, intensities: [] })) };
    const text = plain(pdfPages(renderReportPdf(bare, 'sv')).join('\n'));
    const after = text.slice(text.indexOf(t('reportTableIntensityTrend')));
    expect(after.slice(0, 200)).toContain(t('reportPdfNoRows'));
  });
});
