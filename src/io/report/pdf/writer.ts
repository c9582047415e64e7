/**
 * A4 portrait page flow over jsPDF: a cursor that moves down the page, headings kept with what follows,
 * wrapped paragraphs, key–value blocks, and footers with "page n / N" drawn once the page count is known.
 * Pure (no DOM): it runs in the browser and in Node, so tests read the PDF it makes.
 */
import { jsPDF } from 'jspdf';
import { MUTED, type Rgb, RULE, TEXT } from './palette';
import { pdfText } from './winAnsi';

export const PAGE = { width: 210, height: 297, left: 18, right: 18, top: 18, bottom: 20 } as const;
const PT = 25.4 / 72;
/** The largest share by which jsPDF's rounded width tables understate a Helvetica glyph (see metrics()). */
const WIDTH_ROUNDING = 1.012;

type Widths = Record<string, number>;
interface Metrics {
  widths: Widths;
  kerning: Record<string, never>;
}
const corrected = new WeakMap<Widths, Metrics>();

/** Line height in mm of a font size in points. */
export function lineHeight(sizePt: number): number {
  return sizePt * PT * 1.3;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  keywords?: string;
  lang: 'fi' | 'en';
}

export class PdfWriter {
  readonly doc: jsPDF;
  y: number = PAGE.top;
  readonly left = PAGE.left;
  readonly width = PAGE.width - PAGE.left - PAGE.right;
  readonly bottom = PAGE.height - PAGE.bottom;

  constructor(info: DocumentInfo) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
    this.doc.setProperties({
      title: pdfText(info.title),
      subject: pdfText(info.subject),
      author: pdfText(info.author),
      creator: pdfText(info.creator),
      ...(info.keywords ? { keywords: pdfText(info.keywords) } : {}),
    });
    this.doc.setLanguage(info.lang === 'fi' ? 'fi' : 'en-GB');
    this.doc.setDisplayMode('fullwidth', 'continuous');
    this.font(10);
  }

  font(sizePt: number, style: 'normal' | 'bold' = 'normal', color: Rgb = TEXT): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(sizePt);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /**
   * Widths for a line that must not pass its edge. jsPDF's width tables round the standard fonts' widths to
   * tens (Helvetica "a": 550 of 556 units), so its measure of a line can fall short of the drawn text: a 119 mm
   * line of Finnish measured 118.6 mm and ran into the margin. Wrapping and shortening therefore measure 1.2 %
   * wider (and without kerning, which jsPDF measures but does not draw). Column widths keep jsPDF's measure:
   * each cell has padding and slack beyond it (table.ts).
   */
  private metrics(): Metrics {
    const font = this.doc.getFont() as unknown as { metadata: { Unicode: { widths: Widths } } };
    const widths = font.metadata.Unicode.widths;
    let m = corrected.get(widths);
    if (!m) {
      m = { widths: { ...widths, fof: (widths.fof ?? 1) / WIDTH_ROUNDING }, kerning: {} };
      corrected.set(widths, m);
    }
    return m;
  }

  /** The drawn width at most: what a line is shortened or wrapped by. */
  private measure(text: string): number {
    const units = this.doc.getStringUnitWidth(text, this.metrics());
    return (units * this.doc.getFontSize()) / this.doc.internal.scaleFactor;
  }

  textWidth(s: string): number {
    return this.doc.getTextWidth(pdfText(s));
  }

  /** Lines of the text wrapped to the width in the current font (long words are broken). */
  wrap(s: string, width: number): string[] {
    const out: string[] = [];
    for (const para of pdfText(s).split('\n')) {
      const lines = this.doc.splitTextToSize(para, width, this.metrics()) as string[];
      out.push(...(lines.length > 0 ? lines : ['']));
    }
    return out;
  }

  /** Text at a position; `s` is mapped to what the standard font can show. */
  text(s: string | string[], x: number, y: number, align: 'left' | 'right' | 'center' = 'left'): void {
    const t = Array.isArray(s) ? s.map(pdfText) : pdfText(s);
    this.doc.text(t, x, y, { align, baseline: 'top', lineHeightFactor: 1.3 });
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  space(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  /** A heading, kept with at least `keep` mm of what follows it. */
  heading(s: string, level: 1 | 2 | 3 = 2, keep = 25): void {
    const size = level === 1 ? 18 : level === 2 ? 13.5 : 11;
    this.font(size, 'bold');
    const lines = this.wrap(s, this.width);
    const h = lines.length * lineHeight(size);
    this.space(level === 1 ? 0 : level === 2 ? 4 : 2.5);
    this.ensure(h + keep);
    this.text(lines, this.left, this.y);
    this.y += h + (level === 1 ? 3 : 1.5);
    if (level === 2) {
      this.doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
      this.doc.setLineWidth(0.3);
      this.doc.line(this.left, this.y - 0.8, this.left + this.width, this.y - 0.8);
      this.y += 1.5;
    }
    this.font(10);
  }

  /** A paragraph wrapped to the text width, continued on the next page where it does not fit. */
  paragraph(s: string, opts: { size?: number; color?: Rgb; bold?: boolean; after?: number } = {}): void {
    const size = opts.size ?? 10;
    this.font(size, opts.bold ? 'bold' : 'normal', opts.color ?? TEXT);
    const lh = lineHeight(size);
    for (const line of this.wrap(s, this.width)) {
      this.ensure(lh);
      this.text(line, this.left, this.y);
      this.y += lh;
    }
    this.y += opts.after ?? 2;
    this.font(10);
  }

  /** Label–value pairs in two columns: labels in bold, values wrapped beside them. */
  keyValues(pairs: readonly (readonly [string, string])[], labelWidth = 55): void {
    const size = 10;
    const lh = lineHeight(size);
    for (const [k, v] of pairs) {
      this.font(size, 'bold');
      const kl = this.wrap(k, labelWidth - 3);
      this.font(size);
      const vl = this.wrap(v, this.width - labelWidth);
      const h = Math.max(kl.length, vl.length) * lh;
      this.ensure(h);
      this.font(size, 'bold');
      this.text(kl, this.left, this.y);
      this.font(size);
      this.text(vl, this.left + labelWidth, this.y);
      this.y += h + 0.8;
    }
    this.y += 1.5;
  }

  /**
   * The text cut to `width` in the current font with an ellipsis (…, in WinAnsi) where it does not fit, for
   * a line that must stay one line. Measured with the font's widths, not counted in characters.
   */
  fit(s: string, width: number): string {
    const text = pdfText(s);
    if (this.measure(text) <= width) return text;
    const chars = [...text];
    // The longest prefix that fits with the ellipsis, found by bisection over the widths.
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.measure(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
  }

  /**
   * Footer on every page: `left` text and the page label, drawn after all content. `left` as a function is
   * given the room beside the page label (mm, in the footer's font) and must return one line that fits.
   */
  footers(
    left: string | ((room: number) => string),
    pageLabel: (page: number, pages: number) => string,
  ): void {
    const pages = this.doc.getNumberOfPages();
    for (let p = 1; p <= pages; p++) {
      this.doc.setPage(p);
      const y = PAGE.height - PAGE.bottom + 7;
      this.doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
      this.doc.setLineWidth(0.2);
      this.doc.line(this.left, y - 2, this.left + this.width, y - 2);
      this.font(8, 'normal', MUTED);
      const label = pageLabel(p, pages);
      const room = this.width - this.textWidth(label) - 6;
      const [first] = typeof left === 'string' ? this.wrap(left, room) : [left(room)];
      this.text(first ?? '', this.left, y);
      this.text(label, this.left + this.width, y, 'right');
    }
    this.font(10);
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}
