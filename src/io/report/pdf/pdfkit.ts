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
