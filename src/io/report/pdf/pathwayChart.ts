/**
 * A target's pathway chart in the PDF (issue 12), drawn like the report's other charts: the pathway from the
 * base year to the target year as a dashed line, the calculated years as a solid line with every point
 * marked and labelled, so dash and marker tell the two apart without colour. The values are formatted by
 * the caller, the same strings as the target's table.
 */
import { axis, figure, SIZE } from './charts';
import { MUTED, seriesStyle } from './palette';
import { lineHeight, type PdfWriter, type Stroke } from './writer';

export interface PathwayChartPoint {
  year: number;
  value: number;
  label: string;
}

const PLOT_H = 40;
/** At most this many year labels under the axis: more would run into each other. */
const MAX_YEAR_LABELS = 12;

export function pathwayChart(
  w: PdfWriter,
  title: string,
  legendNames: readonly [pathway: string, actual: string],
  pathway: readonly PathwayChartPoint[],
  actual: readonly PathwayChartPoint[],
  alt: string,
): void {
  if (pathway.length < 2) return;
  const dashed: Stroke = { color: seriesStyle(0).fill, width: 0.6, dash: [1.6, 1] };
  const real = seriesStyle(1).fill;
  const solid: Stroke = { color: real, width: 0.6 };
  figure(w, title, PLOT_H + 24, alt, () => {
    // Legend: a dashed line for the pathway, a solid line with a dot for the actual years.
    w.font(SIZE);
    const lh = lineHeight(SIZE);
    let x = w.left;
    const ly = w.y + lh / 2;
    w.line(x, ly, x + 8, ly, dashed);
    w.text(legendNames[0], x + 10, w.y);
    x += 10 + w.textWidth(legendNames[0]) + 8;
    w.line(x, ly, x + 8, ly, solid);
    w.circle(x + 4, ly, 1.1, real);
    w.text(legendNames[1], x + 10, w.y);
    w.y += lh + 2;

    const first = pathway[0]?.year ?? 0;
    const last = pathway.at(-1)?.year ?? first;
    const span = Math.max(1, last - first);
    const values = [...pathway, ...actual].map((p) => p.value);
    const max = Math.max(...values, 0);
    const min = Math.min(...values, 0);
    const range = max - min || 1;
    const top = w.y + lh + 2;
    const base = top + PLOT_H;
    const left = w.left + 2;
    const width = w.width - 14;
    const xOf = (year: number) => left + ((year - first) / span) * width;
    const yOf = (v: number) => base - ((v - min) / range) * PLOT_H;

    w.line(left, yOf(0), left + width, yOf(0), axis());
    // The pathway, dashed, with its two ends labelled.
    for (let i = 1; i < pathway.length; i++) {
      const a = pathway[i - 1] as PathwayChartPoint;
      const b = pathway[i] as PathwayChartPoint;
      w.line(xOf(a.year), yOf(a.value), xOf(b.year), yOf(b.value), dashed);
    }
    const end = pathway.at(-1) as PathwayChartPoint;
    w.font(SIZE, 'normal', MUTED);
    w.text(end.label, xOf(end.year), yOf(end.value) - lh - 1, 'right');
    // The calculated years, solid, every point marked and labelled.
    for (let i = 1; i < actual.length; i++) {
      const a = actual[i - 1] as PathwayChartPoint;
      const b = actual[i] as PathwayChartPoint;
      w.line(xOf(a.year), yOf(a.value), xOf(b.year), yOf(b.value), solid);
    }
    w.font(SIZE, 'bold');
    for (const p of actual) {
      w.circle(xOf(p.year), yOf(p.value), 1.1, real);
      w.text(p.label, xOf(p.year), yOf(p.value) - lh - 1, 'center');
    }
    // Years under the axis: every k-th, and the target year.
    w.font(SIZE, 'normal', MUTED);
    const step = Math.ceil((span + 1) / MAX_YEAR_LABELS);
    for (let y = first; y <= last; y += step) {
      if (last - y < step) continue;
      w.text(String(y), xOf(y), base + 1.2, 'center');
    }
    w.text(String(last), xOf(last), base + 1.2, 'center');
    w.y = base + lh + 5;
  });
  w.font(10);
}
