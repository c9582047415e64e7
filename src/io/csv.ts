/**
 * CSV writing as RFC 4180 says, made safe to open in a spreadsheet: records end in CRLF; a field holding the
 * separator, a double quote, CR or LF is quoted and its quotes doubled; the file starts with a UTF-8 byte
 * order mark so Excel reads ä, ö and å right. Finnish files use `;` between fields and a decimal comma (what
 * Excel expects in a Finnish locale), English files `,` and a decimal point.
 *
 * Formula injection (OWASP "CSV Injection"): a text field beginning with `=`, `+`, `-`, `@`, tab, CR or NUL
 * could be run as a formula, so it gets a leading `'`. Numbers are not text: they are written here from
 * JavaScript numbers as an optional minus sign, digits and one decimal mark (never an exponent), which a
 * spreadsheet reads as a number and never as a formula, so a negative number keeps its `-`.
 */

import { decimalComma } from '../i18n/format';
import type { Lang } from '../i18n/issueMessages';

/** A field: text (neutralized and quoted as needed), a number (written plainly), or null (empty). */
export type CsvField = string | number | null;

export interface CsvConventions {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export function csvConventions(lang: Lang): CsvConventions {
  return decimalComma(lang) ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** A text field as it goes into the file: neutralized against formulas, then quoted if it must be. */
export function csvText(value: string, separator: CsvConventions['separator']): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A number in plain decimal notation with the shortest digits that read back as the same number
 * (JavaScript's own number-to-text, with any exponent written out). Not finite: an empty field.
 */
export function csvNumber(n: number, decimal: CsvConventions['decimal']): string {
  if (!Number.isFinite(n)) return '';
  const text = plainDecimal(n);
  return decimal === '.' ? text : text.replace('.', decimal);
}

function plainDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/** A whole file: BOM, one record per row, CRLF after every record. */
export function toCsv(rows: readonly (readonly CsvField[])[], conventions: CsvConventions): string {
  const { separator, decimal } = conventions;
  const lines = rows.map((row) =>
    row
      .map((f) => (f === null ? '' : typeof f === 'number' ? csvNumber(f, decimal) : csvText(f, separator)))
      .join(separator),
  );
  return BOM + lines.map((l) => l + CRLF).join('');
}
