/**
 * Vector charts: ranked horizontal bars, stacked columns by year, and a line for a trend. Every bar and point
 * carries its value as text, and series differ by pattern as well as by colour, so neither colour vision nor
 * a colour printer is needed to read them. Each chart, its title included, is a Figure with the alternative
 * text the caller gives (chartAlt.ts). The numbers are formatted by the caller (the same strings as the
 * tables); the charts only scale them.
 */
import { type Hatch, MUTED, type Rgb, RULE, type SeriesStyle, seriesStyle } from './palette';
import { lineHeight, PAGE, type PdfWriter, type Stroke } from './writer';

export interface BarItem {
  label: string;
  value: number;
  valueLabel: string;
}

export interface StackColumn {
  label: string;
  /** One value per series, same order as the series names. */
  parts: readonly number[];
  totalLabel: string;
}

/** The charts' label size, pt. */
export const SIZE = 8.5;

function hatch(w: PdfWriter, kind: Hatch, x: number, y: number, width: number, height: number): void {
  if (kind === 'solid' || width <= 0 || height <= 0) return;
  const line = (x1: number, y1: number, x2: number, y2: number) => w.line(x1, y1, x2, y2, HATCH);
  const step = 1.8;
  if (kind === 'horizontal') {
    for (let yy = y + step / 2; yy < y + height; yy += step) line(x, yy, x + width, yy);
    return;
  }
  // "\" lines: x − y = k, clipped to the rectangle.
  for (let k = x - (y + height); k < x + width - y; k += step) {
    const xa = Math.max(x, y + k);
    const xb = Math.min(x + width, y + height + k);
    if (xb > xa) line(xa, xa - k, xb, xb - k);
  }
  if (kind === 'cross') {
    // "/" lines: x + y = k.
    for (let k = x + y; k < x + width + y + height; k += step) {
      const xa = Math.max(x, k - y - height);
      const xb = Math.min(x + width, k - y);
      if (xb > xa) line(xa, k - xa, xb, k - xb);
    }
  }
}

function box(w: PdfWriter, s: SeriesStyle, x: number, y: number, width: number, height: number): void {
  if (width <= 0 || height <= 0) return;
  w.rect(x, y, width, height, s.fill);
  hatch(w, s.hatch, x, y, width, height);
}

const HATCH: Stroke = { color: [255, 255, 255], width: 0.35 };

/**
 * A chart as a Figure with its alternative text: its title, kept on a page with `height` of the chart below
 * it, then what `draw` draws.
 */
export function figure(w: PdfWriter, title: string, height: number, alt: string, draw: () => void): void {
  w.font(10, 'bold');
  // A title naming a long intensity denominator wraps instead of running off the page.
  const lines = w.wrap(title, w.width);
  w.ensure(lines.length * lineHeight(10) + height);
  w.tag(
    'Figure',
    () => {
      w.font(10, 'bold');
      w.text(lines, w.left, w.y);
      w.y += lines.length * lineHeight(10) + 1.5;
      w.font(SIZE);
      draw();
    },
    { alt },
  );
}

export function axis(c: Rgb = RULE): Stroke {
  return { color: c, width: 0.25 };
}

/** Ranked horizontal bars, label on the left, value at the end of the bar. Negative values show no bar. */
export function horizontalBars(
  w: PdfWriter,
  title: string,
  items: readonly BarItem[],
  alt: string,
  styleIndex = 0,
): void {
  if (items.length === 0) return;
  const lh = lineHeight(SIZE);
  const labelW = Math.min(70, w.width * 0.4);
  w.font(SIZE);
  const valueW = Math.max(...items.map((i) => w.textWidth(i.valueLabel))) + 2;
  const barMax = w.width - labelW - valueW - 2;
  const max = Math.max(...items.map((i) => i.value), 0);
  const rows = items.map((i) => ({ item: i, lines: w.wrap(i.label, labelW - 2) }));
  const rowH = (n: number) => Math.max(n * lh, 4.5) + 1.5;
  // A chart that fits on a page is kept whole; a longer one starts with at least three bars under its title.
  const whole = rows.reduce((a, r) => a + rowH(r.lines.length), 0);
  const pageBody = w.bottom - PAGE.top - lineHeight(10) - 2;
  const keep = whole <= pageBody ? whole : rows.slice(0, 3).reduce((a, r) => a + rowH(r.lines.length), 0);
  const style = seriesStyle(styleIndex);
  figure(w, title, keep, alt, () => {
    for (const r of rows) {
      const h = rowH(r.lines.length);
      w.ensure(h);
      w.font(SIZE);
      w.text(r.lines, w.left, w.y + 0.5);
      const barH = 4;
      const bx = w.left + labelW;
      const bw = max > 0 && r.item.value > 0 ? (r.item.value / max) * barMax : 0;
      box(w, style, bx, w.y, bw, barH);
      w.line(bx, w.y - 0.5, bx, w.y + h - 1, axis());
      w.text(r.item.valueLabel, bx + bw + 1.5, w.y + 0.3);
      w.y += h;
    }
  });
  w.y += 3;
  w.font(10);
}

