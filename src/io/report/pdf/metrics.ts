/**
 * Text widths of the standard fonts as PDFKit draws them (each glyph's width plus the kerning with the next),
 * from the same AFM data, but with the glyphs and pairs looked up by character code: wrapping measures a line
 * at every word, and PDFKit's own measure (kerning pairs found by glyph-name strings) was most of a report's
 * time. Exactly PDFKit's `widthOfString` for text in WinAnsi (test/io/report/layout.test.ts compares them).
 */

/** The part of PDFKit's AFM font this reads. */
export interface AfmFont {
  characterToGlyph(code: number): string;
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string): number;
}

export class FontMetrics {
  private readonly glyphs = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly kerning = new Map<number, number>();

  constructor(private readonly afm: AfmFont) {}

  private glyph(code: number): string {
    let g = this.glyphs.get(code);
    if (g === undefined) {
      g = this.afm.characterToGlyph(code);
      this.glyphs.set(code, g);
      this.widths.set(code, this.afm.widthOfGlyph(g));
    }
    return g;
  }

  private pair(left: number, right: number): number {
    const key = left * 0x10000 + right;
    let k = this.kerning.get(key);
    if (k === undefined) {
      k = this.afm.getKernPair(this.glyph(left), this.glyph(right));
      this.kerning.set(key, k);
    }
    return k;
  }

  /** The width of `text` in thousandths of the type size. */
  units(text: string): number {
    let sum = 0;
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      this.glyph(code);
      sum += this.widths.get(code) as number;
      if (prev >= 0) sum += this.pair(prev, code);
      prev = code;
    }
    return sum;
  }
}
