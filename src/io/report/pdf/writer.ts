/**
 * A4 portrait page flow over PDFKit, writing tagged PDF: a cursor that moves down the page, headings kept
 * with what follows, wrapped paragraphs, key–value blocks, and footers with "page n / N" drawn once the page
 * count is known. Everything drawn belongs to a structure element (structure.ts) or is marked an artifact,
 * in drawing order, which is the reading order. Positions are in millimetres from the top left, sizes of
 * type in points. Pure (no DOM): it runs in the browser and in Node, so tests read the PDF it makes.
 */
import { intlLocale } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { type AfmFont, FontMetrics } from './metrics';
import { MUTED, type Rgb, RULE, TEXT } from './palette';
import { PdfDocument } from './pdfkit';
import { PdfStructure } from './structure';
import { pdfText } from './winAnsi';

export const PAGE = { width: 210, height: 297, left: 18, right: 18, top: 18, bottom: 20 } as const;
/** Points in a millimetre. */
const K = 72 / 25.4;
/** Where the first baseline sits below the top of a line, as a share of the type size (as the pages had it). */
const ASCENT = 0.7;

/** Line height in mm of a font size in points. */
export function lineHeight(sizePt: number): number {
  return (sizePt / K) * 1.3;
}

/**
 * A structure element's /ActualText where the standard font draws its text otherwise (a Czech or Sámi name's
 * letters, a minus sign): a screen reader is given the text as written, not the drawn stand-ins.
 */
export function asWritten(s: string): { actual?: string } {
  return pdfText(s) === s ? {} : { actual: s.replace(/\n/g, ' ') };
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  keywords?: string;
  lang: Lang;
}

export interface Stroke {
  color: Rgb;
  /** Line width in mm. */
  width: number;
  /** Dash and gap lengths in mm. */
  dash?: readonly [number, number];
}

export class PdfWriter extends PdfStructure {
  y: number = PAGE.top;
  readonly left = PAGE.left;
  readonly width = PAGE.width - PAGE.left - PAGE.right;
  readonly bottom = PAGE.height - PAGE.bottom;
  private size = 10;
  private bold = false;
  private color: Rgb = TEXT;
  private metrics: FontMetrics | undefined;
  private readonly fonts = new Map<string, FontMetrics>();
  private pending: { s: string; level: 1 | 2 | 3; keep: number }[] = [];

  constructor(info: DocumentInfo) {
    super(
      new PdfDocument({
        size: 'A4',
        margin: 0,
        pdfVersion: '1.7',
        // Footers are drawn on every page once the page count is known.
        bufferPages: true,
        tagged: true,
        lang: intlLocale(info.lang),
        displayTitle: true,
        // Pages one under another (jsPDF's 'continuous'); PDFKit writes it, its types omit it.
        ...({ pageLayout: 'oneColumn' } as object),
        // Unicode strings, not drawn text: the title a viewer shows keeps every letter of a partner's name.
        info: {
          Title: info.title,
          Subject: info.subject,
          Author: info.author,
          Creator: info.creator,
          Producer: 'PDFKit',
          ...(info.keywords ? { Keywords: info.keywords } : {}),
        },
      }),
    );
    this.font(10);
  }

  font(sizePt: number, style: 'normal' | 'bold' = 'normal', color: Rgb = TEXT): void {
    this.size = sizePt;
    this.bold = style === 'bold';
    this.color = color;
    const name = this.bold ? 'Helvetica-Bold' : 'Helvetica';
    this.doc.font(name).fontSize(sizePt);
    this.metrics = this.fonts.get(name);
    if (!this.metrics) {
      // PDFKit's current font holds its AFM data (not in its types).
      const afm = (this.doc as unknown as { _font: { font: AfmFont } })._font.font;
      this.metrics = new FontMetrics(afm);
      this.fonts.set(name, this.metrics);
    }
  }

  /** The drawn width in mm, kerning included, as PDFKit draws it. */
  textWidth(s: string): number {
    return this.measured(pdfText(s));
  }