/** Legend: a swatch with the series' colour and pattern, and its name (drawn inside its chart's figure). */
export function legend(w: PdfWriter, names: readonly string[]): void {
  w.font(SIZE);
  const lh = lineHeight(SIZE);
  let x = w.left;
  w.ensure(lh + 1);
  for (const [i, name] of names.entries()) {
    const tw = w.textWidth(name);
    if (x + 7 + tw > w.left + w.width) {
      x = w.left;
      w.y += lh + 1;
    }
    box(w, seriesStyle(i), x, w.y + 0.2, 5, 3.2);
    w.text(name, x + 6.5, w.y);
    x += 6.5 + tw + 6;
  }
  w.y += lh + 2;
}

/** Columns (one per year) stacked by series, each part labelled inside when it is tall enough, total on top. */
export function stackedColumns(
  w: PdfWriter,
  title: string,
  series: readonly string[],
  columns: readonly StackColumn[],
  partLabel: (value: number) => string,
  alt: string,
): void {
  if (columns.length === 0) return;
  const plotH = 62;
  figure(w, title, plotH + 22, alt, () => {
    legend(w, series);
    const top = w.y + 5;
    const base = top + plotH;
    const max = Math.max(...columns.map((c) => c.parts.reduce((a, v) => a + Math.max(v, 0), 0)), 0);
    const slot = Math.min(w.width / columns.length, 32);
    const colW = slot * 0.62;
    w.line(w.left, base, w.left + slot * columns.length, base, axis());
    w.font(SIZE);
    for (const [ci, c] of columns.entries()) {
      const x = w.left + ci * slot + (slot - colW) / 2;
      let y = base;
      for (const [si, v] of c.parts.entries()) {
        if (v <= 0 || max <= 0) continue;
        const h = (v / max) * plotH;
        y -= h;
        box(w, seriesStyle(si), x, y, colW, h);
        if (h >= lineHeight(7) + 1) {
          // A label on a white chip, readable on every fill.
          w.font(7);
          const label = partLabel(v);
          const tw = w.textWidth(label);
          if (tw + 1.5 <= colW) {
            const chipY = y + h / 2 - lineHeight(7) / 2;
            w.rect(x + (colW - tw) / 2 - 0.6, chipY, tw + 1.2, lineHeight(7), [255, 255, 255]);
            w.text(label, x + colW / 2, chipY + 0.2, 'center');
          }
          w.font(SIZE);
        }
      }
      w.font(SIZE, 'bold');
      w.text(c.totalLabel, x + colW / 2, y - lineHeight(SIZE) - 0.5, 'center');
      w.font(SIZE);
      w.text(c.label, x + colW / 2, base + 1.2, 'center');
    }
    w.y = base + lineHeight(SIZE) + 5;
  });
  w.font(10);
}

/** A single-series line over the years, every point marked and labelled with its value. */
export function lineChart(
  w: PdfWriter,
  title: string,
  points: readonly BarItem[],
  alt: string,
  styleIndex = 0,
): void {
  if (points.length === 0) return;
  const plotH = 26;
  figure(w, title, plotH + 14, alt, () => {
    const top = w.y + 6;
    const base = top + plotH;
    const values = points.map((p) => p.value);
    const max = Math.max(...values, 0);
    const min = Math.min(...values, 0);
    const span = max - min || 1;
    const slot = Math.min(w.width / points.length, 32);
    const yOf = (v: number) => base - ((v - min) / span) * plotH;
    w.line(w.left, yOf(0), w.left + slot * points.length, yOf(0), axis());
    const style = seriesStyle(styleIndex);
    const xs = points.map((_, i) => w.left + i * slot + slot / 2);
    const stroke: Stroke = { color: style.fill, width: 0.6 };
    for (let i = 1; i < points.length; i++) {
      const [x0, x1] = [xs[i - 1] as number, xs[i] as number];
      w.line(x0, yOf(values[i - 1] as number), x1, yOf(values[i] as number), stroke);
    }
    for (const [i, p] of points.entries()) {
      const x = xs[i] as number;
      const y = yOf(p.value);
      w.circle(x, y, 1.1, style.fill);
      w.font(SIZE, 'bold');
      w.text(p.valueLabel, x, y - lineHeight(SIZE) - 1, 'center');
      w.font(SIZE, 'normal', MUTED);
      w.text(p.label, x, base + 1.2, 'center');
    }
    w.y = base + lineHeight(SIZE) + 5;
  });
  w.font(10);
}
