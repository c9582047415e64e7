/**
 * The alternative text of each chart in the PDFs: the kind of chart, its title, what it shows in a sentence
 * (the largest bar, the years and series, the first and last point) and which table holds its figures, since
 * every chart is drawn beside its table.
 */
import type { Lang } from '../../../i18n/issueMessages';
import { pdfAccessWord } from '../../../i18n/uiPdfAccess';
import type { BarItem, StackColumn } from './charts';

/** Where the chart's table is: before the chart or after it. */
export type TablePlace = 'before' | 'after';

const where = (lang: Lang, place: TablePlace) =>
  pdfAccessWord(lang, place === 'before' ? 'paTableBefore' : 'paTableAfter');

export function barsAlt(lang: Lang, title: string, items: readonly BarItem[], place: TablePlace): string {
  const largest = items.reduce<BarItem | undefined>((a, b) => (a && a.value >= b.value ? a : b), undefined);
  return pdfAccessWord(lang, 'paBars', {
    title,
    n: items.length,
    label: largest?.label ?? '',
    value: largest?.valueLabel ?? '',
    where: where(lang, place),
  });
}

export function columnsAlt(
  lang: Lang,
  title: string,
  series: readonly string[],
  columns: readonly StackColumn[],
  place: TablePlace,
): string {
  // A partner's first year is one column: "the year 2024", not "the years 2024–2024".
  return pdfAccessWord(lang, columns.length === 1 ? 'paColumnsOne' : 'paColumns', {
    title,
    first: columns[0]?.label ?? '',
    last: columns.at(-1)?.label ?? '',
    series: series.join(', '),
    where: where(lang, place),
  });
}

export function lineAlt(lang: Lang, title: string, points: readonly BarItem[], place: TablePlace): string {
  return pdfAccessWord(lang, 'paLine', {
    title,
    first: points[0]?.label ?? '',
    firstValue: points[0]?.valueLabel ?? '',
    last: points.at(-1)?.label ?? '',
    lastValue: points.at(-1)?.valueLabel ?? '',
    where: where(lang, place),
  });
}

export function pathwayAlt(
  lang: Lang,
  title: string,
  first: number,
  last: number,
  place: TablePlace,
): string {
  return pdfAccessWord(lang, 'paPathway', { title, first, last, where: where(lang, place) });
}