  /** Lines of the text wrapped to the width in the current font (a word longer than a line is broken). */
  wrap(s: string, width: number): string[] {
    const out: string[] = [];
    const paras = pdfText(s).split('\n');
    for (const [p, para] of paras.entries()) {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (this.measured(candidate) <= width) {
          line = candidate;
          continue;
        }
        // The space a line breaks at stays at its end, unseen: the tagged text reads "a b", not "ab".
        if (line !== '') lines.push(`${line} `);
        line = word;
        while (this.measured(line) > width && [...line].length > 1) {
          const chars = [...line];
          let n = chars.length - 1;
          while (n > 1 && this.measured(chars.slice(0, n).join('')) > width) n--;
          lines.push(chars.slice(0, n).join(''));
          line = chars.slice(n).join('');
        }
      }
      // Lines given apart ("name\ncategory" in one cell) are words apart too: the same unseen space.
      lines.push(p < paras.length - 1 ? `${line} ` : line);
      out.push(...lines);
    }
    return out;
  }

  private measured(text: string): number {
    return ((this.metrics as FontMetrics).units(text) * this.size) / 1000 / K;
  }

  /** PDFKit's own measure of `s` in mm, for tests comparing it with ours. */
  pdfkitWidth(s: string): number {
    return this.doc.widthOfString(pdfText(s)) / K;
  }

  /**
   * Text at a position, `y` the top of its first line; `s` is mapped to what the standard font can show. It
   * must be drawn inside a structure element's content or an artifact (structure.ts).
   */
  text(s: string | string[], x: number, y: number, align: 'left' | 'right' | 'center' = 'left'): void {
    this.assertMarked();
    const lines = Array.isArray(s) ? s : [s];
    this.doc.fillColor([...this.color]);
    for (const [i, raw] of lines.entries()) {
      const line = pdfText(raw);
      if (line === '') continue;
      const w = this.measured(line.trimEnd());
      const left = align === 'right' ? x - w : align === 'center' ? x - w / 2 : x;
      this.doc.text(line, left * K, (y + i * lineHeight(this.size)) * K, {
        lineBreak: false,
        baseline: -ASCENT * this.size,
      });
    }
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: Stroke): void {
    this.assertMarked();
    const d = this.doc;
    d.lineWidth(stroke.width * K);
    if (stroke.dash) d.dash(stroke.dash[0] * K, { space: stroke.dash[1] * K });
    d.moveTo(x1 * K, y1 * K)
      .lineTo(x2 * K, y2 * K)
      .stroke([...stroke.color]);
    if (stroke.dash) d.undash();
  }

  rect(x: number, y: number, width: number, height: number, fill: Rgb): void {
    this.assertMarked();
    this.doc.rect(x * K, y * K, width * K, height * K).fill([...fill]);
  }

  circle(x: number, y: number, r: number, fill: Rgb): void {
    this.assertMarked();
    this.doc.circle(x * K, y * K, r * K).fill([...fill]);
  }

  newPage(): void {
    // Marked content open at the break (a paragraph, a figure) continues on the new page.
    this.doc.continueOnNewPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit on this one (with the headings waiting above it). */
  ensure(height: number): void {
    this.flush(height);
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  space(mm: number): void {
    this.flush(0);
    this.y = Math.min(this.y + mm, this.bottom);
  }

  override open(...args: Parameters<PdfStructure['open']>): void {
    this.flush(0);
    super.open(...args);
  }

  override tag(...args: Parameters<PdfStructure['tag']>): void {
    this.flush(0);
    super.tag(...args);
  }

  /**
   * A heading (H1–H3), kept with at least `keep` mm of what follows it. It is drawn when what follows starts
   * (the next ensure, element or space), so a heading followed by a sub-heading or a table that does not fit
   * moves to the next page with it instead of ending a page alone.
   */
  heading(s: string, level: 1 | 2 | 3 = 2, keep = 25): void {
    this.pending.push({ s, level, keep });
  }

  /** Draws the headings waiting for what follows them, on a new page unless they and `next` mm fit here. */
  private flush(next: number): void {
    if (this.pending.length === 0) return;
    const waiting = this.pending;
    this.pending = [];
    const { size: size0, bold: bold0, color: color0 } = this;
    const planned = waiting.map(({ s, level, keep }) => {
      const size = level === 1 ? 18 : level === 2 ? 13.5 : 11;
      this.font(size, 'bold');
      const lines = this.wrap(s, this.width);
      const h = lines.length * lineHeight(size);
      const before = level === 1 ? 0 : level === 2 ? 4 : 2.5;
      const after = level === 1 ? 3 : level === 2 ? 3 : 1.5;
      return { s, level, keep, size, lines, h, before, after };
    });
    const last = planned[planned.length - 1] as (typeof planned)[number];
    const total = planned.reduce((a, p, i) => a + (i > 0 ? p.before : 0) + p.h + p.after, 0);
    this.space((planned[0] as (typeof planned)[number]).before);
    if (this.y + total - last.after + Math.max(next, last.keep) > this.bottom && this.y > PAGE.top)
      this.newPage();
    for (const [i, p] of planned.entries()) {
      if (i > 0) this.y = Math.min(this.y + p.before, this.bottom);
      this.font(p.size, 'bold');
      this.tag(`H${p.level}`, () => this.text(p.lines, this.left, this.y), asWritten(p.s));
      this.y += p.h + (p.level === 1 ? 3 : 1.5);
      if (p.level === 2) {
        this.artifact(() =>
          this.line(this.left, this.y - 0.8, this.left + this.width, this.y - 0.8, RULE_LINE),
        );
        this.y += 1.5;
      }
    }
    this.font(size0, bold0 ? 'bold' : 'normal', color0);
  }

  /**
   * A paragraph wrapped to the text width, continued on the next page where it does not fit. `role` is its
   * structure type: a P, or the body of a list item.
   */
  paragraph(
    s: string,
    opts: { size?: number; color?: Rgb; bold?: boolean; after?: number; role?: 'P' | 'LBody' } = {},
  ): void {
    const size = opts.size ?? 10;
    this.font(size, opts.bold ? 'bold' : 'normal', opts.color ?? TEXT);
    const lh = lineHeight(size);
    const lines = this.wrap(s, this.width);
    this.ensure(lh);
    this.tag(
      opts.role ?? 'P',
      () => {
        for (const line of lines) {
          this.ensure(lh);
          this.text(line, this.left, this.y);
          this.y += lh;
        }
      },
      asWritten(s),
    );
    this.y += opts.after ?? 2;
    this.font(10);
  }

  /** A bulleted list (L, LI, LBody): each item a paragraph starting with its bullet. */
  list(items: readonly string[], opts: { after?: number } = {}): void {
    if (items.length === 0) return;
    this.open('L');
    for (const item of items) {
      this.open('LI');
      this.paragraph(`• ${item}`, { after: opts.after ?? 1, role: 'LBody' });
      this.close();
    }
    this.close();
  }

  /**
   * Label–value pairs in two columns, labels in bold and values wrapped beside them; tagged as a list whose
   * items have the label (Lbl) and the value (LBody).
   */
  keyValues(pairs: readonly (readonly [string, string])[], labelWidth = 55): void {
    const size = 10;
    const lh = lineHeight(size);
    this.open('L');
    for (const [k, v] of pairs) {
      this.font(size, 'bold');
      const kl = this.wrap(k, labelWidth - 3);
      this.font(size);
      const vl = this.wrap(v, this.width - labelWidth);
      const h = Math.max(kl.length, vl.length) * lh;
      this.ensure(h);
      this.open('LI');
      this.font(size, 'bold');
      this.tag('Lbl', () => this.text(kl, this.left, this.y), asWritten(k));
      this.font(size);
      this.tag('LBody', () => this.text(vl, this.left + labelWidth, this.y), asWritten(v));
      this.close();
      this.y += h + 0.8;
    }
    this.close();
    this.y += 1.5;
  }

  /**
   * The text cut to `width` in the current font with an ellipsis (…, in WinAnsi) where it does not fit, for
   * a line that must stay one line. Measured with the font's widths, not counted in characters.
   */
  fit(s: string, width: number): string {
    const text = pdfText(s);
    if (this.measured(text) <= width) return text;
    const chars = [...text];
    // The longest prefix that fits with the ellipsis, found by bisection over the widths.
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.measured(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
  }

  /**
   * Footer on every page, an artifact (pagination): `left` text and the page label, drawn after all content.
   * `left` as a function is given the room beside the page label (mm, in the footer's font) and must return
   * one line that fits.
   */
  footers(
    left: string | ((room: number) => string),
    pageLabel: (page: number, pages: number) => string,
  ): void {
    this.flush(0);
    const { start, count } = this.doc.bufferedPageRange();
    for (let p = start; p < start + count; p++) {
      this.doc.switchToPage(p);
      const y = PAGE.height - PAGE.bottom + 7;
      this.font(8, 'normal', MUTED);
      const label = pageLabel(p - start + 1, count);
      const room = this.width - this.textWidth(label) - 6;
      const [first] = typeof left === 'string' ? this.wrap(left, room) : [left(room)];
      this.artifact(() => {
        this.line(this.left, y - 2, this.left + this.width, y - 2, FOOTER_LINE);
        this.text(first ?? '', this.left, y);
        this.text(label, this.left + this.width, y, 'right');
      }, 'Pagination');
    }
    this.font(10);
  }

  bytes(): Uint8Array {
    this.flush(0);
    return this.finish();
  }
}

const RULE_LINE: Stroke = { color: RULE, width: 0.3 };
const FOOTER_LINE: Stroke = { color: RULE, width: 0.2 };
