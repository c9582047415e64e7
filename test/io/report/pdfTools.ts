/**
 * Reading the PDFs the tests make with Debian's poppler-utils (pdftotext, pdftoppm), as the README installs
 * them. A missing tool fails the test with how to install it; nothing is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

function need(tool: string): void {
  const r = spawnSync(tool, ['-v'], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `${tool} is needed to check the PDF report and was not found. Install poppler-utils: apt-get install -y poppler-utils`,
    );
  }
}

function withFile<T>(bytes: Uint8Array, f: (dir: string, pdf: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  try {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, bytes);
    return f(dir, pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page (pdftotext -layout), split at form feeds; the last empty part is dropped. */
export function pdfPages(bytes: Uint8Array): string[] {
  need('pdftotext');
  return withFile(bytes, (_dir, pdf) => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  });
}

/** No-break spaces (Finnish thousands separators) as pdftotext writes them: plain spaces. */
export function plain(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

export interface RenderedPage {
  file: string;
  width: number;
  height: number;
  /** Share of pixels that are not white. */
  inked: number;
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Fraction of non-white bytes in the decompressed image data (filter bytes included, negligible). */
function inkedShare(png: Buffer): number {
  const chunks: Buffer[] = [];
  let p = 8;
  while (p < png.length) {
    const len = png.readUInt32BE(p);
    const type = png.toString('ascii', p + 4, p + 8);
    if (type === 'IDAT') chunks.push(png.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  let ink = 0;
  for (const b of raw) if (b < 235) ink++;
  return ink / raw.length;
}

/**
 * Renders every page with pdftoppm at `dpi` into `keepDir` (or a temporary folder) and returns each page's
 * size and how much of it is inked. Throws with pdftoppm's message when it exits with an error.
 */
export function renderPages(bytes: Uint8Array, dpi = 50, keepDir?: string): RenderedPage[] {
  need('pdftoppm');
  return withFile(bytes, (dir, pdf) => {
    const out = keepDir ?? dir;
    const r = spawnSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(out, 'page')], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`pdftoppm failed (${r.status}): ${r.stderr}`);
    if (r.stderr.trim() !== '') throw new Error(`pdftoppm reported: ${r.stderr}`);
    return readdirSync(out)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort()
      .map((f) => {
        const png = readFileSync(join(out, f));
        return { file: join(out, f), ...pngSize(png), inked: inkedShare(png) };
      });
  });
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word with its page and box in points (pdftotext -bbox), plus the document's info entries. */
export function pdfWords(bytes: Uint8Array): { words: PdfWord[]; info: Record<string, string> } {
  need('pdftotext');
  return withFile(bytes, (_dir, pdf) => {
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    const title = /<title>([^<]*)<\/title>/.exec(html);
    if (title) info.Title = unescapeXml(title[1] as string);
    for (const m of html.matchAll(/<meta name="([^"]+)" content="([^"]*)"\/>/g))
      info[m[1] as string] = unescapeXml(m[2] as string);
    const words: PdfWord[] = [];
    let page = 0;
    for (const m of html.matchAll(
      /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    )) {
      if (m[0] === '<page ') page++;
      else
        words.push({
          page,
          text: unescapeXml(m[4] as string),
          xMin: +(m[1] as string),
          yMin: +(m[2] as string),
          xMax: +(m[3] as string),
        });
    }
    return { words, info };
  });
}
