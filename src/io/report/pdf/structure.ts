/**
 * The tagged PDF's structure tree, built as the pages are drawn: a Document element holding headings,
 * paragraphs, lists, tables and figures, each element's marked content drawn in reading order. Whatever is
 * not content (rules, stripes, footers, a table's header repeated on a continued page) is an artifact, so
 * assistive technology skips it. PDFKit does the bookkeeping (marked-content ids, the parent tree, content
 * continued across a page break); this class keeps the elements open and refuses to draw outside them.
 */
import type { PdfDocument } from './pdfkit';

/** The standard structure types the report uses (PDF 1.7, 14.8.4). */
export type StructType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption';

type Element = PDFKit.PDFStructureElement;

export interface ElementOptions {
  /** Alternative text (a Figure's). */
  alt?: string;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row' | 'Both';
  /**
   * The text as written (/ActualText), where the standard font draws it otherwise (Č as C, đ as d, − as -):
   * a screen reader reads this instead of the drawn letters.
   */
  actual?: string;
}

export class PdfStructure {
  readonly doc: PdfDocument;
  private readonly open_: Element[];
  private marked = false;

  constructor(doc: PdfDocument) {
    this.doc = doc;
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.open_ = [root];
  }

  private top(): Element {
    return this.open_[this.open_.length - 1] as Element;
  }

  private element(type: StructType, options: ElementOptions): Element {
    // PDFKit writes /A << /O /Table /Scope … >> for `scope`, which its types do not list.
    const el = this.doc.struct(type, options as Parameters<PdfDocument['struct']>[1]);
    this.top().add(el);
    return el;
  }

  /** Opens an element under the current one; elements and content added until close() go inside it. */
  open(type: StructType, options: ElementOptions = {}): void {
    if (this.marked) throw new Error(`cannot open ${type} while content is being drawn`);
    this.open_.push(this.element(type, options));
  }

  close(): void {
    if (this.open_.length <= 1) throw new Error('no structure element is open');
    (this.open_.pop() as Element).end();
  }

  /** An element holding what `draw` draws (one marked-content sequence, continued across page breaks). */
  tag(type: StructType, draw: () => void, options: ElementOptions = {}): void {
    if (this.marked) throw new Error(`cannot nest ${type} in content being drawn`);
    const el = this.element(type, options);
    const content = this.doc.markStructureContent(type);
    this.marked = true;
    try {
      draw();
    } finally {
      this.marked = false;
      this.doc.endMarkedContent();
    }
    el.add(content);
    el.end();
  }

  /** What `draw` draws, marked as an artifact: decoration or pagination, outside the structure tree. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    if (this.marked) throw new Error('cannot nest an artifact in content being drawn');
    this.doc.markContent('Artifact', { type });
    this.marked = true;
    try {
      draw();
    } finally {
      this.marked = false;
      this.doc.endMarkedContent();
    }
  }

  /** Drawing is only allowed inside tag() or artifact(): untagged content would be lost to a screen reader. */
  protected assertMarked(): void {
    if (!this.marked) throw new Error('PDF content drawn outside a structure element or an artifact');
  }

  /** Closes every element and returns the finished file. */
  protected finish(): Uint8Array {
    while (this.open_.length > 1) this.close();
    (this.open_[0] as Element).end();
    return this.doc.bytes();
  }
}
