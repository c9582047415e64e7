/**
 * PDFKit as the report uses it: its browser build everywhere (vite.config.ts points 'pdfkit' at it, for the
 * app and for the tests alike), the two standard fonts the report draws with registered once, and a
 * document whose bytes are collected as they are written, so a PDF is made synchronously.
 */
import PDFDocument, * as pdfkit from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';

// The browser build knows no font until one is registered (@types/pdfkit does not declare the function).
const { registerStdFonts } = pdfkit as unknown as { registerStdFonts: (...fonts: unknown[]) => void };
registerStdFonts(Helvetica, HelveticaBold);

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class PdfDocument extends PDFDocument {
  // Declared, not initialised: the constructor writes the file's header before a field initialiser would run.
  declare private written: Uint8Array[] | undefined;

  /** PDFKit hands every piece of the file to push() as it writes it; null ends the file. */
  override push(chunk: unknown): boolean {
    if (!(chunk instanceof Uint8Array)) return true;
    if (this.written) this.written.push(chunk);
    else this.written = [chunk];
    return true;
  }

  /**
   * PDFKit copies the document's title, author, subject, creator and keywords into the XMP metadata as they
   * are, so a partner named "Metalli & Kylmä" would make that XML malformed (a viewer or checker then reads no
   * title from it): they are escaped for that copy. The Info dictionary is written before, unescaped.
   */
  _addInfo(): void {
    const info = this.info as unknown as Record<string, unknown>;
    const kept = { ...info };
    for (const [k, v] of Object.entries(info)) if (typeof v === 'string') info[k] = escapeXml(v);
    try {
      (PDFDocument.prototype as unknown as { _addInfo(this: PDFKit.PDFDocument): void })._addInfo.call(this);
    } finally {
      Object.assign(info, kept);
    }
  }

  /** Ends the document and returns the whole file. */
  bytes(): Uint8Array {
    this.end();
    const parts = this.written ?? [];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  }
}
