/**
 * The network summary's files, made on the device: the PDF (its code loaded only when one is made) or the
 * CSV, of the figures on screen, named `verkoston-yhteenveto-<year>` (with "kumppanit-nimeltä" when the
 * partners' own figures are in it, so a named file is not published by mistake).
 */
import '../../i18n/uiNetworkPublication';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { SummaryAbout } from '../../io/report/network/summaryCsv';
import type { SummaryInput } from '../../io/report/network/summaryTables';

export type SummaryKind = 'pdf' | 'csv';

export async function summaryFile(
  kind: SummaryKind,
  input: SummaryInput,
  about: Omit<SummaryAbout, 'anonymous' | 'year' | 'baseYear'>,
  lang: Lang,
): Promise<File> {
  const { summaryTables } = await import('../../io/report/network/summaryTables');
  const tables = summaryTables(input, lang);
  const full: SummaryAbout = {
    ...about,
    year: input.figures.year,
    ...(input.figures.baseYear !== undefined ? { baseYear: input.figures.baseYear } : {}),
    anonymous: input.anonymous,
  };
  const base = tr(lang, input.anonymous ? 'pubFileName' : 'pubFileNameNamed', { year: full.year });
  if (kind === 'pdf') {
    const { renderSummaryPdf } = await import('../../io/report/network/renderSummaryPdf');
    const bytes = renderSummaryPdf(tables, full, lang) as Uint8Array<ArrayBuffer>;
    return new File([bytes], `${base}.pdf`, { type: 'application/pdf' });
  }
  const { summaryCsv } = await import('../../io/report/network/summaryCsv');
  return new File([summaryCsv(tables, full, lang)], `${base}.csv`, { type: 'text/csv' });
}
