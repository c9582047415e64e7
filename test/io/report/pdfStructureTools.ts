/**
 * Reading a tagged PDF's structure back with poppler 22.12: `pdfinfo` for "Tagged: yes" and the title,
 * `pdfinfo -struct-text` for the structure tree with each element's text, and the file's own objects for what
 * pdfinfo does not print (the catalogue's /Lang and /DisplayDocTitle, the figures' /Alt), which PDFKit writes
 * outside compressed streams.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StructNode {
  type: string;
  /** Attribute lines as pdfinfo prints them ("/Scope /Column"). */
  attrs: string[];
  /** The element's own text runs, in order. */
  texts: string[];
  children: StructNode[];
}

function pdfinfo(bytes: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-struct-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'pdfinfo is needed to read the PDF structure. Install poppler-utils: apt-get install -y poppler-utils',
      );
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of pdfinfo(bytes, []).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

/** The structure tree: two spaces of indent per level, elements by name, attributes and quoted text under them. */
export function structTree(bytes: Uint8Array): StructNode {
  const lines = pdfinfo(bytes, ['-struct-text']).split('\n');
  const root: StructNode = { type: 'root', attrs: [], texts: [], children: [] };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    while ((stack.at(-1)?.depth ?? -1) >= depth && stack.length > 1) stack.pop();
    const parent = (stack.at(-1) as { node: StructNode }).node;
    if (body.startsWith('"')) parent.texts.push(body.slice(1, body.endsWith('"') ? -1 : undefined));
    else if (body.startsWith('/')) parent.attrs.push(body);
    else {
      const node: StructNode = {
        type: (body.split(/[\s:]/)[0] as string).trim(),
        attrs: [],
        texts: [],
        children: [],
      };
      parent.children.push(node);
      stack.push({ depth, node });
    }
  }
  return root;
}

/** Every node below `n` in document order. */
export function descendants(n: StructNode): StructNode[] {
  return n.children.flatMap((c) => [c, ...descendants(c)]);
}

/** All text of a node and its descendants, runs joined by a space, spaces collapsed. */
export function textOf(n: StructNode): string {
  return [...n.texts, ...n.children.map(textOf)]
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A PDF string as written by PDFKit: (literal) with escapes or <hexadecimal>, either maybe UTF-16BE. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const literal = raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_m, c: string) =>
      /^[0-7]/.test(c)
        ? String.fromCharCode(Number.parseInt(c, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
    );
  // Text outside PDFDocEncoding is UTF-16BE behind a byte order mark, in a literal string too.
  if (literal.startsWith('\u00fe\u00ff'))
    return Buffer.from(literal.slice(2), 'latin1').swap16().toString('utf16le');
  return literal;
}

const STRING = String.raw`(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))`;

/** The /Alt of every Figure element, in the order of the file's objects. */
export function figureAlts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = text.split(/\bendobj\b/).filter((o) => /\/S \/Figure\b/.test(o));
  return objects.map((o) => {
    const m = new RegExp(String.raw`/Alt\s*${STRING}`).exec(o);
    return m ? pdfString(m[1] as string) : '';
  });
}

/** The /ActualText of every element of a structure type that has one, in the order of the file's objects. */
export function actualTexts(bytes: Uint8Array, type: string): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = text.split(/\bendobj\b/).filter((o) => new RegExp(String.raw`/S /${type}\b`).test(o));
  return objects.flatMap((o) => {
    const m = new RegExp(String.raw`/ActualText\s*${STRING}`).exec(o);
    return m ? [pdfString(m[1] as string)] : [];
  });
}

/** The catalogue's document language. */
export function documentLang(bytes: Uint8Array): string | undefined {
  const m = new RegExp(String.raw`/Lang\s*${STRING}`).exec(Buffer.from(bytes).toString('latin1'));
  return m ? pdfString(m[1] as string) : undefined;
}
