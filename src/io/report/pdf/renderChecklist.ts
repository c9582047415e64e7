/**
 * The data checklist as an A4 PDF a student sends a partner before a session (issue 10): per category that
 * concerns the partner, the documents to gather in plain words and a blank line for the figure. Built from
 * the same list as the checklist page (src/core/checklist.ts). Loaded only when the PDF is made.
 */
import '../../../i18n/uiInterview';
import { type CategoryId, categoryInfo } from '../../../core/categories';
import { dataChecklist } from '../../../core/checklist';
import { THEME_IDS } from '../../../core/interview';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { interviewWord } from '../../../i18n/uiInterview';
import { MUTED } from './palette';
import { PdfWriter } from './writer';

export interface ChecklistInput {
  name: string;
  year: number;
  excluded: readonly { category: CategoryId }[];
  interview?: { answers: Readonly<Record<string, string>> } | undefined;
}

/** The blank a figure is written on: a run of underscores that prints as a line and reads as one in text. */
const BLANK = '_'.repeat(40);

export function renderChecklistPdf(input: ChecklistInput, lang: Lang): Uint8Array {
  const w = (key: string, params?: Record<string, string | number>) => interviewWord(lang, key, params);
  const title = w('clTitle', { name: input.name, year: input.year });
  const pdf = new PdfWriter({
    title,
    subject: w('clPdfSubject', { year: input.year }),
    author: tr(lang, 'appName'),
    creator: tr(lang, 'appName'),
    lang,
  });
  pdf.heading(title, 1);
  pdf.paragraph(w('clLead'));
  if (!input.interview) pdf.paragraph(w('clNoInterview'), { color: MUTED });
  const items = dataChecklist(input);
  for (const theme of THEME_IDS) {
    const ofTheme = items.filter((i) => i.theme === theme);
    if (ofTheme.length === 0) continue;
    pdf.heading(w(`ivTheme_${theme}`), 2, 35);
    for (const item of ofTheme) {
      const info = categoryInfo(item.category);
      pdf.heading(`${info.names[lang]} (${w('ivScope', { n: info.scope })})`, 3, 20);
      pdf.list(item.documents.map((d) => w(`clDoc_${d}`)));
      pdf.paragraph(`${w('clFigure')} ${BLANK}`, { after: 3 });
    }
  }
  const skipped = input.excluded.map((x) => categoryInfo(x.category).names[lang]);
  if (skipped.length > 0) {
    pdf.space(3);
    pdf.paragraph(w('clNotRelevant', { categories: skipped.join(', ') }), { color: MUTED, size: 9 });
  }
  pdf.footers(w('clPdfFooter', { name: input.name, year: input.year }), (page, pages) =>
    w('clPage', { page, pages }),
  );
  return pdf.bytes();
}
